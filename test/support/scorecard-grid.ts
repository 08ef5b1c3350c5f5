import type { CellValue } from '../../src/core/cells/cell';
import type { Language } from '../../src/core/columns/layout';
import type { ScorecardConfig } from '../../src/core/credit/scorecard-config';
import { scorecardNameOps, scorecardSheetOps } from '../../src/core/credit/scorecard-sheet';
import type { ValuesOp } from '../../src/core/plan/write-ops';

/** The cells a new scorecard sheet gets (its one values op), as the reader sees them. */
export function scorecardGrid(config: ScorecardConfig, lang: Language = 'en'): CellValue[][] {
  const values = (scorecardSheetOps('SC', config, lang).find((o) => o.op === 'values') as ValuesOp).values;
  return values.map((row) => row.map((v) => (typeof v === 'object' && v !== null ? v.value : v))) as CellValue[][];
}

/** The block with cells set by A1 address (columns A–Z), as a user types them. */
export function withCells(block: CellValue[][], cells: Record<string, CellValue>): CellValue[][] {
  const copy = block.map((row) => [...row]);
  for (const [address, v] of Object.entries(cells)) {
    const [, letter, digits] = /^([A-Z])(\d+)$/.exec(address)!;
    const row = Number(digits) - 1;
    while (copy.length <= row) copy.push([]);
    copy[row]![letter!.charCodeAt(0) - 65] = v;
  }
  return copy;
}

/** The cells each of the scorecard's defined names covers in a block (one column each), by name. */
export function namedCells(config: ScorecardConfig, block: CellValue[][]): Map<string, CellValue[]> {
  return new Map(scorecardNameOps('SC', config).map((op) => [
    op.name,
    Array.from({ length: op.rows ?? 1 }, (_, i) => block[op.row + i]?.[op.col] ?? null),
  ]));
}
