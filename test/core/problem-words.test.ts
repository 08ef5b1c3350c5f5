import type { CellValue } from '../../src/core/cells/cell';
import { dateToSerial } from '../../src/core/cells/normalize';
import type { CustomerSheetChoice } from '../../src/core/columns/layout';
import { customerChoiceText } from '../../src/core/i18n/customer-choice-text';
import { PROBLEM_LABELS } from '../../src/core/i18n/problem-labels';
import { problemText } from '../../src/core/i18n/problem-text';
import type { Problem, ProblemCode } from '../../src/core/problems';
import { matchCustomers } from '../../src/core/tiers/match-customers';
import { dateProblem, sumNetSales } from '../../src/core/tiers/net-sales';
import { reasonOf } from '../support/reason-of';

const LATEST = dateToSerial(2027, 6, 15);

/** A template's English with its placeholders filled in as given: what the dictionary says, worked out here apart from problemText. */
function english(code: ProblemCode, args: Record<string, string> = {}): string {
  return PROBLEM_LABELS[`problem.${code}`].en.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = args[name];
    if (value === undefined) throw new Error(`no value for {${name}} of problem.${code}`);
    return value;
  });
}

function sales(rows: [CellValue, CellValue, CellValue][]) {
  return {
    sheet: 'Sales', firstRow: 1,
    date: { col: 0, values: rows.map((r) => r[0]) },
    key: { col: 1, values: rows.map((r) => r[1]) },
    amount: { col: 2, values: rows.map((r) => r[2]) },
  };
}

const byCell = (problems: Problem[]) => Object.fromEntries(problems.map((p) => [p.cell, p]));

describe('the tier step words its problems by the dictionary only', () => {
  const day = dateToSerial(2026, 1, 10);
  const rows: [CellValue, CellValue, CellValue][] = [[day, null, 100], [day, 'K1', 'abc'], [day, 'K1', null], ['soon', 'K1', 50], [day, 'K9', 70], [day, 'K1', 10]];

  it('a blank key, text or a blank for an amount, an unreadable date in the period: each reason is its template\'s English', () => {
    const net = sumNetSales(sales(rows), { from: dateToSerial(2026, 1, 1) }, LATEST);
    const found = byCell(net.problems);
    expect(Object.keys(found).sort()).toEqual(['A5', 'B2', 'C3', 'C4']);
    const expected: Record<string, [ProblemCode, string]> = {
      B2: ['blankKey', english('blankKey')],
      C3: ['badNumber', english('badNumber', { what: PROBLEM_LABELS['problem.what.amount'].en, value: '"abc"' })],
      C4: ['blankAmount', english('blankAmount', { what: PROBLEM_LABELS['problem.what.amount'].en })],
      A5: ['badDate', english('badDate', { value: '"soon"' })],
    };
    for (const [cell, [code, text]] of Object.entries(expected)) {
      const p = found[cell]!;
      expect({ cell, code: p.code, reason: reasonOf(p) }).toEqual({ cell, code, reason: text });
    }
    expect(english('badDate', { value: '"soon"' })).toBe('date "soon" cannot be read: the row cannot be placed in the period');
    expect(reasonOf(found['C4']!)).toBe('amount is blank: the row is left out of the totals');
  });

  it('a blank amount, quantity or unit price is reported as blank, by its cell, in every language; spaces are blank too', () => {
    const blank = sumNetSales(sales([[day, 'K1', null], [day, 'K1', '  '], [day, 'K1', 5]]), undefined, LATEST);
    expect(blank.problems.map((p) => [p.cell, p.code, p.args])).toEqual([['C2', 'blankAmount', { what: 'amount' }], ['C3', 'blankAmount', { what: 'amount' }]]);
    expect([blank.rowsSkipped, blank.byKey.get('k1')]).toEqual([2, 5]);
    expect(problemText(blank.problems[0]!, 'zh-Hant')).toBe('金額空白：此列不計入合計');
    expect(problemText(blank.problems[0]!, 'zh-Hans')).toBe('金额为空：此行不计入合计');
    const lines = sumNetSales({
      sheet: 'Sales', firstRow: 1, key: { col: 0, values: ['K1', 'K1'] }, quantity: { col: 1, values: [2, null] }, unitPrice: { col: 2, values: [null, 3] },
    }, undefined, LATEST);
    expect(lines.problems.map((p) => [p.cell, p.code, reasonOf(p)])).toEqual([
      ['C2', 'blankAmount', 'unit price is blank: the row is left out of the totals'],
      ['B3', 'blankAmount', 'quantity is blank: the row is left out of the totals'],
    ]);
  });

  it('a blank date cell is worded as blank, in the period and out of the 12-month average; a text date by its value', () => {
    expect(dateProblem('Sales', 'A9', 'badDate', '', 'period', LATEST)).toMatchObject({ code: 'blankDate' });
    expect(reasonOf(dateProblem('Sales', 'A9', 'badDate', '', 'period', LATEST))).toBe('blank date: the row cannot be placed in the period');
    expect(dateProblem('Sales', 'A9', 'badDate', '', 'average', LATEST)).toMatchObject({ code: 'blankDate' });
    expect(reasonOf(dateProblem('Sales', 'A9', 'badDate', '', 'average', LATEST))).toBe('blank date: left out of the 12-month average (its amount counts in net sales)');
    expect(problemText(dateProblem('Sales', 'A9', 'badDate', '', 'period', LATEST), 'zh-Hant')).toBe('日期空白：此列無法歸入期間');
    expect(dateProblem('Sales', 'A9', 'badDate', '"soon"', 'average', LATEST)).toMatchObject({ code: 'undatedSale' });
    expect(reasonOf(dateProblem('Sales', 'A9', 'badDate', '"soon"', 'average', LATEST))).toBe(english('undatedSale', { value: '"soon"' }));
  });

  it('a blank key beside a name, a duplicate key and an unknown customer: each reason is its template\'s English', () => {
    const net = sumNetSales(sales(rows), undefined, LATEST);
    const customers = { sheet: 'Customers', firstRow: 1, key: { col: 0, values: ['K1', null, 'k1 '] as CellValue[] }, other: { col: 1, values: ['Alpha', 'Beta', 'Gamma'] as CellValue[] } };
    const match = matchCustomers(customers, net, 'Sales', 1);
    const found = byCell(match.problems);
    expect(found['A3']).toMatchObject({ sheet: 'Customers', code: 'blankKeyRow' });
    expect(reasonOf(found['A3'])).toBe(english('blankKeyRow'));
    expect(found['A4']).toMatchObject({ sheet: 'Customers', code: 'duplicateKey' });
    expect(reasonOf(found['A4'])).toBe(english('duplicateKey', { key: '"k1 "', first: 'A2' }));
    expect(found['B6']).toMatchObject({ sheet: 'Sales', code: 'unknownCustomer' });
    expect(reasonOf(found['B6'])).toBe(english('unknownCustomer', { key: '"K9"', sheet: 'Customers' }));
  });

  it('the same problems read in Chinese from the same code and arguments', () => {
    const net = sumNetSales(sales(rows), undefined, LATEST);
    const customers = { sheet: '客戶', firstRow: 1, key: { col: 0, values: ['K1'] as CellValue[] } };
    const unknown = matchCustomers(customers, net, 'Sales', 1).problems.find((p) => p.code === 'unknownCustomer')!;
    expect(problemText(unknown, 'zh-Hant')).toBe('未知客戶 「K9」：不在客戶工作表「客戶」中，不計入合計');
    expect(problemText(unknown, 'zh-Hans')).toBe('未知客户 “K9”：不在客户工作表“客戶”中，不计入合计');
  });
});

describe('why the customer sheet was chosen', () => {
  const choice: CustomerSheetChoice = { chosen: 'Customers', over: ['Customers copy', 'Old list'], code: 'moreColumns', args: { columns: 6, overColumns: [2, 3] } };

  it('names each sheet passed over with its count, in every language', () => {
    expect(customerChoiceText(choice, 'en')).toBe("it has more recognised columns (6), among them every one of 'Customers copy' (2), 'Old list' (3)");
    expect(customerChoiceText(choice, 'zh-Hant')).toBe('它辨識出的欄位較多 (6 欄)，涵蓋「Customers copy」(2 欄)、「Old list」(3 欄)的每一欄');
    expect(customerChoiceText(choice, 'zh-Hans')).toBe('它识别出的列较多 (6 列)，涵盖“Customers copy”(2 列)、“Old list”(3 列)的每一列');
  });
});
