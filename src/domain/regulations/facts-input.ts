import { readTypedInstant } from '../time/typed-instant';
import { didYouMean } from '../words/did-you-mean';
import { readCount, readPlace } from './jurisdiction-names';
import { DATA_TYPES, ENTITY_TYPES, JUDGMENTS, TRIGGERS } from './vocabulary';

/**
 * A facts file as people write it, brought to the facts schema by the rules `/incident facts` follows: places by
 * code in any case or by name (`"California"`, `"ca"` refused as both California and Canada), counts as numbers
 * or strings with thousands separators, data, entity types and judgments in any case, instants without a zone
 * read in `timeZone`. Returns what it changed in words (`saidBack`) and every place it could not read, each with
 * its path; anything else is left for the schema to judge.
 */
export type FactsInputReading = { ok: true; input: unknown; saidBack: string[] } | { ok: false; errors: string[] };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function foldWord<T extends string>(value: unknown, known: readonly T[], where: string, errors: string[]): unknown {
  if (typeof value !== 'string') return value;
  const folded = value
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
  const found = known.find((k) => k.toLowerCase() === folded);
  if (!found) errors.push(`${where}: unknown value "${value}".${didYouMean(folded, known)}`);
  return found ?? value;
}

export function readFactsInput(raw: unknown, timeZone: string): FactsInputReading {
  if (!isRecord(raw)) return { ok: true, input: raw, saidBack: [] };
  const errors: string[] = [];
  const saidBack: string[] = [];
  const out: Record<string, unknown> = { ...raw };

  if (isRecord(raw.affected)) {
    const affected: Record<string, unknown> = {};
    for (const [place, count] of Object.entries(raw.affected)) {
      const reading = readPlace(place);
      if (!reading.ok) {
        errors.push(
          reading.kind === 'unknown'
            ? `affected.${place}: unknown jurisdiction "${place}"${reading.hint ? `.${reading.hint}` : ''}`
            : `affected.${place}: ${reading.error}`,
        );
        continue;
      }
      const n = typeof count === 'string' ? (readCount(count) ?? count) : count;
      if (reading.code in affected) errors.push(`affected.${place}: ${reading.code} is given twice`);
      affected[reading.code] = n;
    }
    out.affected = affected;
  }
  if (Array.isArray(raw.domicile)) {
    out.domicile = raw.domicile.map((place, i) => {
      if (typeof place !== 'string') return place;
      const reading = readPlace(place);
      if (!reading.ok) errors.push(`domicile.${i}: ${reading.error}`);
      return reading.ok ? reading.code : place;
    });
  }
  if (Array.isArray(raw.dataTypes))
    out.dataTypes = raw.dataTypes.map((v, i) => foldWord(v, DATA_TYPES, `dataTypes.${i}`, errors));
  if (Array.isArray(raw.entityTypes)) {
    out.entityTypes = raw.entityTypes.map((v, i) => foldWord(v, ENTITY_TYPES, `entityTypes.${i}`, errors));
  }
  if (isRecord(raw.judgments)) {
    out.judgments = Object.fromEntries(
      Object.entries(raw.judgments).map(([k, v]) => {
        const key = JUDGMENTS.find((j) => j.toLowerCase() === k.toLowerCase());
        if (!key) errors.push(`judgments.${k}: unknown judgment "${k}".${didYouMean(k, JUDGMENTS)}`);
        const value = typeof v === 'string' && /^(yes|no|true|false)$/i.test(v) ? /^(yes|true)$/i.test(v) : v;
        return [key ?? k, value];
      }),
    );
  }
  for (const trigger of TRIGGERS) {
    const value = raw[trigger];
    if (typeof value !== 'string') continue;
    const reading = readTypedInstant(value, timeZone);
    if (!reading.ok) continue; // the schema names it
    out[trigger] = reading.iso;
    if (reading.saidBack) saidBack.push(`${trigger}: ${reading.saidBack}`);
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, input: out, saidBack };
}
