import { parseCellAddress } from '../../src/core/cells/address';
import type { UserContent, WorkbookPort } from '../../src/ports/workbook-port';

/**
 * The contract of WorkbookPort.findUserContent, for every port: each case is
 * a sheet described here, built by the port's own factory (its file format
 * or host), then asked for some columns.
 */

/** A formula as a case gives it: its cached result in a file (absent: none), and what Excel shows, as it always calculates. */
export interface ContractFormula {
  formula: string;
  cached?: string | number;
  calculated: string | number;
}

export type ContractCell = string | number | null | ContractFormula;

export interface ContractSheet {
  name: string;
  /** Row-major from A1. */
  rows: ContractCell[][];
  /** A1 ranges on the sheet and what the user put there, on top of the rows. */
  comments?: { cell: string; text: string }[];
  /** A list validation (the drop-down choices the user allows). */
  validations?: { range: string; list: string[] }[];
  fills?: { range: string; color: string }[];
  numberFormats?: { range: string; format: string }[];
  bold?: { range: string }[];
  /** Whole rows (1-based) made bold, as when the user formats a row by its row header. */
  boldRows?: number[];
}

/** Builds the sheet (the only one of its workbook) in the port's world and returns a port over it. */
export type MakePort = (sheet: ContractSheet) => Promise<WorkbookPort>;

const HEADERS = ['Customer ID', 'Customer name', 'Amount'];
const data = (rows: number): ContractCell[][] => [HEADERS, ...Array.from({ length: rows }, (_, i) => [`C${i + 1}`, `Name ${i + 1}`, (i + 1) * 10])];

/** Columns of the cases: D is the first right of the headers. */
const D = 3;
const E = 4;
const F = 5;

function at(address: string): { row: number; col: number } {
  return parseCellAddress(address);
}

/** "D4:D6" or "D4" as a 0-based rectangle, for the factories. */
export function rectOf(range: string): { row: number; col: number; rows: number; cols: number } {
  const [a, b = a] = range.split(':');
  const from = at(a!);
  const to = at(b!);
  return { row: from.row, col: from.col, rows: to.row - from.row + 1, cols: to.col - from.col + 1 };
}

/** The cells of a range, row by row (0-based). */
export function cellsIn(range: string): { row: number; col: number }[] {
  const r = rectOf(range);
  return Array.from({ length: r.rows * r.cols }, (_, i) => ({ row: r.row + Math.floor(i / r.cols), col: r.col + (i % r.cols) }));
}

/** A grid with one more cell set (A1 address), padding rows and columns as needed. */
function withCell(rows: ContractCell[][], address: string, cell: ContractCell): ContractCell[][] {
  const { row, col } = at(address);
  const out = rows.map((r) => [...r]);
  while (out.length <= row) out.push([]);
  const line = out[row]!;
  while (line.length <= col) line.push(null);
  line[col] = cell;
  return out;
}

export function describeUserContentContract(portName: string, makePort: MakePort): void {
  describe(`${portName}: findUserContent`, () => {
    const sheet = 'Customers';
    const ask = async (s: Omit<ContractSheet, 'name'>, cols: number[], firstRow = 0, rows = s.rows.length): Promise<(UserContent | null)[]> => {
      const port = await makePort({ name: sheet, ...s });
      return port.findUserContent({ sheet, firstRow, rows, cols });
    };
    const cell = (address: string, kind: UserContent['kind']): UserContent => ({ ...at(address), kind });

    it('finds a formula without a cached value, and does not read it as blank', async () => {
      const rows = withCell(data(4), 'D3', { formula: '=A3&"-x"', calculated: 'C2-x' });
      expect(await ask({ rows }, [D])).toEqual([cell('D3', 'formula')]);
    });

    it('finds a formula that returns "" as a formula', async () => {
      const rows = withCell(data(4), 'D4', { formula: '=IF(C4>0,"",1)', cached: '', calculated: '' });
      expect(await ask({ rows }, [D])).toEqual([cell('D4', 'formula')]);
    });

    it('finds a comment on a blank cell', async () => {
      expect(await ask({ rows: data(4), comments: [{ cell: 'D5', text: 'call back in May' }] }, [D])).toEqual([cell('D5', 'comment')]);
    });

    it('finds data validation on blank cells, at the first of them', async () => {
      expect(await ask({ rows: data(6), validations: [{ range: 'D4:D6', list: ['yes', 'no'] }] }, [D])).toEqual([cell('D4', 'validation')]);
    });

    it('finds a fill colour on a blank cell', async () => {
      expect(await ask({ rows: data(4), fills: [{ range: 'D3', color: '#FFFF00' }] }, [D])).toEqual([cell('D3', 'style')]);
    });

    it('finds a number format on a blank cell', async () => {
      expect(await ask({ rows: data(4), numberFormats: [{ range: 'D5', format: '0.00%' }] }, [D])).toEqual([cell('D5', 'style')]);
    });

    it('finds bold type on a blank cell', async () => {
      expect(await ask({ rows: data(4), bold: [{ range: 'D2' }] }, [D])).toEqual([cell('D2', 'style')]);
    });

    it('finds nothing in a truly empty column', async () => {
      expect(await ask({ rows: data(4) }, [D])).toEqual([null]);
    });

    it('finds a value far down the column', async () => {
      const rows = withCell(data(3), 'D5001', 'later note');
      expect(await ask({ rows }, [D])).toEqual([cell('D5001', 'value')]);
    });

    it('does not count formatting that whole rows have, such as a bold header row', async () => {
      expect(await ask({ rows: data(4), boldRows: [1, 3] }, [D])).toEqual([null]);
    });

    it('answers each requested column in the order asked, with the first cell of each', async () => {
      const rows = withCell(withCell(data(6), 'E6', 'x'), 'F2', { formula: '=A2', cached: 'C1', calculated: 'C1' });
      const result = await ask({ rows, fills: [{ range: 'E4', color: '#00B050' }] }, [F, D, E]);
      expect(result).toEqual([cell('F2', 'formula'), null, cell('E4', 'style')]);
    });

    it('looks only inside the span it is given', async () => {
      const rows = withCell(withCell(data(6), 'D2', 'above'), 'D7', 'below');
      // Rows 3 to 6 (0-based 2..5): the values in D2 and D7 are outside.
      expect(await ask({ rows, comments: [{ cell: 'D1', text: 'on the header' }] }, [D], 2, 4)).toEqual([null]);
      expect(await ask({ rows }, [D], 2, 5)).toEqual([cell('D7', 'value')]);
    });
  });
}
