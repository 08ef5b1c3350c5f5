/**
 * Prints credit forms built by the package port in real LibreOffice (headless,
 * one soffice launch) and reads the PDF back with poppler: one A4 portrait
 * page per form, each form whole on its page, header and footer with page
 * numbers, nothing outside the print area. Needs LibreOffice and
 * poppler-utils: a missing install fails these tests.
 *
 * What LibreOffice 7.4 does with the port's page setup (checked here):
 * - honours manual row breaks together with fit-to-width (1 wide, any tall);
 * - honours the print area only when it is absolute ($A$1:$G$120);
 * - prints &P / &N as the page number and the page count ("Page 2 of 3"),
 *   and &D as the date in the en-US locale (M/D/YYYY).
 */
import ExcelJS from 'exceljs';
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import { workbookBytes } from '../../src/ports/xlsx/package-file';
import { pdfInfo, pdfPageSize, pdfPagesText } from '../support/libreoffice/pdf';
import { convertToPdf } from '../support/libreoffice/recalculate';
import { showOnlySheets } from '../support/forms-only';
import { openThroughFile } from '../support/workbooks';
import { COMPANY, CUSTOMERS, OUTSIDE_MARKER, TITLE, creditFormOps, endMarker } from './credit-forms';

const SHEET = '信用調查表';
/** A4 portrait in PostScript points (210 x 297 mm). */
const A4 = { width: 595.28, height: 841.89 };

let dir: string;
let pdf: string;
let pages: string[];

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'credit-desk-print-forms-'));
  // The user's workbook has a sheet of its own; the forms sheet is added by the port, and only it is printed.
  const user = new ExcelJS.Workbook();
  user.addWorksheet('Notes').getCell('A1').value = OUTSIDE_MARKER;
  const file = await openThroughFile(user);
  await file.port.apply([{ op: 'addSheet', sheet: SHEET }, ...creditFormOps(SHEET)]);
  const xlsx = path.join(dir, 'credit-forms.xlsx');
  await fs.writeFile(xlsx, showOnlySheets(await workbookBytes(file.book), [SHEET]));
  pdf = await convertToPdf(xlsx, path.join(dir, 'pdf'), { recalculate: false });
  pages = await pdfPagesText(pdf);
  // The tests below go page by page: with a page missing they would check less than they say.
  if (pages.length !== CUSTOMERS.length) throw new Error(`LibreOffice printed ${pages.length} pages for ${CUSTOMERS.length} forms`);
});

afterAll(async () => {
  if (dir) await fs.rm(dir, { recursive: true, force: true });
});

describe('credit forms printed by LibreOffice', () => {
  it('one page per form', async () => {
    expect((await pdfInfo(pdf)).pages).toBe(CUSTOMERS.length);
    expect(pages).toHaveLength(CUSTOMERS.length);
  });

  it('every page is A4 portrait', async () => {
    for (let page = 1; page <= CUSTOMERS.length; page++) {
      const size = await pdfPageSize(pdf, page);
      expect(size.width).toBeCloseTo(A4.width, 0);
      expect(size.height).toBeCloseTo(A4.height, 0);
    }
  });

  it('page k holds form k whole: the title, customer k and its last row, no other customer', () => {
    CUSTOMERS.forEach((customer, i) => {
      const text = pages[i]!;
      expect(text).toContain(TITLE);
      expect(text).toContain(customer.name);
      expect(text).toContain(customer.taxId);
      expect(text).toContain(endMarker(i + 1));
      for (const other of CUSTOMERS.filter((c) => c !== customer)) expect(text).not.toContain(other.name);
    });
  });

  it('the header and footer, with &P and &N as page number and page count', () => {
    pages.forEach((text, i) => {
      const k = i + 1;
      const lines = text.split('\n').filter((line) => line.trim() !== '');
      expect(lines[0]).toContain('Credit Desk');
      expect(lines[0]).toContain(COMPANY);
      expect(lines[0]).toMatch(/\d{1,2}\/\d{1,2}\/\d{4}/); // &D
      expect(lines.at(-1)).toContain(`Page ${k} of ${CUSTOMERS.length}`);
      expect(lines.at(-1)).toContain(`第 ${k} 頁，共 ${CUSTOMERS.length} 頁`);
    });
  });

  it('nothing outside the print area is printed', () => {
    for (const text of pages) expect(text).not.toContain(OUTSIDE_MARKER);
  });
});
