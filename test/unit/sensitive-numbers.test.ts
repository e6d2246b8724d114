import {
  findSensitiveNumbers,
  luhnValid,
  maskSensitiveNumbers,
  sensitiveKinds,
} from '../../src/domain/privacy/sensitive-numbers';

describe('sensitive numbers', () => {
  test.each([
    ['Customer SSN 123-45-6789 was in the export', 'Customer SSN XXX-XX-6789 was in the export'],
    ['ssn: 123 45 6789', 'ssn: XXX XX 6789'],
    ['social security number 123456789 exposed', 'social security number XXXXX6789 exposed'],
    ['found 123456789 (SSN) in logs', 'found XXXXX6789 (SSN) in logs'],
    ['card 4111 1111 1111 1111 used', 'card XXXX XXXX XXXX 1111 used'],
    ['card 4111-1111-1111-1111', 'card XXXX-XXXX-XXXX-1111'],
    ['pan 5500005555555559', 'pan XXXXXXXXXXXX5559'],
    ['amex 378282246310005 leaked', 'amex XXXXXXXXXXX0005 leaked'],
    ['refund to account no. 12345678', 'refund to account no. XXXX5678'],
    ['acct# 000123456789', 'acct# XXXXXXXX6789'],
    ['IBAN DE89 3704 0044 0532 0130 00 frozen', 'IBAN XXXX XXXX XXXX XXXX XX30 00 frozen'],
  ])('masks %j', (input, masked) => {
    expect(maskSensitiveNumbers(input)).toBe(masked);
  });

  test.each([
    'Engage outside counsel by 2026-11-30',
    'Ticket 123456789 closed',
    'order 4111111111111112 (fails Luhn)',
    'phone 555-123-4567',
    'SSN 000-12-3456 is not a real one',
    'timestamp 1700000000.000100',
    '',
  ])('leaves %j alone', (input) => {
    expect(findSensitiveNumbers(input)).toEqual([]);
    expect(maskSensitiveNumbers(input)).toBe(input);
  });

  test('names the kinds found, once each, without the number', () => {
    expect(sensitiveKinds('SSN 123-45-6789 and 987-65-4321, card 4111111111111111')).toEqual(['ssn', 'card']);
    expect(sensitiveKinds('nothing here')).toEqual([]);
  });

  test('keeps the last four digits of every number in a text with several', () => {
    const masked = maskSensitiveNumbers('a 123-45-6789 b 4111111111111111 c');
    expect(masked).toBe('a XXX-XX-6789 b XXXXXXXXXXXX1111 c');
    expect(masked).not.toMatch(/\d{5,}/);
  });

  test('Luhn', () => {
    expect(luhnValid('4111111111111111')).toBe(true);
    expect(luhnValid('4111111111111112')).toBe(false);
    expect(luhnValid('79927398713')).toBe(true);
  });
});
