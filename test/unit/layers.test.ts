import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

/**
 * The layers, as a test: the domain knows nothing of Bolt, BullMQ or Redis; the acts (flows) know nothing
 * of Slack or the queue; the queue never reaches into the Slack adapter; only the composition root wires
 * the Slack adapter in. (dependency-cruiser checks the same rules in `npm run lint`; this test names the
 * offending import when it fails.)
 */
const ROOT = resolve(__dirname, '../..');

function files(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    return statSync(join(ROOT, path)).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Every module a file imports: packages by name, project files as root-relative paths. */
function importsOf(file: string): string[] {
  const info = ts.preProcessFile(readFileSync(join(ROOT, file), 'utf8'), true, true);
  return info.importedFiles.map(({ fileName }) =>
    fileName.startsWith('.') ? relative(ROOT, resolve(ROOT, dirname(file), fileName)) : fileName,
  );
}

function violations(dir: string, allowed: (target: string) => boolean): string[] {
  return files(dir).flatMap((file) =>
    importsOf(file)
      .filter((t) => !allowed(t))
      .map((t) => `${file} imports ${t}`),
  );
}

const PURE_PACKAGES = new Set(['zod', 'date-fns', '@date-fns/tz', 'date-holidays', 'node:crypto']);

test('the domain imports only itself and pure libraries (no Bolt, BullMQ, ioredis, Slack, store)', () => {
  expect(violations('src/domain', (t) => t.startsWith('src/domain/') || PURE_PACKAGES.has(t))).toEqual([]);
});

test('the acts talk to Slack and the queue only through their ports', () => {
  const forbidden = (t: string) =>
    t.startsWith('src/slack') || t.startsWith('jobs/') || t.startsWith('@slack/') || t === 'bullmq' || t === 'ioredis';
  expect(violations('src/flows', (t) => !forbidden(t))).toEqual([]);
});

test('metrics and logging libraries stay behind their ports (BotMetrics, BotLog)', () => {
  const owners: Record<string, string> = {
    'prom-client': 'src/runtime/prometheus-metrics.ts',
    pino: 'src/runtime/log.ts',
  };
  const outside = ['src', 'jobs', 'commands'].flatMap(files).flatMap((file) =>
    importsOf(file)
      .filter((t) => owners[t] !== undefined && owners[t] !== file)
      .map((t) => `${file} imports ${t}`),
  );
  expect(outside).toEqual([]);
  expect(importsOf('src/runtime/prometheus-metrics.ts')).toContain('prom-client');
});

test('the store and the queue never reach into the Slack adapter or the acts’ callers', () => {
  expect(
    violations('src/store', (t) => !t.startsWith('src/slack') && !t.startsWith('src/flows') && !t.startsWith('jobs/')),
  ).toEqual([]);
  expect(violations('jobs', (t) => !t.startsWith('src/slack') && t !== 'src/bot')).toEqual([]);
});

test('only the composition root imports the Slack adapter', () => {
  const outside = ['src', 'jobs', 'commands']
    .flatMap(files)
    .filter((f) => !f.startsWith('src/slack/') && f !== 'src/bot.ts')
    .flatMap((file) =>
      importsOf(file)
        .filter((t) => t.startsWith('src/slack'))
        .map((t) => `${file} imports ${t}`),
    );
  expect(outside).toEqual([]);
});

test('the check sees imports at all (a scanner that found none would pass everything)', () => {
  expect(importsOf('src/flows/open-incident.ts')).toContain('src/domain/incidents/incident');
  expect(violations('src/slack', (t) => !t.startsWith('@slack/'))).not.toEqual([]);
});
