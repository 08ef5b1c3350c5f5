/** The bundled sample workbook: data model (buildSample) and ExcelJS workbook (makeSampleWorkbook). */
import ExcelJS from 'exceljs';
import { writeFile, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Rng } from './prng';
import { makeSalesProfiles } from './sales-profiles';
import { makeCustomers } from './customers';
import { makeSalesLines } from './sales-ledger';
import { customerSheetRows, insertBadSales } from './bad-rows';
import { customerEdgeCells } from './customer-edge-cells';
import { writeCustomerSheet } from './write-customer-sheet';
import { writeSalesSheet } from './write-sales-sheet';
import { writeNotesSheet } from './write-notes-sheet';
import { makeReceivables } from './receivables';
import { writeReceivablesSheet } from './write-receivables-sheet';
import { fixZipTimestamps } from './zip-timestamps';
import { WORKBOOK_DATE } from './layout';
import type { BadCell, Customer, Invoice, SalesLine, SalesProfile } from './types';

export const SAMPLE_SEED = 20261031;
export const DEFAULT_SAMPLE_PATH = 'samples/credit-desk-sample.xlsx';

export interface SampleData {
  customers: Customer[]; // one per key
  customerRows: Customer[]; // as on the sheet (with the duplicate key)
  profiles: SalesProfile[];
  sales: SalesLine[]; // as in the table (with the bad rows)
  invoices: Invoice[]; // 應收帳款, as of SAMPLE_AS_OF
  badCells: BadCell[];
}

export function buildSample(seed: number = SAMPLE_SEED): SampleData {
  const rng = new Rng(seed);
  const profiles = makeSalesProfiles(rng.fork(11));
  const made = makeCustomers(rng.fork(12), profiles);
  const ledger = makeSalesLines(rng.fork(13), made, profiles);
  // Forked after the others, so the customers and sales are as before the receivables existed.
  const receivables = makeReceivables(rng.fork(14), made, ledger);
  const customers = made.map((c) => ({ ...c, approvedLimit: receivables.approvedLimits.get(c.id) ?? null }));
  const sheet = customerSheetRows(customers);
  const sales = insertBadSales(ledger, customers);
  return {
    customers,
    customerRows: sheet.rows,
    profiles,
    sales: sales.lines,
    invoices: receivables.invoices,
    badCells: [...sheet.badCells, ...customerEdgeCells(sheet.rows), ...sales.badCells],
  };
}

export function makeSampleWorkbook(data: SampleData = buildSample()): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Credit Desk sample generator';
  wb.lastModifiedBy = 'Credit Desk sample generator';
  wb.title = 'Credit Desk sample';
  wb.created = WORKBOOK_DATE;
  wb.modified = WORKBOOK_DATE;
  wb.lastPrinted = WORKBOOK_DATE;
  writeCustomerSheet(wb, data.customerRows);
  writeSalesSheet(wb, data.sales);
  writeReceivablesSheet(wb, data.invoices);
  writeNotesSheet(wb, data.customers.length, data.sales.length, data.invoices, data.badCells);
  return wb;
}

/** Writes the sample .xlsx (byte-identical across runs) and returns the data it holds. */
export async function writeSampleFile(path: string = DEFAULT_SAMPLE_PATH): Promise<SampleData> {
  const data = buildSample();
  const buffer = Buffer.from(await makeSampleWorkbook(data).xlsx.writeBuffer());
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, fixZipTimestamps(buffer, WORKBOOK_DATE));
  return data;
}

export type { BadCell, Customer, Invoice, SalesLine, SalesProfile } from './types';
