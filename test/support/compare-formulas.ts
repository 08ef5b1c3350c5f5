import type { FormulaValues } from './libreoffice/recalculate';

/**
 * Cells where the recalculated value differs from the cached one (the core's):
 * numbers within a relative 1e-9 (LibreOffice writes 15 significant digits),
 * text equal. Also returns how many formula cells were compared.
 */
export function formulaMismatches(cached: FormulaValues, recalculated: FormulaValues): { compared: number; mismatches: string[] } {
  const mismatches: string[] = [];
  let compared = 0;
  for (const [sheet, cells] of cached) {
    for (const [address, expected] of cells) {
      compared++;
      const got = recalculated.get(sheet)?.get(address);
      const same = typeof expected === 'number' && typeof got === 'number'
        ? Math.abs(expected - got) <= 1e-9 * Math.max(1, Math.abs(expected))
        : expected === got;
      if (!same) mismatches.push(`${sheet}!${address}: core ${JSON.stringify(expected)}, LibreOffice ${JSON.stringify(got)}`);
    }
  }
  return { compared, mismatches };
}
