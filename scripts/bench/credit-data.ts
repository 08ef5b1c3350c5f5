import type { CellValue } from '../../src/core/cells/cell';
import { FACTORS } from '../../src/core/columns/roles';

export const FIGURE_HEADERS = ['Current assets', 'Inventories', 'Current liabilities', 'Total liabilities', 'Opening total assets', 'Closing total assets', 'Sales revenue', 'Net profit'];
export const RATING_HEADERS = FACTORS.map((f) => `rating:${f}`);
const RATING_TEXT = ["Principal's credibility", 'Scale and nature', 'Sales ability', 'Operating know-how', 'Capital growth', 'Profit trend', 'Employee complaints', 'Supplier evaluation', 'Bank credit', 'Peer standing', 'Industry outlook'];

/** Statement figures and ratings for each customer: header row + one row per customer (after the key). */
export function creditColumns(customers: number): { headers: string[]; rows: CellValue[][] } {
  let seed = 7;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const rows: CellValue[][] = [];
  for (let i = 0; i < customers; i++) {
    const assets = 1e6 + rand() * 1e8;
    const figures = [assets * 0.4, assets * 0.1, assets * (0.1 + rand() * 0.4), assets * rand(), assets * 0.9, assets, assets * (1 + rand() * 5), assets * (rand() * 0.3 - 0.05)];
    const ratings = FACTORS.map(() => (rand() < 0.05 ? null : 1 + Math.floor(rand() * 5)));
    rows.push([...figures.map((f) => Math.round(f)), ...ratings]);
  }
  return { headers: [...FIGURE_HEADERS, ...RATING_TEXT], rows };
}
