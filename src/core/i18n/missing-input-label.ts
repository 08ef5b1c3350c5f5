import type { Language } from '../columns/layout';
import { RATIO_LABEL } from '../credit/credit-columns';
import { parseMissingInput } from '../credit/missing-input';
import { label, labelWith } from './labels';

/**
 * A missing-input code of the credit step as the user reads it (the pane's
 * Credit section and the command line's summary). Ratio and factor names are
 * the ones the add-in writes as column headers and on the scorecard, a factor
 * of the user's by its name; an unknown code is shown as it is rather than
 * hidden.
 */
export function missingInputLabel(code: string, language: Language): string {
  const input = parseMissingInput(code);
  if (input === null) return code;
  switch (input.kind) {
    case 'ratio': return label(RATIO_LABEL[input.ratio], language);
    case 'rating': return labelWith('pane.missing.rating', language, { factor: label(`factor.${input.factor}`, language) });
    case 'userRating': return labelWith('pane.missing.rating', language, { factor: input.name });
    case 'openingTotalAssets': return label('pane.missing.openingTotalAssets', language);
    case 'salesHistory': return label('pane.missing.salesHistory', language);
  }
}
