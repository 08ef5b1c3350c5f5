import type { CellValue } from '../cells/cell';
import { allLabels } from '../i18n/labels';

/**
 * Each sheet the forms step makes is marked by a defined name on its A1, so
 * that later runs know it holds a form, not the user's customer list (a form
 * has customer headers such as "Customer ID" near its top).
 */
export const FORM_MARKER_PREFIX = 'CreditDesk_Form_';

export function isFormMarker(name: string): boolean {
  return name.toLowerCase().startsWith(FORM_MARKER_PREFIX.toLowerCase());
}

/** The number after the highest form marker among `names` (1 when there is none). */
export function nextFormMarkerNumber(names: readonly string[]): number {
  let highest = 0;
  for (const name of names) {
    if (!isFormMarker(name)) continue;
    const n = Number(name.slice(FORM_MARKER_PREFIX.length));
    if (Number.isInteger(n) && n > highest) highest = n;
  }
  return highest + 1;
}

const FORM_TITLES = new Set([...allLabels('form.survey'), ...allLabels('form.authorization')]);

/**
 * A sheet whose A1 is a form title in any language holds forms even without
 * its marker (a copied form sheet: Excel gives the copy a sheet-scoped copy
 * of the name, which the add-in does not read).
 */
export function isFormTitle(a1: CellValue | undefined): boolean {
  return typeof a1 === 'string' && FORM_TITLES.has(a1.trim());
}
