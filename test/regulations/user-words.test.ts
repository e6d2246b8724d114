import { CATALOG } from '../../src/domain/regulations/catalog';
import { EXEMPTION_NOTE_SOURCES } from '../../src/domain/regulations/catalog/us-states/state-rule';

/**
 * Issue 11 §5: what a person reads (a version's notes, the recipient, the deadline words) holds no review material:
 * where the words were read (a URL, a mirror, a search), or that they were not read. That belongs in `verification`.
 */
const REVIEW_MATERIAL =
  /https?:\/\/|github|lawserver|justia|casetext|find_string|\bmirror\b|\bseed\b|from memory|was not read|not read directly|this pass|Unverified:/i;

const userWords = CATALOG.flatMap((rule) => [
  ...(rule.recipientName ? [{ id: rule.id, where: 'recipient', text: rule.recipientName }] : []),
  ...rule.versions.flatMap((v) => [
    ...(v.notes ?? []).map((text) => ({ id: rule.id, where: `notes from ${v.inForceFrom}`, text })),
    ...('words' in v.deadline && typeof v.deadline.words === 'string'
      ? [{ id: rule.id, where: `deadline from ${v.inForceFrom}`, text: v.deadline.words }]
      : []),
  ]),
]);

describe('the words a person reads carry no review material', () => {
  it('reads the catalog (a walk over no words would pass anything)', () => {
    expect(userWords.length).toBeGreaterThan(400);
  });

  it.each(userWords.map((w) => [`${w.id} ${w.where}`, w.text] as const))('%s', (_where, text) => {
    expect(text).not.toMatch(REVIEW_MATERIAL);
  });

  it('every exemption note keeps where its words were read, beside it in the code', () => {
    const notes = new Set(CATALOG.flatMap((r) => r.versions.flatMap((v) => v.notes ?? [])));
    const exemptionNotes = [...notes].filter((n) => n.includes('Not applied here'));
    expect(exemptionNotes.length).toBeGreaterThan(5);
    for (const note of exemptionNotes) expect(EXEMPTION_NOTE_SOURCES.get(note)).toMatch(/\S/);
  });
});
