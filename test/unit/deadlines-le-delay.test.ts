import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli/main';
import { obligationsResultSchema } from '../../src/domain/regulations/obligation';

/** `breachbot deadlines` with a law-enforcement delay in the facts: paused notices and what resumes them. */
async function deadlines(args: string[]): Promise<string> {
  let stdout = '';
  const code = await runCli(['deadlines', ...args], {
    env: {},
    stdout: (t: string) => {
      stdout += t;
    },
    stderr: () => undefined,
  });
  expect(code).toBe(0);
  return stdout;
}

const facts = {
  discoveredAt: '2026-10-01T14:00:00Z',
  dataTypes: ['name', 'ssn'],
  // "DE" alone would be refused as Delaware or Germany (issue 12 item 5): the country by name.
  affected: { 'US-ME': 40, Germany: 10 },
  judgments: { riskOfHarm: true },
  lawEnforcementDelay: { agency: 'FBI Boston', requestedAt: '2026-10-02T14:00:00Z', form: 'written', notices: 'all' },
};
const path = join(mkdtempSync(join(tmpdir(), 'breachbot-le-')), 'facts.json');
writeFileSync(path, JSON.stringify(facts));

test('the table shows the Maine notice as paused, with what resumes it; GDPR keeps its due time', async () => {
  const out = await deadlines(['--facts', path, '--now', '2026-10-03T00:00:00Z']);
  const maine = out.split('\n').find((l) => l.includes('us-me/individuals'));
  expect(maine).toMatch(/^paused\s/);
  expect(out).toMatch(
    /1 paused by a law-enforcement delay:\n {2}us-me\/individuals: resumes when law enforcement says/,
  );
  expect(out).toContain('then 7 business days (10 M.R.S. § 1348(3))');
  expect(out.split('\n').find((l) => l.includes('gdpr/regulator'))).toMatch(/^2026-10-04 14:00/);
});

test('--json carries the tolled marker', async () => {
  const { obligations } = obligationsResultSchema.parse(JSON.parse(await deadlines(['--facts', path, '--json'])));
  expect(obligations.find((o) => o.id === 'us-me/individuals')?.tolled).toEqual({
    until: null,
    resumes: expect.stringContaining('7 business days'),
  });
  expect(obligations.find((o) => o.id === 'gdpr/regulator')?.tolled).toBeUndefined();
});
