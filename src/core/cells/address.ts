/** A1-style addresses from 0-based row and column indexes. */
export function columnLetter(col: number): string {
  let n = col + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function cellAddress(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

/** A sheet name Excel would read as a cell (`FY2024`, `A1`, `R1C1`): a reference must quote it. */
export function looksLikeCell(name: string): boolean {
  return /^[A-Za-z]{1,3}[0-9]+$/.test(name) || /^[Rr][0-9]*[Cc][0-9]*$/.test(name);
}

/**
 * The one rule for a sheet name in a reference (formulas, defined names, the
 * pane's links): bare when it is ASCII letters, digits, '_' and '.' that
 * cannot be read as a cell, quoted otherwise. Any other name, CJK included,
 * is quoted: Excel and LibreOffice both read that, whatever their locale.
 */
export function quoteSheet(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) && !looksLikeCell(sheet) ? sheet : quotedSheet(sheet);
}

/** A sheet name in quotes, an apostrophe in it doubled (`'Bob''s'`): how a reference may always write it. */
export function quotedSheet(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}

/** The sheet name a quoted one stands for (`'Bob''s'` → `Bob's`); a bare name as it is. */
export function unquoteSheet(text: string): string {
  return /^'.*'$/s.test(text) ? text.slice(1, -1).replace(/''/g, "'") : text;
}

export function absoluteRef(sheet: string, row: number, col: number): string {
  return `${quoteSheet(sheet)}!$${columnLetter(col)}$${row + 1}`;
}

/** 0-based index of a column letter ("A" -> 0, "AA" -> 26). */
export function columnIndex(letters: string): number {
  return letters.toUpperCase().split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
}

/** 0-based row and column of an A1 address; "$" signs are allowed. */
export function parseCellAddress(ref: string): { row: number; col: number } {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref);
  if (!m) throw new Error(`Not a cell address: ${ref}`);
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]!) };
}
