import { isBlank } from '../../core/cells/cell';
import type { ColumnsRequest, UserContent, UserContentKind } from '../workbook-port';
import { type ColumnRun, blockRowCount, columnRuns, nextBytesPerCell } from './blocks';
import { checkCount, normaliseCell } from './cells';
import { type OfficeLimits, jsonBytes } from './limits';
import { grid, halvable, syncWithin } from './transport';

/**
 * The optional APIs findUserContent uses, by whether the host has them.
 * Without one, that kind of content is not seen there (README, "What it
 * writes"): the check reads what the host can show it and no more.
 */
export interface UserContentApis {
  /** Worksheet.comments, threaded comments (ExcelApi 1.10). */
  comments: boolean;
  /** Worksheet.notes, the old-style comments (ExcelApi 1.18). */
  notes: boolean;
}

/** Excel's last column (XFD): the reference for a cell's formatting, see findUserContent. */
const LAST_COLUMN = 16_383;
/** Pieces an undecided range is cut into per narrowing sync: 1,048,576 rows take four steps. */
export const SPLIT = 32;
/** Request bytes assumed per range whose formatting a narrowing sync loads (its column and reference ranges, about 20 commands). */
export const RANGE_CHECK_BYTES = 4096;
/** Request bytes assumed per comment or note located (getItemAt, getLocation, load). */
export const LOCATION_BYTES = 512;

/** Preference when two kinds are found in the same first cell: what the user most likely typed. */
const PRIORITY: Record<UserContentKind, number> = { formula: 0, value: 1, comment: 2, validation: 3, style: 4 };

type Found = Map<number, { row: number; kind: UserContentKind }>;

function offer(found: Found, col: number, row: number, kind: UserContentKind): void {
  const best = found.get(col);
  if (!best || row < best.row || (row === best.row && PRIORITY[kind] < PRIORITY[best.kind])) found.set(col, { row, kind });
}

const bestRow = (found: Found, col: number): number => found.get(col)?.row ?? Infinity;

/**
 * WorkbookPort.findUserContent over Office.js: for each requested column,
 * the first cell of the span that holds anything of the user's.
 *
 * - Values and formulas: `formulas` and `values` of every cell, in row
 *   blocks sized like readColumns (a formula counts whatever it returns, ""
 *   included; a value counts when it is not blank, also a spilled one).
 *   Excel always calculates, so a formula here always has a value: the
 *   FORMULA_WITHOUT_VALUE of files from tools that do not calculate never
 *   comes from this port.
 * - Number formats: per cell in the same blocks.
 * - Other formatting (fill colour; font name, size, colour, bold, italic,
 *   underline; horizontal and vertical alignment, wrapping; border lines
 *   inside the span and on its right edge) and data validation: read for
 *   whole ranges, which Excel reports as null ("Inconsistent" or
 *   "MixedCriteria" for validation) when their cells differ; a range that
 *   differs is cut into SPLIT pieces and those read, until the first cell is
 *   found. Borders on a column's left edge are the user's table edge more
 *   often than not and are not looked at.
 * - Threaded comments and notes: the sheet's, counted in the first sync and
 *   located afterwards, when the host has the API (see UserContentApis).
 *
 * A cell's formatting (number format included) counts when it differs from
 * that of the same row's cell in the sheet's last column: that is the
 * workbook's default style (whatever font its Normal style has), or the
 * row's own formatting where the user formatted whole rows (a bold header
 * row, banded rows), which is no claim on the column.
 *
 * Syncs: one per cell block, the first also carrying the first range reads
 * and the comment counts; then, only where something needs locating, one per
 * narrowing step (log32 of the rows) and per few thousand comments.
 */
export async function findUserContent(
  context: Excel.RequestContext, request: ColumnsRequest, limits: OfficeLimits, apis: UserContentApis,
): Promise<(UserContent | null)[]> {
  checkCount('firstRow', request.firstRow);
  checkCount('rows', request.rows);
  request.cols.forEach((c) => checkCount('column', c));
  if (request.firstRow + request.rows > 1_048_576 || request.cols.some((c) => c > LAST_COLUMN)) {
    throw new RangeError(`columns ${JSON.stringify(request.cols)} over ${request.rows} rows from row ${request.firstRow} do not fit on a sheet`);
  }
  const cols = [...new Set(request.cols)].sort((a, b) => a - b);
  if (cols.length === 0 || request.rows === 0) return request.cols.map(() => null);
  const span: Span = { sheet: request.sheet, first: request.firstRow, last: request.firstRow + request.rows - 1, ref: referenceColumn(cols) };
  const found: Found = new Map();

  const held: { first?: FirstSync } = {};
  await scanCells(context, span, cols, limits, found, () => (held.first = queueFirst(context, span, cols, apis)));
  const first = held.first;
  if (!first) throw new Error('findUserContent: the first cell block carried nothing');

  const locations: Location[] = [
    ...Array.from({ length: first.comments?.value ?? 0 }, (_, index) => ({ kind: 'comments' as const, index })),
    ...Array.from({ length: first.notes?.value ?? 0 }, (_, index) => ({ kind: 'notes' as const, index })),
  ];
  const pending = nextChunks(first.checks, found, span);
  const rangesPerSync = Math.max(1, Math.floor(limits.payloadBudgetBytes / RANGE_CHECK_BYTES));
  const locationsPerSync = Math.max(1, Math.floor(limits.payloadBudgetBytes / LOCATION_BYTES));
  while (pending.length > 0 || locations.length > 0) {
    const sheet = context.workbook.worksheets.getItem(span.sheet);
    const located = locations.splice(0, locationsPerSync).map((l) => sheet[l.kind].getItemAt(l.index).getLocation().load('rowIndex,columnIndex'));
    const checks = pending.splice(0, rangesPerSync).map((chunk) => queueCheck(sheet, span, chunk));
    await syncWithin(context, limits);
    for (const cell of located) {
      if (cell.rowIndex >= span.first && cell.rowIndex <= span.last && cols.includes(cell.columnIndex)) offer(found, cell.columnIndex, cell.rowIndex, 'comment');
    }
    pending.push(...nextChunks(checks, found, span));
  }
  return request.cols.map((col) => {
    const best = found.get(col);
    return best ? { row: best.row, col, kind: best.kind } : null;
  });
}

interface Span {
  sheet: string;
  first: number;
  last: number;
  /** The column whose cells stand for the default formatting of their row. */
  ref: number;
}

interface Location {
  kind: 'comments' | 'notes';
  index: number;
}

/** The last column of the sheet, or the last one left of it that is not requested. */
function referenceColumn(cols: number[]): number {
  let ref = LAST_COLUMN;
  while (cols.includes(ref)) ref -= 1;
  if (ref < 0) throw new RangeError('every column of the sheet is requested: none is left to compare formatting with');
  return ref;
}

/**
 * Values, formulas and number formats in row blocks, one sync each (see
 * readColumns for the sizing); `withFirst` queues more reads into the first
 * sync (again if that block has to be retried smaller). A column leaves the
 * scan at its first hit: its later cells cannot come first.
 */
async function scanCells(
  context: Excel.RequestContext, span: Span, cols: number[], limits: OfficeLimits, found: Found, withFirst: () => void,
): Promise<void> {
  const rows = span.last - span.first + 1;
  let bytesPerCell = limits.initialBytesPerCell;
  let firstSynced = false;
  for (let done = 0; done < rows;) {
    const open = firstSynced ? cols.filter((c) => !found.has(c)) : cols;
    if (open.length === 0) return;
    const runs = columnRuns(open);
    // Three properties per requested cell, one (numberFormat) per reference cell.
    const entriesPerRow = open.length * 3 + 1;
    let count = Math.min(blockRowCount(bytesPerCell, entriesPerRow, limits), rows - done);
    let block: CellBlock | undefined;
    while (!block) {
      if (!firstSynced) withFirst();
      try {
        block = await readCellBlock(context, span, runs, span.first + done, count, limits);
      } catch (error) {
        // Too large for Excel (the 5 MB limits, a GeneralException) or null values: half the rows.
        if (!halvable(error) || count === 1) throw error;
        count = Math.ceil(count / 2);
      }
    }
    firstSynced = true;
    bytesPerCell = nextBytesPerCell(jsonBytes(block), count * entriesPerRow, limits);
    block.runs.forEach((range, k) => {
      for (let j = 0; j < runs[k]!.count; j++) {
        const col = runs[k]!.first + j;
        for (let i = 0; i < count; i++) {
          const kind = cellKind(range.formulas[i]![j], range.values[i]![j], range.numberFormat[i]![j], block!.ref[i]![0]);
          if (kind) {
            offer(found, col, span.first + done + i, kind);
            break;
          }
        }
      }
    });
    done += count;
  }
}

interface CellBlock {
  runs: { values: unknown[][]; formulas: unknown[][]; numberFormat: unknown[][] }[];
  ref: unknown[][];
}

/** One block in one sync; fresh proxies each time, so a failed sync leaves nothing stale. */
async function readCellBlock(
  context: Excel.RequestContext, span: Span, runs: ColumnRun[], row: number, rows: number, limits: OfficeLimits,
): Promise<CellBlock> {
  const sheet = context.workbook.worksheets.getItem(span.sheet);
  const ranges = runs.map((run) => sheet.getRangeByIndexes(row, run.first, rows, run.count).load('values,formulas,numberFormat'));
  const ref = sheet.getRangeByIndexes(row, span.ref, rows, 1).load('numberFormat');
  await syncWithin(context, limits);
  return {
    runs: ranges.map((r, k) => ({
      values: grid(r.values, rows, runs[k]!.count, 'values'),
      formulas: grid(r.formulas, rows, runs[k]!.count, 'formulas'),
      numberFormat: grid(r.numberFormat, rows, runs[k]!.count, 'number formats'),
    })),
    ref: grid(ref.numberFormat, rows, 1, 'number formats'),
  };
}

/** What one cell holds: a formula ("=..." whatever its value), a value, or a number format its row does not have. */
function cellKind(formula: unknown, value: unknown, numberFormat: unknown, rowNumberFormat: unknown): UserContentKind | null {
  if (typeof formula === 'string' && formula.startsWith('=')) return 'formula';
  if (!isBlank(normaliseCell(value)) || !isBlank(normaliseCell(formula))) return 'value';
  return numberFormat !== rowNumberFormat ? 'style' : null;
}

/** Part of one requested column whose formatting or validation is not known yet. */
interface Chunk {
  col: number;
  row: number;
  rows: number;
  /** The reference range's formatting when it is the same on every row of the chunk (so its pieces need not read it again). */
  ref: Formatting | null;
  style: boolean;
  validation: boolean;
}

/** A range's formatting by property (border sides by their BorderIndex); null where its cells differ. */
type Formatting = Record<string, unknown>;

interface Check {
  chunk: Chunk;
  formatting: () => Formatting;
  refFormatting: () => Formatting;
  validation: (() => string | null) | null;
}

interface FirstSync {
  checks: Check[];
  comments: OfficeExtension.ClientResult<number> | null;
  notes: OfficeExtension.ClientResult<number> | null;
}

/** Queued with the first cell block: each column's header cell and data rows as two ranges, and the comment counts. */
function queueFirst(context: Excel.RequestContext, span: Span, cols: number[], apis: UserContentApis): FirstSync {
  const sheet = context.workbook.worksheets.getItem(span.sheet);
  const chunks = cols.flatMap((col): Chunk[] => {
    const parts = [{ row: span.first, rows: 1 }, ...(span.last > span.first ? [{ row: span.first + 1, rows: span.last - span.first }] : [])];
    return parts.map((p) => ({ col, ...p, ref: null, style: true, validation: true }));
  });
  return {
    checks: chunks.map((chunk) => queueCheck(sheet, span, chunk)),
    comments: apis.comments ? sheet.comments.getCount() : null,
    notes: apis.notes ? sheet.notes.getCount() : null,
  };
}

/**
 * The border sides of a piece that lie within the column's span or on its
 * right edge: the top and bottom only where the span goes on.
 */
function borderSides(span: Span, chunk: Chunk): BorderSide[] {
  const sides: BorderSide[] = ['EdgeRight'];
  // A one-cell range has no inside line (Excel and the double refuse it).
  if (chunk.rows > 1) sides.push('InsideHorizontal');
  if (chunk.row > span.first) sides.push('EdgeTop');
  if (chunk.row + chunk.rows - 1 < span.last) sides.push('EdgeBottom');
  return sides;
}

type BorderSide = 'EdgeTop' | 'EdgeBottom' | 'EdgeRight' | 'InsideHorizontal';

/** Queues the formatting loads of one range (ExcelApi 1.1 properties only). */
function queueFormatting(range: Excel.Range, sides: BorderSide[]): () => Formatting {
  const format = range.format.load('horizontalAlignment,verticalAlignment,wrapText');
  const font = range.format.font.load('name,size,color,bold,italic,underline');
  const fill = range.format.fill.load('color');
  const borders = sides.map((side) => [side, range.format.borders.getItem(side).load('style')] as const);
  return () => ({
    horizontalAlignment: format.horizontalAlignment, verticalAlignment: format.verticalAlignment, wrapText: format.wrapText,
    fontName: font.name, fontSize: font.size, fontColor: font.color, bold: font.bold, italic: font.italic, underline: font.underline,
    fill: fill.color,
    ...Object.fromEntries(borders.map(([side, border]) => [side, border.style])),
  });
}

function queueCheck(sheet: Excel.Worksheet, span: Span, chunk: Chunk): Check {
  const range = sheet.getRangeByIndexes(chunk.row, chunk.col, chunk.rows, 1);
  const sides = borderSides(span, chunk);
  const formatting = chunk.style ? queueFormatting(range, sides) : () => ({});
  const known = chunk.ref;
  const refFormatting = !chunk.style ? () => ({}) : known ? () => known : queueFormatting(sheet.getRangeByIndexes(chunk.row, span.ref, chunk.rows, 1), sides);
  const validation = chunk.validation ? range.dataValidation.load('type') : null;
  return { chunk, formatting, refFormatting, validation: validation ? () => validation.type : null };
}

const uniform = (f: Formatting): boolean => Object.values(f).every((v) => v !== null && v !== undefined);

/** Whether a range's formatting is the reference's, on every property the range was read for. */
function same(mine: Formatting, ref: Formatting): boolean {
  return Object.keys(mine).every((key) => {
    if (!(key in ref)) throw new Error(`findUserContent: the reference formatting lacks ${key}`);
    return mine[key] === ref[key];
  });
}

/**
 * A piece's reference formatting from its range's, when that was the same
 * on every row: a piece's top and bottom lines lie inside the range (its
 * inside lines) or are the range's own top and bottom.
 */
function pieceRef(ref: Formatting, parent: Chunk, piece: Chunk): Formatting {
  const inside = ref.InsideHorizontal;
  const out: Formatting = { ...ref };
  delete out.EdgeTop;
  delete out.EdgeBottom;
  delete out.InsideHorizontal;
  if (piece.rows > 1) out.InsideHorizontal = inside;
  out.EdgeTop = piece.row === parent.row ? ref.EdgeTop : inside;
  out.EdgeBottom = piece.row + piece.rows === parent.row + parent.rows ? ref.EdgeBottom : inside;
  // Sides the range had no line read for (at the span's ends) the piece does not read either.
  if (out.EdgeTop === undefined) delete out.EdgeTop;
  if (out.EdgeBottom === undefined) delete out.EdgeBottom;
  return out;
}

/**
 * Records what the synced checks show and returns the pieces still to
 * read: of each range whose cells differ, and that could still hold its
 * column's first cell, its SPLIT parts.
 */
function nextChunks(checks: Check[], found: Found, span: Span): Chunk[] {
  const open: Chunk[] = [];
  for (const { chunk, formatting, refFormatting, validation } of checks) {
    const next = { ...chunk };
    if (chunk.style) {
      const mine = formatting();
      const ref = refFormatting();
      if (chunk.rows === 1 || (uniform(mine) && uniform(ref))) {
        if (!same(mine, ref)) offer(found, chunk.col, chunk.row, 'style');
        next.style = false;
      } else if (uniform(ref)) next.ref = ref;
    }
    if (validation) {
      const type = validation();
      if (type === 'None') next.validation = false;
      else if (chunk.rows === 1 || (type !== 'Inconsistent' && type !== 'MixedCriteria' && type !== null)) {
        // One rule over the whole range: its first cell has it.
        offer(found, chunk.col, chunk.row, 'validation');
        next.validation = false;
      }
    }
    if (next.style || next.validation) open.push(next);
  }
  // Only after every check of the batch is in: a later piece may have lowered a column's first row.
  return open.filter((c) => c.row < bestRow(found, c.col)).flatMap((c) => split(c, span));
}

function split(chunk: Chunk, span: Span): Chunk[] {
  const size = Math.ceil(chunk.rows / SPLIT);
  const parts: Chunk[] = [];
  for (let row = chunk.row; row < chunk.row + chunk.rows; row += size) {
    const part: Chunk = { ...chunk, row, rows: Math.min(size, chunk.row + chunk.rows - row) };
    if (chunk.ref) part.ref = pieceRef(chunk.ref, chunk, part);
    parts.push(part);
  }
  if (parts.some((p) => p.row > span.last)) throw new Error('findUserContent: a piece left its span');
  return parts;
}
