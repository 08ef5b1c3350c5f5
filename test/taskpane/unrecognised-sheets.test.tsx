/**
 * The Data section when the sheets are not recognised: the preview host lists
 * every sheet and its header row, the section offers the sheet and column
 * drop-downs from that list (even on a first reading, with nothing
 * recognised before), and what it shows follows the user's choices. Choosing
 * in the drop-downs and running, in Chromium: test/browser/preview.test.ts.
 */
import { File as NodeFile } from 'node:buffer';
import type { SheetHeaders } from '../../src/app/describe-sources';
import { InputError } from '../../src/core/problems';
import { DataSection } from '../../src/taskpane/components/data/DataSection';
import { sourcesToChoose } from '../../src/taskpane/data/shown-sources';
import { createPreviewHost } from '../../src/taskpane/preview/preview-host';
import type { SourcesState } from '../../src/taskpane/state/use-sources';
import { describeError } from '../../src/taskpane/summary/describe-error';
import { makeWorkbook } from '../support/workbooks';
import { SOURCES } from './fixtures';
import { paneText } from './pane-text';

const none = () => undefined;

/** The trial's workbook: one sheet "Data" whose amount header ("Revenue") is no sales amount to the recogniser. */
async function dataBook(): Promise<File> {
  const wb = makeWorkbook([
    { name: 'Data', rows: [['Client', 'Revenue', 'When'], ['Acme', 100, '2025-01-02'], ['Bolt', 50, '2025-02-03']] },
    { name: 'Notes', rows: [['Read me'], ['Figures are in thousands']] },
  ]);
  return new NodeFile([Buffer.from(await wb.xlsx.writeBuffer())], 'data.xlsx') as unknown as File;
}

const DATA: SheetHeaders = {
  sheet: 'Data',
  view: {
    sheet: 'Data',
    headerRow: 1,
    table: null,
    columns: { customerName: { letter: 'A', header: 'Client' }, salesRevenue: { letter: 'B', header: 'Revenue' } },
    headers: [
      { letter: 'A', header: 'Client' },
      { letter: 'B', header: 'Revenue' },
      { letter: 'C', header: 'When' },
    ],
    language: 'en',
  },
};
const SHEETS: SheetHeaders[] = [DATA, { sheet: 'Notes', view: null }];
const NO_SALES = describeError(new InputError('No sales sheet found.', { code: 'noSalesSheet' }));
const failed = (sheets: SheetHeaders[]): SourcesState => ({ kind: 'failed', error: NO_SALES, last: null, sheets: { kind: 'listed', sheets } });

describe('the preview host lists the sheets without recognising them', () => {
  test('each sheet with its header row and the columns its headers name; none for a sheet without a customer column', async () => {
    const host = await createPreviewHost({ storage: null, locale: 'en-US', dark: false, watchDark: () => none });
    await host.open(await dataBook());
    await expect(host.describe({})).rejects.toMatchObject({ code: 'noSalesSheet' });
    expect(await host.describeSheets()).toEqual(SHEETS);
  });

  test('with the sheet and the amount column chosen, the same workbook is recognised', async () => {
    const host = await createPreviewHost({ storage: null, locale: 'en-US', dark: false, watchDark: () => none });
    await host.open(await dataBook());
    const view = await host.describe({ salesSheet: 'Data', salesColumns: { amount: 'B', customerName: 'A' } });
    expect(view.sales.sheet).toBe('Data');
    expect(view.sales.columns.amount).toEqual({ letter: 'B', header: 'Revenue' });
    expect(view.sales.columns.customerName).toEqual({ letter: 'A', header: 'Client' });
  });
});

describe('what the drop-downs offer after a failed reading', () => {
  test('on a first reading with nothing chosen: every sheet, none in use', () => {
    const shown = sourcesToChoose(SHEETS, {}, null);
    expect(shown.sheets).toEqual(['Data', 'Notes']);
    expect(shown.recognised).toBe(false);
    expect(shown.sales).toEqual({ inUse: null, view: null });
    expect(shown.customers).toEqual({ inUse: null, view: null });
  });

  test('the chosen sales sheet with its headers, the chosen columns in place of what the headers name', () => {
    const shown = sourcesToChoose(SHEETS, { salesSheet: 'Data', salesColumns: { amount: 'B', date: 'When', customerId: 'Z' } }, null);
    expect(shown.sales.inUse).toBe('Data');
    expect(shown.sales.view?.headers).toEqual(DATA.view!.headers);
    expect(shown.sales.view?.columns).toEqual({
      customerName: { letter: 'A', header: 'Client' },
      salesRevenue: { letter: 'B', header: 'Revenue' },
      amount: { letter: 'B', header: 'Revenue' },
      date: { letter: 'C', header: 'When' },
      // customerId: Z is not on the sheet, as the error says: shown as not found.
    });
  });

  test('sheets not chosen stay as last recognised, with the headers they have now', () => {
    const now: SheetHeaders[] = [{ sheet: '銷售', view: { ...SOURCES.sales, headers: [{ letter: 'A', header: '日期' }] } }, DATA];
    const shown = sourcesToChoose(now, { customerSheet: 'Data' }, SOURCES);
    expect(shown.sales.inUse).toBe('銷售');
    expect(shown.sales.view?.headers).toEqual([{ letter: 'A', header: '日期' }]);
    expect(shown.customers.inUse).toBe('Data');
    expect(shown.financials).toEqual({ inUse: '財報', view: null });
  });
});

describe('the Data section when nothing was recognised', () => {
  test('keeps the error, points at the drop-downs, and offers a sheet drop-down for each sheet it reads', () => {
    const text = paneText(<DataSection sources={failed(SHEETS)} overrides={{}} onOverrides={none} onReread={none} disabled={false} />, 'en');
    expect(text).toContain('|The sheets could not be recognised|No sales sheet found: no sheet has a header row');
    expect(text).toContain('|Choose the sheets and their columns in the drop-downs below; the workbook is read again after each choice.|');
    expect(text).toContain('|Sales sheet|');
    expect(text).toContain('|Customer sheet|');
    expect(text).toContain('|Financial statements sheet|');
    expect(text).toContain('|Choose the sheet that holds the sales; its columns are then listed here.|');
    // No sales sheet yet: no column to choose.
    expect(text).not.toContain('|Amount|');
  });

  test('once the sales sheet is chosen: a drop-down for each sales column, over that sheet’s headers', () => {
    const text = paneText(<DataSection sources={failed(SHEETS)} overrides={{ salesSheet: 'Data' }} onOverrides={none} onReread={none} disabled={false} />, 'en');
    expect(text).toContain('|Headers in row 1|');
    expect(text).toContain('|Amount|Automatic · Not found|');
    expect(text).toContain('|Customer name|Automatic · A · Client|');
  });

  test('a chosen column shows as chosen', () => {
    const overrides = { salesSheet: 'Data', salesColumns: { amount: 'B' } };
    const text = paneText(<DataSection sources={failed(SHEETS)} overrides={overrides} onOverrides={none} onReread={none} disabled={false} />, 'en');
    expect(text).toContain('|Amount|B · Revenue|');
  });

  test('a chosen sheet without a customer column says why it has no columns to choose', () => {
    const text = paneText(<DataSection sources={failed(SHEETS)} overrides={{ salesSheet: 'Notes' }} onOverrides={none} onReread={none} disabled={false} />, 'en');
    expect(text).toContain('|No row in the first rows of this sheet names a customer ID or customer name column, so its columns cannot be chosen.|');
    expect(text).not.toContain('|Amount|');
  });

  test('when the sheets cannot be listed either, it says why and offers no drop-down', () => {
    const sources: SourcesState = { kind: 'failed', error: NO_SALES, last: null, sheets: { kind: 'failed', error: describeError(new Error('the workbook is busy')) } };
    const text = paneText(<DataSection sources={sources} overrides={{}} onOverrides={none} onReread={none} disabled={false} />, 'en');
    expect(text).toContain('|The sheets could not be listed to choose from: the workbook is busy|');
    expect(text).not.toContain('|Sales sheet|');
    expect(text).toContain('|Read the workbook again|');
  });
});
