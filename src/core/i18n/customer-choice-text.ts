import type { CustomerSheetChoice, Language } from '../columns/layout';
import { label, labelWith } from './labels';

/** Why the customer sheet was taken over the others, in the given language (each sheet passed over named with its count). */
export function customerChoiceText(choice: CustomerSheetChoice, language: Language): string {
  const sheets = choice.over.map((sheet, k) => labelWith('choice.sheetColumns', language, { sheet, columns: choice.args.overColumns[k]! }));
  return labelWith(`choice.${choice.code}`, language, { columns: choice.args.columns, sheets: sheets.join(label('choice.separator', language)) });
}
