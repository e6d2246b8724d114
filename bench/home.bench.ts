import { Redis } from 'ioredis';
import { newIncident } from '../src/domain/incidents/incident';
import { IncidentStore } from '../src/store/incident-store';
import { RedisKeys } from '../src/store/keys';
import { bootTestBot, capturingLog, deletePrefix } from '../test/integration/test-bot';
import { mrCooperFactsCommand } from '../test/support/mr-cooper';
import { DEFAULT_USERS, GENERAL_CHANNEL_ID, startSlackSimulator } from '../test/support/slack-simulator';
import { percentile } from './percentile';

const INCIDENTS = 150;
const SAMPLES = 15;

/**
 * Issue 12 (App Home): 150 open incidents, each with the Mr. Cooper obligations (about 130), against the
 * local simulator. From a signed app_home_opened to the views.publish, for a member of all 150 channels and
 * for a member of LEGAL_USERGROUP (every incident, with clocks); the Web API calls one Home costs (membership
 * by one users.conversations listing, against 150 conversations.members calls per incident).
 */
export async function runHomeBench(): Promise<Record<string, number>> {
  const prefix = `bench-home-${process.pid}-${Date.now()}`;
  const redis = new Redis('redis://127.0.0.1:6379', { maxRetriesPerRequest: null });
  const keys = new RedisKeys(prefix);
  const sim = await startSlackSimulator({
    users: [...DEFAULT_USERS, { id: 'UDANA', name: 'dana' }],
    userGroups: { S0LEGAL: ['UDANA'] },
  });
  const { bot, slack } = await bootTestBot(
    sim,
    redis,
    prefix,
    { REMINDER_WORKER: 'off', LEGAL_USERGROUP: 'S0LEGAL' },
    capturingLog(),
  );
  try {
    // One real incident with the Mr. Cooper facts; its stored facts and obligations are copied to the others.
    const open = await slack.slashCommand({
      text: 'open Home benchmark --discovered 2023-11-01T22:00:00Z',
      user_id: 'UALICE',
      channel_id: GENERAL_CHANNEL_ID,
    });
    const opened = await sim.waitForResponse(open.responseUrlId);
    await bot.inFlight.drain(10_000);
    const channel = /<#(\w+)>/.exec(String(opened.body.text))?.[1] ?? '';
    const incidentId = /\*(INC-[\w-]+)\*/.exec(String(opened.body.text))?.[1] ?? '';
    await slack.slashCommand({ text: mrCooperFactsCommand, user_id: 'UALICE', channel_id: channel });
    await bot.inFlight.drain(20_000);
    const [factsRaw, obligationsRaw] = await redis.mget(keys.facts(incidentId), keys.obligations(incidentId));
    const obligations = (JSON.parse(obligationsRaw ?? '{}') as { obligations?: unknown[] }).obligations?.length ?? 0;
    const store = new IncidentStore(redis, keys);
    for (let i = 1; i < INCIDENTS; i += 1) {
      const id = `INC-20231101-B${String(i).padStart(4, '0')}`;
      const seeded = sim.seedChannel({ name: `inc-home-bench-${i}`, is_private: true, members: ['UBOT', 'UALICE'] });
      const at = new Date(Date.parse('2023-11-01T22:00:00Z') + i * 60_000);
      await store.create(
        newIncident(
          id,
          {
            title: `Home benchmark ${i}`,
            severity: 'sev2',
            regimes: [],
            drill: false,
            speed: 1,
            openedBy: 'UALICE',
            openedAt: at,
          },
          { id: seeded.id, name: seeded.name },
          'data-breach',
        ),
      );
      await redis.mset(keys.facts(id), factsRaw ?? '', keys.obligations(id), obligationsRaw ?? '');
    }
    const measure = async (user: string) => {
      const ms: number[] = [];
      let calls = 0;
      let listed = 0;
      for (let i = 0; i < SAMPLES; i += 1) {
        const since = sim.mark();
        const started = Date.now();
        await slack.appHomeOpened({ user_id: user });
        const published = await sim.waitForCall('views.publish', (c) => c.args.user_id === user, {
          since,
          timeoutMs: 20_000,
        });
        ms.push(published.at - started);
        await bot.inFlight.drain(10_000);
        calls = sim.calls().filter((c) => c.seq > since && c.method !== 'views.publish').length;
        listed = (JSON.stringify(published.response.view).match(/home-inc-/g) ?? []).length;
      }
      return { ms, calls, listed };
    };
    const member = await measure('UALICE');
    const legal = await measure('UDANA');
    return {
      incidents: INCIDENTS,
      obligationsEach: obligations,
      memberHomeP50Ms: percentile(member.ms, 50),
      memberHomeP95Ms: percentile(member.ms, 95),
      memberListed: member.listed,
      memberSlackCallsBeforePublish: member.calls,
      legalHomeP50Ms: percentile(legal.ms, 50),
      legalHomeP95Ms: percentile(legal.ms, 95),
      legalListed: legal.listed,
      conversationsMembersCallsAvoided: INCIDENTS,
    };
  } finally {
    await bot.stop();
    await sim.stop();
    await deletePrefix(redis, prefix);
    await redis.quit();
  }
}
