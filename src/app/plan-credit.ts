import type { CellValue, CellWrite } from '../core/cells/cell';
import { cellAddress, columnLetter } from '../core/cells/address';
import { normalizeKey, readNumber, readDate } from '../core/cells/normalize';
import { cellText } from '../core/columns/header-row';
import { requireUnambiguous } from '../core/columns/recognize';
import { CREDIT_COL, CREDIT_COLUMNS, GROUPED_COLUMNS } from '../core/credit/credit-columns';
import { CreditRowWriter, type CreditRowInput, type CreditRowResult } from '../core/credit/credit-row';
import { summarizeCredit, type CreditSummary, type GradedRow } from '../core/credit/credit-summary';
import { averageWindow, monthlyAverages, undatedSales } from '../core/credit/monthly-average';
import { defaultScorecard, type ScorecardConfig } from '../core/credit/scorecard-config';
import {
  hasNotRatedRule, isCurrentLayout, parseScorecard, parseScorecardV1, SCORECARD_COLS, SCORECARD_MARKER, SCORECARD_ROWS, SCORECARD_ROWS_V1,
  scorecardNameOps, scorecardRefs, scorecardSheetOps,
} from '../core/credit/scorecard-sheet';
import { ScorecardRules } from '../core/credit/scoring';
import { INPUT_ROLES, inputColumns, inputNameOps, reportInputProblems } from '../core/credit/statement-inputs';

/** No formula the credit step writes is longer (README, "Credit step"). */
export const MAX_CREDIT_FORMULA = 400;
import { label } from '../core/i18n/labels';
import { problemAt } from '../core/i18n/problem-text';
import { keyProblem } from '../core/tiers/net-sales';
import { ownedColumnWrites, ownedHeader, placeOwnedColumns } from '../core/plan/owned-columns';
import type { WriteOp } from '../core/plan/write-ops';
import { InputError, type Problem } from '../core/problems';
import { uniqueSheetName } from '../core/plan/sheet-name';
import type { WorkbookPort } from '../ports/workbook-port';
import { readAndCheck, type TierPlan } from './plan-tiers';

export interface CreditPlan {
  ops: WriteOp[];
  summary: CreditSummary;
  problems: Problem[];
  config: ScorecardConfig;
  /** Per data row of the tiering target (null: no customer on that row). */
  results: (CreditRowResult | null)[];
}

async function scorecard(port: WorkbookPort, tier: TierPlan): Promise<{ sheet: string; config: ScorecardConfig; ops: WriteOp[]; created: boolean; upgraded: boolean }> {
  const lang = tier.target.language;
  const marker = tier.markers.find((m) => m.name.toLowerCase() === SCORECARD_MARKER.toLowerCase());
  if (marker && tier.sheets.some((s) => s.name === marker.sheet)) {
    // A sheet of release 0.1 is read in its layout and rewritten in place in the current one, keeping every value.
    const names = tier.markers.filter((m) => m.sheet === marker.sheet).map((m) => m.name);
    const current = isCurrentLayout(names);
    // A current sheet made before the not-rated rule gains that section in place, with its defaults.
    const complete = current && hasNotRatedRule(names);
    const [block] = await port.readBlocks([{ sheet: marker.sheet, row: 0, col: 0, rows: current ? SCORECARD_ROWS : SCORECARD_ROWS_V1, cols: SCORECARD_COLS }]);
    const parsed = current ? parseScorecard(marker.sheet, block ?? [], complete) : parseScorecardV1(marker.sheet, block ?? []);
    if (!parsed.config) {
      throw new InputError(
        `The scorecard sheet '${marker.sheet}' has ${parsed.problems.length} problem(s); nothing was written. Correct these cells and run again:\n` +
          parsed.problems.map((p) => `  ${p.sheet}!${p.cell}: ${p.reason}`).join('\n'),
        {
          code: 'scorecardInvalid',
          args: { sheet: marker.sheet, count: String(parsed.problems.length) },
          candidates: parsed.problems.map((p) => `${p.sheet}!${p.cell}`),
          problems: parsed.problems,
        },
      );
    }
    const config = parsed.config;
    return { sheet: marker.sheet, config, ops: [...(complete ? [] : scorecardSheetOps(marker.sheet, config, lang, true)), ...scorecardNameOps(marker.sheet, config)], created: false, upgraded: !complete };
  }
  const taken = new Set([...tier.sheets.map((s) => s.name), tier.target.sheet].map((n) => n.toLowerCase()));
  const sheet = uniqueSheetName(label('sheet.scorecard', lang), taken);
  const levels = (['level.accountManager', 'level.salesManager', 'level.regionalManager', 'level.headOffice'] as const).map((id) => label(id, lang));
  const config = defaultScorecard(levels as [string, string, string, string]);
  return { sheet, config, ops: [...scorecardSheetOps(sheet, config, lang), ...scorecardNameOps(sheet, config)], created: true, upgraded: false };
}

/** The run's day, yyyy-mm-dd, in its local calendar. */
function isoDay(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/** A period cell as a sortable number: a year, a date serial, or text such as "2024" or "2024-12-31". */
function periodValue(value: CellValue): number {
  const n = readNumber(value);
  if (n.ok) return n.value < 10000 ? n.value * 366 : n.value;
  const d = readDate(value);
  return d.ok ? d.serial : -Infinity;
}

/** The cells of one row of column-wise data. */
function rowValues(columns: CellValue[][], index: number): CellValue[] {
  const values = new Array<CellValue>(columns.length);
  for (let c = 0; c < columns.length; c++) values[c] = columns[c]![index] ?? null;
  return values;
}

/**
 * Per customer key, the data-row index of its latest statement on a
 * financials sheet (the lowest row among equals). A key cell holding an error
 * value matches no customer and is reported.
 */
function latestRows(keys: CellValue[], periods: CellValue[] | null, at: { sheet: string; firstRow: number; col: number }, problems: Problem[]): { rows: Map<string, number>; several: number } {
  const best = new Map<string, number>();
  const seen = new Set<string>();
  let several = 0;
  keys.forEach((raw, i) => {
    const key = normalizeKey(raw);
    const bad = key === null ? keyProblem(raw, 'statementUnused') : null;
    if (bad) problems.push(problemAt(at.sheet, cellAddress(at.firstRow + i, at.col), bad.code, bad.args));
    if (key === null) return;
    const current = best.get(key);
    if (current !== undefined && !seen.has(key)) {
      seen.add(key);
      several++;
    }
    if (current === undefined || !periods || periodValue(periods[i] ?? null) >= periodValue(periods[current] ?? null)) best.set(key, i);
  });
  return { rows: best, several };
}

/**
 * Plans the credit columns on the tiering target: reads the scorecard (or
 * plans a new one), the statement figures and ratings, and checks the owned
 * columns; writes nothing. Throws InputError for an invalid scorecard or
 * columns that hold user data.
 */
export async function planCredit(port: WorkbookPort, tier: TierPlan, today: Date = new Date()): Promise<CreditPlan> {
  const { target, recognition } = tier;
  const lang = target.language;
  const sc = await scorecard(port, tier);
  const source = recognition.financials ?? (recognition.customers ? target : null);
  // Every role it could read: a role named by two headers is in neither's column, only among the ambiguous ones.
  if (source) requireUnambiguous(source, [...INPUT_ROLES, ...(source !== target ? ['period' as const] : [])], source === target ? 'customer' : 'financials');
  const placements = placeOwnedColumns(target, CREDIT_COLUMNS, tier.markers);
  const inputCols = source ? inputColumns(source, source !== target, columnLetter(placements[CREDIT_COL.statementRow]!.col)) : [];
  const rows = tier.rowKeys.length;
  const targetExists = tier.sheets.some((s) => s.name === target.sheet);

  // Inputs on the customer sheet are read with the owned-column check, in one request.
  const sameSheet = source === target;
  const fixed = sameSheet ? inputCols.map((c) => c.col) : [];
  const read = targetExists ? await readAndCheck(port, target, placements, target.lastRow, fixed) : [];
  const problems: Problem[] = [];
  const rules = new ScorecardRules(sc.config);
  let severalPeriods = 0;
  const statementOf: (i: number) => CreditRowInput['statement'] = await (async () => {
    if (!source) return () => null;
    if (sameSheet) {
      return (i: number) => {
        const row = target.firstDataRow + i;
        const values = rowValues(read, i + 1);
        reportInputProblems(source, inputCols, values, row, rules, problems);
        return { values, row };
      };
    }
    const keyCol = source.columns[recognition.keyRole];
    if (keyCol === undefined) {
      throw new InputError(`Financials sheet '${source.sheet}' has no ${recognition.keyRole} column to match customers by.`, {
        code: 'noKeyColumn',
        args: { sheet: source.sheet, role: recognition.keyRole },
      });
    }
    const periodCol = source.columns.period;
    const data = await port.readColumns({
      sheet: source.sheet, firstRow: source.firstDataRow, rows: Math.max(0, source.lastRow - source.firstDataRow + 1),
      cols: [keyCol, ...(periodCol !== undefined ? [periodCol] : []), ...inputCols.map((c) => c.col)],
    });
    const inputData = data.slice(periodCol !== undefined ? 2 : 1);
    const latest = latestRows(data[0] ?? [], periodCol !== undefined ? data[1] ?? [] : null, { sheet: source.sheet, firstRow: source.firstDataRow, col: keyCol }, problems);
    severalPeriods = latest.several;
    return (i: number) => {
      const key = tier.rowKeys[i];
      const at = key === null ? undefined : latest.rows.get(key);
      if (at === undefined) return null;
      const row = source.firstDataRow + at;
      const values = rowValues(inputData, at);
      reportInputProblems(source, inputCols, values, row, rules, problems);
      return { values, row };
    };
  })();

  const averages = monthlyAverages(tier.salesColumns, tier.net);
  const window = averageWindow(tier.net);
  problems.push(...undatedSales(tier.salesColumns, tier.net));
  const writer = new CreditRowWriter(rules, scorecardRefs(), placements.map((p) => p.col), lang, inputCols, window?.to ?? '');
  // Formulas refer to the scorecard and a financials sheet through defined names, so no sheet name makes them longer.
  const digits = (lastRow: number) => String(lastRow + 1).length;
  const longest = writer.longestFormula(digits(target.lastRow), digits(source && source !== target ? source.lastRow : target.lastRow));
  if (longest.length > MAX_CREDIT_FORMULA) throw new Error(`a credit formula is ${longest.length} characters long, more than ${MAX_CREDIT_FORMULA}: ${longest}`);
  const columnOf = new Map(inputCols.map((c) => [c.role, c.col]));
  const columns: CellWrite[][] = CREDIT_COLUMNS.map(() => new Array<CellWrite>(rows).fill(null));
  const results: (CreditRowResult | null)[] = new Array(rows).fill(null);
  const graded: GradedRow[] = [];
  const missingCol = placements[CREDIT_COL.missing]!.col;
  for (let i = 0; i < rows; i++) {
    const key = tier.rowKeys[i];
    if (key === null || key === undefined) continue;
    const row = target.firstDataRow + i;
    const avg = averages === null ? null : averages.byKey.get(key) ?? 0;
    const statement = statementOf(i);
    const result = writer.row({ statement, avgMonthlySales: avg }, row);
    if (statement && source) {
      for (const o of result.overflows) {
        const value = statement.values[inputCols.findIndex((c) => c.role === o.role)] ?? null;
        problems.push(problemAt(source.sheet, cellAddress(statement.row, columnOf.get(o.role)!), 'figureOverflow', {
          value: String(value), result: o.result, effect: o.result === 'limit' ? 'limitZero' : 'ratioNa',
        }));
      }
    }
    for (let c = 0; c < result.cells.length; c++) columns[c]![i] = result.cells[c]!;
    results[i] = result;
    const who = tier.identity[i];
    graded.push({ result, id: cellText(who?.id) || null, name: cellText(who?.name) || null, cell: cellAddress(row, missingCol) });
  }
  const grouped = placements[GROUPED_COLUMNS.first]!.col;
  const contiguous = placements.slice(GROUPED_COLUMNS.first).every((p, i) => p.col === grouped + i);
  const ops = [
    ...sc.ops,
    ...(source && source !== target ? inputNameOps(source, inputCols) : []),
    // The reasons and missing inputs are values of this run: their headers carry its date (README, "Reasons").
    ...ownedColumnWrites(target, placements, columns, lang, { window: window?.to ?? '—', date: isoDay(today) }),
    // The statement row and the points columns, grouped and collapsed (where the user has not moved them apart).
    ...(contiguous ? [{ op: 'groupColumns', sheet: target.sheet, col: grouped, cols: GROUPED_COLUMNS.count } as WriteOp] : []),
  ];
  return {
    ops,
    config: sc.config,
    results,
    summary: summarizeCredit(graded, {
      scorecardSheet: sc.sheet, scorecardCreated: sc.created, financialsSheet: source?.sheet ?? null, severalPeriods,
      missingColumn: ownedHeader(CREDIT_COLUMNS[CREDIT_COL.missing]!, lang, { window: window?.to ?? '—', date: isoDay(today) }),
      limitWindow: window,
    }),
    problems,
  };
}
