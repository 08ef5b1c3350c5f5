import type { WorkbookPort } from '../workbook-port';
import { applyOps } from './apply';
import { type OfficeLimits, resolveLimits } from './limits';
import { readBlocks } from './read-blocks';
import { readColumns } from './read-columns';
import { readNames } from './read-names';
import { listSheets } from './read-sheets';
import { withoutPageSetup } from './page-setup';

export interface OfficePortOptions {
  /**
   * False when the host lacks the page layout API (ExcelApi 1.9): pageSetup
   * ops are then skipped, not refused. Default true.
   */
  canSetUpPages?: boolean;
  /** Overrides of the request and response size limits. */
  limits?: Partial<OfficeLimits>;
}

/**
 * The workbook port over Office.js. Only the given context is used at run
 * time (never the global Excel), so tests can pass the Excel double.
 */
export function createOfficePort(context: Excel.RequestContext, options: OfficePortOptions = {}): WorkbookPort {
  const resolved = resolveLimits(options.limits);
  const canSetUpPages = options.canSetUpPages ?? true;
  return {
    canSetUpPages,
    listSheets: () => listSheets(context),
    readNames: (prefix) => readNames(context, prefix),
    readBlocks: (requests) => readBlocks(context, requests, resolved),
    readColumns: (request) => readColumns(context, request, resolved),
    apply: (ops) => applyOps(context, canSetUpPages ? ops : withoutPageSetup(ops), resolved),
  };
}
