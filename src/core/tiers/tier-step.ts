import type { CellWrite } from '../cells/cell';
import { serialToIso } from '../cells/normalize';
import type { CustomerSheetChoice } from '../columns/layout';
import type { Problem } from '../problems';
import type { RunSummary } from '../run-summary';
import { assignTiers, type TierResult } from './assign-tiers';
import type { NetSales } from './net-sales';
import { TIER_COLUMNS, type TierColumnId } from './tier-columns';
import { TIERS, type Tier, type TierOptions } from './tier-options';

export interface TierOutcome {
  byKey: Map<string, TierResult>;
  tiers: Record<Tier, number>;
  salesByTier: Record<Tier, number>;
}

function perTier(): Record<Tier, number> {
  return Object.fromEntries(TIERS.map((t) => [t, 0])) as Record<Tier, number>;
}

/** Tiers the given customers (distinct normalised keys) by their net sales; customers without sales are D. */
export function tierCustomers(keys: readonly string[], net: NetSales, options: TierOptions): TierOutcome {
  const sales = new Array<number>(keys.length);
  for (let i = 0; i < keys.length; i++) sales[i] = net.byKey.get(keys[i]!) ?? 0;
  const results = assignTiers(sales, options);
  const byKey = new Map<string, TierResult>();
  const tiers = perTier();
  const salesByTier = perTier();
  for (let i = 0; i < keys.length; i++) {
    const r = results[i]!;
    byKey.set(keys[i]!, r);
    tiers[r.tier]++;
    salesByTier[r.tier] += r.netSales;
  }
  for (const t of TIERS) salesByTier[t] = Math.round(salesByTier[t] * 100) / 100;
  return { byKey, tiers, salesByTier };
}

/** How each tier column's value follows from a customer's result. */
const TIER_VALUE: Record<TierColumnId, (r: TierResult) => CellWrite> = {
  netSales: (r) => r.netSales,
  share: (r) => r.share,
  cumShare: (r) => r.cumulativeShare,
  rank: (r) => r.rank,
  tier: (r) => r.tier,
};

/** The owned columns' values for each customer-sheet row, in TIER_COLUMNS order (blank for rows without a customer). */
export function tierColumnValues(rowKeys: readonly (string | null)[], byKey: ReadonlyMap<string, TierResult>): CellWrite[][] {
  const results = rowKeys.map((key) => (key === null ? undefined : byKey.get(key)));
  return TIER_COLUMNS.map((spec) => {
    const value = TIER_VALUE[spec.id];
    return results.map((r) => (r ? value(r) : null));
  });
}

export function tierSummary(parts: {
  customerSheet: string;
  salesSheet: string;
  derivedCustomerSheet: boolean;
  customerSheetChoice?: CustomerSheetChoice;
  outcome: TierOutcome;
  customers: number;
  net: NetSales;
  unknown: RunSummary['unknownCustomers'];
  duplicateKeys: string[];
  problems: Problem[];
}): RunSummary {
  return {
    customerSheet: parts.customerSheet,
    salesSheet: parts.salesSheet,
    derivedCustomerSheet: parts.derivedCustomerSheet,
    ...(parts.customerSheetChoice ? { customerSheetChoice: parts.customerSheetChoice } : {}),
    customers: parts.customers,
    tiers: parts.outcome.tiers,
    salesByTier: parts.outcome.salesByTier,
    salesPeriod: { from: isoOrNull(parts.net.firstDate), to: isoOrNull(parts.net.lastDate) },
    rowsRead: parts.net.rowsRead,
    rowsSkipped: parts.net.rowsSkipped + parts.unknown.rows,
    rowsOutsidePeriod: parts.net.rowsOutsidePeriod,
    unknownCustomers: { ...parts.unknown, amount: Math.round(parts.unknown.amount * 100) / 100 },
    duplicateKeys: parts.duplicateKeys,
    problems: parts.problems,
  };
}

function isoOrNull(serial: number | null): string | null {
  return serial === null ? null : serialToIso(serial);
}
