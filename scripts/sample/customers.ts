/** Builds the ~300 customer records (identity, size, statements, ratings, payment record). */
import { Rng, clamp } from './prng';
import { makeIdentity } from './identity';
import { makeFinancials, type FinancialCase } from './financials';
import { makeRatings } from './ratings';
import {
  INVALID_RATINGS, NEGATIVE_EQUITY_ID, RESERVED_NORMAL_IDS, SINGLE_BLANK_FINANCIALS,
  ZERO_CURRENT_LIABILITIES_ID,
} from './special-cases';
import type { Customer, SalesProfile } from './types';

/** Rough total net sales of the ledger over 24 months, used to size the customers. */
export const TARGET_LEDGER_SALES = 900_000_000;

const roundTo = (x: number, unit: number): number => Math.round(x / unit) * unit;

function paymentRecord(rng: Rng, quality: number, profile: SalesProfile): string | null {
  if (profile.kind === 'prospect') return null;
  const x = quality + 0.25 * rng.normal();
  if (rng.chance(0.02)) return null;
  if (x > 0.35) return '正常';
  if (x > 0.12) return '偶有延遲';
  return '經常延遲';
}

function yearlyRevenue(rng: Rng, profile: SalesProfile, totalWeight: number): number {
  const independent = Math.exp(rng.range(Math.log(8e6), Math.log(1.5e8)));
  if (profile.weight === 0) return 2 * independent;
  // Our yearly sales to the customer are a fraction (5–20%) of its revenue.
  const ourYearlySales = (profile.weight / totalWeight) * (TARGET_LEDGER_SALES / 2);
  return ourYearlySales * rng.range(5, 20) + independent;
}

export function makeCustomers(rng: Rng, profiles: readonly SalesProfile[]): Customer[] {
  const names = new Set<string>();
  const idRng = rng.fork(1);
  const sizeRng = rng.fork(2);
  const finRng = rng.fork(3);
  const ratingRng = rng.fork(4);
  const totalWeight = profiles.reduce((s, p) => s + p.weight, 0);
  const reserved = new Set(RESERVED_NORMAL_IDS);

  return profiles.map((profile): Customer => {
    const id = profile.customerId;
    const identity = makeIdentity(idRng, names);
    const quality = clamp(0.3 + 0.65 * sizeRng.next() + 0.1 * sizeRng.normal(), 0, 1);
    const revenue = yearlyRevenue(sizeRng, profile, totalWeight);
    const smallForm = identity.name.endsWith('企業社');
    const capital = Math.max(smallForm ? 500_000 : 1_000_000, roundTo(revenue * sizeRng.range(0.05, 0.3), smallForm ? 100_000 : 1_000_000));
    const employees = Math.max(3, Math.round(revenue / sizeRng.range(1.5e6, 4e6)));

    const kind: FinancialCase =
      id === ZERO_CURRENT_LIABILITIES_ID ? 'zero-current-liabilities' : id === NEGATIVE_EQUITY_ID ? 'negative-equity' : 'normal';
    const hasStatements = reserved.has(id) || !finRng.chance(0.15);
    const financials = hasStatements ? makeFinancials(finRng, revenue * finRng.range(0.95, 1.05), quality, kind) : null;
    const blank = SINGLE_BLANK_FINANCIALS.find((b) => b.id === id);
    if (financials && blank) {
      financials[blank.field] = null;
      if (blank.field === 'inventories') financials.quickAssets = null;
    }

    const ratings = makeRatings(ratingRng, quality);
    for (const bad of INVALID_RATINGS) if (bad.id === id) ratings[bad.factor] = bad.value;

    return {
      id,
      ...identity,
      capital,
      employees,
      annualRevenue: roundTo(revenue, 100_000),
      payment: paymentRecord(sizeRng, quality, profile),
      financials,
      ratings,
    };
  });
}

