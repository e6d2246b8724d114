import { type ChildProcess, fork } from 'node:child_process';
import { join } from 'node:path';

export interface RemoteReminderPost {
  at: number;
  id: string;
  listed: number;
}

/** A Slack simulator running in a child process (bench/simulator-process.ts). */
export class RemoteSimulator {
  private constructor(
    private readonly child: ChildProcess,
    readonly url: string,
    readonly apiUrl: string,
    readonly botToken: string,
  ) {}

  static async start(): Promise<RemoteSimulator> {
    const child = fork(join(__dirname, 'simulator-process.js'), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    const ready = await next<{ url: string; apiUrl: string; botToken: string }>(child, 'ready');
    return new RemoteSimulator(child, ready.url, ready.apiUrl, ready.botToken);
  }

  async seedChannels(count: number, prefix: string): Promise<{ id: string; name: string }[]> {
    this.child.send({ type: 'seed', count, prefix });
    return (await next<{ channels: { id: string; name: string }[] }>(this.child, 'seeded')).channels;
  }

  /** As SlackSimulator.responseUrl: a response_url the simulator records POSTs on. */
  responseUrl(id: string): string {
    return `${this.url}/response/${encodeURIComponent(id)}`;
  }

  async seedUserGroup(id: string, members: string[]): Promise<void> {
    this.child.send({ type: 'seedUserGroup', id, members });
    await next(this.child, 'seededUserGroup');
  }

  /** Every call of each method takes `delayMs` longer from now on (Slack's own latency). */
  async slow(methods: string[], delayMs: number): Promise<void> {
    this.child.send({ type: 'slow', methods, delayMs });
    await next(this.child, 'slowed');
  }

  /** Resolves once every response_url id has had a POST whose text includes `textIncludes`. */
  async awaitResponses(ids: string[], textIncludes: string, timeoutMs: number): Promise<void> {
    this.child.send({ type: 'awaitResponses', ids, textIncludes, timeoutMs });
    const answer = await next<{ ok: boolean; error?: string }>(this.child, 'responded');
    if (!answer.ok) throw new Error(answer.error ?? 'responses not received');
  }

  async reminderPosts(): Promise<RemoteReminderPost[]> {
    this.child.send({ type: 'reminderPosts' });
    return (await next<{ posts: RemoteReminderPost[] }>(this.child, 'posts')).posts;
  }

  async stop(): Promise<void> {
    const exited = new Promise((done) => this.child.once('exit', done));
    this.child.send({ type: 'stop' });
    await exited;
  }
}

function next<T>(child: ChildProcess, type: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: unknown) => {
      if ((message as { type?: string }).type !== type) return;
      child.off('message', onMessage);
      child.off('exit', onExit);
      resolve(message as T);
    };
    const onExit = () => reject(new Error(`simulator process exited before "${type}"`));
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
}
