import { runSteps } from '../../src/app/run-steps';
import { inputErrorText } from '../../src/core/i18n/input-error-text';
import { InputError } from '../../src/core/problems';
import { defaultTierOptions } from '../../src/core/tiers/tier-options';
import { DATE_PROBE_NAME } from '../../src/ports/office/date-system';
import { type OfficePortOptions, createOfficePort } from '../../src/ports/office/office-port';
import { RUN_MARKER } from '../../src/ports/office/run-marker';
import { type ExcelRunner, runExcel } from '../../src/ports/office/run-options';
import type { WorkbookPort } from '../../src/ports/workbook-port';
import { type BookDescription, type DescribedCell, type ExcelDouble, createExcelDouble, namesIn, tableIn, valueAt } from '../support/excel-double';
import { reasonOf } from '../support/reason-of';

const tiers = (port: WorkbookPort) => runSteps(port, { steps: ['tiers'], options: defaultTierOptions() });

async function rejection(promise: Promise<unknown>): Promise<InputError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError');
}

function customers(n: number): DescribedCell[][] {
  return [['Customer ID', 'Customer name'], ...Array.from({ length: n }, (_, i) => [`C${i}`, `Name ${i}`])];
}
function sales(n: number): DescribedCell[][] {
  return [['Date', 'Customer ID', 'Amount'], ...Array.from({ length: n }, (_, i) => [45000 + (i % 300), `C${(i * 7) % n}`, 10 + (i % 97)])];
}
function book(n: number, extra: Partial<BookDescription> = {}, edit: (rows: DescribedCell[][]) => void = () => undefined): ExcelDouble {
  const rows = customers(n);
  edit(rows);
  return createExcelDouble({ sheets: [{ name: 'Customers', rows }, { name: 'Sales', rows: sales(n * 3) }], ...extra });
}
const cells = (b: ExcelDouble, sheet: string, height: number, width: number) =>
  Array.from({ length: height }, (_, r) => Array.from({ length: width }, (_, c) => valueAt(b, sheet, r, c)));

/**
 * Calls `edit` once on the workbook (another user's change), just before the
 * first sync apply makes after `when` holds; `when` is asked before each.
 */
function editDuringApply(b: ExcelDouble, port: WorkbookPort, when: (b: ExcelDouble) => boolean, edit: (b: ExcelDouble) => void): WorkbookPort {
  return {
    ...port,
    apply: (ops, options) => {
      let done = false;
      for (let k = 1; k <= 200; k++) {
        b.faults.beforeSync(b.stats.syncs + k, () => {
          if (done || !when(b)) return;
          done = true;
          edit(b);
        });
      }
      return port.apply(ops, options);
    },
  };
}
const markerThere = (b: ExcelDouble): boolean => b.model.names.some((n) => n.name === RUN_MARKER);
const always = (): boolean => true;

describe('item 3: widening a table', () => {
  const tableBook = (extra: (rows: DescribedCell[][]) => void = () => undefined) =>
    book(20, { tables: [{ name: 'Clients', sheet: 'Customers', row: 0, col: 0, rows: 21, cols: 2 }] }, extra);
  // The five tier columns go to C:G; J3 lies right of them, in the table's rows.
  const noteInJ3 = (rows: DescribedCell[][]) => { rows[2]![9] = 'note'; };

  it('with ExcelApi 1.13: writes the new headers, resizes the table over them, and moves nothing to the right', async () => {
    const b = tableBook(noteInJ3);
    await b.run((context) => tiers(createOfficePort(context)));
    expect(tableIn(b, 'Clients').columns).toEqual(['Customer ID', 'Customer name', 'Net sales', 'Share', 'Cumulative share', 'Rank', 'ABC tier']);
    expect([valueAt(b, 'Customers', 2, 9), valueAt(b, 'Customers', 2, 10)]).toEqual(['note', '']);
  });

  it('without it: refuses, naming the cell in the way and what it holds, before writing anything', async () => {
    const b = tableBook(noteInJ3);
    const before = b.stats.syncs;
    const error = await rejection(b.run((context) => tiers(createOfficePort(context, { supports: (v) => v !== '1.13' }))));
    expect(error.code).toBe('tableBlocked');
    expect(error.args).toEqual({ table: 'Clients', sheet: 'Customers', cell: 'J3', held: 'value', value: '"note"' });
    expect(inputErrorText(error, 'en')).toContain('cell J3 of sheet “Customers” holds your data ("note")');
    expect(inputErrorText(error, 'zh-Hant')).toContain('工作表「Customers」的 J3 儲存格有您的資料（「note」）');
    expect(tableIn(b, 'Clients').lastCol).toBe(1);
    expect(namesIn(b)).toEqual([]);
    expect(b.stats.failedSyncs).toBe(0);
    expect(b.stats.syncs).toBeGreaterThan(before);
  });

  it('without it: counts formatting right of the table too, and looks at the whole region, not only the new columns', async () => {
    const b = tableBook();
    b.model.sheet('Customers').setStyle({ row: 15, col: 40, rows: 1, cols: 1 }, 'fill', '#FFFF00');
    const error = await rejection(b.run((context) => tiers(createOfficePort(context, { supports: (v) => v !== '1.13' }))));
    expect(error.args).toMatchObject({ cell: 'AO16', held: 'style' });
    expect(inputErrorText(error, 'zh-Hans')).toContain('（格式）');
  });

  it('without it and with nothing to the right: adds the columns, and the sheet ends as with resize', async () => {
    const resized = tableBook();
    await resized.run((context) => tiers(createOfficePort(context)));
    const added = tableBook();
    await added.run((context) => tiers(createOfficePort(context, { supports: (v) => v !== '1.13' })));
    expect(tableIn(added, 'Clients')).toEqual(tableIn(resized, 'Clients'));
    expect(cells(added, 'Customers', 22, 8)).toEqual(cells(resized, 'Customers', 22, 8));
    expect(namesIn(added)).toEqual(namesIn(resized));
  });
});

describe('item 6: all or nothing, as far as Excel allows', () => {
  // Four write requests; the key rows each reads back ride in it.
  const SMALL: OfficePortOptions = { limits: { payloadBudgetBytes: 64 * 1024 } };
  const N = 3000;
  const insert = (x: ExcelDouble) => x.model.insertRows(x.model.sheet('Customers'), 1, 1);

  it('stops when another user inserts rows between two write requests; the next run reports it and rewrites every column', async () => {
    const b = book(N);
    // The edit lands once the first write request is done (the marker is there).
    const error = await rejection(b.run((context) => tiers(editDuringApply(b, createOfficePort(context, SMALL), markerThere, insert))));
    expect(error.code).toBe('rowsMoved');
    const row = Number(/^A(\d+)$/.exec(error.args.cell!)![1]);
    // Row r (1-based) now holds the key read on the row above it.
    expect(error.args).toMatchObject({ sheet: 'Customers', expected: `"C${row - 2}"`, found: row === 2 ? '""' : `"C${row - 3}"` });
    expect(error.message).toContain('nothing further was written');
    expect(inputErrorText(error, 'zh-Hant')).toContain('之後未再寫入任何資料');
    expect(markerThere(b)).toBe(true);
    // The first request wrote every owned header under its marker; the tier column's data (G) was never reached.
    expect(cells(b, 'Customers', 1, 7)[0]).toEqual(['Customer ID', 'Customer name', 'Net sales', 'Share', 'Cumulative share', 'Rank', 'ABC tier']);
    expect(valueAt(b, 'Customers', 2, 2)).not.toBe('');
    expect(cells(b, 'Customers', N + 2, 7).slice(1).map((line) => line[6])).toEqual(Array.from({ length: N + 1 }, () => ''));

    const again = await b.run((context) => tiers(createOfficePort(context, SMALL)));
    const clean = book(N);
    insert(clean);
    const cleanSummary = await clean.run((context) => tiers(createOfficePort(context, SMALL)));
    const extra = again.problems.filter((p) => !cleanSummary.problems.some((q) => reasonOf(q) === reasonOf(p)));
    expect(extra).toEqual([{ sheet: 'Customers', cell: '', code: 'previousRunStopped', args: {} }]);
    expect(reasonOf(extra[0]!)).toContain('the previous Credit Desk run stopped part-way');
    expect(cells(b, 'Customers', N + 3, 8)).toEqual(cells(clean, 'Customers', N + 3, 8));
    expect(namesIn(b)).toEqual(namesIn(clean));
  });

  it('refuses before writing anything when rows moved between the run\'s reading and its first write', async () => {
    const b = book(50);
    const sort = (x: ExcelDouble) => x.model.sheet('Customers').put(5, 0, { value: 'C49' });
    const error = await rejection(b.run((context) => tiers(editDuringApply(b, createOfficePort(context), always, sort))));
    expect(error.args).toMatchObject({ cell: 'A6', expected: '"C4"', found: '"C49"' });
    expect(namesIn(b)).toEqual([]);
    expect(valueAt(b, 'Customers', 0, 2)).toBe('');
  });

  it('notices rows that moved before its last request, and leaves the marker for the next run', async () => {
    const b = book(50);
    // One write request: the edit lands between the look and it.
    let syncs = 0;
    const error = await rejection(b.run((context) => tiers(editDuringApply(b, createOfficePort(context), () => ++syncs === 2, insert))));
    expect(error.code).toBe('rowsMoved');
    expect(valueAt(b, 'Customers', 0, 6)).toBe('ABC tier');
    expect(markerThere(b)).toBe(true);
  });

  it('sets the run marker in its first write request and deletes it in its last', async () => {
    const b = book(N);
    const seen: boolean[] = [];
    const watched = editDuringApply(b, createOfficePort(b.context() as unknown as Excel.RequestContext, SMALL), (x) => {
      seen.push(markerThere(x));
      return false;
    }, () => undefined);
    const summary = await tiers(watched);
    // Before the look and before the first write request: no marker; before every later one: the marker.
    expect(seen.length).toBeGreaterThanOrEqual(4);
    expect(seen).toEqual([false, false, ...seen.slice(2).map(() => true)]);
    expect(markerThere(b)).toBe(false);
    expect(summary.problems.some((p) => reasonOf(p).includes('stopped part-way'))).toBe(false);
  });

  it('reports a marker left by an earlier run, which no reader takes for a column marker, and removes it', async () => {
    const b = book(30, { names: [{ name: RUN_MARKER, formula: '="2025-01-01T00:00:00.000Z"' }] });
    expect(await b.run((context) => createOfficePort(context).readNames('CreditDesk_'))).toEqual([]);
    const summary = await b.run((context) => tiers(createOfficePort(context)));
    expect(summary.problems.filter((p) => reasonOf(p).includes('stopped part-way'))).toHaveLength(1);
    expect(namesIn(b).map((n) => n.name)).not.toContain(RUN_MARKER);
  });

  it('reports nothing through a port that writes all at once: apply returns no report', async () => {
    const b = book(30);
    const summary = await b.run((context) => {
      const port = createOfficePort(context);
      return tiers({ ...port, apply: async (ops) => { await port.apply(ops); } });
    });
    expect(summary.problems.some((p) => reasonOf(p).includes('stopped part-way'))).toBe(false);
  });
});

describe('item 7: preconditions, up front', () => {
  it('refuses a protected sheet the plan writes, naming it, before writing anything', async () => {
    const b = createExcelDouble({ sheets: [{ name: 'Customers', rows: customers(10), protected: true }, { name: 'Sales', rows: sales(30) }] });
    const error = await rejection(b.run((context) => tiers(createOfficePort(context))));
    expect(error).toMatchObject({ code: 'sheetProtected', args: { sheet: 'Customers' } });
    expect(inputErrorText(error, 'zh-Hant')).toContain('工作表「Customers」受到保護');
    expect(inputErrorText(error, 'zh-Hans')).toContain('工作表“Customers”受到保护');
    expect(b.stats.failedSyncs).toBe(0);
    expect(namesIn(b)).toEqual([]);
  });

  it('leaves protected sheets alone that the plan does not write', async () => {
    const b = createExcelDouble({ sheets: [{ name: 'Customers', rows: customers(10) }, { name: 'Sales', rows: sales(30), protected: true }] });
    await b.run((context) => tiers(createOfficePort(context)));
    expect(valueAt(b, 'Customers', 0, 6)).toBe('ABC tier');
  });

  it('refuses a plan that adds sheets to a workbook whose structure is protected (ExcelApi 1.7)', async () => {
    // No customer sheet: the run would make one from the sales rows.
    const b = createExcelDouble({ sheets: [{ name: 'Sales', rows: sales(30) }], protectedStructure: true });
    const error = await rejection(b.run((context) => tiers(createOfficePort(context))));
    expect(error.code).toBe('workbookProtected');
    expect(inputErrorText(error, 'zh-Hant')).toContain('活頁簿的結構受到保護');
    expect(b.stats.failedSyncs).toBe(0);
  });

  it('waits while a cell is being edited where the host has ExcelApi 1.11 (delayForCellEdit)', async () => {
    const b = book(10);
    b.faults.enterCellEditMode();
    let done = false;
    const running = runExcel(b, () => true, async (context) => {
      await tiers(createOfficePort(context));
      done = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(done).toBe(false);
    b.faults.exitCellEditMode();
    await running;
    expect(done).toBe(true);
    expect(b.runOptions).toEqual([{ delayForCellEdit: true }]);
  });

  it('takes the global Excel as it is (the pane passes Excel to runExcel)', () => {
    // A compile-time check: Office.js's Excel has both Excel.run forms runExcel uses.
    const assignable: typeof Excel extends ExcelRunner ? true : false = true;
    expect(assignable).toBe(true);
  });

  it('says, in the pane\'s language, to finish editing the cell where it cannot wait', async () => {
    const b = book(10);
    b.faults.enterCellEditMode();
    const error = await rejection(runExcel(b, (v) => Number(v) < 1.11, (context) => tiers(createOfficePort(context))));
    expect(error.code).toBe('cellEditMode');
    expect((error as { cause?: unknown }).cause).toMatchObject({ code: 'InvalidOperationInCellEditMode' });
    expect(inputErrorText(error, 'zh-Hant')).toBe('Excel 正在編輯儲存格，Credit Desk 無法處理活頁簿。請先完成或取消該儲存格的編輯，再重新執行。');
    expect(b.runOptions).toEqual([{}]);
    // The port says the same when driven without runExcel.
    const direct = await rejection(tiers(createOfficePort(b.context() as unknown as Excel.RequestContext)));
    expect(direct.code).toBe('cellEditMode');
  });
});

describe('item 7: the 1904 date system', () => {
  const dated = (date1904: boolean, extra: Partial<BookDescription> = {}) => {
    const b = createExcelDouble({ sheets: [{ name: 'S', rows: [[45000, 45000, 'text', 12, 0.5, true]] }], date1904, ...extra });
    const s = b.model.sheet('S');
    s.setNumberFormat(0, 0, 'yyyy-mm-dd');
    s.setNumberFormat(0, 3, '0.00');
    s.setNumberFormat(0, 4, 'h:mm');
    return b;
  };
  const read = (b: ExcelDouble) => b.run((context) => createOfficePort(context).readColumns({ sheet: 'S', firstRow: 0, rows: 1, cols: [0, 1, 2, 3, 4, 5] }));

  it('reads date-formatted numbers of a 1904 workbook as 1900 serials (+1,462 days), in one more sync; other cells as they are', async () => {
    const b = dated(true);
    expect(await read(b)).toEqual([[45000 + 1462], [45000], ['text'], [12], [0.5 + 1462], [true]]);
    expect(b.stats.syncs).toBe(2);
    expect(namesIn(b)).toEqual([]);
  });

  it('changes nothing on a 1900 workbook, and learns that in the first block\'s own sync', async () => {
    const b = dated(false);
    expect(await read(b)).toEqual([[45000], [45000], ['text'], [12], [0.5], [true]]);
    expect(b.stats.syncs).toBe(1);
  });

  it('asks once per port: later reads on a 1904 workbook load the number formats with the values', async () => {
    const b = dated(true);
    await b.run(async (context) => {
      const port = createOfficePort(context);
      await port.readColumns({ sheet: 'S', firstRow: 0, rows: 1, cols: [0] });
      const before = b.stats.syncs;
      expect(await port.readColumns({ sheet: 'S', firstRow: 0, rows: 1, cols: [0, 1] })).toEqual([[45000 + 1462], [45000]]);
      expect(b.stats.syncs - before).toBe(1);
    });
  });

  it('removes a probe name left over by an earlier failure and reads on', async () => {
    const b = dated(true, { names: [{ name: DATE_PROBE_NAME, formula: '=DATE(2000,1,1)' }] });
    expect((await read(b))[0]).toEqual([45000 + 1462]);
    expect(namesIn(b)).toEqual([]);
    expect(b.stats.failedSyncs).toBe(1);
  });

  it('tiers a 1904 workbook over a period as the same data in 1900 serials', async () => {
    const run = (date1904: boolean) => {
      const rows = sales(90).map((row, i) => (i === 0 || !date1904 ? row : [(row[0] as number) - 1462, ...row.slice(1)]));
      const b = createExcelDouble({ sheets: [{ name: 'Customers', rows: customers(30) }, { name: 'Sales', rows }], date1904 });
      for (let r = 1; r < rows.length; r++) b.model.sheet('Sales').setNumberFormat(r, 0, 'd/m/yyyy');
      return b.run((context) => runSteps(createOfficePort(context), { steps: ['tiers'], options: { ...defaultTierOptions(), period: { from: 45030, to: 45060 } } }));
    };
    const [old, modern] = [await run(true), await run(false)];
    expect(modern.rowsRead).toBeGreaterThan(0);
    expect(modern.rowsRead).toBeLessThan(90);
    expect(old).toEqual(modern);
  });
});
