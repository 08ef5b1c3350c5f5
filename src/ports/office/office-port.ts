import type { WorkbookPort } from '../workbook-port';
import { applyOps } from './apply';
import { findUserContent } from './find-user-content';
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
  /**
   * Whether the host has an ExcelApi requirement set ("1.10"): the pane
   * passes its requirement check (supportsExcelApi). Without 1.8 the check
   * for user content does not see data validation, without 1.10 threaded
   * comments, without 1.18 notes. Default: every set (the Excel double).
   */
  supports?: (excelApi: string) => boolean;
}

/**
 * The workbook port over Office.js. Only the given context is used at run
 * time (never the global Excel), so tests can pass the Excel double.
 */
export function createOfficePort(context: Excel.RequestContext, options: OfficePortOptions = {}): WorkbookPort {
  const resolved = resolveLimits(options.limits);
  const canSetUpPages = options.canSetUpPages ?? true;
  const supports = options.supports ?? (() => true);
  const apis = { validation: supports('1.8'), comments: supports('1.10'), notes: supports('1.18') };
  return {
    canSetUpPages,
    listSheets: () => listSheets(context),
    readNames: (prefix) => readNames(context, prefix),
    readBlocks: (requests) => readBlocks(context, requests, resolved),
    readColumns: (request) => readColumns(context, request, resolved),
    findUserContent: (request) => findUserContent(context, request, resolved, apis),
    apply: (ops) => applyOps(context, canSetUpPages ? ops : withoutPageSetup(ops), resolved),
  };
}
