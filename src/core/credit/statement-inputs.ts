import type { CellValue } from '../cells/cell';
import { cellAddress, columnLetter } from '../cells/address';
import * as cells from '../cells/cell';
import * as problemText from '../i18n/problem-text';
import { FACTORS, STATEMENT_ROLES, type Factor, type FactorRole } from '../columns/roles';
import type { SheetLayout } from '../columns/layout';
import type { Problem } from '../problems';
import type { FigureRole, FigureValues } from './ratios';
import type { ScorecardRules } from './scoring';
import type { NameOp } from '../plan/write-ops';
import { ROW, SOURCE_ROW } from './formula-template';

// Bound once (see scoring.ts): reportInputProblems reads every input cell of every row.
const { FORMULA_WITHOUT_VALUE, isBlank } = cells;
const { problemAt } = problemText;

/** Rows of a worksheet in Excel and LibreOffice. */
const MAX_ROWS = 1048576;

/** The statement figures: every statement role but the period, which dates a row and is no figure a ratio uses. */
export const FIGURES: readonly FigureRole[] = STATEMENT_ROLES.filter((role): role is FigureRole => role !== 'period');

/** Every statement and rating role the credit step reads. */
export const INPUT_ROLES: readonly (FigureRole | FactorRole)[] = [...FIGURES, ...FACTORS.map((f): FactorRole => `rating:${f}`)];

/** The rating column of the user's k-th own factor (1-based; see user-factors.ts). */
export type UserFactorRole = `rating:user${number}`;

export interface InputColumn {
  role: FigureRole | FactorRole | UserFactorRole;
  /** The factor of the sources a rating column rates; null for a statement figure or a factor of the user's. */
  factor: Factor | null;
  /** The user's factor (index in the scorecard's userFactors) a rating column rates; null otherwise. */
  userFactor: number | null;
  col: number;
  /** The reference formulas use, with the SOURCE_ROW placeholder for the row. */
  ref: string;
}

/**
 * The defined name over a financials sheet's column of one input
 * (CreditDesk_FigureQuickAssets, CreditDesk_RatingPrincipal …): the formulas
 * look a customer's statement up in it by row number.
 */
export function inputName(role: InputColumn['role']): string {
  const name = role.startsWith('rating:') ? `Rating${role.slice(7)}` : `Figure${role}`;
  return `CreditDesk_${name.replace(/^(Rating|Figure)(.)/, (_, kind: string, first: string) => kind + first.toUpperCase())}`;
}

/**
 * The statement and rating columns present on a layout, in a fixed order
 * (what to read). On the customer sheet a formula refers to the cell of its
 * own row; on a financials sheet it is INDEX(CreditDesk_Figure…, $Z5), $Z5
 * being the owned column holding the row of the customer's latest statement
 * (`statementRow`, its column letter), so that a column's formula is the
 * same in every row.
 */
export function inputColumns(layout: SheetLayout, crossSheet: boolean, statementRow = ''): InputColumn[] {
  if (crossSheet && statementRow === '') throw new Error('inputs on a financials sheet need the statement-row column');
  const roles = [...FIGURES.map((role) => ({ role, factor: null })), ...FACTORS.map((factor) => ({ role: `rating:${factor}` as const, factor }))];
  return roles.flatMap(({ role, factor }) => {
    const col = layout.columns[role];
    return col === undefined ? [] : [{ role, factor, userFactor: null, col, ref: inputRef(role, col, crossSheet, statementRow) }];
  });
}

/** How a formula refers to a row's input: its cell on the customer sheet, or a lookup by the statement-row column on a financials sheet. */
export function inputRef(role: InputColumn['role'], col: number, crossSheet: boolean, statementRow: string): string {
  return crossSheet ? `INDEX(${inputName(role)},$${statementRow}${ROW})` : `${columnLetter(col)}${SOURCE_ROW}`;
}

/** The names over a financials sheet's input columns (whole columns), for inputColumns' references. */
export function inputNameOps(layout: SheetLayout, columns: InputColumn[]): NameOp[] {
  return columns.map((c) => ({
    op: 'name', name: inputName(c.role), sheet: layout.sheet, row: 0, col: c.col, rows: MAX_ROWS, cols: 1,
    comment: `Credit Desk: the ${c.role} column of the financials sheet, which the credit formulas look statements up in.`,
  }));
}

/** Where each statement figure and rating is in a row's values, in the order of its input columns (-1: no such column). */
export interface InputPositions {
  figures: Record<FigureRole, number>;
  /** In FACTORS order, then the user's factors in the scorecard's order. */
  ratings: number[];
}

export function inputPositions(columns: InputColumn[], userFactors: number): InputPositions {
  return {
    figures: Object.fromEntries(FIGURES.map((f) => [f, columns.findIndex((c) => c.role === f)])) as Record<FigureRole, number>,
    ratings: [
      ...FACTORS.map((f) => columns.findIndex((c) => c.factor === f)),
      ...Array.from({ length: userFactors }, (_, k) => columns.findIndex((c) => c.userFactor === k)),
    ],
  };
}

const cell = (values: readonly CellValue[], i: number): CellValue | undefined => (i < 0 ? undefined : values[i] ?? null);

/** One row's statement figures. Spelled out: a loop storing them by name costs several times more per row. */
export function figureValues(values: readonly CellValue[], at: Record<FigureRole, number>): FigureValues {
  return {
    quickAssets: cell(values, at.quickAssets),
    currentAssets: cell(values, at.currentAssets),
    inventories: cell(values, at.inventories),
    currentLiabilities: cell(values, at.currentLiabilities),
    totalLiabilities: cell(values, at.totalLiabilities),
    totalAssets: cell(values, at.totalAssets),
    openingTotalAssets: cell(values, at.openingTotalAssets),
    closingTotalAssets: cell(values, at.closingTotalAssets),
    salesRevenue: cell(values, at.salesRevenue),
    netProfit: cell(values, at.netProfit),
  };
}

/** Reports every cell of one row's inputs (values in the order of `columns`) that a formula cannot use as it stands. */
/**
 * Balance-sheet amounts and revenue, which a statement never shows below
 * zero: a negative one is a typing or export slip, reported (the ratios use
 * it as given, as the formulas do). Net profit may be negative.
 */
const NEVER_NEGATIVE: ReadonlySet<string> = new Set(FIGURES.filter((role) => role !== 'netProfit'));

export function reportInputProblems(
  layout: SheetLayout,
  columns: InputColumn[],
  values: readonly CellValue[],
  row: number,
  rules: ScorecardRules,
  problems: Problem[],
): void {
  for (let i = 0; i < columns.length; i++) {
    const column = columns[i]!;
    const value = values[i] ?? null;
    // The commonest cell, a number in a figure column, has nothing to report unless it is a balance below zero.
    if (typeof value === 'number' && column.factor === null && column.userFactor === null) {
      if (value < 0 && NEVER_NEGATIVE.has(column.role)) problems.push(problemAt(layout.sheet, cellAddress(row, column.col), 'negativeFigure', { value: String(value) }));
      continue;
    }
    const { factor, userFactor, col } = column;
    const rating = factor !== null || userFactor !== null;
    if (value === FORMULA_WITHOUT_VALUE) {
      const args = rating ? { what: 'rating', effect: 'ratingMissing' } : { what: 'figure', effect: 'ratiosNa' };
      problems.push(problemAt(layout.sheet, cellAddress(row, col), 'formulaWithoutValue', args));
    } else if (rating) {
      if (rules.rating(value) === null && !isBlank(value)) {
        problems.push(problemAt(layout.sheet, cellAddress(row, col), 'badRating', { value: JSON.stringify(value) }));
      }
    } else if (typeof value !== 'number' && !isBlank(value)) {
      problems.push(problemAt(layout.sheet, cellAddress(row, col), 'textFigure', { value: JSON.stringify(value) }));
    }
  }
}
