import { dateToSerial } from '../../src/core/cells/normalize';
import { DEFAULT_STEPS } from '../../src/app/run-steps';
import { defaultTierOptions } from '../../src/core/tiers/tier-options';
import { changedParts } from '../support/package-diff';
import { columnBelow, failThroughFile, makeWorkbook, runThroughFile, type Grid } from '../support/workbooks';

const d = (y: number, m: number, day: number) => dateToSerial(y, m, day);
const AS_OF = new Date(2026, 5, 30); // 2026-06-30

function book(receivables: Grid | null) {
  return makeWorkbook([
    { name: '客戶資料', rows: [['客戶編號', '客戶名稱', '核准額度'], ['K1', '甲公司', 100000], ['K2', '乙公司', null], ['K3', '丙公司', 50000]] },
    { name: '銷售明細', rows: [['日期', '客戶編號', '金額'], [d(2026, 3, 1), 'K1', 90000], [d(2026, 4, 1), 'K2', 40000], [d(2026, 5, 1), 'K3', 30000]] },
    ...(receivables ? [{ name: '應收帳款', rows: receivables }] : []),
  ]);
}

const LEDGER: Grid = [
  ['客戶編號', '發票號碼', '發票日期', '到期日', '金額', '未收金額'],
  ['K1', 'A1', d(2026, 5, 1), d(2026, 5, 31), 60000, 60000], // 30 days past due
  ['K1', 'A2', d(2026, 6, 10), d(2026, 7, 10), 50000, 50000], // not yet due
  ['K2', 'B1', d(2026, 1, 1), d(2026, 1, 31), 5000, 5000], // 150 days past due: overdue hold
  ['K3', 'C1', d(2026, 6, 1), d(2026, 7, 1), 1000, 1000],
  ['K3', 'CN1', d(2026, 6, 5), d(2026, 6, 5), -400, -400], // a credit note nets within the customer
  ['K3', 'C2', d(2026, 7, 5), d(2026, 8, 4), 9000, 9000], // after the as-of date: left out, counted
];

/** Run all (the default steps: control when there is a receivables sheet), or the steps asked for by name. */
const request = (steps = [...DEFAULT_STEPS], required = false) => ({ steps, options: defaultTierOptions(), today: AS_OF, control: { asOf: AS_OF, required } });

describe('the credit-control step on a workbook', () => {
  test('exposure against the approved limit, aging, holds and the summary, from a receivables sheet in Traditional Chinese', async () => {
    const { summary, wb } = await runThroughFile(book(LEDGER), request());
    const c = summary.control!;
    expect(c).toMatchObject({ receivablesSheet: '應收帳款', alsoSales: false, asOf: '2026-06-30', documentsAfterAsOf: 1, exposureTotal: 115600, overdueTotal: 64600 });
    // The credit note (due 2026-06-05, 25 days ago) nets in its own bucket.
    expect(c.aging).toEqual([51000, 59600, 0, 0, 5000, 0]);
    // K2 has no approved limit and, without statement figures, no recommended one: no limit (not rated, never no credit), held for its 5,000 over 90 days.
    expect(c.statuses).toEqual({ ok: 1, nearLimit: 0, overLimit: 1, notRated: 0, overdueHold: 1, noCredit: 0 });
    expect(c.overLimit.customers).toBe(1);
    expect(c.heldCustomers.map((h) => [h.id, h.name, h.status])).toEqual([['K1', '甲公司', 'overLimit'], ['K2', '乙公司', 'overdueHold']]);
    expect(columnBelow(wb, '客戶資料', '應收帳款餘額')).toEqual([110000, 5000, 600]);
    expect(columnBelow(wb, '客戶資料', '逾期 1–30 天')).toEqual([60000, 0, -400]);
    const status = columnBelow(wb, '客戶資料', '信用狀態').map((v) => (v as { result?: unknown }).result ?? v);
    expect(status[0]).toBe('超過額度');
    expect(status[1]).toBe('逾期停止出貨');
    expect(columnBelow(wb, '客戶資料', '信用狀態：其他').map((v) => (v as { result?: unknown }).result ?? v)[1]).toBe('未評等：需辦理信用調查');
    expect(status[2]).toBe('正常');
    const available = columnBelow(wb, '客戶資料', '可用額度').map((v) => (v as { result?: unknown }).result ?? v);
    expect(available[0]).toBe(-10000);
    expect(available[1]).toBe('不適用');
    // The status column's colours: not rated grey like no credit (neutral), and only its own text (it has no limit, so no "(recommended limit)").
    type Rule = { formulae: string[]; style: { fill: { bgColor: { argb: string } } } };
    const rules = (wb.getWorksheet('客戶資料') as unknown as { conditionalFormattings: { rules: Rule[] }[] }).conditionalFormattings.flatMap((f) => f.rules);
    const fillOf = (text: string) => rules.filter((r) => r.formulae[0] === `"${text}"`).map((r) => r.style.fill.bgColor.argb);
    expect(fillOf('未評等：需辦理信用調查')).toEqual(fillOf('不授信 (現金或擔保)'));
    expect(fillOf('未評等：需辦理信用調查')).toEqual(['FFEDEDED']);
    expect(rules.filter((r) => r.formulae[0]!.startsWith('"未評等')).length).toBe(1);
    // The approved limit is the user's: never written.
    expect(columnBelow(wb, '客戶資料', '核准額度')).toEqual([100000, null, 50000]);
  });

  test('Run all leaves the step out of a workbook without a receivables sheet; asked for by name, it is refused', async () => {
    const { summary } = await runThroughFile(book(null), request());
    expect(summary.control).toBeUndefined();
    const failed = await failThroughFile(book(null), request(['tiers', 'credit', 'control'], true));
    expect(failed.error).toMatchObject({ code: 'noReceivablesSheet' });
  });

  test('a second run of the same workbook writes the same cells (the rules block is read back)', async () => {
    const first = await runThroughFile(book(LEDGER), request());
    const second = await runThroughFile(first.bytes, request());
    expect(second.summary.control).toEqual(first.summary.control);
    const third = await runThroughFile(second.bytes, request());
    expect(changedParts(second.bytes, third.bytes)).toEqual([]);
  });
});
