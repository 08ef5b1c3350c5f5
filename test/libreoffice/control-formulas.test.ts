/**
 * The credit-control formulas recalculated in LibreOffice equal the core's
 * values (the one-truth harness), and editing a rule on the scorecard flips
 * exactly the customers the core says. One soffice launch for both files.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CellValue } from '../../src/core/cells/cell';
import { columnLetter } from '../../src/core/cells/address';
import { isFormulaWrite } from '../../src/core/cells/cell';
import { normalizeKey } from '../../src/core/cells/normalize';
import { CONTROL_COL, CONTROL_COLUMNS } from '../../src/core/control/control-columns';
import { CONTROL_NAMES, defaultControlRules, type ControlRules } from '../../src/core/control/control-rules';
import { ControlRowWriter } from '../../src/core/control/control-row';
import { runControlCore, type ControlCoreResult } from '../../src/core/control/control-step';
import { customerIndex } from '../../src/core/control/ledger';
import { statusOf } from '../../src/core/control/status';
import { formulaMismatches } from '../support/compare-formulas';
import { readFormulaValues, recalculateXlsxFiles } from '../support/libreoffice/recalculate';
import { generateLedger } from '../core/control/generate-ledger';

const dir = mkdtempSync(join(tmpdir(), 'credit-desk-control-'));
const g = generateLedger(9, 'both', 60, 2000);
/** A key, B approved limit, C open orders, D recommended limit; the control columns from E. */
const OWN = CONTROL_COLUMNS.map((_, i) => 4 + i);
const SOURCE = { approvedLimit: 1, openOrders: 2, recommendedLimit: 3 };
const STRICT: ControlRules = { ...defaultControlRules(), holdMinimum: 20000 };
/**
 * Customers with no limit at all (not rated, none approved): the generator
 * makes a few; four more, two on overdue hold under the strict rules.
 */
const NOT_RATED = ((hold) => {
  const held = g.customers.map((_, c) => c).filter((c) => hold[c]! > STRICT.holdMinimum);
  const free = g.customers.map((_, c) => c).filter((c) => hold[c]! === 0);
  return [held[0]!, held[1]!, free[0]!, free[1]!];
})(core(STRICT).decisions.holdAmount);
for (const c of NOT_RATED) g.approvedLimit[c] = g.recommendedLimit[c] = NaN;
const raw = {
  approved: Array.from(g.approvedLimit, (v, c): CellValue => (Number.isNaN(v) ? (c % 2 ? '待核' : null) : v)),
  orders: Array.from(g.openOrders, (v, c): CellValue => (Number.isNaN(v) ? (c % 3 ? null : '未定') : v)),
  recommended: Array.from(g.recommendedLimit, (v): CellValue => (Number.isNaN(v) ? '未評等' : v)),
};

function core(rules: ControlRules): ControlCoreResult {
  return runControlCore({
    receivables: {
      sheet: 'AR', firstRow: 1, key: { col: 0, values: g.columns.key }, documentNumber: { col: 1, values: g.columns.documentNumber },
      date: { col: 2, values: g.columns.date }, dueDate: { col: 3, values: g.columns.dueDate }, amount: { col: 4, values: g.columns.amount },
      openAmount: { col: 5, values: g.columns.openAmount! }, paidDate: { col: 6, values: g.columns.paidDate! }, paidAmount: { col: 7, values: g.columns.paidAmount! },
    },
    customers: customerIndex(g.customers.map((k) => normalizeKey(k)!)), customerSheet: 'Customers',
    approvedLimit: g.approvedLimit, openOrders: g.openOrders, termsDays: Float64Array.from(g.termsDays, (t) => (t === null ? NaN : t)),
    recommendedLimit: g.recommendedLimit, recentSales: g.recentSales, rules, creditMonths: g.creditMonths, asOf: g.asOf, latestDate: g.asOf + 366,
  });
}

const RULE_CELLS: [keyof typeof CONTROL_NAMES, (r: ControlRules) => number][] = [
  ['nearLimit', (r) => r.nearLimit], ['tolerancePct', (r) => r.tolerancePct], ['toleranceAmount', (r) => r.toleranceAmount],
  ['holdDays', (r) => r.holdDays], ['holdMinimum', (r) => r.holdMinimum], ['countOrders', (r) => (r.countOrders ? 1 : 0)],
];

/** The customer sheet with the core's values cached for `cached`, and a rules sheet holding `onSheet`. */
async function writeBook(file: string, cached: ControlRules, onSheet: ControlRules): Promise<void> {
  const result = core(cached);
  const writer = new ControlRowWriter(OWN, SOURCE, cached, 'zh-Hant');
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('Customers');
  sheet.getRow(1).values = ['客戶編號', '核准額度', '未出貨訂單金額', '建議額度', ...CONTROL_COLUMNS.map((c) => c.marker)];
  g.customers.forEach((key, c) => {
    const row = sheet.getRow(c + 2);
    row.getCell(1).value = key;
    row.getCell(2).value = raw.approved[c]!;
    row.getCell(3).value = raw.orders[c]!;
    row.getCell(4).value = raw.recommended[c]!;
    writer.row(c, c + 1, result.aggregates, result.decisions).forEach((cell, i) => {
      const target = row.getCell(OWN[i]! + 1);
      target.value = isFormulaWrite(cell) ? ({ formula: cell.formula.slice(1), result: cell.value } as ExcelJS.CellValue) : cell;
    });
  });
  const rules = wb.addWorksheet('Rules');
  RULE_CELLS.forEach(([name, value], i) => {
    rules.getCell(i + 1, 1).value = name;
    rules.getCell(i + 1, 2).value = value(onSheet);
    wb.definedNames.add(`Rules!$B$${i + 1}`, CONTROL_NAMES[name]);
  });
  await wb.xlsx.writeFile(file);
}

describe('the control formulas in LibreOffice', () => {
  test('recalculated, every formula cell equals the core; a looser tolerance on the scorecard flips exactly the customers the core flips', async () => {
    const strict = STRICT;
    const loose = { ...strict, tolerancePct: 0.25, toleranceAmount: 30000 };
    const same = join(dir, 'same.xlsx');
    const edited = join(dir, 'edited.xlsx');
    const expected = join(dir, 'expected.xlsx');
    await writeBook(same, strict, strict);
    await writeBook(edited, strict, loose);
    await writeBook(expected, loose, loose);
    const [recalculated, recalculatedEdited] = await recalculateXlsxFiles([same, edited]);

    const cached = await readFormulaValues(same, { missingResult: '' });
    const check = formulaMismatches(cached, recalculated!);
    expect(check.compared).toBe(g.customers.length * 8);
    expect(check.mismatches).toEqual([]);
    // Among them the customers without a limit: n/a for the limit, not rated (beside the hold for two), never no credit.
    const customers = recalculated!.get('Customers')!;
    const at = (k: number, c: number) => customers.get(`${columnLetter(OWN[k]!)}${c + 2}`);
    const noLimit = g.customers.map((_, c) => c).filter((c) => Number.isNaN(g.approvedLimit[c]!) && Number.isNaN(g.recommendedLimit[c]!));
    expect(noLimit.length).toBeGreaterThan(NOT_RATED.length);
    expect(NOT_RATED.map((c) => [at(CONTROL_COL.limitUsed, c), at(CONTROL_COL.available, c), at(CONTROL_COL.utilisation, c), at(CONTROL_COL.status, c)])).toEqual([
      ['不適用', '不適用', '不適用', '逾期停止出貨'], ['不適用', '不適用', '不適用', '逾期停止出貨'],
      ['不適用', '不適用', '不適用', '未評等：需辦理信用調查'], ['不適用', '不適用', '不適用', '未評等：需辦理信用調查'],
    ]);
    expect(NOT_RATED.slice(0, 2).map((c) => at(CONTROL_COL.statusAlso, c))).toEqual(['未評等：需辦理信用調查', '未評等：需辦理信用調查']);
    expect(new Set(noLimit.map((c) => at(CONTROL_COL.status, c)))).toEqual(new Set(['未評等：需辦理信用調查', '逾期停止出貨']));

    // The edited scorecard: LibreOffice's values are the core's under the loose rules…
    const afterEdit = formulaMismatches(await readFormulaValues(expected, { missingResult: '' }), recalculatedEdited!);
    expect(afterEdit.mismatches).toEqual([]);
    // …and the status cells that changed are exactly the customers whose status the core changes.
    const status = columnLetter(OWN[CONTROL_COL.status]!);
    const before = core(strict).decisions.code;
    const after = core(loose).decisions.code;
    const flipped = g.customers.map((_, c) => c).filter((c) => statusOf(before[c]!).status !== statusOf(after[c]!).status).map((c) => `${status}${c + 2}`);
    const changed = [...cached.get('Customers')!]
      .filter(([address, value]) => address.replace(/\d+$/, '') === status && recalculatedEdited!.get('Customers')!.get(address) !== value)
      .map(([address]) => address);
    expect(flipped.length).toBeGreaterThan(0);
    expect(changed.sort()).toEqual(flipped.sort());
  });
});
