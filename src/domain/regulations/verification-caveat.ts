import type { Verification } from './rule';

/**
 * What a user reads about how sure the catalog is of a rule: a short caveat in plain words derived from the
 * rule's confidence mark, plus the rule's own `userNote`. The internal review note (`unverified`: what was not
 * re-read, what is from memory) is for the catalog's maintainers and is never part of it.
 */
const BY_CONFIDENCE: Record<Verification['confidence'], string | null> = {
  V: null,
  S: 'Period from secondary sources; confirm with counsel.',
  M: 'Not yet checked against the text of the law; confirm with counsel.',
};

export function caveatOf(verification: Pick<Verification, 'confidence' | 'userNote'>): string | null {
  const parts = [BY_CONFIDENCE[verification.confidence], verification.userNote ?? null].filter(
    (p): p is string => p !== null && p.length > 0,
  );
  return parts.length > 0 ? parts.join(' ') : null;
}
