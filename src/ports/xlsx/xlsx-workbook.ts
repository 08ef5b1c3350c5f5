/**
 * An .xlsx workbook as its package: which part is which sheet, the shared
 * strings, the styles and each sheet's cells, read when first asked for.
 */
import { OpcPackage, relsName } from './opc-package';
import { parseSharedStrings } from './shared-strings';
import { SheetCells } from './sheet-cells';
import { StyleBook } from './style-book';
import { readDefinedNames, readSheetRecords, usesDate1904, type DefinedName, type SheetRecord } from './workbook-part';
import { attribute, findAll } from './xml';
import { ZipError, type ZipCodec } from './zip';

const OFFICE_DOCUMENT = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument';
const STRICT_OFFICE_DOCUMENT = 'http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument';
const WORKSHEET = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet';
export const REL = {
  worksheet: WORKSHEET,
  styles: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles',
  sharedStrings: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings',
  calcChain: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain',
  comments: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments',
  threadedComment: 'http://schemas.microsoft.com/office/2017/10/relationships/threadedComment',
};
export const CONTENT_TYPE = {
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  styles: 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml',
};

/** The file is not a workbook this port can carry through whole; `reason` says why in plain words. */
export class UnreadableWorkbookError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'UnreadableWorkbookError';
  }
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

export class XlsxWorkbook {
  readonly pkg: OpcPackage;
  readonly workbookPart: string;
  sheets: SheetRecord[];
  readonly date1904: boolean;
  private strings: string[] | null = null;
  private styleBook: StyleBook | null = null;
  private readonly cells = new Map<string, SheetCells>();

  constructor(bytes: Uint8Array, codec?: ZipCodec) {
    if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
      throw new UnreadableWorkbookError('it is password-protected or an old .xls file (save it as an Excel Workbook without a password)');
    }
    try {
      this.pkg = new OpcPackage(bytes, codec);
    } catch (err) {
      if (err instanceof ZipError) throw new UnreadableWorkbookError(err.message);
      throw err;
    }
    if (!this.pkg.has('[Content_Types].xml')) throw new UnreadableWorkbookError('it is a zip archive but not an Office document');
    const root = this.pkg.relationships('');
    const office = root.find((r) => r.type === OFFICE_DOCUMENT);
    if (!office) {
      if (root.some((r) => r.type === STRICT_OFFICE_DOCUMENT)) throw new UnreadableWorkbookError('it is saved as Strict Open XML (save it as an Excel Workbook)');
      throw new UnreadableWorkbookError('it has no workbook part');
    }
    this.workbookPart = office.target;
    if (!this.pkg.has(this.workbookPart)) throw new UnreadableWorkbookError('its workbook part is missing');
    if (this.workbookPart.endsWith('.bin')) throw new UnreadableWorkbookError('it is a binary workbook (.xlsb); save it as an Excel Workbook (.xlsx)');
    const xml = this.pkg.text(this.workbookPart);
    this.date1904 = usesDate1904(xml);
    this.sheets = this.readSheets();
  }

  /** The workbook part's content type: macro-enabled (.xlsm), template (.xltx) or plain (.xlsx). */
  kind(): 'xlsx' | 'xlsm' | 'xltx' | 'xltm' {
    const types = this.pkg.text('[Content_Types].xml');
    const override = findAll(types, 'Override').find((f) => attribute(f.tag, 'PartName') === `/${this.workbookPart}`);
    const type = override ? attribute(override.tag, 'ContentType') ?? '' : '';
    if (type.includes('sheet.macroEnabled')) return 'xlsm';
    if (type.includes('template.macroEnabled')) return 'xltm';
    if (type.includes('spreadsheetml.template')) return 'xltx';
    return 'xlsx';
  }

  private readSheets(): SheetRecord[] {
    const rels = this.pkg.relationships(this.workbookPart);
    return readSheetRecords(this.pkg.text(this.workbookPart)).map((record) => {
      const rel = rels.find((r) => r.id === record.relId);
      if (!rel) throw new UnreadableWorkbookError(`its sheet '${record.name}' has no part`);
      return { ...record, part: rel.target, isWorksheet: rel.type === WORKSHEET };
    });
  }

  sheet(name: string): SheetRecord {
    const found = this.sheets.find((s) => s.name === name);
    if (!found) throw new Error(`No sheet named '${name}' in the workbook.`);
    return found;
  }

  workbookRelTarget(type: string): string | null {
    return this.pkg.relationships(this.workbookPart).find((r) => r.type === type)?.target ?? null;
  }

  sharedStrings(): string[] {
    if (!this.strings) {
      const part = this.workbookRelTarget(REL.sharedStrings);
      this.strings = part && this.pkg.has(part) ? parseSharedStrings(this.pkg.text(part)) : [];
    }
    return this.strings;
  }

  styles(): StyleBook {
    if (!this.styleBook) {
      const part = this.workbookRelTarget(REL.styles);
      this.styleBook = new StyleBook(part && this.pkg.has(part) ? this.pkg.text(part) : null);
    }
    return this.styleBook;
  }

  /** The sheet's cells (empty for a chart sheet). */
  cellsOf(name: string): SheetCells {
    const record = this.sheet(name);
    let cells = this.cells.get(record.part);
    if (!cells) {
      const bytes = record.isWorksheet ? this.pkg.bytes(record.part) : new Uint8Array();
      cells = new SheetCells(bytes, this.sharedStrings(), this.styles(), this.date1904);
      this.cells.set(record.part, cells);
    }
    return cells;
  }

  definedNames(): DefinedName[] {
    return readDefinedNames(this.pkg.text(this.workbookPart));
  }

  /** Parts related from a sheet with the given relationship type. */
  sheetRelated(name: string, type: string): string[] {
    const record = this.sheet(name);
    if (!record.isWorksheet || !this.pkg.has(relsName(record.part))) return [];
    return this.pkg.relationships(record.part).filter((r) => r.type === type && !r.external && this.pkg.has(r.target)).map((r) => r.target);
  }

  /** Cell references of the sheet's comments and threaded comments. */
  commentRefs(name: string): string[] {
    const parts = [...this.sheetRelated(name, REL.comments), ...this.sheetRelated(name, REL.threadedComment)];
    return parts.flatMap((part) => {
      const xml = this.pkg.text(part);
      return [...findAll(xml, 'comment'), ...findAll(xml, 'threadedComment')].map((f) => attribute(f.tag, 'ref') ?? '').filter((r) => r !== '');
    });
  }

  /** After a plan that failed: styles it appended in memory are forgotten, the part is read again. */
  forgetStyles(): void {
    this.styleBook = null;
  }

  /** After the run's writes: what was read is read again from the new parts. */
  forgetReads(): void {
    this.cells.clear();
    this.sheets = this.readSheets();
  }

  toBytes(): Uint8Array {
    return this.pkg.toBytes();
  }
}
