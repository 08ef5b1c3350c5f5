import type { CellValue } from '../cells/cell';
import { columnIndex, columnLetter } from '../cells/address';
import { normalizeHeader } from '../cells/normalize';
import { inputError } from '../i18n/input-error-text';
import type { SheetInfo } from '../workbook-shape';
import { cellText, findHeaderRow, type HeaderCandidate } from './header-row';
import { detectLanguage } from './language';
import type { CustomerSheetChoice, Recognition, SheetLayout } from './layout';
import { STATEMENT_ROLES, type Role, type SourceOverrides } from './roles';

export interface RecognizeInput {
  sheets: SheetInfo[];
  /** The first rows of each sheet (same order as sheets), as read for header detection. */
  probes: CellValue[][][];
  /** Columns per sheet that the add-in owns: never read as user headers. */
  ownedColumns: ReadonlyMap<string, ReadonlySet<number>>;
  /** Sheets the add-in made itself (a derived customer list): never taken as the user's customer sheet. */
  ownSheets: ReadonlySet<string>;
  overrides?: SourceOverrides;
}

export interface Candidate {
  info: SheetInfo;
  probe: CellValue[][];
  header: HeaderCandidate;
}

function isSalesHeader(h: HeaderCandidate): boolean {
  return h.matches.has('amount') || (h.matches.has('quantity') && h.matches.has('unitPrice'));
}

/**
 * A sheet with a due-date column is a receivables ledger (credit control): it
 * is never a customer sheet, and it is the sales sheet only when no other
 * sheet can be (an invoice list with due dates can be both).
 */
export function isReceivablesHeader(h: HeaderCandidate): boolean {
  return h.matches.has('dueDate');
}

/** A column given by letter ("C") or by its header text. */
function resolveColumn(spec: string, headers: string[], sheet: string): number {
  if (/^[A-Za-z]{1,3}$/.test(spec)) {
    const col = columnIndex(spec);
    if (col < headers.length || headers.length === 0) return col;
  }
  const wanted = normalizeHeader(spec);
  const found = headers.findIndex((h) => normalizeHeader(h) === wanted);
  if (found < 0) {
    const list = headers.filter(Boolean).join(', ');
    throw inputError('noSuchColumn', { sheet, column: spec, headers: list });
  }
  return found;
}

/** The layout of a sheet whose header row was found (the receivables sheet is chosen in src/core/control). */
export function buildLayout(c: Candidate, overrides: Partial<Record<Role, string>> | undefined): SheetLayout {
  const headerRow = c.header.row;
  const headers = (c.probe[headerRow] ?? []).map(cellText);
  const table = c.info.tables.find((t) => t.headerRow === headerRow);
  const columns: Partial<Record<Role, number>> = {};
  const ambiguous: Partial<Record<Role, number[]>> = {};
  for (const [role, cols] of c.header.matches) {
    if (overrides?.[role] !== undefined) continue;
    if (cols.length > 1) ambiguous[role] = cols;
    else columns[role] = cols[0];
  }
  for (const [role, spec] of Object.entries(overrides ?? {}) as [Role, string][]) {
    columns[role] = resolveColumn(spec, headers, c.info.name);
  }
  const lastRow = table ? table.lastRow : Math.max(headerRow, c.info.rowCount - 1);
  return {
    sheet: c.info.name,
    headerRow,
    firstDataRow: headerRow + 1,
    lastRow,
    headers,
    columns,
    ambiguous,
    ...(table ? { table: { name: table.name, firstCol: table.firstCol, lastCol: table.lastCol } } : {}),
    language: detectLanguage(headers),
  };
}

/**
 * Refuses when a role the step needs is named by several columns, listing
 * them and the sheet's kind (the command line names its flag by it); a
 * financials sheet's columns have no flag (nor a choice in the pane), so
 * there the user renames a header.
 */
export function requireUnambiguous(layout: SheetLayout, roles: Role[], which: 'customer' | 'sales' | 'financials'): void {
  for (const role of roles) {
    const cols = layout.ambiguous[role];
    if (!cols) continue;
    const list = cols.map((col) => `${columnLetter(col)} (${layout.headers[col]})`).join(', ');
    throw inputError(which === 'financials' ? 'ambiguousFinancialsColumn' : 'ambiguousColumn', { sheet: layout.sheet, count: String(cols.length), role, columns: list, kind: which }, { candidates: cols.map((col) => columnLetter(col)) });
  }
}

// The roles of statement figures and ratings: the period only dates a row, and is no statement figure.
const STATEMENT_PREFIXES = [...STATEMENT_ROLES.filter((role) => role !== 'period'), 'rating:'];

function hasStatementRoles(h: HeaderCandidate): boolean {
  return [...h.matches.keys()].some((role) => STATEMENT_PREFIXES.some((p) => role.startsWith(p)));
}

/** True when every role `a` recognises is recognised by `b` too, and `b` recognises more. */
function coveredBy(a: HeaderCandidate, b: HeaderCandidate): boolean {
  return b.matches.size > a.matches.size && [...a.matches.keys()].every((role) => b.matches.has(role));
}

/**
 * Passes over a would-be customer sheet whose recognised columns are all on
 * another one with more of them (a partial copy, "Customers copy" beside
 * "Customers"). A sheet with a period column holds statements by customer
 * and period, so it passes over nothing. Equal sheets stay: the user chooses.
 */
function passOverCopies(candidates: Candidate[]): { kept: Candidate[]; passedOver: Map<Candidate, Candidate[]> } {
  const passedOver = new Map<Candidate, Candidate[]>();
  const kept = candidates.filter((c) => {
    const by = candidates.filter((d) => d !== c && !d.header.matches.has('period') && coveredBy(c.header, d.header));
    for (const d of by) passedOver.set(d, [...(passedOver.get(d) ?? []), c]);
    return by.length === 0;
  });
  return { kept, passedOver };
}

function choiceOf(chosen: Candidate | null, passedOver: Map<Candidate, Candidate[]>): CustomerSheetChoice | undefined {
  const over = chosen ? passedOver.get(chosen) : undefined;
  if (!chosen || !over) return undefined;
  return {
    chosen: chosen.info.name,
    over: over.map((c) => c.info.name),
    code: 'moreColumns',
    args: { columns: chosen.header.matches.size, overColumns: over.map((c) => c.header.matches.size) },
  };
}

/** Which sheet the user is choosing (an error.kind.* label). */
type SheetKind = 'sales' | 'customer' | 'financials';

function pickOne(candidates: Candidate[], kind: SheetKind): Candidate | null {
  if (candidates.length <= 1) return candidates[0] ?? null;
  const names = candidates.map((c) => c.info.name);
  throw inputError('ambiguousSheet', { kind, sheets: names.join(', ') }, { candidates: names });
}

function byName(all: Candidate[], name: string, sheets: SheetInfo[], kind: SheetKind): Candidate {
  const found = all.find((c) => c.info.name === name);
  if (found) return found;
  if (!sheets.some((s) => s.name === name)) {
    const names = sheets.map((s) => s.name).join(', ');
    throw inputError('noSuchSheet', { sheet: name, sheets: names, kind });
  }
  throw inputError('notASourceSheet', { sheet: name, kind });
}

/**
 * Finds the sales sheet and the customer sheet by their headers (or as the
 * user chose), and the columns the tiering needs. Throws InputError, with
 * the candidates, when the workbook is unusable or ambiguous.
 */
export function recognize(input: RecognizeInput): Recognition {
  const { sheets, probes, overrides = {} } = input;
  const all: Candidate[] = [];
  sheets.forEach((info, i) => {
    const header = findHeaderRow(probes[i] ?? [], input.ownedColumns.get(info.name) ?? new Set());
    if (header) all.push({ info, probe: probes[i] ?? [], header });
  });

  const salesChoice = overrides.salesSheet
    ? byName(all, overrides.salesSheet, sheets, 'sales')
    : (() => {
        const anySales = all.filter((c) => isSalesHeader(c.header));
        const ledgers = anySales.filter((c) => !isReceivablesHeader(c.header));
        const sales = ledgers.length > 0 ? ledgers : anySales;
        const dated = sales.filter((c) => c.header.matches.has('date'));
        return pickOne(dated.length > 0 ? dated : sales, 'sales');
      })();
  if (!salesChoice) {
    throw inputError('noSalesSheet');
  }
  const financialsChoice = overrides.financialsSheet ? byName(all, overrides.financialsSheet, sheets, 'financials') : null;
  const possible = all.filter((c) => c !== salesChoice && c !== financialsChoice && !isSalesHeader(c.header) && !isReceivablesHeader(c.header) && !input.ownSheets.has(c.info.name));
  const { kept: others, passedOver } = overrides.customerSheet ? { kept: possible, passedOver: new Map<Candidate, Candidate[]>() } : passOverCopies(possible);
  // A customer list plus a sheet of statements keyed by customer: the one without statement columns is the list.
  const plain = others.filter((c) => !hasStatementRoles(c.header));
  const split = !overrides.customerSheet && !financialsChoice && others.length === 2 && plain.length === 1;
  const customerChoice = overrides.customerSheet
    ? byName(all, overrides.customerSheet, sheets, 'customer')
    : split ? plain[0]! : pickOne(others, 'customer');
  const financialsSheet = financialsChoice ?? (split ? others.find((c) => c !== plain[0])! : null);
  if (customerChoice === salesChoice) {
    const sheet = salesChoice.info.name;
    throw inputError('sameSheet', { sheet });
  }

  const sales = buildLayout(salesChoice, overrides.salesColumns);
  requireUnambiguous(sales, ['customerId', 'customerName', 'date', 'amount', 'quantity', 'unitPrice'], 'sales');
  if (sales.columns.amount === undefined && (sales.columns.quantity === undefined || sales.columns.unitPrice === undefined)) {
    throw inputError('noAmountColumn', { sheet: sales.sheet });
  }
  const customers = customerChoice ? buildLayout(customerChoice, overrides.customerColumns) : null;
  if (customers) requireUnambiguous(customers, ['customerId', 'customerName'], 'customer');
  const financials = financialsSheet ? buildLayout(financialsSheet, undefined) : null;
  if (financials) requireUnambiguous(financials, ['customerId', 'customerName'], 'financials');
  const choice = choiceOf(customerChoice ?? null, passedOver);
  return { sales, customers, financials, keyRole: chooseKey(sales, customers), ...(choice ? { customerChoice: choice } : {}) };
}

function chooseKey(sales: SheetLayout, customers: SheetLayout | null): 'customerId' | 'customerName' {
  const salesHas = (role: Role) => sales.columns[role] !== undefined;
  const customersHave = (role: Role) => customers === null || customers.columns[role] !== undefined;
  if (salesHas('customerId') && customersHave('customerId')) return 'customerId';
  if (salesHas('customerName') && customersHave('customerName')) return 'customerName';
  throw inputError('noSharedKey', { sales: sales.sheet, customers: customers?.sheet ?? '' });
}
