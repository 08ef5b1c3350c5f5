import type { CellValue } from '../cells/cell';
import { normalizeKey } from '../cells/normalize';

/**
 * Customer indexes of raw key cells, each distinct raw key normalised once:
 * index i is the i-th distinct normalised key met; -1 is a cell that is no
 * customer's key (blank, an error value, a boolean).
 */
export class KeyIndex {
  /** Normalised keys by index. */
  readonly keys: string[] = [];
  private readonly byKey = new Map<string, number>();
  // Raw text and numbers to their index: looked up once a sales row. A
  // prototype-less object rather than a Map: V8 interns property names, and
  // over a million rows this lookup took about half the time of Map.get
  // (issue 10 §4). A number and its String() share a property name,
  // harmlessly: normalizeKey reads them alike.
  private readonly byRaw: Record<string, number> = Object.create(null) as Record<string, number>;

  indexOf(raw: CellValue): number {
    // normalizeKey gives null for blank cells and booleans.
    if (typeof raw !== 'string' && typeof raw !== 'number') return -1;
    const known = this.byRaw[raw];
    if (known !== undefined) return known;
    const index = this.resolve(raw);
    this.byRaw[raw] = index;
    return index;
  }

  /** The index of a raw key already met, else -1 (adds nothing). */
  find(raw: CellValue): number {
    if (typeof raw !== 'string' && typeof raw !== 'number') return -1;
    const known = this.byRaw[raw];
    if (known !== undefined) return known;
    const key = normalizeKey(raw);
    return key === null ? -1 : this.byKey.get(key) ?? -1;
  }

  private resolve(raw: string | number): number {
    const key = normalizeKey(raw);
    if (key === null) return -1;
    let index = this.byKey.get(key);
    if (index === undefined) {
      index = this.keys.length;
      this.keys.push(key);
      this.byKey.set(key, index);
    }
    return index;
  }
}
