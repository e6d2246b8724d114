import {
  baseChannelName,
  channelNameCandidate,
  MAX_CHANNEL_NAME,
  neutralWords,
  slugify,
} from '../../src/domain/incidents/channel-naming';

const openedAt = new Date('2026-11-29T23:30:00-05:00'); // already 30 November in UTC

describe('incident channel names', () => {
  test('slug: prefix, UTC date of opening, lowercase a-z0-9 words joined by hyphens', () => {
    expect(
      baseChannelName({
        prefix: 'inc',
        openedAt,
        title: 'Mortgage servicing data EXFILTRATION!',
        naming: 'slug',
        neutral: 'x-y',
      }),
    ).toBe('inc-20261130-mortgage-servicing-data-exfiltration');
  });

  test('accents are folded and punctuation collapses to single hyphens', () => {
    expect(slugify('  Déjà vu: S3 bucket / “public” ')).toBe('deja-vu-s3-bucket-public');
  });

  test('a title with no usable characters still yields a name', () => {
    expect(baseChannelName({ prefix: 'inc', openedAt, title: '🔥🔥', naming: 'slug', neutral: 'x-y' })).toBe(
      'inc-20261130-incident',
    );
  });

  test('long titles are cut to 80 characters in all, suffix included', () => {
    const base = baseChannelName({
      prefix: 'inc',
      openedAt,
      title: 'word '.repeat(40),
      naming: 'slug',
      neutral: 'x-y',
    });
    expect(base.length).toBeLessThanOrEqual(MAX_CHANNEL_NAME);
    expect(base.endsWith('-')).toBe(false);
    for (const n of [2, 10, 100]) {
      const candidate = channelNameCandidate(base, n);
      expect(candidate.length).toBeLessThanOrEqual(MAX_CHANNEL_NAME);
      expect(candidate.endsWith(`-${n}`)).toBe(true);
      expect(candidate).toMatch(/^[a-z0-9-]+$/);
    }
  });

  test('the first candidate is the base name; later ones count from -2', () => {
    expect(channelNameCandidate('inc-20261130-x', 1)).toBe('inc-20261130-x');
    expect(channelNameCandidate('inc-20261130-x', 2)).toBe('inc-20261130-x-2');
    expect(channelNameCandidate('inc-20261130-x', 3)).toBe('inc-20261130-x-3');
  });

  test('neutral names reveal nothing of the title', () => {
    const name = baseChannelName({
      prefix: 'inc',
      openedAt,
      title: 'SSN breach at payroll vendor',
      naming: 'neutral',
      neutral: neutralWords(),
    });
    expect(name).toMatch(/^inc-20261130-[a-z]+-[a-z]+$/);
    expect(name).not.toMatch(/ssn|breach|payroll|vendor/);
  });

  test('neutral names use two different words', () => {
    let calls = 0;
    const picks = [3, 3, 3, 7];
    expect(neutralWords(() => picks[calls++] ?? 0)).not.toMatch(/^(\w+)-\1$/);
  });
});
