import { OfficeDoubleError, createExcelDouble, namesIn, valueAt } from '../support/excel-double';

async function code(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof OfficeDoubleError) return error.code;
    throw error;
  }
  return 'no error';
}

const book = () => createExcelDouble({ sheets: [{ name: 'S', rows: [['a', 'b'], [1, 2]] }, { name: 'Locked', rows: [['x']], protected: true }] });

describe('excel double: injected faults', () => {
  it('fails the n-th sync with a code, after as many of its commands as asked (those stay applied, loads do not)', async () => {
    const b = book();
    b.faults.failSync(2, 'GeneralException', 2);
    const ctx = b.context();
    const sheet = ctx.workbook.worksheets.getItem('S');
    await ctx.sync();
    sheet.getRangeByIndexes(0, 0, 1, 1).values = [['first']];
    sheet.getRangeByIndexes(0, 1, 1, 1).values = [['second']];
    const read = sheet.getRangeByIndexes(1, 0, 1, 1).load('values');
    expect(await code(ctx.sync())).toBe('GeneralException');
    // getRangeByIndexes and the first write ran, then the batch stopped.
    expect([valueAt(b, 'S', 0, 0), valueAt(b, 'S', 0, 1)]).toEqual(['first', 'b']);
    expect(() => read.values).toThrow(OfficeDoubleError);
    expect(b.stats).toMatchObject({ syncs: 2, failedSyncs: 1 });
    expect(b.faults.pending).toEqual([]);
  });

  it('runs a planned edit (another user) just before the n-th sync, then the batch', async () => {
    const b = book();
    b.faults.beforeSync(1, (model) => model.sheet('S').put(1, 0, { value: 'moved' }));
    const ctx = b.context();
    const read = ctx.workbook.worksheets.getItem('S').getRangeByIndexes(1, 0, 1, 1).load('values');
    await ctx.sync();
    expect(read.values).toEqual([['moved']]);
  });

  it('hangs the n-th sync: it never settles and is counted', async () => {
    const b = book();
    b.faults.hangSync(1);
    const ctx = b.context();
    ctx.workbook.worksheets.getItem('S').getRangeByIndexes(0, 0, 1, 1).values = [['never']];
    const outcome = await Promise.race([ctx.sync().then(() => 'settled', () => 'failed'), new Promise((resolve) => setTimeout(() => resolve('pending'), 30))]);
    expect(outcome).toBe('pending');
    expect(b.stats).toMatchObject({ syncs: 1, hungSyncs: 1, failedSyncs: 0 });
    expect(valueAt(b, 'S', 0, 0)).toBe('a');
  });

  it('returns null values: in the n-th sync, or for any read over a number of cells (as Excel past 5 M cells)', async () => {
    const b = book();
    b.faults.nullValuesAt(1);
    let ctx = b.context();
    const first = ctx.workbook.worksheets.getItem('S').getRangeByIndexes(0, 0, 2, 2).load('values,formulas');
    await ctx.sync();
    expect([first.values, first.formulas]).toEqual([null, [['a', 'b'], [1, 2]]]);
    b.faults.nullValuesOverCells = 3;
    ctx = b.context();
    const small = ctx.workbook.worksheets.getItem('S').getRangeByIndexes(0, 0, 1, 2).load('values');
    const large = ctx.workbook.worksheets.getItem('S').getRangeByIndexes(0, 0, 2, 2).load('values');
    await ctx.sync();
    expect([small.values, large.values]).toEqual([[['a', 'b']], null]);
  });

  it('in cell edit mode fails a batch, or, run with delayForCellEdit, holds it until the user leaves the cell', async () => {
    const b = book();
    b.faults.enterCellEditMode();
    await expect(b.run(async (context) => {
      context.workbook.worksheets.getItem('S').getRangeByIndexes(0, 0, 1, 1).values = [['x']];
      await context.sync();
    })).rejects.toMatchObject({ code: 'InvalidOperationInCellEditMode' });
    let done = false;
    const waiting = b.run({ delayForCellEdit: true }, async (context) => {
      context.workbook.worksheets.getItem('S').getRangeByIndexes(0, 0, 1, 1).values = [['after']];
      await context.sync();
      done = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect([done, valueAt(b, 'S', 0, 0)]).toEqual([false, 'a']);
    b.faults.exitCellEditMode();
    await waiting;
    expect([done, valueAt(b, 'S', 0, 0)]).toEqual([true, 'after']);
    expect(b.runOptions).toEqual([{}, { delayForCellEdit: true }]);
  });
});

describe('excel double: application calls, protection, names that are no range', () => {
  it('records calculation and screen-updating suspension and calculate() by sync', async () => {
    const b = book();
    const ctx = b.context();
    ctx.application.suspendApiCalculationUntilNextSync();
    ctx.application.suspendScreenUpdatingUntilNextSync();
    await ctx.sync();
    ctx.application.calculate('Recalculate');
    await ctx.sync();
    expect(b.stats).toMatchObject({ calculationSuspended: [1], screenUpdatingSuspended: [1], calculations: [{ sync: 2, type: 'Recalculate' }] });
    ctx.application.calculate('Sometimes');
    expect(await code(ctx.sync())).toBe('InvalidArgument');
  });

  it('refuses changes to a protected sheet\'s cells (AccessDenied) but lets it be selected; reports protection after load + sync', async () => {
    const b = book();
    const ctx = b.context();
    const locked = ctx.workbook.worksheets.getItem('Locked');
    const protection = locked.protection.load('protected');
    const open = ctx.workbook.worksheets.getItem('S').protection.load('protected');
    const structure = ctx.workbook.protection.load('protected');
    locked.getRangeByIndexes(0, 0, 1, 1).select();
    await ctx.sync();
    expect([protection.protected, open.protected, structure.protected]).toEqual([true, false, false]);
    for (const change of [
      () => { locked.getRangeByIndexes(0, 0, 1, 1).values = [['y']]; },
      () => { locked.getRangeByIndexes(0, 0, 1, 1).format.font.bold = true; },
      () => locked.getRangeByIndexes(0, 0, 1, 1).clear('Contents'),
      () => locked.getRangeByIndexes(0, 0, 1, 1).conditionalFormats.add('CellValue'),
    ]) {
      change();
      expect(await code(ctx.sync())).toBe('AccessDenied');
    }
    expect(valueAt(b, 'Locked', 0, 0)).toBe('x');
  });

  it('refuses to add a sheet to a workbook whose structure is protected', async () => {
    const b = createExcelDouble({ sheets: [{ name: 'S' }], protectedStructure: true });
    const ctx = b.context();
    const structure = ctx.workbook.protection.load('protected');
    await ctx.sync();
    expect(structure.protected).toBe(true);
    ctx.workbook.worksheets.add('New');
    expect(await code(ctx.sync())).toBe('AccessDenied');
  });

  it('evaluates a name of DATE(2000,1,1) in the workbook\'s date system, and text constants; other formulas are not emulated', async () => {
    const values: unknown[] = [];
    for (const date1904 of [false, true]) {
      const b = createExcelDouble({ sheets: [{ name: 'S' }], date1904 });
      const ctx = b.context();
      const probe = ctx.workbook.names.add('Probe', '=DATE(2000,1,1)').load('value,type');
      const text = ctx.workbook.names.add('Text', '="2025-01-01T00:00:00.000Z"').load('value,type');
      await ctx.sync();
      values.push([probe.value, probe.type, text.value, text.type]);
      ctx.workbook.names.add('Other', '=S!A1+1');
      expect(await code(ctx.sync())).toBe('NotEmulated');
      expect(namesIn(b).map((n) => n.name)).toEqual(['Probe', 'Text']);
    }
    expect(values).toEqual([[36526, 'Double', '2025-01-01T00:00:00.000Z', 'String'], [35064, 'Double', '2025-01-01T00:00:00.000Z', 'String']]);
  });
});
