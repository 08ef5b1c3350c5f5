/** Normalised cell values of a workbook, for comparing a generated workbook with a saved file. */
import type ExcelJS from 'exceljs';

export type Plain = string | number | boolean | null;

export function normalise(value: ExcelJS.CellValue | undefined): Plain {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return `date:${value.toISOString()}`;
  if (typeof value !== 'object') return value;
  if ('error' in value) return `error:${value.error}`;
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return `formula:${JSON.stringify(value)}`;
  if ('hyperlink' in value) return String(value.text);
  return JSON.stringify(value);
}

/** Row-major values; trailing blank cells and rows dropped, so styled empty cells don't matter. */
export function sheetValues(ws: ExcelJS.Worksheet): Plain[][] {
  const rows: Plain[][] = [];
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const values: Plain[] = [];
    for (let c = 1; c <= row.cellCount; c++) values.push(normalise(row.getCell(c).value));
    while (values.length > 0 && values[values.length - 1] === null) values.pop();
    rows.push(values);
  }
  while (rows.length > 0 && rows[rows.length - 1]!.length === 0) rows.pop();
  return rows;
}

export function workbookValues(wb: ExcelJS.Workbook): Map<string, Plain[][]> {
  return new Map(wb.worksheets.map((ws) => [ws.name, sheetValues(ws)]));
}

/** First differing cell as "sheet!R<r>C<c>: a vs b", or null when equal. */
export function firstDifference(a: Map<string, Plain[][]>, b: Map<string, Plain[][]>): string | null {
  const names = [...a.keys()].join(',');
  if (names !== [...b.keys()].join(',')) return `sheets differ: ${names} vs ${[...b.keys()].join(',')}`;
  for (const [name, rowsA] of a) {
    const rowsB = b.get(name) ?? [];
    for (let r = 0; r < Math.max(rowsA.length, rowsB.length); r++) {
      const ra = rowsA[r] ?? [];
      const rb = rowsB[r] ?? [];
      for (let c = 0; c < Math.max(ra.length, rb.length); c++) {
        const va = ra[c] ?? null;
        const vb = rb[c] ?? null;
        if (va !== vb) return `${name}!R${r + 1}C${c + 1}: ${JSON.stringify(va)} vs ${JSON.stringify(vb)}`;
      }
    }
  }
  return null;
}
