import type { CellValue } from '../cells/cell';
import { MARKER_PREFIX } from '../plan/owned-columns';
import type { DeleteSheetOp } from '../plan/write-ops';
import { inputError } from '../i18n/input-error-text';
import type { NamedCell } from '../workbook-shape';
import { formMarkerNumber, parseSeal, readFingerprint } from './form-seal';

/**
 * "Remove the form sheets of the last run": the one deletion the add-in
 * makes. A sheet goes only when it carries a form marker and a seal of the
 * last run on its A1 (form-seal.ts) and its values still hash to the seal's
 * fingerprint; an edited one is kept and named. Formatting, comments and
 * other changes that leave every value as written do not count as edits.
 */

const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();
const onA1 = (n: NamedCell): boolean => n.row === 0 && n.col === 0;

/** A sheet of the last run that can be checked: its marker, its seal and the fingerprint the seal records. */
export interface SealedSheet {
  sheet: string;
  marker: string;
  seal: string;
  fingerprint: string;
}

export interface LastFormRun {
  /** The run's id (its first marker number); null when the latest form sheet belongs to no sealed run. */
  run: number | null;
  /** Its sheets that carry their seal, in marker order. */
  sealed: SealedSheet[];
  /**
   * Form sheets of the last run without a seal (the run stopped part-way, or
   * they were made before seals): nobody can tell whether they were edited,
   * so they are never removed.
   */
  unsealed: string[];
}

/**
 * The last forms run, from the add-in's names (the port's readNames of
 * MARKER_PREFIX): the run that made the form sheet with the highest marker
 * number. Each seal states the run's first marker and how many sheets it
 * made, so a later run that stopped before sealing any sheet is still
 * known to be the last one (and nothing of the run before it is offered).
 */
export function lastFormRun(names: readonly NamedCell[]): LastFormRun {
  const markers = new Map<number, NamedCell>();
  for (const n of names) {
    const number = formMarkerNumber(n.name);
    if (number !== null && onA1(n)) markers.set(number, n);
  }
  if (markers.size === 0) return { run: null, sealed: [], unsealed: [] };
  const seals = new Map<number, { name: string; run: number; sheets: number; fingerprint: string }>();
  for (const n of names) {
    const seal = parseSeal(n.name);
    const marker = seal && markers.get(seal.marker);
    if (seal && marker && onA1(n) && same(marker.sheet, n.sheet)) seals.set(seal.marker, { name: n.name, ...seal });
  }
  const latest = Math.max(...markers.keys());
  const runs = [...seals.values()];
  const last = runs.filter((s) => s.run <= latest && latest < s.run + s.sheets).sort((a, b) => b.run - a.run)[0];
  const sheetsOf = (numbers: number[]) => numbers.sort((a, b) => a - b).map((n) => markers.get(n)!.sheet);
  if (!last) {
    // The latest sheet's run sealed none of its sheets: those after the last sealed run are its own, all unchecked.
    const covered = Math.max(0, ...runs.map((s) => s.run + s.sheets - 1));
    return { run: null, sealed: [], unsealed: sheetsOf([...markers.keys()].filter((n) => n > covered)) };
  }
  const sealed: SealedSheet[] = [];
  const unsealed: number[] = [];
  for (const n of [...markers.keys()].sort((a, b) => a - b)) {
    if (n < last.run || n >= last.run + last.sheets) continue;
    const seal = seals.get(n);
    if (seal?.run === last.run) sealed.push({ sheet: markers.get(n)!.sheet, marker: markers.get(n)!.name, seal: seal.name, fingerprint: seal.fingerprint });
    else unsealed.push(n);
  }
  return { run: last.run, sealed, unsealed: sheetsOf(unsealed) };
}

export interface FormRemoval {
  /** Sheets to delete: of the last run, sealed, unedited (and confirmed, when a list was given). */
  remove: string[];
  /** Sheets of the last run whose values differ from what the run wrote: kept. */
  keptEdited: string[];
  /** Sheets of the last run without a seal: kept, since they cannot be checked. */
  unchecked: string[];
  ops: DeleteSheetOp[];
}

/**
 * Which sheets of the last run go and which stay, and the plan that deletes
 * them. `values` holds each sealed sheet's used range as the port read it
 * (one array per column from A, each from row 1), by sheet name. With
 * `confirmed` (the sheets the user agreed to), only those can go: a sheet
 * the user was not shown is never deleted, and one edited since the user
 * was asked is kept; every edited sheet is named, confirmed or not.
 */
export function planFormRemoval(names: readonly NamedCell[], values: ReadonlyMap<string, readonly (readonly CellValue[])[]>, confirmed?: readonly string[]): FormRemoval {
  const last = lastFormRun(names);
  const asked = (sheet: string) => confirmed === undefined || confirmed.some((c) => same(c, sheet));
  const out: FormRemoval = { remove: [], keptEdited: [], unchecked: last.unsealed, ops: [] };
  for (const s of last.sealed) {
    const read = values.get(s.sheet);
    if (!read) throw new Error(`planFormRemoval: the values of form sheet '${s.sheet}' were not read`);
    if (readFingerprint(read) !== s.fingerprint) {
      out.keptEdited.push(s.sheet);
      continue;
    }
    if (!asked(s.sheet)) continue;
    out.remove.push(s.sheet);
    out.ops.push({ op: 'deleteSheet', sheet: s.sheet, marker: s.marker, names: [s.seal] });
  }
  return out;
}

/**
 * The ports' last check before deleting a sheet, against the names as they
 * are now (workbook scope, with their cells): the op's marker must be a form
 * marker on A1 of that sheet, and every other name it removes one of the
 * add-in's on that sheet. Anything else is refused, so no port ever deletes a
 * sheet the add-in did not make and mark.
 */
export function checkDeleteSheet(op: DeleteSheetOp, names: readonly NamedCell[]): void {
  const on = (name: string) => names.find((n) => same(n.name, name) && same(n.sheet, op.sheet));
  const marker = on(op.marker);
  const valid = formMarkerNumber(op.marker) !== null && marker !== undefined && onA1(marker)
    && op.names.every((name) => name.toLowerCase().startsWith(MARKER_PREFIX.toLowerCase()) && on(name) !== undefined);
  if (valid) return;
  throw inputError('notFormSheet', { sheet: op.sheet, marker: op.marker });
}
