import { FORMULA_WITHOUT_VALUE, type CellValue } from '../../../src/core/cells/cell';
import { dateToSerial } from '../../../src/core/cells/normalize';
import { readControlInputs } from '../../../src/core/control/customer-inputs';
import { customerIndex, DUE_DATE_SLACK_DAYS, readLedger, type Ledger } from '../../../src/core/control/ledger';
import type { ReceivablesColumns, ReceivablesField } from '../../../src/core/control/receivables-columns';
import { PROBLEM_LABELS } from '../../../src/core/i18n/problem-labels';
import { problemText } from '../../../src/core/i18n/problem-text';
import type { Problem, ProblemCode } from '../../../src/core/problems';
import { englishWords } from '../../taskpane/pane-text';
import { reasonOf } from '../../support/reason-of';

const D = (y: number, m: number, d: number) => dateToSerial(y, m, d);
const AS_OF = D(2026, 6, 30);
const LATEST = D(2027, 6, 30);
const CUSTOMERS = customerIndex(['k1', 'k2', 'k3']);

/** The default sheet: A key, B document number, C document date, D due date, E amount, F paid date, G paid amount. */
const PAID_SHEET: ReceivablesField[] = ['key', 'documentNumber', 'date', 'dueDate', 'amount', 'paidDate', 'paidAmount'];

/** A receivables sheet with these columns (A, B, … in order), its header on row 1, data from row 2. */
function sheet(rows: CellValue[][], fields: ReceivablesField[] = PAID_SHEET): ReceivablesColumns {
  const cols: Partial<Record<ReceivablesField, { col: number; values: CellValue[] }>> = {};
  fields.forEach((field, col) => (cols[field] = { col, values: rows.map((r) => r[col] ?? null) }));
  return { sheet: 'AR', firstRow: 1, ...cols, key: cols.key!, dueDate: cols.dueDate! };
}
const read = (rows: CellValue[][], fields?: ReceivablesField[]) => readLedger(sheet(rows, fields), CUSTOMERS, { asOf: AS_OF, latestDate: LATEST, customerSheet: 'Customers' });
const where = (problems: Problem[]) => problems.map((p) => [p.cell, p.code]);
/** The counted documents as [sheet row (1-based), open amount]. */
const counted = (l: Ledger) => Array.from(l.row, (r, d) => [r + 2, l.open[d]]);

/** A row of PAID_SHEET: an invoice of 1000 dated 2026-05-01, due 2026-05-31, unpaid, but for what `set` says. */
function INVOICE(key: CellValue, set: Partial<Record<'no' | 'date' | 'due' | 'amount' | 'paid' | 'paidAmount', CellValue>> = {}): CellValue[] {
  const cell = (name: keyof typeof set, otherwise: CellValue) => (name in set ? set[name]! : otherwise);
  return [key, cell('no', null), cell('date', D(2026, 5, 1)), cell('due', D(2026, 5, 31)), cell('amount', 1000), cell('paid', null), cell('paidAmount', null)];
}

describe('receivable rows the step cannot read: each reported by cell and left out', () => {
  test('text and error values in amounts and dates', () => {
    const l = read([
      INVOICE('K1', { amount: 'abc' }),
      INVOICE('K1', { amount: '#N/A' }),
      INVOICE('K1', { date: 'soon' }),
      INVOICE('K1', { due: '#VALUE!' }),
      INVOICE('K1', { paid: 'yesterday' }),
      INVOICE('K1', { paidAmount: 'half' }),
      INVOICE('K2'),
    ]);
    expect(where(l.problems)).toEqual([['E2', 'arBadNumber'], ['E3', 'arBadNumber'], ['C4', 'arBadDate'], ['D5', 'arBadDate'], ['F6', 'arBadDate'], ['G7', 'arBadNumber']]);
    expect(l.problems.map((p) => reasonOf(p))).toEqual([
      'amount is not a number: "abc"; the document is left out of the receivables',
      'amount is not a number: "#N/A"; the document is left out of the receivables',
      'document date "soon" is not a date: the document is left out of the receivables',
      'due date "#VALUE!" is not a date: the document is left out of the receivables',
      'paid date "yesterday" is not a date: the document is left out of the receivables',
      'paid amount is not a number: "half"; the document is left out of the receivables',
    ]);
    expect(counted(l)).toEqual([[8, 1000]]);
    expect([l.rowsRead, l.rowsSkipped]).toEqual([7, 6]);
  });

  test('every bad cell of a row is reported; the row is left out once', () => {
    const l = read([INVOICE('K1', { amount: 'x', due: 'y', paid: 'z' })]);
    expect(where(l.problems)).toEqual([['D2', 'arBadDate'], ['F2', 'arBadDate'], ['E2', 'arBadNumber']]);
    expect([l.count, l.rowsSkipped]).toEqual([0, 1]);
  });

  test('formulas without a value, amounts too large to add up, implausible dates', () => {
    const l = read([
      INVOICE('K1', { amount: FORMULA_WITHOUT_VALUE }),
      INVOICE('K1', { amount: 1e101 }),
      INVOICE('K1', { amount: '1e200' }),
      INVOICE('K1', { date: 20240115 }),
      INVOICE('K1', { due: LATEST + DUE_DATE_SLACK_DAYS + 1 }),
      INVOICE('K1', { due: LATEST + DUE_DATE_SLACK_DAYS }),
    ]);
    expect(where(l.problems)).toEqual([['E2', 'formulaWithoutValue'], ['E3', 'amountOverflow'], ['E4', 'arBadNumber'], ['C5', 'implausibleDate'], ['D6', 'implausibleDate']]);
    expect(reasonOf(l.problems[0]!)).toBe('amount is a formula without a calculated value: open and save the file in Excel; the document is left out of the receivables');
    expect(reasonOf(l.problems[3]!)).toBe('date 20240115 is implausible (before 1900-01-01 or after 2027-06-30): the document is left out of the receivables');
    // Due dates may lie ten years past the latest document date: long terms.
    expect(counted(l)).toEqual([[7, 1000]]);
  });

  test('blank, error and formula keys; a blank row is no row', () => {
    const l = read([
      INVOICE(null),
      [null, null, null, null, null, null, null],
      INVOICE('#REF!'),
      INVOICE(FORMULA_WITHOUT_VALUE),
      INVOICE('  '),
    ]);
    expect(where(l.problems)).toEqual([['A2', 'arBlankKey'], ['A4', 'errorKey'], ['A5', 'formulaWithoutValue'], ['A6', 'arBlankKey']]);
    expect(reasonOf(l.problems[1]!)).toBe('customer key is the error value #REF!: the document is left out of the receivables');
    expect([l.rowsRead, l.rowsSkipped, l.count]).toEqual([4, 4, 0]);
  });

  test('unknown customers: reported by row, left out, their documents and open amount totalled', () => {
    const l = read([INVOICE('X9', { amount: 700 }), INVOICE('K1'), INVOICE('x9 ', { amount: 300, paid: D(2026, 6, 1), paidAmount: 100 }), INVOICE('Y1', { amount: 'bad' })]);
    expect(where(l.problems)).toEqual([['A2', 'arUnknownCustomer'], ['A4', 'arUnknownCustomer'], ['E5', 'arBadNumber']]);
    expect(reasonOf(l.problems[0]!)).toBe('unknown customer "X9": not on customer sheet \'Customers\', the document is left out of the receivables');
    expect(l.unknown).toEqual({ documents: 2, open: 900, keys: ['X9', 'x9'] });
    expect(counted(l)).toEqual([[3, 1000]]);
  });

  test('a blank amount with nothing else to go by, and a document with neither due nor document date', () => {
    const l = read([INVOICE('K1', { amount: null }), ['K1', null, null, null, 500, null, null], INVOICE('K1', { amount: null, paid: D(2026, 6, 1) })]);
    expect(where(l.problems)).toEqual([['E2', 'arBlankNumber'], ['D3', 'arNoDueDate']]);
    expect(reasonOf(l.problems[0]!)).toBe('amount is blank: the document is left out of the receivables');
    // A blank amount of a paid document: nothing is open.
    expect(counted(l)).toEqual([[4, 0]]);
  });
});

describe('receivable rows that count, with a report of what was odd', () => {
  test('a due date before the document date: aged by the due date as written', () => {
    const l = read([INVOICE('K1', { date: D(2026, 5, 1), due: D(2026, 4, 1) })]);
    expect(l.problems.map((p) => [p.cell, reasonOf(p)])).toEqual([['D2', 'due date 2026-04-01 is before the document date 2026-05-01: the document is aged by the due date as written']]);
    expect([l.count, l.dueDate[0]]).toEqual([1, D(2026, 4, 1)]);
  });

  test('a paid date before the document date: the payment counts on that date', () => {
    const l = read([INVOICE('K1', { date: D(2026, 5, 1), paid: D(2026, 4, 20) })]);
    expect(where(l.problems)).toEqual([['F2', 'arPaidBeforeDocument']]);
    expect([l.count, l.open[0], l.paidDate[0]]).toEqual([1, 0, D(2026, 4, 20)]);
  });

  test('a paid amount above the amount: paid in full; of the opposite sign: open in full', () => {
    const l = read([
      INVOICE('K1', { amount: 1000, paid: D(2026, 6, 1), paidAmount: 1200 }),
      INVOICE('K1', { amount: -500, paid: D(2026, 6, 1), paidAmount: -600 }),
      INVOICE('K1', { amount: 1000, paidAmount: -100 }),
      INVOICE('K1', { amount: 1000, paidAmount: 1000 }),
      INVOICE('K1', { amount: -500, paidAmount: -200 }),
    ]);
    expect(l.problems.map((p) => [p.cell, p.code, reasonOf(p)])).toEqual([
      ['G2', 'arPaidAboveAmount', 'paid amount 1200 is above the amount 1000: the document is counted as fully paid'],
      ['G3', 'arPaidAboveAmount', 'paid amount -600 is above the amount -500: the document is counted as fully paid'],
      ['G4', 'arPaidOppositeSign', 'paid amount -100 and the amount 1000 have opposite signs: the document is counted as open in full'],
    ]);
    expect(counted(l)).toEqual([[2, 0], [3, 0], [4, 1000], [5, 0], [6, -300]]);
  });

  test('a document number twice for the same customer: reported, counted once; for two customers: both count', () => {
    const l = read([
      INVOICE('K1', { no: 'INV-1', amount: 100 }),
      INVOICE('K2', { no: 'INV-1', amount: 200 }),
      INVOICE('k1', { no: ' INV-1', amount: 300 }),
      INVOICE('K1', { no: 1001, amount: 400 }),
      INVOICE('K1', { no: '1001', amount: 500 }),
      INVOICE('K1', { no: 'inv-1', amount: 600 }),
      INVOICE('K2', { no: 'INV-1', amount: 700 }),
    ]);
    expect(l.problems.map((p) => [p.cell, reasonOf(p)])).toEqual([
      ['B4', 'document " INV-1" of this customer is listed again (first at B2): it is counted once'],
      ['B6', 'document "1001" of this customer is listed again (first at B5): it is counted once'],
      ['B8', 'document "INV-1" of this customer is listed again (first at B3): it is counted once'],
    ]);
    // "inv-1" is another number: document numbers compare as written.
    expect(counted(l)).toEqual([[2, 100], [3, 200], [5, 400], [7, 600]]);
  });

  test('the first readable row of a document number is the one that counts', () => {
    const l = read([INVOICE('K1', { no: 'A', amount: 'bad' }), INVOICE('K1', { no: 'A', amount: 200 }), INVOICE('K1', { no: 'A', amount: 300 })]);
    expect(where(l.problems)).toEqual([['E2', 'arBadNumber'], ['B4', 'arDuplicateDocument']]);
    expect(counted(l)).toEqual([[3, 200]]);
  });

  test('documents after the as-of date are counted, not reported; dates as text are read as the product reads them', () => {
    const l = read([
      INVOICE('K1', { date: AS_OF + 1 }),
      INVOICE('K1', { date: '2026-07-01' }),
      INVOICE('K1', { date: AS_OF, due: '2026/07/30' }),
      INVOICE('K1', { date: '2026年6月1日', due: '2026.06.15', paid: ' 2026-06-20 ' }),
      INVOICE('X1', { date: AS_OF + 5 }),
    ]);
    expect(l.problems).toEqual([]);
    expect(l.documentsAfterAsOf).toBe(3);
    expect([...l.documentDate]).toEqual([AS_OF, D(2026, 6, 1)]);
    expect([...l.dueDate]).toEqual([D(2026, 7, 30), D(2026, 6, 15)]);
    expect([...l.paidDate]).toEqual([NaN, D(2026, 6, 20)]);
  });

  test('paid after the as-of date: open on it in full, and not yet paid history', () => {
    const l = read([INVOICE('K1', { paid: AS_OF + 3, paidAmount: 400 }), INVOICE('K1', { paid: AS_OF + 3 })]);
    expect(counted(l)).toEqual([[2, 1000], [3, 1000]]);
    expect([...l.paidDate]).toEqual([NaN, NaN]);
  });

  test('an open-amount column wins; a blank balance falls back on the paid columns', () => {
    const fields: ReceivablesField[] = ['key', 'documentNumber', 'date', 'dueDate', 'amount', 'openAmount', 'paidDate'];
    const l = read([
      ['K1', null, D(2026, 5, 1), D(2026, 5, 31), 1000, 250, D(2026, 6, 1)],
      ['K1', null, D(2026, 5, 1), D(2026, 5, 31), 1000, null, D(2026, 6, 1)],
      ['K1', null, D(2026, 5, 1), D(2026, 5, 31), 1000, null, null],
      ['K1', null, D(2026, 5, 1), D(2026, 5, 31), null, '(300.50)', null],
    ], fields);
    expect(l.problems).toEqual([]);
    expect(counted(l)).toEqual([[2, 250], [3, 0], [4, 1000], [5, -300.5]]);
    expect(l.weightedBy).toBe('amount');
  });

  test('without an amount column, payment behaviour counts documents instead of weighting them', () => {
    const l = read([['K1', D(2026, 5, 31), 0, D(2026, 6, 1)], ['K1', D(2026, 5, 31), null, null]], ['key', 'dueDate', 'openAmount', 'paidDate']);
    expect(l.weightedBy).toBe('count');
    expect(where(l.problems)).toEqual([['C3', 'arBlankNumber']]);
  });
});

describe('control inputs on the customer sheet', () => {
  test('an approved limit, open orders or terms that are not usable numbers: reported, with what is used instead', () => {
    const column = (col: number, values: CellValue[]) => ({ col, values });
    const inputs = readControlInputs({
      sheet: 'Customers', firstRow: 3,
      approvedLimit: column(4, [500000, '1,000', null, FORMULA_WITHOUT_VALUE]),
      openOrders: column(5, [1200, 'n/a', true, null]),
      creditTermsDays: column(6, ['30', -5, 45.7, '60天']),
    }, ['k1', 'k2', 'k3', null], CUSTOMERS);
    expect(inputs.problems.map((p) => [p.cell, p.code, reasonOf(p)])).toEqual([
      ['E5', 'controlInputText', 'approved limit "1,000" is not a usable number: the recommended limit is used until it is a number'],
      ['F5', 'controlInputText', 'open orders "n/a" is not a usable number: open orders count as 0 in the exposure'],
      ['G5', 'controlInputText', "credit terms (days) -5 is not a usable number: blank due dates use the scorecard's credit months"],
      ['F6', 'controlInputText', 'open orders true is not a usable number: open orders count as 0 in the exposure'],
    ]);
    // The fourth row has no customer (a blank or duplicate key): its cells are not read.
    expect([...inputs.approvedLimit]).toEqual([500000, NaN, NaN]);
    expect([...inputs.openOrders]).toEqual([1200, NaN, NaN]);
    expect([...inputs.termsDays]).toEqual([30, NaN, 45]);
  });
});

describe('the control problems in every language', () => {
  const codes = Object.keys(PROBLEM_LABELS).filter((id) => /^problem\.(ar[A-Z]|control)/.test(id)).map((id) => id.slice('problem.'.length) as ProblemCode);
  const effects = ['arLeftOut', 'recommendedLimit', 'ordersZero', 'termsScorecard'];
  const whats = ['amount', 'openAmount', 'paidAmount', 'documentDate', 'dueDate', 'paidDate', 'approvedLimit', 'openOrders', 'creditTermsDays', 'customerKey'];

  test('there are the twelve of them', () => {
    expect(codes.sort()).toEqual([
      'arBadDate', 'arBadNumber', 'arBlankKey', 'arBlankNumber', 'arDueBeforeDocument', 'arDuplicateDocument', 'arNoDueDate', 'arPaidAboveAmount',
      'arPaidBeforeDocument', 'arPaidOppositeSign', 'arUnknownCustomer', 'controlInputText',
    ]);
  });

  test.each([...codes, 'formulaWithoutValue', 'errorKey', 'implausibleDate'] as ProblemCode[])('%s renders filled in; Chinese without English words', (code) => {
    for (const effect of effects) {
      for (const what of whats) {
        const args = { what, effect, value: '甲', key: '甲', sheet: '客戶', due: '2026-01-01', date: '2026-01-02', paid: '5', amount: '6', document: '甲', first: 'B2', latest: '2027-01-01' };
        for (const language of ['en', 'zh-Hant', 'zh-Hans'] as const) {
          const text = problemText({ code, args }, language);
          expect({ code, language, text, left: text.match(/\{\w+\}/g) }).toEqual({ code, language, text, left: null });
          if (language !== 'en') expect({ code, language, words: englishWords(text) }).toEqual({ code, language, words: [] });
        }
      }
    }
  });
});
