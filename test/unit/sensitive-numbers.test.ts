import {
  abaRoutingValid,
  findSensitiveNumbers,
  knownCardIssuer,
  luhnValid,
  maskSensitiveNumbers,
  sensitiveKinds,
} from '../../src/domain/privacy/sensitive-numbers';

describe('sensitive numbers', () => {
  test.each([
    ['Customer SSN 123-45-6789 was in the export', 'Customer SSN XXX-XX-6789 was in the export'],
    ['ssn: 123 45 6789', 'ssn: XXX XX 6789'],
    ['Social Security No. 123 45 6789 on the W-2', 'Social Security No. XXX XX 6789 on the W-2'],
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
    // The SSN shape or the word, not any nine digits.
    'Ticket 123 45 6789 reopened',
    'Order 123456789 shipped to the customer',
    // Luhn alone is not a card: no known issuer prefix (Visa 4, Mastercard 51-55/2221-2720, Amex 34/37, Discover).
    'tracking number 1234567812345670 from the carrier',
    'invoice 9999999999999995 paid',
    // Account-like numbers without banking words, or with a cloud provider's account.
    'AWS account 123456789012 compromised',
    'Isolate AWS account 123456789012',
    'the attacker created keys in account 123456789012 (AWS) overnight',
    'Azure subscription account 98765432 was used',
    'GCP project billing account 01234567 suspended',
    'bank statement dated 2026-11-30',
    'call the bank on 555-123-4567',
    'wire of $250000 to the attacker was stopped',
  ])('leaves %j alone', (input) => {
    expect(findSensitiveNumbers(input)).toEqual([]);
    expect(maskSensitiveNumbers(input)).toBe(input);
  });

  test.each([
    ['checking account 1234567890 at Chase', 'checking account XXXXXX7890 at Chase'],
    ['savings 00012345678 exposed', 'savings XXXXXXX5678 exposed'],
    ['wire to bank acct 445566778899', 'wire to bank acct XXXXXXXX8899'],
    ['routing 021000021 and account 123456789', 'routing XXXXX0021 and account XXXXX6789'],
    ['ABA 011000015 leaked', 'ABA XXXXX0015 leaked'],
    ['Mastercard 2221 0000 0000 0009 in the dump', 'Mastercard XXXX XXXX XXXX 0009 in the dump'],
    ['discover 6011111111111117', 'discover XXXXXXXXXXXX1117'],
    ['visa 4222222222222 test', 'visa XXXXXXXXX2222 test'],
  ])('masks banking and card numbers with real phrasing: %j', (input, masked) => {
    expect(maskSensitiveNumbers(input)).toBe(masked);
  });

  test('a decision about a cloud account is stored as typed, one about a bank account masked', () => {
    expect(maskSensitiveNumbers('Isolate AWS account 123456789012')).toBe('Isolate AWS account 123456789012');
    expect(maskSensitiveNumbers('Freeze bank account 123456789012')).toBe('Freeze bank account XXXXXXXX9012');
    expect(sensitiveKinds('AWS account 123456789012 compromised')).toEqual([]);
    expect(sensitiveKinds('Customer checking account 123456789012 compromised')).toEqual(['bank_account']);
  });

  test('ABA routing checksum', () => {
    expect(abaRoutingValid('021000021')).toBe(true);
    expect(abaRoutingValid('011000015')).toBe(true);
    expect(abaRoutingValid('021000022')).toBe(false);
    expect(abaRoutingValid('000000000')).toBe(false);
  });

  test('a routing number needs its own words and its checksum', () => {
    expect(sensitiveKinds('RTN 021000021')).toEqual(['bank_account']);
    expect(sensitiveKinds('job 021000021 finished')).toEqual([]);
  });

  test.each([
    ['4111111111111111', true],
    ['5500005555555559', true],
    ['2720990000000007', true],
    ['378282246310005', true],
    ['6011111111111117', true],
    ['6445644564456445', true],
    ['1234567812345670', false],
    ['3530111333300000', false],
    ['411111111111111', false],
  ])('issuer prefix and length of %s: %s', (digits, known) => {
    expect(knownCardIssuer(digits)).toBe(known);
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
