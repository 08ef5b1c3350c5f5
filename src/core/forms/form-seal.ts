import type { CellValue } from '../cells/cell';
import { isFormulaWrite } from '../cells/cell';
import type { NameOp, WriteOp } from '../plan/write-ops';
import { FORM_MARKER_PREFIX } from './form-marker';

/**
 * Each form sheet a run finishes gets, besides its marker (form-marker.ts), a
 * second workbook-scoped name on its A1 that records the run and what the run
 * wrote there: CreditDesk_FormSeal_<n>_R<run>_N<sheets>_F<fingerprint>, where
 * n is the sheet's marker number, run the run's first marker number (its id),
 * sheets how many sheets the run made (markers run … run + sheets − 1) and
 * the fingerprint a 53-bit hash of the values written. The record is the
 * name itself, so both ports read it with the names they already read.
 * The seal goes after the sheet's last op: a sheet without one was not
 * finished, or made before seals, and is never removed.
 */
export const FORM_SEAL_PREFIX = 'CreditDesk_FormSeal_';

export interface FormSeal {
  marker: number;
  run: number;
  sheets: number;
  fingerprint: string;
}

const SEAL_RE = new RegExp(`^${FORM_SEAL_PREFIX}(\\d+)_R(\\d+)_N(\\d+)_F([0-9a-f]{14})$`, 'i');
const MARKER_RE = new RegExp(`^${FORM_MARKER_PREFIX}(\\d+)$`, 'i');

/** The number of a form marker name (CreditDesk_Form_12 -> 12); null for any other name. */
export function formMarkerNumber(name: string): number | null {
  const m = MARKER_RE.exec(name);
  return m ? Number(m[1]) : null;
}

export function isFormSeal(name: string): boolean {
  return name.toLowerCase().startsWith(FORM_SEAL_PREFIX.toLowerCase());
}

export function sealName(seal: FormSeal): string {
  return `${FORM_SEAL_PREFIX}${seal.marker}_R${seal.run}_N${seal.sheets}_F${seal.fingerprint}`;
}

/** The record of a seal name; null for a name that is not one. */
export function parseSeal(name: string): FormSeal | null {
  const m = SEAL_RE.exec(name);
  return m ? { marker: Number(m[1]), run: Number(m[2]), sheets: Number(m[3]), fingerprint: m[4]!.toLowerCase() } : null;
}

/**
 * A 53-bit string hash (cyrb53, public domain) fed piece by piece: cheap,
 * deterministic in every JavaScript engine, and not meant to resist anyone
 * forging a collision; it tells an edited sheet from the one written.
 */
class Hash53 {
  private h1 = 0xdeadbeef;
  private h2 = 0x41c6ce57;

  update(text: string): void {
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      this.h1 = Math.imul(this.h1 ^ ch, 2654435761);
      this.h2 = Math.imul(this.h2 ^ ch, 1597334677);
    }
  }

  digest(): string {
    let h1 = Math.imul(this.h1 ^ (this.h1 >>> 16), 2246822507);
    h1 ^= Math.imul(this.h2 ^ (this.h2 >>> 13), 3266489909);
    let h2 = Math.imul(this.h2 ^ (this.h2 >>> 16), 2246822507);
    h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    return (4294967296 * (h2 & 0x1fffff) + (h1 >>> 0)).toString(16).padStart(14, '0');
  }
}

/**
 * One cell as the fingerprint sees it, or null for an empty one. Numbers go
 * in at 15 significant digits, as Excel keeps them; text as it is; the kind
 * and length are part of it, so 1 and "1" differ and no text can pose as two cells.
 */
function cellToken(row: number, col: number, value: CellValue): string | null {
  if (value === null || value === '') return null;
  const text = typeof value === 'number' ? String(Number(value.toPrecision(15))) : String(value);
  const kind = typeof value === 'number' ? 'n' : typeof value === 'boolean' ? 'b' : 's';
  return `${row},${col},${kind}${text.length}:${text};`;
}

/** The fingerprint of a sheet's values as read: one array per column from A, each from row 1. */
export function readFingerprint(columns: readonly (readonly CellValue[])[]): string {
  const hash = new Hash53();
  const rows = Math.max(0, ...columns.map((c) => c.length));
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < columns.length; c++) {
      const token = cellToken(r, c, columns[c]![r] ?? null);
      if (token !== null) hash.update(token);
    }
  }
  return hash.digest();
}

/** Excel's last column + 1: cell keys are row × this + column, so their order is row-major. */
const ROW_STRIDE = 16_384;

/** The fingerprint of what `ops` leave in the cells of `sheet` (a new sheet: nothing else is there). */
export function planFingerprint(ops: readonly WriteOp[], sheet: string): string {
  const cells = new Map<number, CellValue>();
  for (const op of ops) {
    if (op.sheet !== sheet) continue;
    if (op.op === 'values') {
      op.values.forEach((line, r) => line.forEach((cell, c) => {
        // A formula reads back as its result: the cached value the core computed.
        cells.set((op.row + r) * ROW_STRIDE + op.col + c, isFormulaWrite(cell) ? cell.value : cell);
      }));
    } else if (op.op === 'clear') {
      for (let r = 0; r < op.rows; r++) for (let c = 0; c < op.cols; c++) cells.delete((op.row + r) * ROW_STRIDE + op.col + c);
    }
  }
  const hash = new Hash53();
  for (const key of [...cells.keys()].sort((a, b) => a - b)) {
    const token = cellToken(Math.floor(key / ROW_STRIDE), key % ROW_STRIDE, cells.get(key)!);
    if (token !== null) hash.update(token);
  }
  return hash.digest();
}

/** Where one form sheet's ops lie in a run's plan: ops[start] … ops[end − 1]. */
export interface SheetSegment {
  sheet: string;
  marker: number;
  start: number;
  end: number;
}

/**
 * The plan with each sheet's seal right after its last op; `run` is the
 * run's first marker number. A loop, not push(...): a batch of a thousand
 * forms makes more ops than a call can take as arguments.
 */
export function withSeals(ops: readonly WriteOp[], segments: readonly SheetSegment[], run: number): WriteOp[] {
  const out: WriteOp[] = [];
  let at = 0;
  for (const segment of segments) {
    while (at < segment.end) out.push(ops[at++]!);
    const seal: NameOp = {
      op: 'name',
      name: sealName({ marker: segment.marker, run, sheets: segments.length, fingerprint: planFingerprint(ops.slice(segment.start, segment.end), segment.sheet) }),
      sheet: segment.sheet,
      row: 0,
      col: 0,
      comment: 'Credit Desk: the run that made this form sheet and what it wrote there (to remove it only while unedited).',
    };
    out.push(seal);
  }
  while (at < ops.length) out.push(ops[at++]!);
  return out;
}
