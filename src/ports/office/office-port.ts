import type { WorkbookPort } from '../workbook-port';
import { applyOps } from './apply';
import { type OfficeLimits, resolveLimits } from './limits';
import { readBlocks } from './read-blocks';
import { readColumns } from './read-columns';
import { readNames } from './read-names';
import { listSheets } from './read-sheets';

/**
 * The workbook port over Office.js. Only the given context is used at run
 * time (never the global Excel), so tests can pass the Excel double.
 */
export function createOfficePort(context: Excel.RequestContext, limits?: Partial<OfficeLimits>): WorkbookPort {
  const resolved = resolveLimits(limits);
  return {
    listSheets: () => listSheets(context),
    readNames: (prefix) => readNames(context, prefix),
    readBlocks: (requests) => readBlocks(context, requests, resolved),
    readColumns: (request) => readColumns(context, request, resolved),
    apply: (ops) => applyOps(context, ops, resolved),
  };
}
