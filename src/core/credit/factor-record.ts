import type { Factor } from '../columns/roles';

/**
 * Values in FACTORS order as a record by factor. Spelled out rather than
 * built in a loop: storing properties under a varying name is several times
 * slower, and this runs for every customer.
 */
export function factorRecord<T>(v: readonly T[]): Record<Factor, T> {
  return {
    principal: v[0], scale: v[1], salesAbility: v[2], knowHow: v[3], capitalGrowth: v[4], profitTrend: v[5],
    employeeComplaints: v[6], supplierEvaluation: v[7], bankCredit: v[8], peerStanding: v[9], industryOutlook: v[10],
  };
}
