import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { obligationsResultSchema } from '../../src/domain/regulations/obligation';
import { compiled } from '../process/compiled-build';
import { factsFile, MR_COOPER_FACTS_FILE as MR_COOPER, runCliCaptured as run } from '../support/cli-run';

describe('breachbot deadlines', () => {
  test('--json prints {obligations} and exits 0', async () => {
    const { code, stdout, stderr } = await run(['deadlines', '--facts', MR_COOPER, '--json']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const result = obligationsResultSchema.parse(JSON.parse(stdout));
    expect(result.obligations.map((o) => o.id)).toContain('freddie-mac/counterparty');
  });

  test('a table in the chosen zone, with time left', async () => {
    const { code, stdout } = await run([
      'deadlines',
      '--facts',
      MR_COOPER,
      '--tz',
      'America/Chicago',
      '--now',
      '2023-11-01T13:00:00Z',
    ]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Due \(America\/Chicago\)\s+Time left\s+Obligation/);
    // Freddie Mac: 48 h from 2023-10-31T13:00Z = 2023-11-02 08:00 CDT, 24 h from --now
    expect(stdout).toMatch(/2023-11-02 08:00\s+1d 0h\s+freddie-mac\/counterparty/);
  });

  test.each([
    [
      { discoveredAt: '2026-03-02T15:00:00Z', affected: { 'US-XX': 1 } },
      'affected.US-XX: unknown jurisdiction "US-XX"',
    ],
    [{ discoveredAt: '2026-03-02T15:00:00Z', affected: { 'US-CA': -1 } }, 'affected.US-CA: must be 0 or more, got -1'],
    ['{ not json', 'cannot read facts'],
  ])('bad facts %j: exit 2 with the problem on stderr', async (content, message) => {
    const { code, stdout, stderr } = await run(['deadlines', '--facts', factsFile(content), '--json']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(message);
  });

  test.each([
    [['deadlines'], '--facts is required'],
    [['deadlines', '--facts'], '--facts needs a file name'],
    [['deadlines', '--facts', MR_COOPER, '--tz', 'Mars/Olympus'], 'unknown time zone "Mars/Olympus"'],
    [['deadlines', '--facts', MR_COOPER, '--verbose'], 'unknown argument "--verbose"'],
  ])('bad usage %j: exit 2 with usage', async (argv, message) => {
    const { code, stderr } = await run(argv);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
    expect(stderr).toContain('Usage: breachbot deadlines');
  });

  test.each([[[]], [['frobnicate']]])('the dispatcher refuses %j with exit 2', async (argv) => {
    const { code, stderr } = await run(argv);
    expect(code).toBe(2);
    expect(stderr).toContain('usage: breachbot <command>');
  });

  test('--help prints the command usage and exits 0', async () => {
    const { code, stdout } = await run(['deadlines', '--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('--facts FILE');
  });

  test('the compiled bin runs as a process', async () => {
    const bin = compiled('src/cli/main.js');
    const { stdout } = await promisify(execFile)(process.execPath, [bin, 'deadlines', '--facts', MR_COOPER, '--json']);
    expect(obligationsResultSchema.parse(JSON.parse(stdout)).obligations.length).toBeGreaterThan(0);
    const failed = await promisify(execFile)(process.execPath, [bin, 'deadlines']).catch(
      (error: { code: number }) => error,
    );
    expect((failed as { code: number }).code).toBe(2);
  });
});
