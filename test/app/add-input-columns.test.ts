import ExcelJS from 'exceljs';
import { addInputColumns, type InputColumnsRequest } from '../../src/app/add-input-columns';
import { describeSources } from '../../src/app/describe-sources';
import { runSteps } from '../../src/app/run-steps';
import { roleOfHeader } from '../../src/core/columns/synonyms';
import { FACTORS } from '../../src/core/columns/roles';
import { INPUT_HEADER } from '../../src/core/credit/input-needs';
import { inputErrorText } from '../../src/core/i18n/input-error-text';
import { label } from '../../src/core/i18n/labels';
import { InputError } from '../../src/core/problems';
import { defaultTierOptions } from '../../src/core/tiers/tier-options';
import { workbookBytes } from '../../src/ports/xlsx/package-file';
import { missingInputs } from '../../src/taskpane/summary/input-headers';
import { changedParts, elements, partText, readPackage } from '../support/package-diff';
import { makeWorkbook, openThroughFile, readBack, runThroughFile, type Grid } from '../support/workbooks';

const REQUEST: InputColumnsRequest = { options: defaultTierOptions() };
const SALES: Grid = [['客戶編號', '日期', '金額'], ['K1', '2025-03-01', 500], ['K2', '2025-04-01', 300], ['K3', '2025-05-01', 100]];
const RATING_HEADERS_ZH_HANT = FACTORS.map((f) => label(INPUT_HEADER[`rating:${f}`], 'zh-Hant'));

/** A customer sheet with these headers (after the key and name) and three customers, plus the sales sheet. */
function book(headers: string[], options: { table?: string; language?: 'zh-Hant' | 'en' } = {}): ExcelJS.Workbook {
  const en = options.language === 'en';
  const key = en ? ['Customer ID', 'Customer name'] : ['客戶編號', '客戶名稱'];
  const rows: Grid = [[...key, ...headers], ...['K1', 'K2', 'K3'].map((k, i) => [k, `Name ${i + 1}`, ...headers.map(() => 100 * (i + 1))])];
  const sales = en ? SALES.map((r, i) => (i === 0 ? ['Customer ID', 'Date', 'Amount'] : r)) : SALES;
  return makeWorkbook([{ name: en ? 'Customers' : '客戶資料', rows, ...(options.table ? { table: options.table } : {}) }, { name: en ? 'Sales' : '銷售', rows: sales }]);
}

async function add(source: ExcelJS.Workbook | Uint8Array, request = REQUEST) {
  const file = await openThroughFile(source);
  const summary = await addInputColumns(file.port, request);
  const bytes = await workbookBytes(file.book);
  return { summary, bytes, input: file.input, wb: await readBack(bytes) };
}

function sheetXml(bytes: Uint8Array, index: number): string {
  return partText(readPackage(bytes), `xl/worksheets/sheet${index}.xml`);
}

describe('adding the input columns', () => {
  it('adds only the missing roles, right of the data, with headers in the sheet’s language that the recognition takes', async () => {
    const { summary, wb } = await add(book(['速動資產', '流動負債', '負債總額', '資產總額', '銷售收入']));
    expect(summary.sheet).toBe('客戶資料');
    // Quick, debt ratios and turnover have their columns; the net margin lacks net profit; every rating is missing;
    // and opening total assets, without which turnover uses the closing figure and says so on every row.
    expect(summary.columns.map((c) => c.role)).toEqual(['openingTotalAssets', 'netProfit', ...FACTORS.map((f) => `rating:${f}`)]);
    expect(summary.columns.map((c) => c.header)).toEqual(['期初資產總額', '淨利潤', ...RATING_HEADERS_ZH_HANT]);
    expect(summary.columns[0]!.letter).toBe('H');
    const ws = wb.getWorksheet('客戶資料')!;
    summary.columns.forEach((c, i) => {
      expect(ws.getCell(1, 8 + i).value).toBe(c.header);
      expect(roleOfHeader(c.header)).toBe(c.role);
      // Empty below the header: the user fills them.
      for (let r = 2; r <= 4; r++) expect(ws.getCell(r, 8 + i).value).toBeNull();
    });
    // The user's cells are as they were.
    expect(ws.getCell('G4').value).toBe(300);
  });

  it('completes the alternative the sheet has begun (inventories beside current assets) rather than adding another', async () => {
    const { summary } = await add(book(['流動資產', '流動負債', '負債總額', '期末資產總額', '銷售收入', '淨利潤', ...RATING_HEADERS_ZH_HANT]));
    expect(summary.columns.map((c) => c.role)).toEqual(['inventories', 'openingTotalAssets']);
    expect(summary.scorecard).toBeNull();
  });

  it('writes amounts as #,##0 and gives the ratings a drop-down over the scorecard’s rating keys, with no marker on any column', async () => {
    const { summary, bytes } = await add(book(['速動資產']));
    const xml = sheetXml(bytes, 1);
    const validations = elements(xml, 'dataValidation');
    const ratings = summary.columns.filter((c) => c.role.startsWith('rating:'));
    expect(validations.map((v) => v.attrs.get('sqref'))).toEqual(ratings.map((c) => `${c.letter}2:${c.letter}4`));
    for (const v of validations) {
      expect(v.attrs.get('type')).toBe('list');
      expect(v.attrs.get('showErrorMessage')).toBe('1');
      expect(v.attrs.has('showDropDown')).toBe(false);
      expect(v.inner).toBe('<formula1>CreditDesk_RatingKeys</formula1>');
    }
    const wb = await readBack(bytes);
    const ws = wb.getWorksheet('客戶資料')!;
    const figure = summary.columns.find((c) => c.role === 'currentLiabilities')!;
    expect(ws.getCell(`${figure.letter}2`).numFmt).toBe('#,##0');
    expect(ws.getCell(`${figure.letter}1`).numFmt).not.toBe('#,##0');
    // The scorecard was made first (the workbook had none), and the name the drop-downs list points at its keys.
    expect(summary.scorecard).toEqual({ sheet: '信用評分表', created: true });
    const names = elements(partText(readPackage(bytes), 'xl/workbook.xml'), 'definedName');
    const keys = names.find((n) => n.attrs.get('name') === 'CreditDesk_RatingKeys')!;
    expect(keys.inner).toMatch(/^'信用評分表'!\$A\$\d+:\$A\$\d+$/);
    // No name marks an added column: they are the user's.
    const onCustomerSheet = names.map((n) => n.inner).filter((ref) => ref.includes('客戶資料'));
    expect(onCustomerSheet).toEqual([]);
  });

  it('writes English headers on an English sheet', async () => {
    const { summary } = await add(book(['Quick assets', 'Current liabilities'], { language: 'en' }));
    expect(summary.columns.map((c) => c.header).slice(0, 5)).toEqual(['Total liabilities', 'Total assets', 'Opening total assets', 'Sales revenue', 'Net profit']);
    expect(summary.scorecard?.sheet).toBe('Credit Scorecard');
  });

  it('writes Simplified Chinese headers on a Simplified Chinese sheet', async () => {
    const wb = makeWorkbook([
      { name: '客户', rows: [['客户编号', '客户名称', '速动资产'], ['K1', '甲', 1]] },
      { name: '销售', rows: [['客户编号', '金额'], ['K1', 5]] },
    ]);
    const { summary } = await add(wb);
    expect(summary.columns.map((c) => c.header)).toEqual([
      '流动负债', '负债总额', '资产总额', '期初资产总额', '销售收入', '净利润', ...FACTORS.map((f) => label(INPUT_HEADER[`rating:${f}`], 'zh-Hans')),
    ]);
    expect(summary.scorecard?.sheet).toBe('信用评分表');
  });

  it('adds the columns to the customer table, which grows by them', async () => {
    const { summary, bytes } = await add(book(['速動資產'], { table: 'Clients' }));
    expect(summary.table).toBe('Clients');
    const table = partText(readPackage(bytes), 'xl/tables/table1.xml');
    const last = summary.columns[summary.columns.length - 1]!;
    expect(elements(table, 'table')[0]!.attrs.get('ref')).toBe(`A1:${last.letter}4`);
    expect(elements(table, 'tableColumn').map((c) => c.attrs.get('name'))).toEqual(['客戶編號', '客戶名稱', '速動資產', ...summary.columns.map((c) => c.header)]);
  });

  it('puts a financials sheet’s columns there, with a period as a date', async () => {
    const wb = book([]);
    wb.addWorksheet('財報').addRows([['客戶編號', '速動資產', '流動負債'], ['K1', 10, 5]]);
    const { summary, wb: back } = await add(wb);
    expect(summary.sheet).toBe('財報');
    const period = summary.columns[summary.columns.length - 1]!;
    expect([period.role, period.header]).toEqual(['period', '期間']);
    expect(back.getWorksheet('財報')!.getCell(`${period.letter}2`).numFmt).toBe('yyyy/mm/dd');
  });

  it('refuses by cell when a column it would add holds the user’s data, and writes nothing', async () => {
    const source = book(['速動資產']);
    source.getWorksheet('客戶資料')!.getCell('E3').value = 'note';
    const file = await openThroughFile(source);
    const error = await addInputColumns(file.port, REQUEST).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    const refusal = error as InputError;
    expect(refusal.code).toBe('columnHoldsData');
    expect(refusal.args).toMatchObject({ column: 'E', cell: 'E3', value: '"note"', header: '負債總額' });
    expect(inputErrorText(refusal, 'en')).toContain('cell E3');
    expect(changedParts(file.input, await workbookBytes(file.book))).toEqual([]);
  });

  it('refuses when the customer list is the one made from the sales rows', async () => {
    const wb = makeWorkbook([{ name: 'Sales', rows: [['Customer ID', 'Amount'], ['K1', 5]] }]);
    const error = await add(wb).then(() => null, (e: unknown) => e);
    expect((error as InputError).code).toBe('inputColumnsNoSheet');
  });

  it('writes nothing when no input is missing', async () => {
    const first = await add(book(['速動資產']));
    const second = await add(first.bytes);
    expect(second.summary.columns).toEqual([]);
    expect(changedParts(first.bytes, second.bytes)).toEqual([]);
  });

  it('lists an existing scorecard’s keys without making another', async () => {
    const scored = await runThroughFile(book(['速動資產']));
    const { summary, wb } = await add(scored.bytes);
    expect(summary.scorecard).toEqual({ sheet: '信用評分表', created: false });
    expect(wb.worksheets.map((w) => w.name)).toEqual(scored.wb.worksheets.map((w) => w.name));
    // Right of the credit step's columns, which stay where they are.
    const lastOwned = scored.wb.getWorksheet('客戶資料')!.getRow(1).cellCount;
    expect(summary.columns[0]!.letter).toBe(new ExcelJS.Workbook().addWorksheet('x').getColumn(lastOwned + 1).letter);
  });

  it('gives columns a credit run recognises and reads, and never writes again', async () => {
    const { summary, bytes } = await add(book(['速動資產']));
    const view = await describeSources((await openThroughFile(bytes)).port);
    expect(missingInputs(view)).toBeNull();
    // The user fills the new columns in: K1 gets every figure and a rating of 5 everywhere.
    const filled = await readBack(bytes);
    const ws = filled.getWorksheet('客戶資料')!;
    const at = (role: string) => ws.getCell(`${summary.columns.find((c) => c.role === role)!.letter}2`);
    const figures: Record<string, number> = {
      currentLiabilities: 100, totalLiabilities: 400, totalAssets: 1000, openingTotalAssets: 1000, salesRevenue: 5000, netProfit: 800,
    };
    for (const [role, value] of Object.entries(figures)) at(role).value = value;
    for (const f of FACTORS) at(`rating:${f}`).value = 5;
    const run = await runThroughFile(new Uint8Array(await filled.xlsx.writeBuffer()), { steps: ['tiers', 'credit'], options: defaultTierOptions() });
    const k1 = run.summary.credit!.missingCustomers.find((m) => m.id === 'K1');
    expect(k1).toBeUndefined();
    const out = run.wb.getWorksheet('客戶資料')!;
    for (const [role, value] of Object.entries(figures)) expect(out.getCell(`${summary.columns.find((c) => c.role === role)!.letter}2`).value).toBe(value);
    // K1's quick ratio is its quick assets (100) over its current liabilities (100).
    const header = out.getRow(1).values as unknown[];
    const quick = header.indexOf(label('col.quickRatio', 'zh-Hant'));
    expect((out.getCell(2, quick).value as { result: number }).result).toBe(1);
    expect(quick).toBeGreaterThan(8 + summary.columns.length);
  });

  it('leaves the added columns to the user: a later tiers run writes right of them', async () => {
    const { summary, bytes } = await add(book(['速動資產']));
    const file = await openThroughFile(bytes);
    await runSteps(file.port, { steps: ['tiers'], options: defaultTierOptions() });
    const out = await readBack(await workbookBytes(file.book));
    const ws = out.getWorksheet('客戶資料')!;
    summary.columns.forEach((c) => expect(ws.getCell(`${c.letter}1`).value).toBe(c.header));
  });
});
