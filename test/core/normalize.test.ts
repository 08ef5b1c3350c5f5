import { normalizeKey, readDate, readNumber, dateToSerial } from '../../src/core/cells/normalize';

describe('reading numbers from cells', () => {
  test.each([
    [1234.5, 1234.5],
    ['1,234.50', 1234.5],
    ['１２３', 123],
    ['(1,234)', -1234],
    ['-12.5', -12.5],
    ['NT$ 500', 500],
    ['¥1,000', 1000],
    [' 42 ', 42],
  ])('%p reads as %p', (cell, expected) => {
    expect(readNumber(cell)).toEqual({ ok: true, value: expected });
  });

  // A refused cell carries no words: its caller reports it with a problem code and the cell's value.
  test.each(['abc', '#N/A', '#DIV/0!', null, '  ', '1,23,4', true, Infinity])('%p is refused', (cell) => {
    expect(readNumber(cell)).toEqual({ ok: false });
  });
});

describe('customer keys', () => {
  test('match after trimming, NFKC and case folding', () => {
    expect(normalizeKey(' c0005 ')).toBe(normalizeKey('C0005'));
    expect(normalizeKey('Ｃ０００７')).toBe(normalizeKey('c0007'));
    expect(normalizeKey(12345)).toBe('12345');
  });
  test('blank keys are null', () => {
    expect(normalizeKey('   ')).toBeNull();
    expect(normalizeKey(null)).toBeNull();
  });
});

describe('dates', () => {
  test('serial numbers and ISO-like text', () => {
    expect(readDate(45000.75)).toEqual({ ok: true, serial: 45000 });
    expect(readDate('2025-03-01')).toEqual({ ok: true, serial: dateToSerial(2025, 3, 1) });
    expect(readDate('2025年3月1日')).toEqual({ ok: true, serial: dateToSerial(2025, 3, 1) });
  });
  test('impossible dates and text are refused', () => {
    expect(readDate('2025-02-30').ok).toBe(false);
    expect(readDate('soon').ok).toBe(false);
  });
  test('1900 date system: 2024-01-01 is serial 45292', () => {
    expect(dateToSerial(2024, 1, 1)).toBe(45292);
  });
});
