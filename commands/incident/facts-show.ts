import type { Facts } from '../../src/domain/regulations/facts';
import type { JurisdictionCode } from '../../src/domain/regulations/jurisdiction-code';
import type { Trigger } from '../../src/domain/regulations/vocabulary';
import { placeAsTyped } from './affected-lines';
import { INSTANT_FLAGS } from './facts';

/**
 * `/incident facts show`: the stored facts as the `/incident facts …` command(s) that would recreate them, so
 * they can be read, copied, corrected and sent back. Every value is written in the form the grammar reads
 * exactly (codes, ISO instants with Z, counts without separators), so parsing the printed commands and
 * applying them in order gives the same facts. When one command would be longer than `maxChars` (Slack's
 * 3,000 characters a section, less the code fences and room for an agency's `&`, `<`, `>` escaped), the flags
 * go on into further commands (a flag never splits; the law-enforcement ones stay together) and so do the
 * people affected: `--affected` only sets the places it names, so the parts add up. Notices recorded as given
 * (`notified --at`) are not facts typed here and are not printed.
 */
export function factsAsCommands(facts: Facts, maxChars = 2_400): string[] {
  const head = '/incident facts';
  const flags: string[] = [];
  for (const [flag, trigger] of Object.entries(INSTANT_FLAGS) as [string, Trigger][]) {
    const at = facts[trigger];
    if (at) flags.push(`--${flag} ${instant(at)}`);
  }
  if (facts.dataTypes.length) flags.push(`--data ${facts.dataTypes.join(',')}`);
  if (facts.entityTypes.length) flags.push(`--entity ${facts.entityTypes.join(',')}`);
  flags.push(`--encrypted ${facts.encrypted ? 'yes' : 'no'}`);
  const judgments = Object.entries(facts.judgments).map(([k, v]) => `${k}=${v ? 'yes' : 'no'}`);
  if (judgments.length) flags.push(`--judgment ${judgments.join(',')}`);
  if (facts.domicile?.length) flags.push(`--domicile ${facts.domicile.map(placeAsTyped).join(',')}`);
  const le = facts.lawEnforcementDelay;
  if (le) {
    // One unit: a new request needs its agency, form and time together.
    const parts = [`--le-agency "${le.agency.replace(/"/g, "'")}"`, `--le-form ${le.form}`];
    parts.push(`--le-requested ${instant(le.requestedAt)}`);
    if (le.until) parts.push(`--le-until ${instant(le.until)}`);
    parts.push(`--le-notices ${le.notices === 'all' ? 'all' : le.notices.join(',')}`);
    if (le.liftedAt) parts.push(`--le-lifted ${instant(le.liftedAt)}`);
    flags.push(parts.join(' '));
  }
  // Each flag once per command, the commands filled in order; a flag never splits, except `--affected`,
  // whose places may go on in the next command.
  const commands: string[] = [];
  let current = head;
  let places: string[] = [];
  const line = (extra: string[] = []) => {
    const all = [...places, ...extra];
    return all.length ? `${current} --affected ${all.join(',')}` : current;
  };
  const flush = () => {
    commands.push(line());
    current = head;
    places = [];
  };
  for (const flag of flags) {
    if (current !== head && `${current} ${flag}`.length > maxChars) flush();
    current = `${current} ${flag}`;
  }
  for (const [code, n] of Object.entries(facts.affected).sort(([a], [b]) => a.localeCompare(b))) {
    const entry = `${placeAsTyped(code as JurisdictionCode)}=${n}`;
    if ((current !== head || places.length) && line([entry]).length > maxChars) flush();
    places.push(entry);
  }
  flush();
  return commands;
}

/** An instant as the grammar takes it as given: ISO 8601 in UTC, without milliseconds when there are none. */
function instant(iso: string): string {
  return new Date(iso).toISOString().replace('.000Z', 'Z');
}
