import type { Language } from '../../core/columns/layout';
import { label } from '../../core/i18n/labels';

/** The oldest API the pane runs on at all; older hosts get a message instead of the pane. */
export const MINIMUM_EXCEL_API = '1.7';
/** Page layout, page breaks and multi-area selections. */
export const FULL_EXCEL_API = '1.9';

export const supportsExcelApi = (version: string): boolean => Office.context.requirements.isSetSupported('ExcelApi', version);

/** What this Excel lacks (`full`: it supports FULL_EXCEL_API), as messages for the pane. */
export function limitations(language: Language, full: boolean): string[] {
  return full ? [] : [label('pane.limit.pageSetup', language)];
}
