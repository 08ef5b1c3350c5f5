/**
 * The package port's layout ops (style, merge, border, row height, page
 * setup): each applied to a file ExcelJS wrote, the output read back with
 * ExcelJS, and, for what ExcelJS does not read back (row breaks, the print
 * area's exact text, elements left out), from the output's XML; the same
 * plan applied again, in the same run or to the output file, changes no part.
 */
import ExcelJS from 'exceljs';
import type { PageSetupOp, WriteOp } from '../../src/core/plan/write-ops';
import { workbookBytes } from '../../src/ports/xlsx/package-file';
import { changedParts, definedNames, describeName, partText, readPackage, sheetPart } from '../support/package-diff';
import { openThroughFile, readBack } from '../support/workbooks';
import { COMPANY, creditFormOps, CUSTOMERS, FORM_COLS, FORM_ROWS, PAGE_SETUP, TITLE } from './credit-forms';

const S = '信用調查表';

/** A file with the one sheet S (or the sheets given), as ExcelJS writes it. */
async function inputFile(sheets: string[] = [S], build: (wb: ExcelJS.Workbook) => void = () => undefined): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const name of sheets) wb.addWorksheet(name);
  build(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** The ops applied by the package port to the file (default: a new file with the sheet S): the output file's bytes. */
async function applied(ops: WriteOp[], input?: Uint8Array): Promise<Uint8Array> {
  const file = await openThroughFile(input ?? await inputFile());
  await file.port.apply(ops);
  return workbookBytes(file.book);
}

async function reread(bytes: Uint8Array, sheet = S): Promise<ExcelJS.Worksheet> {
  return (await readBack(bytes)).getWorksheet(sheet)!;
}

function sheetXml(bytes: Uint8Array, sheet = S): string {
  const pkg = readPackage(bytes);
  return partText(pkg, sheetPart(pkg, sheet));
}

function pageSetupOp(overrides: Partial<PageSetupOp> = {}): PageSetupOp {
  return { ...PAGE_SETUP, sheet: S, printArea: { row: 0, col: 0, rows: 120, cols: 7 }, pageBreaksBefore: [0, 40, 80], ...overrides };
}

const thin = { style: 'thin' };

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

  it('merging the same range again is a no-op, in the same plan and on the output file', async () => {
    const op: WriteOp = { op: 'merge', sheet: S, row: 0, col: 0, rows: 2, cols: 3 };
    const once = await applied([op, op]);
    expect(sheetXml(once)).toContain('<mergeCells count="1"><mergeCell ref="A1:C2"/></mergeCells>');
    expect((await reread(once)).model.merges).toEqual(['A1:C2']);
    expect(changedParts(once, await applied([op], once))).toEqual([]);
  });

  it('replaces merges that overlap a different range, keeping each cell\'s style', async () => {
    const first = await applied([
      { op: 'merge', sheet: S, row: 0, col: 0, rows: 1, cols: 3 },
      { op: 'merge', sheet: S, row: 1, col: 3, rows: 2, cols: 2 },
      { op: 'border', sheet: S, row: 0, col: 0, rows: 1, cols: 3, edges: 'outline' },
    ]);
    const ws = await reread(await applied([{ op: 'merge', sheet: S, row: 0, col: 1, rows: 2, cols: 3 }], first));
    expect(ws.model.merges).toEqual(['B1:D2']);
    expect(ws.getCell('C1').border).toEqual({ top: thin, bottom: thin, right: thin });
    expect(ws.getCell('A1').isMerged).toBe(false);
  });

  it('a 1x1 merge does nothing', async () => {
    const out = await applied([{ op: 'merge', sheet: S, row: 3, col: 3, rows: 1, cols: 1 }]);
    expect(sheetXml(out)).not.toContain('<mergeCells');
    expect((await reread(out)).model.merges).toEqual([]);
  });

  it('values written again over a merged range keep the top-left value; a clear of the range clears it', async () => {
    const ops: WriteOp[] = [
      { op: 'values', sheet: S, row: 0, col: 0, values: [[TITLE, null, null], ['x', 'y', 'z']] },
      { op: 'merge', sheet: S, row: 0, col: 0, rows: 1, cols: 3 },
    ];
    const out = await applied([...ops, ...ops]);
    const ws = await reread(out);
    expect(ws.getCell('A1').value).toBe(TITLE);
    expect(ws.getRow(2).values).toEqual([undefined, 'x', 'y', 'z']);
    const cleared = await reread(await applied([{ op: 'clear', sheet: S, row: 0, col: 0, rows: 1, cols: 3 }], out));
    expect(cleared.getCell('A1').value).toBeNull();
    expect(cleared.model.merges).toEqual(['A1:C1']);
  });
});

describe('border', () => {
  it('outline: thin lines on the outer edges only', async () => {
    const ws = await reread(await applied([{ op: 'border', sheet: S, row: 1, col: 1, rows: 3, cols: 3, edges: 'outline' }]));
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
    // A solid fill as Excel writes one: the colour in fgColor, bgColor the system colour (indexed 64).
    expect(a1.fill).toEqual({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' }, bgColor: { indexed: 64 } });
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

  it('does not leak into cells that share the cell\'s style (one xf) in the file', async () => {
    const first = await applied([
      { op: 'values', sheet: S, row: 0, col: 0, values: [[1, 2]] },
      { op: 'style', sheet: S, row: 0, col: 0, rows: 1, cols: 2, style: { bold: true } },
    ]);
    const shared = /<c r="A1" s="(\d+)"/.exec(sheetXml(first))?.[1];
    expect(shared).toBeDefined();
    expect(sheetXml(first)).toContain(`<c r="B1" s="${shared}"`);
    const out = await applied([
      { op: 'style', sheet: S, row: 0, col: 0, rows: 1, cols: 1, style: { fontSize: 20, horizontal: 'right' } },
      { op: 'numberFormat', sheet: S, row: 0, col: 0, rows: 1, cols: 1, format: '0.00' },
      { op: 'border', sheet: S, row: 0, col: 0, rows: 1, cols: 1, edges: 'grid' },
    ], first);
    expect(sheetXml(out)).toContain(`<c r="B1" s="${shared}"`);
    const ws = await reread(out);
    const [a1, b1] = [ws.getCell('A1'), ws.getCell('B1')];
    expect([a1.font, a1.alignment, a1.numFmt]).toMatchObject([{ bold: true, size: 20 }, { horizontal: 'right' }, '0.00']);
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

  it('writes the print area with absolute rows and columns (LibreOffice ignores $A1:$G120), scoped to its sheet', async () => {
    const out = await applied([pageSetupOp()]);
    expect(definedNames(readPackage(out)).map(describeName)).toEqual([`_xlnm.Print_Area [${S}] = '${S}'!$A$1:$G$120`]);
  });

  it('a print area on a sheet whose name has an apostrophe (which ExcelJS could not write), quoted as Excel quotes it', async () => {
    const name = "Survey-O'Neil";
    const out = await applied([{ ...pageSetupOp(), sheet: name }], await inputFile(['Customers', name]));
    expect(definedNames(readPackage(out)).map(describeName)).toEqual([`_xlnm.Print_Area [${name}] = 'Survey-O''Neil'!$A$1:$G$120`]);
    expect(sheetXml(out, name)).toContain('<brk id="40" max="16383" man="1"/>');
    const ws = await reread(out, name);
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, fitToWidth: 1, fitToHeight: 0, printArea: 'A1:G120' });
    expect((await reread(out, 'Customers')).pageSetup.printArea).toBeUndefined();
  });

  it('print areas for several sheets in one plan: each sheet keeps its own', async () => {
    const out = await applied([
      { ...pageSetupOp(), sheet: 'A' },
      { ...pageSetupOp({ printArea: { row: 0, col: 0, rows: 40, cols: 7 } }), sheet: 'B' },
    ], await inputFile(['A', 'B']));
    expect(definedNames(readPackage(out)).map(describeName)).toEqual(['_xlnm.Print_Area [A] = A!$A$1:$G$120', '_xlnm.Print_Area [B] = B!$A$1:$G$40']);
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
    expect(sheetXml(await applied([pageSetupOp({ header: none, footer: none })]))).not.toContain('<headerFooter');
  });

  it('manual page breaks before the given rows; row 0 needs none', async () => {
    expect(sheetXml(await applied([pageSetupOp()]))).toContain(
      '<rowBreaks count="2" manualBreakCount="2"><brk id="40" max="16383" man="1"/><brk id="80" max="16383" man="1"/></rowBreaks>');
  });

  it('page breaks survive the file: a later run that writes to the sheet keeps them', async () => {
    const first = await applied([pageSetupOp()]);
    const later = await applied([{ op: 'values', sheet: S, row: 200, col: 0, values: [['later']] }], first);
    expect(changedParts(first, later)).toEqual([`${sheetPart(readPackage(first), S)}: changed`]);
    expect(sheetXml(later)).toContain(
      '<rowBreaks count="2" manualBreakCount="2"><brk id="40" max="16383" man="1"/><brk id="80" max="16383" man="1"/></rowBreaks>');
  });

  it('a second page setup replaces the breaks, header and footer, in the same plan and on the output file', async () => {
    const second = pageSetupOp({ pageBreaksBefore: [50, 10], footer: { left: '&P', center: '', right: '' } });
    const breaks = '<rowBreaks count="2" manualBreakCount="2"><brk id="10" max="16383" man="1"/><brk id="50" max="16383" man="1"/></rowBreaks>';
    const same = await applied([pageSetupOp(), second]);
    expect(sheetXml(same)).toContain(breaks);
    expect((await reread(same)).headerFooter.oddFooter).toBe('&L&P');
    const later = await applied([second], await applied([pageSetupOp()]));
    expect(sheetXml(later)).toContain(breaks);
    expect(sheetXml(later).match(/<rowBreaks/g)).toHaveLength(1);
    expect((await reread(later)).headerFooter.oddFooter).toBe('&L&P');
  });

  it('keeps a frozen pane, turning its gridlines off', async () => {
    const input = await inputFile([], (wb) => wb.addWorksheet(S, { views: [{ state: 'frozen', ySplit: 1 }] }));
    const ws = await reread(await applied([pageSetupOp()], input));
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1, showGridLines: false });
  });
});

describe('a second run of the same plan', () => {
  const ops = creditFormOps(S);

  it('the form plan uses every layout op', () => {
    const kinds = new Set(ops.map((op) => op.op));
    for (const kind of ['values', 'style', 'merge', 'border', 'rowHeight', 'pageSetup', 'numberFormat', 'columnWidth']) expect(kinds).toContain(kind);
    expect(ops.filter((op) => op.op === 'merge').length).toBeGreaterThan(20);
  });

  it('in the same run leaves the same file', async () => {
    const input = await inputFile();
    expect(changedParts(await applied(ops, input), await applied([...ops, ...ops], input))).toEqual([]);
  });

  it('on the output file changes no part', async () => {
    const once = await applied(ops);
    const second = await applied(ops, once);
    expect(changedParts(once, second)).toEqual([]);
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
