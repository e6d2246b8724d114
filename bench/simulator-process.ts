import { type ApiCall, startSlackSimulator } from '../test/support/slack-simulator';

/**
 * The Slack simulator in a process of its own, for benchmarks whose figure is the bot's own latency: real Slack
 * does its work on other machines, so the simulator's parsing and validation should not take CPU from the
 * worker being measured. Driven over IPC by bench/simulator-client.ts.
 */
type Request =
  | { type: 'seed'; count: number; prefix: string }
  | { type: 'seedUserGroup'; id: string; members: string[] }
  | { type: 'slow'; methods: string[]; delayMs: number }
  | { type: 'awaitResponses'; ids: string[]; textIncludes: string; timeoutMs: number }
  | { type: 'reminderPosts' }
  | { type: 'stop' };

const isReminder = (c: ApiCall) =>
  c.response.ok === true &&
  (c.args.metadata as { event_type?: string } | undefined)?.event_type === 'breachbot_reminder';

async function main(): Promise<void> {
  const sim = await startSlackSimulator();
  const send = (message: unknown) => process.send?.(message);
  process.on('message', (raw) => {
    const request = raw as Request;
    if (request.type === 'seed') {
      const channels = Array.from({ length: request.count }, (_, i) =>
        sim.seedChannel({
          name: `${request.prefix}-${i}`,
          is_private: true,
          members: [sim.state.bot.userId, 'UALICE'],
        }),
      ).map((c) => ({ id: c.id, name: c.name }));
      send({ type: 'seeded', channels });
    } else if (request.type === 'seedUserGroup') {
      sim.seedUserGroup(request.id, request.members);
      send({ type: 'seededUserGroup' });
    } else if (request.type === 'slow') {
      for (const method of request.methods) sim.failNext(method, { delayMs: request.delayMs }, 1_000_000);
      send({ type: 'slowed' });
    } else if (request.type === 'awaitResponses') {
      const answered = request.ids.map((id) =>
        sim.waitForResponse(id, (r) => String(r.body.text).includes(request.textIncludes), {
          timeoutMs: request.timeoutMs,
        }),
      );
      Promise.all(answered).then(
        () => send({ type: 'responded', ok: true }),
        (error: unknown) => send({ type: 'responded', ok: false, error: String(error) }),
      );
    } else if (request.type === 'reminderPosts') {
      const posts = sim
        .calls('chat.postMessage')
        .filter(isReminder)
        .map((c) => ({
          at: c.at,
          id: String((c.args.metadata as { event_payload: { reminder_id: string } }).event_payload.reminder_id),
          listed: (c.args.blocks as { accessory?: { value?: string; options?: unknown[] } }[]).reduce(
            (n, b) => n + (b.accessory?.options?.length ?? (b.accessory?.value ? 1 : 0)),
            0,
          ),
        }));
      send({ type: 'posts', posts });
    } else if (request.type === 'stop') {
      void sim.stop().then(() => process.exit(0));
    }
  });
  send({ type: 'ready', url: sim.url, apiUrl: sim.apiUrl, botToken: sim.botToken });
}

void main();
