import { addInputColumns } from '../../app/add-input-columns';
import { describeSheets, describeSources } from '../../app/describe-sources';
import { findFormsToRemove, removeFormSheets } from '../../app/remove-forms';
import { runSteps } from '../../app/run-steps';
import { languageForLocale } from '../../core/i18n/display-language';
import { createOfficePort } from '../../ports/office/office-port';
import { runExcel } from '../../ports/office/run-options';
import type { PaneHost } from '../host/pane-host';
import { inputColumnsRequest, stepsRequest } from '../host/steps-request';
import { type ChoicesStores, loadSavedChoices, saveSavedChoices } from './choices-settings';
import { readOfficeDark } from '../theme/office-theme';
import { watchDark } from '../theme/watch-dark';
import { supportsExcelApi } from './requirements';
import { selectCell } from './select-cell';
import { selectedRows } from './selected-rows';

/**
 * The pane's host inside Excel: every workbook call goes through Excel.run
 * (one batch context per call) and the Office port. Requirement sets are
 * checked here, at run time, once per pane.
 */
export async function createExcelHost(): Promise<PaneHost> {
  const language = languageForLocale(Office.context.displayLanguage);
  // startHost made sure of MINIMUM_EXCEL_API; the port asks about the sets above it.
  const port = (context: Excel.RequestContext) => createOfficePort(context, { supports: supportsExcelApi });
  // The choices live in workbook.settings and in this runtime's document settings (choices-settings.ts).
  const choices: ChoicesStores = {
    document: Office.context.document.settings,
    run: (batch) => Excel.run(batch),
  };
  return {
    kind: 'excel',
    language,
    dark: readOfficeDark(),
    watchTheme: (onChange) => watchDark(readOfficeDark, window, onChange),
    describe: (overrides) => runExcel(Excel, supportsExcelApi, (context) => describeSources(port(context), overrides)),
    describeSheets: () => runExcel(Excel, supportsExcelApi, (context) => describeSheets(port(context))),
    run: (request) => runExcel(Excel, supportsExcelApi, (context) => runSteps(port(context), stepsRequest(request, new Date()))),
    addInputColumns: (choices) => runExcel(Excel, supportsExcelApi, (context) => addInputColumns(port(context), inputColumnsRequest(choices, new Date()))),
    findFormsToRemove: () => runExcel(Excel, supportsExcelApi, (context) => findFormsToRemove(port(context))),
    removeForms: (confirmed) => runExcel(Excel, supportsExcelApi, (context) => removeFormSheets(port(context), confirmed)),
    selectedRows: (sheet) => Excel.run((context) => selectedRows(context, sheet)),
    goTo: (sheet, cell) => Excel.run((context) => selectCell(context, sheet, cell)),
    loadChoices: () => loadSavedChoices(choices),
    saveChoices: (next) => saveSavedChoices(choices, next),
  };
}
