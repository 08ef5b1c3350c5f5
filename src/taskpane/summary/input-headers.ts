import type { SourceView, SourcesView } from '../../app/describe-sources';
import { FACTORS, type FactorRole, type Role } from '../../core/columns/roles';
import type { Language } from '../../core/columns/layout';
import { RATIO_LABEL } from '../../core/credit/credit-columns';
import type { FigureRole } from '../../core/credit/ratios';
import { RATIOS, type Ratio } from '../../core/credit/scorecard-config';
import { label, labelWith, type LabelId } from '../../core/i18n/labels';
import { STATEMENT_LABEL } from '../../core/i18n/role-label';

export type InputRole = FigureRole | FactorRole;

/**
 * The header the pane suggests for each input, in each language: one the
 * recognition takes for that role (src/core/columns/synonyms.ts; the pane's
 * tests check every one of them with roleOfHeader).
 */
export const INPUT_HEADER: Record<InputRole, LabelId> = (() => {
  const { period: _period, ...figures } = STATEMENT_LABEL;
  const factors = Object.fromEntries(FACTORS.map((f) => [`rating:${f}`, `factor.${f}` as LabelId]));
  // Two factor names are not headers the recognition takes: the pane suggests a synonym instead.
  return { ...figures, ...factors, 'rating:scale': 'pane.header.scale', 'rating:peerStanding': 'pane.header.peerStanding' } as Record<InputRole, LabelId>;
})();

/** One of these sets of columns, each complete, gives what a ratio needs. */
type Need = readonly (readonly FigureRole[])[];

/**
 * What each ratio is computed from (src/core/credit/ratios.ts): every need,
 * each met by any one of its alternatives. Turnover also uses opening total
 * assets when there are some, but goes without them.
 */
const RATIO_NEEDS: Record<Ratio, readonly Need[]> = {
  quickRatio: [[['currentLiabilities']], [['quickAssets'], ['currentAssets', 'inventories']]],
  debtRatio: [[['totalLiabilities']], [['totalAssets'], ['closingTotalAssets']]],
  assetTurnover: [[['salesRevenue']], [['closingTotalAssets'], ['totalAssets']]],
  netMargin: [[['netProfit']], [['salesRevenue']]],
};

/** A ratio the sheet cannot give, with the needs it lacks; or the ratings it lacks. */
export type MissingInput = { kind: 'ratio'; ratio: Ratio; needs: Need[] } | { kind: 'ratings'; roles: FactorRole[] };

export interface MissingInputs {
  /** The sheet the credit step reads its inputs from (the financial statements sheet, else the customer sheet); null when neither is there. */
  source: SourceView | null;
  missing: MissingInput[];
}

/**
 * The statement figures and ratings the credit step would look for and not
 * find, as the Data section recognised the sheets (with the user's column
 * choices); null when nothing is missing.
 */
export function missingInputs(view: SourcesView): MissingInputs | null {
  const source = view.financials ?? view.customers;
  const has = (role: Role) => source !== null && source.columns[role] !== undefined;
  const missing: MissingInput[] = [];
  for (const ratio of RATIOS) {
    const needs = RATIO_NEEDS[ratio].filter((need) => !need.some((roles) => roles.every(has)));
    if (needs.length > 0) missing.push({ kind: 'ratio', ratio, needs });
  }
  const ratings = FACTORS.map((f): FactorRole => `rating:${f}`).filter((role) => !has(role));
  if (ratings.length > 0) missing.push({ kind: 'ratings', roles: ratings });
  return missing.length === 0 ? null : { source, missing };
}

/** A missing input as one line of the pane: what it is for, then the headers it is looked for by. */
export function missingInputText(input: MissingInput, language: Language): string {
  const header = (role: InputRole) => labelWith('pane.inputs.header', language, { header: label(INPUT_HEADER[role], language) });
  const separator = language === 'en' ? '; ' : '；';
  const listSeparator = language === 'en' ? ', ' : '、';
  if (input.kind === 'ratings') {
    return labelWith('pane.inputs.item', language, { what: label('pane.inputs.ratings', language), headers: input.roles.map(header).join(listSeparator) });
  }
  const all = (roles: readonly FigureRole[]) => roles.map(header).reduce((a, b) => labelWith('pane.inputs.and', language, { a, b }));
  const any = (need: Need) => need.map(all).reduce((a, b) => labelWith('pane.inputs.or', language, { a, b }));
  return labelWith('pane.inputs.item', language, { what: label(RATIO_LABEL[input.ratio], language), headers: input.needs.map(any).join(separator) });
}
