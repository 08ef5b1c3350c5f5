import type { Language } from '../../core/columns/layout';
import { languageForLocale } from '../../core/i18n/display-language';
import type { PaneHost } from '../host/pane-host';
import { MINIMUM_EXCEL_API, supportsExcelApi } from '../excel/requirements';
import { readOfficeDark } from '../theme/office-theme';

export type Started = { kind: 'ready'; host: PaneHost } | { kind: 'too-old'; language: Language; dark: boolean };

/**
 * Waits for office.js and makes the host the pane works with: Excel's when
 * Excel hosts the page (after checking it is recent enough), else the
 * browser preview. Both are separate chunks, loaded only where they are used.
 */
export async function startHost(): Promise<Started> {
  if (typeof Office !== 'undefined') {
    const info = await Office.onReady();
    if (info.host === Office.HostType.Excel) {
      if (!supportsExcelApi(MINIMUM_EXCEL_API)) {
        return { kind: 'too-old', language: languageForLocale(Office.context.displayLanguage), dark: readOfficeDark() };
      }
      const { createExcelHost } = await import(/* webpackChunkName: "excel-host" */ '../excel/excel-host');
      return { kind: 'ready', host: await createExcelHost() };
    }
  }
  // Opened in a plain browser (office.js reports no host), or office.js did not load.
  const { createPreviewHost } = await import(/* webpackChunkName: "preview-host" */ '../preview/preview-host');
  return { kind: 'ready', host: await createPreviewHost() };
}
