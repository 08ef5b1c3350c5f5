import type { SourceView, SourcesView } from '../../app/describe-sources';
import { FACTORS, type FactorRole, type Role } from '../../core/columns/roles';
import type { Language } from '../../core/columns/layout';
import { RATIO_LABEL } from '../../core/credit/credit-columns';
import { INPUT_HEADER, inputColumnHeader, inputColumnRoles, unmetNeeds, type InputRole, type Need } from '../../core/credit/input-needs';
import type { FigureRole } from '../../core/credit/ratios';
import { RATIOS, type Ratio } from '../../core/credit/scorecard-config';
import { label, labelWith } from '../i18n/labels';

export { INPUT_HEADER, type InputRole } from '../../core/credit/input-needs';

/** A ratio the sheet cannot give, with the needs it lacks; or the ratings it lacks. */
export type MissingInput = { kind: 'ratio'; ratio: Ratio; needs: Need[] } | { kind: 'ratings'; roles: FactorRole[] };

export interface MissingInputs {
  /** The sheet the credit step reads its inputs from (the financial statements sheet, else the customer sheet); null when neither is there. */
  source: SourceView | null;
  /** The source is the financial statements sheet. */
  financials: boolean;
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
    const needs = unmetNeeds(ratio, has);
    if (needs.length > 0) missing.push({ kind: 'ratio', ratio, needs });
  }
  const ratings = FACTORS.map((f): FactorRole => `rating:${f}`).filter((role) => !has(role));
  if (ratings.length > 0) missing.push({ kind: 'ratings', roles: ratings });
  return missing.length === 0 ? null : { source, financials: view.financials !== null, missing };
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

/**
 * The columns "Add the input columns" would add to the source, as its
 * headers in the sheet's language (src/core/credit/input-needs.ts decides):
 * empty when there is no sheet of the user's to add them to.
 */
export function headersToAdd(inputs: MissingInputs): string[] {
  const { source } = inputs;
  if (source === null) return [];
  return inputColumnRoles((role) => source.columns[role] !== undefined, inputs.financials).map((role) => inputColumnHeader(role, source.language));
}
