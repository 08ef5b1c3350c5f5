import { columnLetter } from '../cells/address';
import { findHeaderRow } from '../columns/header-row';
import type { Recognition, SheetLayout } from '../columns/layout';
import { buildLayout, isReceivablesHeader, type Candidate, type RecognizeInput } from '../columns/recognize';
import type { Role } from '../columns/roles';
import { inputError } from '../i18n/input-error-text';

/** The receivables ledger of a run, and what else it is. */
export interface ReceivablesChoice {
  /** Its rows join the customers by the run's key role (Recognition.keyRole), which it is sure to have. */
  layout: SheetLayout;
  /** True when it is the sales sheet too (an invoice list with due dates): the summary says so. */
  alsoSales: boolean;
}

/** The receivables roles a run reads: two headers naming one of them is refused. */
const READ_ROLES: Role[] = ['customerId', 'customerName', 'documentNumber', 'date', 'dueDate', 'amount', 'openAmount', 'outstanding', 'paidDate', 'paidAmount'];

/**
 * Finds the receivables sheet: the sheet with a due-date column (or the one
 * the user named), as recognize() finds the sales sheet. Null when the
 * workbook has none (the control step then does not run). Throws
 * InputError when two sheets could be it, when the named sheet is not there
 * or has no header row, when a column it reads is named twice, when it has
 * neither an amount nor an open-amount column, and when it lacks the
 * customer column (ID or name) the run joins sales and customers by.
 */
export function recognizeReceivables(input: RecognizeInput, recognition: Recognition): ReceivablesChoice | null {
  const { sheets, probes, overrides = {} } = input;
  const all: Candidate[] = [];
  sheets.forEach((info, i) => {
    const header = findHeaderRow(probes[i] ?? [], input.ownedColumns.get(info.name) ?? new Set());
    if (header) all.push({ info, probe: probes[i] ?? [], header });
  });
  let chosen: Candidate | undefined;
  if (overrides.receivablesSheet !== undefined) {
    const name = overrides.receivablesSheet;
    chosen = all.find((c) => c.info.name === name);
    if (!chosen) {
      const list = sheets.map((s) => s.name).join(', ');
      if (!sheets.some((s) => s.name === name)) throw inputError('noSuchSheet', { sheet: name, sheets: list, kind: 'receivables' });
      throw inputError('notASourceSheet', { sheet: name, kind: 'receivables' });
    }
  } else {
    const candidates = all.filter((c) => isReceivablesHeader(c.header) && !input.ownSheets.has(c.info.name));
    if (candidates.length === 0) return null;
    if (candidates.length > 1) {
      const names = candidates.map((c) => c.info.name);
      throw inputError('ambiguousSheet', { kind: 'receivables', sheets: names.join(', ') }, { candidates: names });
    }
    chosen = candidates[0]!;
  }

  const layout = buildLayout(chosen, overrides.receivablesColumns);
  for (const role of READ_ROLES) {
    const cols = layout.ambiguous[role];
    if (!cols) continue;
    const list = cols.map((col) => `${columnLetter(col)} (${layout.headers[col]})`).join(', ');
    throw inputError('ambiguousColumn', { sheet: layout.sheet, count: String(cols.length), role, columns: list, kind: 'receivables' }, { candidates: cols.map((col) => columnLetter(col)) });
  }
  const c = layout.columns;
  if (c.amount === undefined && c.openAmount === undefined && c.outstanding === undefined) {
    throw inputError('noReceivablesAmount', { sheet: layout.sheet });
  }
  if (c[recognition.keyRole] === undefined) {
    throw inputError('noReceivablesKey', { sheet: layout.sheet, role: recognition.keyRole });
  }
  return { layout, alsoSales: layout.sheet === recognition.sales.sheet };
}
