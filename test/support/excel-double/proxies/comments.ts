import { checkRect, parseAddress } from '../a1';
import { fail } from '../errors';
import type { CellNote, SheetModel } from '../sheet-model';
import type { DoubleContext } from '../context';
import { ClientObjectDouble } from './client-object';
import { ClientResultDouble } from './client-result';
import { RangeDouble, rangeRef } from './range';

type Kind = 'comments' | 'notes';

interface NoteRef {
  sheet: SheetModel;
  note: CellNote;
  kind: Kind;
}

/** A threaded comment (Excel.Comment) or a note (Excel.Note): content and getLocation(). */
export class CellNoteDouble extends ClientObjectDouble<NoteRef> {
  protected gone(entry: NoteRef): boolean {
    return !entry.sheet[entry.kind].includes(entry.note);
  }

  protected read(entry: NoteRef, name: string): unknown {
    return name === 'content' ? entry.note.content : this.unknown(name);
  }

  get content(): string { return this.prop('content'); }

  /** The cell the comment or note is on. */
  getLocation(): RangeDouble {
    return RangeDouble.at(this.context, this, 'getLocation', [], () => {
      const { sheet, note } = this.entity();
      return rangeRef(sheet, { row: note.row, col: note.col, rows: 1, cols: 1 });
    });
  }
}

/**
 * Worksheet.comments (ExcelApi 1.10) and Worksheet.notes (ExcelApi 1.18) on
 * one sheet: getCount(), getItemAt(index) and add(cell, content) with one
 * cell as an A1 address on the sheet or a Range. Only plain text content;
 * replies, mentions, resolving, items loads, getItem by id and the
 * workbook-level collections are not emulated. A second comment or note on
 * one cell is refused (NotEmulated).
 */
export class CellNoteCollectionDouble extends ClientObjectDouble<SheetModel> {
  constructor(context: DoubleContext, derive: () => SheetModel | null, private readonly kind: Kind) {
    super(context, { kind: 'nav', derive });
  }

  protected read(_sheet: SheetModel, name: string): unknown {
    return this.unknown(name);
  }

  getCount(): ClientResultDouble<number> {
    return new ClientResultDouble(this.context, this, 'getCount', [], () => this.entity()[this.kind].length);
  }

  getItemAt(index: number): CellNoteDouble {
    return new CellNoteDouble(this.context, {
      kind: 'method', parent: this, method: 'getItemAt', args: [index],
      resolve: () => {
        const sheet = this.entity();
        const note = sheet[this.kind][index];
        if (!Number.isInteger(index) || !note) fail('ItemNotFound', `${this.kind} item ${index} of ${sheet[this.kind].length}`);
        return { sheet, note, kind: this.kind };
      },
    });
  }

  add(cellAddress: string | RangeDouble, content: string): CellNoteDouble {
    const address = typeof cellAddress === 'string' ? cellAddress : null;
    return new CellNoteDouble(this.context, {
      kind: 'method', parent: this, method: 'add', args: [address ?? { range: (cellAddress as RangeDouble).id }, content],
      resolve: () => {
        const sheet = this.entity();
        const ref = address === null ? (cellAddress as RangeDouble).entity() : { sheet, rect: parseAddress(address) };
        if (ref.sheet !== sheet) fail('NotEmulated', `adding to sheet "${sheet.name}" a ${this.kind} item on sheet "${ref.sheet.name}"`);
        const { row, col, rows, cols } = checkRect(ref.rect);
        if (rows * cols !== 1) fail('InvalidArgument', `a ${this.kind} item goes on one cell, not ${rows}x${cols}`);
        if (typeof content !== 'string') fail('NotEmulated', `${this.kind} content other than plain text`);
        if (sheet[this.kind].some((n) => n.row === row && n.col === col)) fail('NotEmulated', `a second ${this.kind} item on one cell`);
        const note = { row, col, content };
        sheet[this.kind].push(note);
        return { sheet, note, kind: this.kind };
      },
    });
  }
}
