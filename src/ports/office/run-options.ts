import { officeErrorCode } from './cells';
import { cellEditMode } from './port-errors';

/** Excel.run with and without options: the global Excel has it, and so does the Excel double. */
export interface ExcelRunner {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  run<T>(options: Excel.RunOptions, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
}

/**
 * Excel.run for the pane's workbook calls. Where the host has ExcelApi 1.11
 * the batch waits while the user is editing a cell ({ delayForCellEdit: true },
 * instead of failing); elsewhere, and for whatever else ends in
 * InvalidOperationInCellEditMode, the user gets the cellEditMode InputError.
 * A batch that waits is still bounded by the port's sync watchdog
 * (OfficeLimits.syncTimeoutMs), whose message says to finish editing.
 */
export function runExcel<T>(excel: ExcelRunner, supports: (excelApi: string) => boolean, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  const running = supports('1.11') ? excel.run({ delayForCellEdit: true }, batch) : excel.run(batch);
  return running.catch((error: unknown) => {
    if (officeErrorCode(error) !== 'InvalidOperationInCellEditMode') throw error;
    const refused = cellEditMode();
    (refused as { cause?: unknown }).cause = error;
    throw refused;
  });
}
