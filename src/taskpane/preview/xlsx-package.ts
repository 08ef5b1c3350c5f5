/**
 * The package-level .xlsx port, as the browser preview loads it: a chunk of
 * its own ("xlsx-package"), fetched by the preview host only, never on the
 * pane's path inside Excel. The same code the command line runs.
 */
export { openWorkbook } from '../../ports/xlsx/open-workbook';
export { createPackagePort } from '../../ports/xlsx/package-port';
