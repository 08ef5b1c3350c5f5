import type { CellValue, CellWrite } from '../core/cells/cell';
import { cellAddress, columnLetter, quoteSheet } from '../core/cells/address';
import { normalizeKey, readNumber, readDate } from '../core/cells/normalize';
import { cellText } from '../core/columns/header-row';
import type { Language, SheetLayout } from '../core/columns/layout';
import { requireUnambiguous } from '../core/columns/recognize';
import { CREDIT_COL, CREDIT_COLUMNS, FIRST_GROUPED, USER_FACTOR_SLOTS, userPointsColumn } from '../core/credit/credit-columns';
import { CreditRowWriter, type CreditRowInput, type CreditRowResult } from '../core/credit/credit-row';
import { summarizeCredit, type CreditSummary, type GradedRow } from '../core/credit/credit-summary';
import { averageWindow, monthlyAverages, undatedSales } from '../core/credit/monthly-average';
import { defaultScorecard, type ScorecardConfig } from '../core/credit/scorecard-config';
import { CURRENT_LAYOUT } from '../core/credit/scorecard-layout';
import { parseScorecard } from '../core/credit/scorecard-read';
import { SCORECARD_MARKER, scorecardLayoutOf, scorecardNameOps, scorecardRefs, scorecardFinishOps, scorecardSheetOps } from '../core/credit/scorecard-sheet';
import { ScorecardRules } from '../core/credit/scoring';
import { INPUT_ROLES, inputColumns, inputNameOps, reportInputProblems } from '../core/credit/statement-inputs';
import { userFactorColumns } from '../core/credit/user-factors';

/** No formula the credit step writes is longer (README, "Credit step"). */
export const MAX_CREDIT_FORMULA = 400;
import { label } from '../core/i18n/labels';
import { problemAt } from '../core/i18n/problem-text';
import { keyProblem } from '../core/tiers/net-sales';
import { defaultControlRules } from '../core/control/control-rules';
import { CONTROL_BLOCK, controlRulesOps } from '../core/control/control-rules-sheet';
import { ownedColumnWrites, ownedHeader, placeOwnedColumns, type OwnedColumnSpec, type Placement } from '../core/plan/owned-columns';
import type { WriteOp } from '../core/plan/write-ops';
import { inputError } from '../core/i18n/input-error-text';
import type { Problem } from '../core/problems';
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
  /** Where the credit columns go (the control step's columns follow them; its formulas read the limit column). */
  placements: Placement[];
}

/** An invalid scorecard stops the step, every problem by its cell; nothing is written. */
/** The scorecard prints columns A to L: its tables, the points on offer and the credit-control rules. */
const SCORECARD_PRINT_COLS = CONTROL_BLOCK.col + CONTROL_BLOCK.cols;

export function refuseScorecard(sheet: string, problems: Problem[]): never {
  throw inputError('scorecardInvalid', { sheet, count: String(problems.length) }, { candidates: problems.map((p) => `${quoteSheet(p.sheet)}!${p.cell}`), problems });
}

async function scorecard(port: WorkbookPort, tier: TierPlan): Promise<{ sheet: string; config: ScorecardConfig; ops: WriteOp[]; created: boolean; upgraded: boolean }> {
  const lang = tier.target.language;
  const marker = tier.markers.find((m) => m.name.toLowerCase() === SCORECARD_MARKER.toLowerCase());
  if (marker && tier.sheets.some((s) => s.name === marker.sheet)) {
    // A sheet of an earlier layout (0.1, or the fixed one) is read in its layout and rewritten in place in the current one, keeping every value.
    const { layout, moved } = scorecardLayoutOf(marker.sheet, tier.markers);
    if (moved.length > 0) refuseScorecard(marker.sheet, moved);
    const upgrade = layout !== CURRENT_LAYOUT;
    // An upgrade reads the current layout's rows too: they must be free.
    const rows = Math.max(layout.rows, CURRENT_LAYOUT.rows);
    const [block] = await port.readBlocks([{ sheet: marker.sheet, row: 0, col: 0, rows, cols: layout.cols }]);
    const parsed = parseScorecard(marker.sheet, block ?? [], layout);
    if (!parsed.config) refuseScorecard(marker.sheet, parsed.problems);
    const config = parsed.config;
    const rewrite = upgrade ? [...scorecardSheetOps(marker.sheet, config, lang, layout), ...scorecardFinishOps(marker.sheet, SCORECARD_PRINT_COLS)] : [];
    return { sheet: marker.sheet, config, ops: [...rewrite, ...scorecardNameOps(marker.sheet, config)], created: false, upgraded: upgrade };
  }
  const taken = new Set([...tier.sheets.map((s) => s.name), tier.target.sheet].map((n) => n.toLowerCase()));
  const sheet = uniqueSheetName(label('sheet.scorecard', lang), taken);
  const levels = (['level.accountManager', 'level.salesManager', 'level.regionalManager', 'level.headOffice'] as const).map((id) => label(id, lang));
  const config = defaultScorecard(levels as [string, string, string, string]);
  // A new scorecard holds the credit-control rules from the start: once it is protected, no later run needs to write its cells.
  const ops = [...scorecardSheetOps(sheet, config, lang), ...controlRulesOps(sheet, defaultControlRules(), lang), ...scorecardNameOps(sheet, config), ...scorecardFinishOps(sheet, SCORECARD_PRINT_COLS)];
  return { sheet, config, ops, created: true, upgraded: false };
}

/**
 * The points columns of the user's factors: one per factor on the scorecard,
 * in its order, and, blank, one per factor gone from it whose column an
 * earlier run made (owned, so written; found by its marker).
 */
function userPointsColumns(config: ScorecardConfig, target: TierPlan['target'], tier: TierPlan, lang: Language): OwnedColumnSpec[] {
  const made = new Set(tier.markers.filter((m) => m.sheet === target.sheet && m.row === target.headerRow).map((m) => m.name.toLowerCase()));
  const gone = label('value.noFactor', lang);
  return Array.from({ length: USER_FACTOR_SLOTS }, (_, i) => i + 1).flatMap((k) => {
    const factor = config.userFactors[k - 1];
    if (factor) return [userPointsColumn(k, factor.name)];
    const spec = userPointsColumn(k, gone);
    return made.has(spec.marker.toLowerCase()) ? [spec] : [];
  });
}

/** The columns of the input sheet a user's factor may not be rated in: those the credit step reads, the customer key, those Credit Desk owns. */
function takenColumns(source: SheetLayout | null, inputs: readonly { col: number }[], tier: TierPlan): Set<number> {
  if (!source) return new Set();
  const key = source.columns[tier.recognition.keyRole];
  const owned = tier.markers.filter((m) => m.sheet === source.sheet && m.row === source.headerRow).map((m) => m.col);
  return new Set([...inputs.map((c) => c.col), ...owned, ...(key === undefined ? [] : [key])]);
}

/** Placements as runs of adjacent columns, left to right. */
function groupedRuns(placements: readonly Placement[]): { col: number; cols: number }[] {
  const cols = placements.map((p) => p.col).sort((a, b) => a - b);
  const runs: { col: number; cols: number }[] = [];
  for (const col of cols) {
    const last = runs[runs.length - 1];
    if (last && last.col + last.cols === col) last.cols++;
    else runs.push({ col, cols: 1 });
  }
  return runs;
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
  const specs = [...CREDIT_COLUMNS, ...userPointsColumns(sc.config, target, tier, lang)];
  const placements = placeOwnedColumns(target, specs, tier.markers);
  const statementRowCol = columnLetter(placements[CREDIT_COL.statementRow]!.col);
  const builtInputs = source ? inputColumns(source, source !== target, statementRowCol) : [];
  const userInputs = userFactorColumns(sc.sheet, sc.config.userFactors, source, takenColumns(source, builtInputs, tier), !!source && source !== target, statementRowCol);
  if (userInputs.problems.length > 0) refuseScorecard(sc.sheet, userInputs.problems);
  const inputCols = [...builtInputs, ...userInputs.columns];
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
      throw inputError('noKeyColumn', { sheet: source.sheet, role: recognition.keyRole });
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

  const averages = monthlyAverages(tier.net);
  const window = averageWindow(tier.net);
  problems.push(...undatedSales(tier.salesColumns, tier.net));
  // The points columns of factors gone from the scorecard come last: written blank, the row writer knows nothing of them.
  const writerCols = placements.slice(0, CREDIT_COLUMNS.length + sc.config.userFactors.length).map((p) => p.col);
  const writer = new CreditRowWriter(rules, scorecardRefs(), writerCols, lang, inputCols, window?.to ?? '');
  // Formulas refer to the scorecard and a financials sheet through defined names, so no sheet name makes them longer.
  const digits = (lastRow: number) => String(lastRow + 1).length;
  const longest = writer.longestFormula(digits(target.lastRow), digits(source && source !== target ? source.lastRow : target.lastRow));
  if (longest.length > MAX_CREDIT_FORMULA) throw new Error(`a credit formula is ${longest.length} characters long, more than ${MAX_CREDIT_FORMULA}: ${longest}`);
  const columnOf = new Map(inputCols.map((c) => [c.role, c.col]));
  const columns: CellWrite[][] = specs.map(() => new Array<CellWrite>(rows).fill(null));
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
  const ops = [
    ...sc.ops,
    ...(source && source !== target ? inputNameOps(source, inputCols) : []),
    // The reasons and missing inputs are values of this run: their headers carry its date (README, "Reasons").
    ...ownedColumnWrites(target, placements, columns, lang, { window: window?.to ?? '—', date: isoDay(today) }),
    // The statement row and the points columns, grouped and collapsed: each run of adjacent ones (the user's factors' may come after other steps' columns).
    ...groupedRuns(placements.slice(FIRST_GROUPED)).map((run): WriteOp => ({ op: 'groupColumns', sheet: target.sheet, ...run })),
  ];
  return {
    ops,
    config: sc.config,
    results,
    placements,
    summary: summarizeCredit(graded, {
      scorecardSheet: sc.sheet, scorecardCreated: sc.created, financialsSheet: source?.sheet ?? null, severalPeriods,
      missingColumn: ownedHeader(CREDIT_COLUMNS[CREDIT_COL.missing]!, lang, { window: window?.to ?? '—', date: isoDay(today) }),
      limitWindow: window,
      gradeNames: sc.config.grades.map((g) => g.grade),
    }),
    problems,
  };
}
