/**
 * The import rules of the layout (issue 8), checked by `npm run depcruise` (part of `npm test`).
 * A request goes slack/ → flows/ → store/ → domain/; jobs/ is the other way in (BullMQ → flows/); runtime/ is
 * process plumbing underneath. Every rule's `comment` is printed with a violation: it says what to do.
 *
 * Paths are relative to the repository root; `to` paths of packages start with `node_modules/`, Node core
 * modules are matched by name (`node:crypto` or `crypto`). Type-only imports count (tsPreCompilationDeps):
 * importing a type from a layer above is the same coupling as importing a value.
 */

/** Layers a folder may import besides itself; everything else of src/, commands/ and jobs/ is forbidden. */
const OWN_CODE = '^(src|commands|jobs)/';
const ENTRY_POINTS = [
  '^src/main[.]ts$',
  '^src/worker-main[.]ts$',
  '^src/cli/main[.]ts$',
  '^src/runtime/obligation-thread[.]ts$',
];

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    // ── domain/: pure rules ─────────────────────────────────────────────────────────────────────────────────
    {
      name: 'domain-imports-only-domain',
      severity: 'error',
      comment:
        'src/domain/ is the pure core: it imports nothing else of src/, nor commands/ or jobs/. Move the type or ' +
        'rule you need into src/domain/ (the other layer then imports it from there), or pass it in as a parameter.',
      from: { path: '^src/domain/' },
      to: { path: OWN_CODE, pathNot: '^src/domain/' },
    },
    {
      name: 'domain-uses-only-pure-packages',
      severity: 'error',
      comment:
        'src/domain/ may use only zod, date-fns, @date-fns/tz, date-holidays and node:crypto: no Slack, BullMQ, ' +
        'Redis, HTTP, file system or process. Do the I/O in store/, flows/ or slack/ and give the domain the data.',
      from: { path: '^src/domain/' },
      to: {
        dependencyTypes: ['npm', 'npm-dev', 'npm-optional', 'npm-peer', 'npm-no-pkg', 'npm-unknown', 'core'],
        pathNot: [
          '^node_modules/(zod|date-fns|@date-fns/tz|date-holidays)/',
          '^node_modules/@types/',
          '^(node:)?crypto$',
        ],
      },
    },
    // ── store/: Redis ───────────────────────────────────────────────────────────────────────────────────────
    {
      name: 'store-imports-only-domain-and-runtime',
      severity: 'error',
      comment:
        'src/store/ (Redis) may import src/domain/ and src/runtime/ only, never flows/, slack/, cli/ or jobs/. ' +
        'If a store needs a type from a flow, move that type into src/domain/; if it needs a service, the flow ' +
        'should call the store instead.',
      from: { path: '^src/store/' },
      to: { path: OWN_CODE, pathNot: '^src/(store|domain|runtime)/' },
    },
    // ── flows/: one file per act ────────────────────────────────────────────────────────────────────────────
    {
      name: 'flows-import-only-domain-store-runtime',
      severity: 'error',
      comment:
        'src/flows/ may import src/domain/, src/store/ and src/runtime/ only: never src/slack/, jobs/, commands/ ' +
        'or cli/. To reach Slack or the queue, declare a port (an interface) in src/flows/ports/ and let slack/ ' +
        'or jobs/ implement it; take parsed input as a domain type, not the command parser type.',
      from: { path: '^src/flows/' },
      to: { path: OWN_CODE, pathNot: '^src/(flows|domain|store|runtime)/' },
    },
    {
      name: 'flows-use-no-slack-or-queue-packages',
      severity: 'error',
      comment:
        'src/flows/ must not use @slack/* or bullmq (not even their types): flows talk to Slack and the queue ' +
        'through the ports in src/flows/ports/. Move the Slack/BullMQ code into src/slack/ or jobs/.',
      from: { path: '^src/flows/' },
      to: { path: '^node_modules/(@slack/|bullmq/)' },
    },
    // ── slack/: Bolt adapter ────────────────────────────────────────────────────────────────────────────────
    {
      name: 'only-bot-ts-imports-slack',
      severity: 'error',
      comment:
        'Only src/bot.ts (the composition root) may import src/slack/. Other layers must not know the Slack ' +
        'adapter: move shared types down (domain/, or a port in flows/ports/, or runtime/ for the logger) and ' +
        'let bot.ts pass the Slack implementation in.',
      // The layers below have their own rule with a more specific message; this one catches the rest
      // (src/main.ts, src/worker-main.ts, any new top-level file or folder).
      from: {
        path: OWN_CODE,
        pathNot: ['^src/bot[.]ts$', '^src/(slack|domain|store|flows|cli|runtime)/', '^commands/', '^jobs/'],
      },
      to: { path: '^src/slack/' },
    },
    {
      name: 'slack-imports-no-jobs-or-cli',
      severity: 'error',
      comment:
        'src/slack/ may import flows/, domain/, store/, runtime/ and commands/, not jobs/, cli/ or the process ' +
        'entries. Queue work goes through a port of src/flows/ports/ that src/bot.ts wires to jobs/.',
      from: { path: '^src/slack/' },
      to: { path: OWN_CODE, pathNot: ['^src/(slack|flows|domain|store|runtime)/', '^commands/'] },
    },
    // ── cli/ ────────────────────────────────────────────────────────────────────────────────────────────────
    {
      name: 'cli-imports-only-domain-store-runtime',
      severity: 'error',
      comment:
        'src/cli/ (breachbot deadlines | verify) may import src/domain/, src/store/ and src/runtime/ only. ' +
        'If it needs logic that lives in a flow or in slack/, move that logic into src/domain/.',
      from: { path: '^src/cli/' },
      to: { path: OWN_CODE, pathNot: '^src/(cli|domain|store|runtime)/' },
    },
    // ── runtime/: process plumbing ─────────────────────────────────────────────────────────────────────────
    {
      name: 'runtime-imports-only-domain',
      severity: 'error',
      comment:
        'src/runtime/ (env, log, in-flight, shutdown, local Redis) sits under store/, flows/ and slack/, so it may ' +
        'import only src/domain/ (e.g. vocabularies for the env schema). Define the type it needs (such as the ' +
        'logger interface) in src/runtime/ and let the upper layers import it from there.',
      from: { path: '^src/runtime/' },
      to: { path: OWN_CODE, pathNot: '^src/(runtime|domain)/' },
    },
    // ── commands/: slash-command grammar ────────────────────────────────────────────────────────────────────
    {
      name: 'commands-import-only-domain',
      severity: 'error',
      comment:
        'commands/ (slash-command text → typed command) may import src/domain/ only: never src/slack/, ' +
        'src/flows/, src/store/, jobs/ or anything else. A type the parser produces and a flow consumes belongs ' +
        'in src/domain/.',
      from: { path: '^commands/' },
      to: { path: OWN_CODE, pathNot: ['^commands/', '^src/domain/'] },
    },
    // ── jobs/: BullMQ ───────────────────────────────────────────────────────────────────────────────────────
    {
      name: 'jobs-never-import-slack',
      severity: 'error',
      comment:
        'jobs/ never imports src/slack/: the worker calls src/flows/deliver-reminder, which posts through a port; ' +
        'src/bot.ts (or the worker entry) passes in the Slack implementation of that port.',
      from: { path: '^jobs/' },
      to: { path: '^src/slack/' },
    },
    {
      name: 'jobs-import-only-domain-store-flows-runtime',
      severity: 'error',
      comment:
        'jobs/ may import src/domain/, src/store/, src/flows/ and src/runtime/ only (not commands/, cli/ or the ' +
        'process entries). Move what it needs into one of those layers.',
      from: { path: '^jobs/' },
      to: { path: OWN_CODE, pathNot: ['^jobs/', '^src/(domain|store|flows|runtime|slack)/'] },
    },
    // ── metrics: prom-client behind a port ──────────────────────────────────────────────────────────────────
    {
      name: 'prom-client-only-in-its-adapter',
      severity: 'error',
      comment:
        'prom-client is used in src/runtime/prometheus-metrics.ts only. Record measurements through the BotMetrics ' +
        'port (src/runtime/metrics.ts) that FlowContext, the reminder runtime and the Slack adapter already carry.',
      from: { path: OWN_CODE, pathNot: '^src/runtime/prometheus-metrics[.]ts$' },
      to: { path: '^node_modules/prom-client/' },
    },
    {
      name: 'pino-only-in-the-logger',
      severity: 'error',
      comment:
        'pino is used in src/runtime/log.ts only; everything else logs through the BotLog interface it exports, ' +
        'so redaction and the error fields are applied in one place.',
      from: { path: OWN_CODE, pathNot: '^src/runtime/log[.]ts$' },
      to: { path: '^node_modules/pino/' },
    },
    // ── whole tree ──────────────────────────────────────────────────────────────────────────────────────────
    {
      name: 'no-circular-imports',
      severity: 'error',
      comment:
        'This import closes a cycle (the chain is listed). Break it: move the shared piece into the lower ' +
        'module or into src/domain/, or invert the dependency with a port (interface) that the caller defines.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-orphans-in-src',
      severity: 'error',
      comment:
        'Nothing imports this module and it is not an entry point (src/main.ts, src/worker-main.ts, ' +
        'src/cli/main.ts). Delete it if it is dead, or import it where it belongs.',
      from: { orphan: true, path: '^src/', pathNot: [...ENTRY_POINTS, '[.]d[.]ts$'] },
      to: {},
    },
    {
      name: 'no-imports-from-test',
      severity: 'error',
      comment: 'Production code must not import from test/ (fixtures, simulators). Move the shared code into src/.',
      from: { path: OWN_CODE },
      to: { path: '^test/' },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment: 'This import cannot be resolved to a file or an installed package: fix the path or install the package.',
      from: {},
      to: { couldNotResolve: true },
    },
    {
      name: 'packages-in-dependencies',
      severity: 'error',
      comment:
        'This package is not in the "dependencies" of package.json (it is only there as a dependency of a ' +
        'dependency, or only in devDependencies). The production image prunes dev dependencies and a transitive ' +
        'package can change or vanish: add it to "dependencies", or import it from the package that re-exports it.',
      from: { path: OWN_CODE },
      to: {
        dependencyTypes: ['npm-no-pkg', 'npm-unknown', 'npm-dev'],
        dependencyTypesNot: ['type-only'],
        pathNot: '^node_modules/@types/',
      },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['^dist/', '^var/', '^coverage/'] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    combinedDependencies: false,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.js', '.json'],
      mainFields: ['main', 'types', 'typings'],
    },
    skipAnalysisNotInRules: true,
    reporterOptions: {
      text: { highlightFocused: true },
    },
  },
};
