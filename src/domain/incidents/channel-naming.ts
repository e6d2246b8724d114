import { randomInt } from 'node:crypto';
import { formatInTimeZone } from '../time/format-in-zone';

/** Slack's own limit for a channel name. */
export const MAX_CHANNEL_NAME = 80;

export type ChannelNaming = 'slug' | 'neutral';

/** Lowercase, a-z0-9 and single hyphens; accents folded ("Déjà vu" → "deja-vu"). */
export function slugify(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

// Deliberately bland words: a neutral name must not hint at the subject ("breach", "leak", "ransom" …).
const NEUTRAL_WORDS = [
  'amber',
  'aspen',
  'basalt',
  'birch',
  'cedar',
  'cobalt',
  'coral',
  'delta',
  'ember',
  'fern',
  'flint',
  'garnet',
  'harbor',
  'hazel',
  'indigo',
  'iris',
  'jasper',
  'juniper',
  'kelp',
  'lagoon',
  'larch',
  'linen',
  'maple',
  'marble',
  'meadow',
  'mesa',
  'nectar',
  'nimbus',
  'oak',
  'onyx',
  'orchid',
  'pebble',
  'pine',
  'quartz',
  'quill',
  'reed',
  'ridge',
  'river',
  'sable',
  'saffron',
  'sage',
  'slate',
  'spruce',
  'summit',
  'tundra',
  'umber',
  'valley',
  'willow',
  'yarrow',
  'zephyr',
] as const;

export function neutralWords(pick: (max: number) => number = randomInt): string {
  const first = NEUTRAL_WORDS[pick(NEUTRAL_WORDS.length)];
  let second = NEUTRAL_WORDS[pick(NEUTRAL_WORDS.length)];
  while (second === first) second = NEUTRAL_WORDS[pick(NEUTRAL_WORDS.length)];
  return `${first}-${second}`;
}

export interface ChannelNameInput {
  prefix: string;
  openedAt: Date;
  title: string;
  naming: ChannelNaming;
  /** Slug used when naming is neutral; drawn once per incident so retries keep the same words. */
  neutral: string;
}

/**
 * The base name `<prefix>-YYYYMMDD-<slug>`; the date is the UTC date of opening. The whole name, with any
 * `-N` suffix added for a taken name, stays within Slack's 80 characters.
 */
export function baseChannelName(input: ChannelNameInput): string {
  const stem = `${input.prefix}-${formatInTimeZone(input.openedAt, 'UTC', 'yyyyMMdd')}`;
  const slug = input.naming === 'neutral' ? input.neutral : slugify(input.title) || 'incident';
  return `${stem}-${slug}`.slice(0, MAX_CHANNEL_NAME).replace(/-+$/, '');
}

/** The n-th candidate: n = 1 is the base name, n ≥ 2 appends `-n`, trimming the slug to stay within 80. */
export function channelNameCandidate(base: string, n: number): string {
  if (n <= 1) return base;
  const suffix = `-${n}`;
  return `${base.slice(0, MAX_CHANNEL_NAME - suffix.length).replace(/-+$/, '')}${suffix}`;
}

/** How many `-N` suffixes to try before giving up on a name: far more than a day's incidents. */
export const MAX_NAME_ATTEMPTS = 100;

/** Candidate channel names in the order to try them; a drill is named `drill-…` so nobody mistakes it. */
export function* channelNameCandidates(
  settings: { channelPrefix: string; channelNaming: ChannelNaming },
  request: { title: string; openedAt: Date; drill: boolean },
  pick?: (max: number) => number,
): Generator<string> {
  const base = baseChannelName({
    prefix: request.drill ? 'drill' : settings.channelPrefix,
    openedAt: request.openedAt,
    title: request.title,
    naming: settings.channelNaming,
    neutral: neutralWords(pick),
  });
  for (let n = 1; n <= MAX_NAME_ATTEMPTS; n += 1) yield channelNameCandidate(base, n);
}
