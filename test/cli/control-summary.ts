import type { ControlRunSummary } from '../../src/app/plan-control';

/** A control step's summary with every line the terminal prints (the English tests' workbook names). */
export const CONTROL_SUMMARY: ControlRunSummary = {
  asOf: '2026-06-30',
  exposureTotal: 38_272_060.7,
  overdueTotal: 1_200_000,
  aging: [37_072_060.7, 600_000, 300_000, 150_000, 100_000, 50_000],
  longOverdueTotal: 150_000,
  statuses: { ok: 156, nearLimit: 2, overLimit: 20, notRated: 3, overdueHold: 8, noCredit: 114 },
  overLimit: { customers: 48, amount: 2_500_000.5 },
  heldCustomers: [{ id: 'K1', name: 'Acme', cell: 'AB2', status: 'overdueHold' }],
  heldCount: 56,
  documents: 900,
  documentsAfterAsOf: 0,
  unknownCustomers: { documents: 0, open: 0, keys: [] },
  weightedBy: 'amount',
  receivablesSheet: 'Open items',
  alsoSales: false,
  statusColumn: 'Credit status',
  bucketDays: ['1–45', '46–60', '61–90', '91–120', '>120'],
};
