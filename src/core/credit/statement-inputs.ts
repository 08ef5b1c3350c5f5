import type { CellValue } from '../cells/cell';
import { cellAddress, columnLetter, quoteSheet } from '../cells/address';
import { isBlank, isErrorValue } from '../cells/cell';
import { FACTORS, type Factor, type StatementRole } from '../columns/roles';
import type { SheetLayout } from '../columns/layout';
import type { Problem } from '../problems';
import type { Figure, Figures } from './ratios';
import { readRating } from './scoring';
import type { ScorecardConfig } from './scorecard-config';
import { SOURCE_ROW } from './formula-template';

export const FIGURES: Exclude<StatementRole, 'period'>[] = [
  'quickAssets', 'currentAssets', 'inventories', 'currentLiabilities', 'totalLiabilities', 'totalAssets',
  'openingTotalAssets', 'closingTotalAssets', 'salesRevenue', 'netProfit',
];

export interface InputColumn {
  role: string;
  col: number;
  /** The reference formulas use, with the SOURCE_ROW placeholder for the row. */
  ref: string;
}

/** The statement and rating columns present on a layout, in a fixed order (what to read). */
export function inputColumns(layout: SheetLayout, crossSheet: boolean): InputColumn[] {
  const prefix = crossSheet ? `${quoteSheet(layout.sheet)}!` : '';
  const roles = [...FIGURES, ...FACTORS.map((f) => `rating:${f}` as const)];
  return roles.flatMap((role) => {
    const col = layout.columns[role];
    return col === undefined ? [] : [{ role, col, ref: `${prefix}${columnLetter(col)}${SOURCE_ROW}` }];
  });
}

export interface RowInputs {
  figures: Figures;
  ratings: Partial<Record<Factor, Figure>>;
}

/** One row's figures and ratings, and a problem for every cell a formula cannot use as it stands. */
export function rowInputs(
  layout: SheetLayout,
  columns: InputColumn[],
  values: CellValue[],
  row: number,
  config: ScorecardConfig,
  problems: Problem[],
): RowInputs {
  const figures: Figures = {};
  const ratings: Partial<Record<Factor, Figure>> = {};
  columns.forEach(({ role, col, ref }, i) => {
    const value = values[i] ?? null;
    const figure = { value, ref };
    if (role.startsWith('rating:')) {
      ratings[role.slice(7) as Factor] = figure;
      if (!isBlank(value) && readRating(config, value) === null) {
        problems.push({ sheet: layout.sheet, cell: cellAddress(row, col), reason: `rating ${JSON.stringify(value)} is not 1–5 or a rating word: counted as missing (0 points)`, code: 'badRating', args: { value: JSON.stringify(value) } });
      }
      return;
    }
    figures[role as keyof Figures] = figure;
    if (!isBlank(value) && typeof value !== 'number') {
      const what = isErrorValue(value) ? `error value ${value}` : `text ${JSON.stringify(value)}`;
      problems.push({ sheet: layout.sheet, cell: cellAddress(row, col), reason: `${what} where a number is needed: the ratios using it show n/a until it is a number`, code: 'textFigure', args: { value: JSON.stringify(value) } });
    }
  });
  return { figures, ratings };
}
