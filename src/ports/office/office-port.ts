import type { WorkbookPort } from '../workbook-port';
import { applyOps } from './apply';
import { newDateSystem } from './date-system';
import { findUserContent } from './find-user-content';
import { type OfficeLimits, resolveLimits } from './limits';
import { readBlocks } from './read-blocks';
import { readColumns } from './read-columns';
import { readNames } from './read-names';
import { listSheets } from './read-sheets';

export interface OfficePortOptions {
  /** Overrides of the request and response size limits and of the sync watchdog. */
  limits?: Partial<OfficeLimits>;
  /**
   * Whether the host has an ExcelApi requirement set ("1.10"): the pane
   * passes its requirement check (supportsExcelApi). Only sets above 1.9 are
   * asked about: the manifest requires 1.9, so Excel without it never loads
   * the add-in. Without 1.10 the check for user content does not see
   * threaded comments (and grouped columns are only hidden), without 1.18
   * notes; without 1.13 tables are widened with TableColumnCollection.add
   * (refused when that would shift the user's data).
   * Default: every set (the Excel double).
   */
  supports?: (excelApi: string) => boolean;
  /** The clock the run marker is stamped with (default: now). */
  now?: () => Date;
}

/**
 * The workbook port over Office.js. Only the given context is used at run
 * time (never the global Excel), so tests can pass the Excel double. Make one
 * per Excel.run: it learns the workbook's date system once.
 */
export function createOfficePort(context: Excel.RequestContext, options: OfficePortOptions = {}): WorkbookPort {
  const resolved = resolveLimits(options.limits);
  const supports = options.supports ?? (() => true);
  const apis = { comments: supports('1.10'), notes: supports('1.18') };
  const dates = newDateSystem();
  const env = { limits: resolved, supports, apis, dates, now: options.now ?? (() => new Date()) };
  return {
    listSheets: () => listSheets(context, resolved),
    readNames: (prefix) => readNames(context, prefix, resolved),
    readBlocks: (requests) => readBlocks(context, requests, resolved),
    readColumns: (request) => readColumns(context, request, resolved, dates),
    findUserContent: (request) => findUserContent(context, request, resolved, apis),
    apply: (ops, applyOptions) => applyOps(context, ops, env, applyOptions),
  };
}
