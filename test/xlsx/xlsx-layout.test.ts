/**
 * The xlsx port's layout ops (style, merge, border, row height, page setup):
 * each written, saved and read back with ExcelJS (and, for what ExcelJS does
 * not read back — row breaks, the print area's exact reference — from the
 * file's XML); a second run of the same plan leaves the same file.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { PageSetupOp, WriteOp } from '../../src/core/plan/write-ops';
import { createXlsxPort } from '../../src/ports/xlsx/xlsx-port';
import { COMPANY, creditFormOps, CUSTOMERS, FORM_COLS, FORM_ROWS, PAGE_SETUP, TITLE } from './credit-forms';

const S = '信用調查表';

async function applied(ops: WriteOp[], wb = new ExcelJS.Workbook()): Promise<ExcelJS.Workbook> {
  if (!wb.getWorksheet(S)) wb.addWorksheet(S);
  await createXlsxPort(wb).apply(ops);
  return wb;
}

async function reread(wb: ExcelJS.Workbook): Promise<ExcelJS.Worksheet> {
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(await wb.xlsx.writeBuffer());
  return back.getWorksheet(S)!;
}

/** Every part of the saved file but docProps/core.xml (which holds the save time). */
async function fileParts(wb: ExcelJS.Workbook): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  const parts = new Map<string, string>();
  for (const name of Object.keys(zip.files).sort()) {
    if (name === 'docProps/core.xml' || zip.files[name]!.dir) continue;
    parts.set(name, await zip.file(name)!.async('string'));
  }
  return parts;
}

async function part(wb: ExcelJS.Workbook, name: string): Promise<string> {
  const parts = await fileParts(wb);
  const text = parts.get(name);
  if (text === undefined) throw new Error(`no ${name} in the saved file`);
  return text;
}

function pageSetupOp(overrides: Partial<PageSetupOp> = {}): PageSetupOp {
  return { ...PAGE_SETUP, sheet: S, printArea: { row: 0, col: 0, rows: 120, cols: 7 }, pageBreaksBefore: [0, 40, 80], ...overrides };
}

describe('merge', () => {
  it('merges a rectangle; the merged cells read back as part of it', async () => {
    const ws = await reread(await applied([
      { op: 'values', sheet: S, row: 0, col: 0, values: [[TITLE, null, null]] },
      { op: 'merge', sheet: S, row: 0, col: 0, rows: 1, cols: 7 },
      { op: 'merge', sheet: S, row: 2, col: 1, rows: 3, cols: 2 },
    ]));
    expect([...ws.model.merges].sort()).toEqual(['A1:G1', 'B3:C5']);
    expect(ws.getCell('A1').value).toBe(TITLE);
    expect(ws.getCell('G1').master.address).toBe('A1');
    expect(ws.getCell('C5').master.address).toBe('B3');
    expect(ws.getCell('H1').isMerged).toBe(false);
  });

  it('merging the same range again is a no-op (ExcelJS itself throws)', async () => {
    const op: WriteOp = { op: 'merge', sheet: S, row: 0, col: 0, rows: 2, cols: 3 };
    const bare = new ExcelJS.Workbook().addWorksheet('x');
    bare.mergeCells('A1:C2');
    expect(() => bare.mergeCells('A1:C2')).toThrow('Cannot merge already merged cells');

    const wb = await applied([op]);
    await expect(createXlsxPort(wb).apply([op])).resolves.toBeUndefined();
    expect((await reread(wb)).model.merges).toEqual(['A1:C2']);
  });

  it('also on a workbook read from a file (merges read back)', async () => {
    const op: WriteOp = { op: 'merge', sheet: S, row: 0, col: 0, rows: 1, cols: 7 };
    const ws = await reread(await applied([op]));
    await createXlsxPort(ws.workbook).apply([op]);
    expect(ws.model.merges).toEqual(['A1:G1']);
  });

  it('replaces merges that overlap a different range, keeping each cell\'s style', async () => {
    const wb = await applied([
      { op: 'merge', sheet: S, row: 0, col: 0, rows: 1, cols: 3 },
      { op: 'merge', sheet: S, row: 1, col: 3, rows: 2, cols: 2 },
      { op: 'border', sheet: S, row: 0, col: 0, rows: 1, cols: 3, edges: 'outline' },
    ]);
    await createXlsxPort(wb).apply([{ op: 'merge', sheet: S, row: 0, col: 1, rows: 2, cols: 3 }]);
    const ws = await reread(wb);
    expect(ws.model.merges).toEqual(['B1:D2']);
    const thin = { style: 'thin' };
    expect(ws.getCell('C1').border).toEqual({ top: thin, bottom: thin, right: thin });
    expect(ws.getCell('A1').isMerged).toBe(false);
  });

  it('a 1x1 merge does nothing', async () => {
    const ws = await reread(await applied([{ op: 'merge', sheet: S, row: 3, col: 3, rows: 1, cols: 1 }]));
    expect(ws.model.merges).toEqual([]);
  });

  it('values written again over a merged range keep the top-left value', async () => {
    const ops: WriteOp[] = [
      { op: 'values', sheet: S, row: 0, col: 0, values: [[TITLE, null, null], ['x', 'y', 'z']] },
      { op: 'merge', sheet: S, row: 0, col: 0, rows: 1, cols: 3 },
    ];
    const wb = await applied([...ops, ...ops]);
    // ExcelJS passes a value written to a hidden merged cell on to the top-left cell.
    const bare = new ExcelJS.Workbook().addWorksheet('x');
    bare.getCell('A1').value = TITLE;
    bare.mergeCells('A1:C1');
    bare.getCell('B1').value = null;
    expect(bare.getCell('A1').value).toBeNull();

    const ws = await reread(wb);
    expect(ws.getCell('A1').value).toBe(TITLE);
    expect(ws.getRow(2).values).toEqual([undefined, 'x', 'y', 'z']);
    await createXlsxPort(wb).apply([{ op: 'clear', sheet: S, row: 0, col: 0, rows: 1, cols: 3 }]);
    expect(wb.getWorksheet(S)!.getCell('A1').value).toBeNull();
  });
});

describe('border', () => {
  it('outline: thin lines on the outer edges only', async () => {
    const ws = await reread(await applied([{ op: 'border', sheet: S, row: 1, col: 1, rows: 3, cols: 3, edges: 'outline' }]));
    const thin = { style: 'thin' };
    expect(ws.getCell('B2').border).toEqual({ top: thin, left: thin });
    expect(ws.getCell('C2').border).toEqual({ top: thin });
    expect(ws.getCell('D2').border).toEqual({ top: thin, right: thin });
    expect(ws.getCell('B3').border).toEqual({ left: thin });
    expect(ws.getCell('C3').border ?? {}).toEqual({});
    expect(ws.getCell('D3').border).toEqual({ right: thin });
    expect(ws.getCell('B4').border).toEqual({ bottom: thin, left: thin });
    expect(ws.getCell('D4').border).toEqual({ bottom: thin, right: thin });
    expect(ws.getCell('E2').border ?? {}).toEqual({});
  });

  it('grid: every edge of every cell', async () => {
    const ws = await reread(await applied([{ op: 'border', sheet: S, row: 0, col: 0, rows: 2, cols: 2, edges: 'grid' }]));
    const thin = { style: 'thin' };
    for (const address of ['A1', 'B1', 'A2', 'B2']) {
      expect(ws.getCell(address).border).toEqual({ top: thin, bottom: thin, left: thin, right: thin });
    }
  });

  it('adds to the edges already there, on each merged cell separately', async () => {
    const ws = await reread(await applied([
      { op: 'merge', sheet: S, row: 0, col: 0, rows: 1, cols: 3 },
      { op: 'border', sheet: S, row: 0, col: 0, rows: 1, cols: 3, edges: 'outline' },
      { op: 'border', sheet: S, row: 0, col: 0, rows: 2, cols: 1, edges: 'outline' },
    ]));
    const thin = { style: 'thin' };
    expect(ws.getCell('A1').border).toEqual({ top: thin, bottom: thin, left: thin, right: thin });
    expect(ws.getCell('B1').border).toEqual({ top: thin, bottom: thin });
    expect(ws.getCell('C1').border).toEqual({ top: thin, bottom: thin, right: thin });
    expect(ws.getCell('A2').border).toEqual({ bottom: thin, left: thin, right: thin });
  });
});

describe('rowHeight', () => {
  it('sets the height in points of every row of the span', async () => {
    const ws = await reread(await applied([
      { op: 'rowHeight', sheet: S, row: 0, rows: 3, height: 16 },
      { op: 'rowHeight', sheet: S, row: 0, rows: 1, height: 30 },
    ]));
    expect([1, 2, 3, 4].map((n) => ws.getRow(n).height)).toEqual([30, 16, 16, undefined]);
  });
});

describe('style', () => {
  it('bold, size, fill, wrap and alignment read back', async () => {
    const ws = await reread(await applied([
      { op: 'style', sheet: S, row: 0, col: 0, rows: 1, cols: 2, style: { bold: true, fontSize: 16, fill: '#ddebf7', wrap: true, horizontal: 'center', vertical: 'center' } },
      { op: 'style', sheet: S, row: 1, col: 0, rows: 1, cols: 1, style: { horizontal: 'right', vertical: 'top' } },
      { op: 'style', sheet: S, row: 2, col: 0, rows: 1, cols: 1, style: { horizontal: 'left', vertical: 'bottom' } },
    ]));
    const a1 = ws.getCell('A1');
    expect(a1.font).toMatchObject({ bold: true, size: 16 });
    expect(a1.fill).toEqual({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } });
    // ExcelJS calls vertical="center" 'middle'.
    expect(a1.alignment).toEqual({ wrapText: true, horizontal: 'center', vertical: 'middle' });
    expect(ws.getCell('B1').alignment).toEqual(a1.alignment);
    expect(ws.getCell('A2').alignment).toEqual({ horizontal: 'right', vertical: 'top' });
    expect(ws.getCell('A3').alignment).toEqual({ horizontal: 'left', vertical: 'bottom' });
  });

  it('sets only the properties given, and a new font has a name', async () => {
    const ws = await reread(await applied([
      { op: 'style', sheet: S, row: 0, col: 0, rows: 1, cols: 1, style: { bold: true, horizontal: 'center' } },
      { op: 'style', sheet: S, row: 0, col: 0, rows: 1, cols: 1, style: { fontSize: 14, vertical: 'top' } },
      { op: 'style', sheet: S, row: 0, col: 0, rows: 1, cols: 1, style: { fill: '#FFF2CC' } },
    ]));
    const a1 = ws.getCell('A1');
    // Without a name LibreOffice prints the text in a serif fallback font.
    expect(a1.font).toMatchObject({ bold: true, size: 14, name: 'Calibri' });
    expect(a1.alignment).toEqual({ horizontal: 'center', vertical: 'top' });
    expect(a1.fill).toMatchObject({ fgColor: { argb: 'FFFFF2CC' } });
  });

  it('does not leak into cells that shared a style object when read from a file', async () => {
    const wb = await applied([
      { op: 'values', sheet: S, row: 0, col: 0, values: [[1, 2]] },
      { op: 'style', sheet: S, row: 0, col: 0, rows: 1, cols: 2, style: { bold: true } },
    ]);
    const ws = await reread(wb);
    expect(ws.getCell('A1').style).toBe(ws.getCell('B1').style); // ExcelJS shares it
    await createXlsxPort(ws.workbook).apply([
      { op: 'style', sheet: S, row: 0, col: 0, rows: 1, cols: 1, style: { fontSize: 20, horizontal: 'right' } },
      { op: 'numberFormat', sheet: S, row: 0, col: 0, rows: 1, cols: 1, format: '0.00' },
      { op: 'border', sheet: S, row: 0, col: 0, rows: 1, cols: 1, edges: 'grid' },
    ]);
    const b1 = (await reread(ws.workbook)).getCell('B1');
    expect(b1.font).toMatchObject({ bold: true, size: 11 });
    expect(b1.alignment).toBeUndefined();
    expect(b1.numFmt).toBeUndefined();
    expect(b1.border ?? {}).toEqual({});
  });
});

describe('pageSetup', () => {
  it('A4 portrait, one page wide, margins, print area, no gridlines', async () => {
    const ws = await reread(await applied([pageSetupOp()]));
    expect(ws.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      margins: { top: 0.75, bottom: 0.75, left: 0.5, right: 0.5, header: 0.3, footer: 0.3 },
      printArea: 'A1:G120',
    });
    // Gridlines printed: <printOptions gridLines="1"> is left out, so ExcelJS reads no value.
    expect(ws.pageSetup.showGridLines).toBeFalsy();
    expect(ws.views).toHaveLength(1);
    expect(ws.views[0]!.showGridLines).toBe(false);
  });

  it('writes the print area with absolute rows and columns (LibreOffice ignores $A1:$G120)', async () => {
    const workbookXml = await part(await applied([pageSetupOp()]), 'xl/workbook.xml');
    expect(workbookXml).toContain(`<definedName name="_xlnm.Print_Area" localSheetId="0">&apos;${S}&apos;!$A$1:$G$120</definedName>`);
  });

  it('no print area on a sheet whose name has an apostrophe (ExcelJS would write one it cannot read back)', async () => {
    const name = "Survey-O'Neil";
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet(name);
    await createXlsxPort(wb).apply([{ ...pageSetupOp(), sheet: name }]);
    expect(await part(wb, 'xl/workbook.xml')).not.toContain('_xlnm.Print_Area');
    expect(await part(wb, 'xl/worksheets/sheet1.xml')).toContain('<brk id="40" max="16383" man="1"/>');
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(await wb.xlsx.writeBuffer());
    expect(back.getWorksheet(name)!.pageSetup).toMatchObject({ paperSize: 9, fitToWidth: 1, fitToHeight: 0 });
    expect(back.getWorksheet(name)!.pageSetup.printArea).toBeUndefined();
  });

  it('header and footer in Excel\'s codes, empty sections left out', async () => {
    const ws = await reread(await applied([pageSetupOp()]));
    expect(ws.headerFooter.oddHeader).toBe(`&LCredit Desk&C${COMPANY}&R&D`);
    expect(ws.headerFooter.oddFooter).toBe('&CPage &P of &N&R第 &P 頁，共 &N 頁');
    expect(ws.headerFooter.differentFirst).toBeFalsy();
    expect(ws.headerFooter.differentOddEven).toBeFalsy();
  });

  it('no header element when every section is empty', async () => {
    const none = { left: '', center: '', right: '' };
    const wb = await applied([pageSetupOp({ header: none, footer: none })]);
    expect(await part(wb, 'xl/worksheets/sheet1.xml')).not.toContain('<headerFooter');
  });

  it('manual page breaks before the given rows; row 0 needs none', async () => {
    const sheetXml = await part(await applied([pageSetupOp()]), 'xl/worksheets/sheet1.xml');
    expect(sheetXml).toContain('<rowBreaks count="2" manualBreakCount="2"><brk id="40" max="16383" man="1"/><brk id="80" max="16383" man="1"/></rowBreaks>');
  });

  it('a second page setup replaces the breaks, header and footer', async () => {
    const wb = await applied([
      pageSetupOp(),
      pageSetupOp({ pageBreaksBefore: [50, 10], footer: { left: '&P', center: '', right: '' } }),
    ]);
    const sheetXml = await part(wb, 'xl/worksheets/sheet1.xml');
    expect(sheetXml).toContain('<rowBreaks count="2" manualBreakCount="2"><brk id="10" max="16383" man="1"/><brk id="50" max="16383" man="1"/></rowBreaks>');
    expect((await reread(wb)).headerFooter.oddFooter).toBe('&L&P');
  });

  it('keeps a frozen pane, turning its gridlines off', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet(S, { views: [{ state: 'frozen', ySplit: 1 }] });
    const ws = await reread(await applied([pageSetupOp()], wb));
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1, showGridLines: false });
  });
});

describe('the xlsx port', () => {
  it('can always set up pages', () => {
    expect(createXlsxPort(new ExcelJS.Workbook()).canSetUpPages).toBe(true);
  });
});

describe('a second run of the same plan', () => {
  const ops = creditFormOps(S);

  it('the form plan uses every layout op', () => {
    const kinds = new Set(ops.map((op) => op.op));
    for (const kind of ['values', 'style', 'merge', 'border', 'rowHeight', 'pageSetup', 'numberFormat', 'columnWidth']) expect(kinds).toContain(kind);
    expect(ops.filter((op) => op.op === 'merge').length).toBeGreaterThan(20);
  });

  it('in the same workbook leaves the same file', async () => {
    const once = await applied(ops);
    const twice = await applied([...ops, ...ops]);
    expect(await fileParts(twice)).toEqual(await fileParts(once));
  });

  it('on the saved file leaves the same file', async () => {
    const once = await applied(ops);
    const rerun = async (wb: ExcelJS.Workbook) => {
      const ws = await reread(wb);
      await createXlsxPort(ws.workbook).apply(ops);
      return ws.workbook;
    };
    const second = await rerun(once);
    const third = await rerun(second);
    expect(await fileParts(third)).toEqual(await fileParts(second));
    // What ExcelJS adds on reading any file: a sheetView without a zoom reads as
    // zoomScale 100, a pageSetup without copies as copies 1; both are written back.
    const artefacts = [' zoomScale="100" zoomScaleNormal="100"', ' copies="1"'];
    const withoutArtefacts = new Map([...await fileParts(second)].map(([name, text]) =>
      [name, artefacts.reduce((t, a) => t.replace(a, ''), text)]));
    expect(withoutArtefacts).toEqual(await fileParts(once));
  });

  it('the forms read back: titles merged across, customer names, heights', async () => {
    const ws = await reread(await applied(ops));
    for (let k = 0; k < 3; k++) {
      const top = k * FORM_ROWS + 1;
      expect(ws.getCell(top, 1).value).toBe(TITLE);
      expect(ws.model.merges).toContain(`A${top}:G${top}`);
      expect(ws.getRow(top).height).toBe(30);
      expect(ws.getRow(top + 1).height).toBe(16);
      expect(ws.getCell(top + 3, FORM_COLS).master.address).toBe(`B${top + 3}`);
      expect(ws.getCell(top + 3, 1).value).toBe('客戶名稱');
      expect(ws.getCell(top + 3, 2).value).toBe(CUSTOMERS[k]!.name);
    }
  });
});
