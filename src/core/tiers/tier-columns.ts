import type { OwnedColumnSpec } from '../plan/owned-columns';
import type { WriteOp } from '../plan/write-ops';
import type { Tier } from './tier-options';

/** The owned columns of the tiering step, in the order they are appended. */
export const TIER_COLUMNS = [
  { id: 'netSales', group: 'tiers', marker: 'CreditDesk_NetSales', label: 'col.netSales', format: '#,##0.00', width: 14 },
  { id: 'share', group: 'tiers', marker: 'CreditDesk_Share', label: 'col.share', format: '0.00%', width: 10 },
  { id: 'cumShare', group: 'tiers', marker: 'CreditDesk_CumShare', label: 'col.cumShare', format: '0.00%', width: 12 },
  { id: 'rank', group: 'tiers', marker: 'CreditDesk_Rank', label: 'col.rank', format: '0', width: 8 },
  { id: 'tier', group: 'tiers', marker: 'CreditDesk_Tier', label: 'col.tier', format: 'General', width: 10 },
] as const satisfies readonly OwnedColumnSpec[];

/** A tier column's id. */
export type TierColumnId = (typeof TIER_COLUMNS)[number]['id'];

/** Excel's good / neutral / bad cell styles, and grey for dormant customers. */
const TIER_COLOURS: Record<Tier, { fill: string; font: string }> = {
  A: { fill: '#C6EFCE', font: '#006100' },
  B: { fill: '#FFEB9C', font: '#9C5700' },
  C: { fill: '#FFC7CE', font: '#9C0006' },
  D: { fill: '#D9D9D9', font: '#404040' },
};

/** Conditional fills on the tier column, so a tier edited by hand is recoloured too. */
export function tierFillRules(sheet: string, row: number, col: number, rows: number): WriteOp {
  const rules = (Object.keys(TIER_COLOURS) as Tier[]).map((tier) => ({ equals: tier, ...TIER_COLOURS[tier] }));
  return { op: 'fillRules', sheet, row, col, rows, cols: 1, rules };
}
