import { obligationsResultSchema } from '../../src/domain/regulations/obligation';
import { factsFile, MR_COOPER_FACTS_FILE as MR_COOPER, runCliCaptured as run } from '../support/cli-run';

/** `breachbot deadlines` follows /incident facts' rules for places, counts and case, and fits a terminal. */
const base = { discoveredAt: '2026-03-02T15:00:00Z', dataTypes: ['ssn', 'name'] };

describe('breachbot deadlines reads facts as /incident facts does', () => {
  test('"CA" is refused with both readings, exit 2', async () => {
    const { code, stdout, stderr } = await run([
      'deadlines',
      '--facts',
      factsFile({ ...base, affected: { CA: 1000 } }),
    ]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('affected.CA: `CA`: did you mean US-CA (California) or CA (Canada)?');
  });

  test('names, lower-case codes, counts with separators and values in any case are read', async () => {
    const facts = {
      ...base,
      dataTypes: ['SSN', 'Name'],
      affected: { California: '1,749,623', 'us-tx': 1200, Germany: '40' },
      judgments: { RiskOfHarm: 'yes' },
    };
    const { code, stdout, stderr } = await run(['deadlines', `--facts=${factsFile(facts)}`, '--json']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const ids = obligationsResultSchema.parse(JSON.parse(stdout)).obligations.map((o) => o.id);
    expect(ids.some((id) => id.startsWith('us-ca/'))).toBe(true);
    expect(ids.some((id) => id.startsWith('us-tx/'))).toBe(true);
    expect(ids.some((id) => id.startsWith('gdpr/'))).toBe(true);
    expect(ids.some((id) => id.startsWith('pipeda/'))).toBe(false);
  });

  test('an instant without a zone is read in --tz and said back on stderr', async () => {
    const facts = { ...base, discoveredAt: '2026-03-02 09:00', affected: { 'US-NY': 10 } };
    const { code, stdout, stderr } = await run([
      'deadlines',
      '--facts',
      factsFile(facts),
      '--tz',
      'America/New_York',
      '--json',
    ]);
    expect(code).toBe(0);
    expect(stderr).toContain(
      'discoveredAt: read `2026-03-02 09:00` as 2026-03-02 09:00 America/New_York (2026-03-02T14:00:00Z)',
    );
    const obligations = obligationsResultSchema.parse(JSON.parse(stdout)).obligations;
    expect(obligations.find((o) => o.trigger.name === 'discoveredAt')?.trigger.at).toBe('2026-03-02T14:00:00.000Z');
  });

  test('an unknown data type is named with the closest one', async () => {
    const { code, stderr } = await run(['deadlines', '--facts', factsFile({ ...base, dataTypes: ['ssm'] })]);
    expect(code).toBe(2);
    expect(stderr).toContain('dataTypes.0: unknown value "ssm". Did you mean `ssn`');
  });

  test('without --width the table is at most 100 columns (527 before)', async () => {
    const { stdout } = await run(['deadlines', '--facts', MR_COOPER]);
    expect(Math.max(...stdout.split('\n').map((l) => l.length))).toBeLessThanOrEqual(100);
  });

  test('--facts=FILE is accepted', async () => {
    const { code } = await run(['deadlines', `--facts=${MR_COOPER}`, '--json']);
    expect(code).toBe(0);
  });

  test.each([[100], [80]])('the table fits %i columns and shows the citation', async (width) => {
    const { code, stdout } = await run([
      'deadlines',
      '--facts',
      MR_COOPER,
      '--now',
      '2023-11-01T13:00:00Z',
      '--width',
      String(width),
    ]);
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(width);
    expect(lines[0]).toMatch(/Obligation\s+Citation$/);
    // A citation from the catalog, on the obligation's own row.
    expect(stdout).toMatch(/freddie-mac\/counterparty\s+Freddie Mac/);
    expect(stdout).toContain('    to Freddie Mac: immediately');
  });
});
