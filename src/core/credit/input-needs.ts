import type { Language } from '../columns/layout';
import { FACTORS, type FactorRole, type Role } from '../columns/roles';
import { STATEMENT_LABEL } from '../i18n/role-label';
import { label, type LabelId } from '../i18n/labels';
import type { FigureRole } from './ratios';
import { RATIOS, type Ratio } from './scorecard-config';

/** A statement figure or a rating the credit step reads. */
export type InputRole = FigureRole | FactorRole;

/** A column Credit Desk adds for the user to fill ("Add the input columns"): an input, or a financials sheet's period. */
export type AddedRole = InputRole | 'period';

/**
 * The header Credit Desk suggests (and writes, when it adds the column) for
 * each input, in each language: one the recognition takes for that role
 * (src/core/columns/synonyms.ts; tests check every one with roleOfHeader).
 */
export const INPUT_HEADER: Record<InputRole, LabelId> = (() => {
  const { period: _period, ...figures } = STATEMENT_LABEL;
  const factors = Object.fromEntries(FACTORS.map((f) => [`rating:${f}`, `factor.${f}` as LabelId]));
  // Two factor names are not headers the recognition takes: a synonym is suggested instead.
  return { ...figures, ...factors, 'rating:scale': 'pane.header.scale', 'rating:peerStanding': 'pane.header.peerStanding' } as Record<InputRole, LabelId>;
})();

/** One of these sets of columns, each complete, gives what a ratio needs. */
export type Need = readonly (readonly FigureRole[])[];

/**
 * What each ratio is computed from (src/core/credit/ratios.ts): every need,
 * each met by any one of its alternatives. Turnover also uses opening total
 * assets when there are some, but goes without them.
 */
export const RATIO_NEEDS: Record<Ratio, readonly Need[]> = {
  quickRatio: [[['currentLiabilities']], [['quickAssets'], ['currentAssets', 'inventories']]],
  debtRatio: [[['totalLiabilities']], [['totalAssets'], ['closingTotalAssets']]],
  assetTurnover: [[['salesRevenue']], [['closingTotalAssets'], ['totalAssets']]],
  netMargin: [[['netProfit']], [['salesRevenue']]],
};

/** The needs of a ratio that no alternative meets, given the columns a sheet has. */
export function unmetNeeds(ratio: Ratio, has: (role: FigureRole) => boolean): Need[] {
  return RATIO_NEEDS[ratio].filter((need) => !need.some((roles) => roles.every(has)));
}

/**
 * The input columns that would let the credit step compute every ratio and
 * read every rating, given the columns a sheet has: for each need no
 * alternative meets, the alternative that lacks the fewest columns (among
 * equals the one the sheet has begun, current assets beside inventories,
 * then the first), counting those already chosen; then the missing ratings.
 * In the order of INPUT_HEADER, the order the pane lists them in.
 */
export function inputRolesToAdd(has: (role: InputRole) => boolean): InputRole[] {
  const chosen = new Set<InputRole>();
  const present = (role: InputRole) => has(role) || chosen.has(role);
  for (const ratio of RATIOS) {
    for (const need of unmetNeeds(ratio, present)) {
      const options = need.map((roles) => ({ lacking: roles.filter((role) => !present(role)), begun: roles.some(present) }));
      const best = options.reduce((a, b) => (b.lacking.length < a.lacking.length || (b.lacking.length === a.lacking.length && b.begun && !a.begun) ? b : a));
      for (const role of best.lacking) chosen.add(role);
    }
  }
  for (const f of FACTORS) if (!has(`rating:${f}`)) chosen.add(`rating:${f}`);
  return (Object.keys(INPUT_HEADER) as InputRole[]).filter((role) => chosen.has(role));
}

/**
 * The roles to add, given the columns the sheet the credit step reads its
 * inputs from has: what the pane lists as missing (inputRolesToAdd), and
 * with them, when the sheet lacks them, opening total assets (without them
 * turnover uses the closing figure and every row says so among its missing
 * inputs) and, on a financials sheet, a period (it decides which of a
 * customer's statements is the latest). Nothing when nothing is listed.
 */
export function inputColumnRoles(has: (role: Role) => boolean, financials: boolean): AddedRole[] {
  const listed = inputRolesToAdd(has);
  if (listed.length === 0) return [];
  const roles = new Set<AddedRole>(listed);
  if (!has('openingTotalAssets')) roles.add('openingTotalAssets');
  const ordered = (Object.keys(INPUT_HEADER) as AddedRole[]).filter((role) => roles.has(role));
  return financials && !has('period') ? [...ordered, 'period'] : ordered;
}

/** The header an added column gets, in the sheet's header language. */
export function inputColumnHeader(role: AddedRole, language: Language): string {
  return label(role === 'period' ? STATEMENT_LABEL.period : INPUT_HEADER[role], language);
}
