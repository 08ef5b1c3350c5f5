import type { SheetHeaders, SourcesView } from '../../src/app/describe-sources';
import { problemAt } from '../../src/core/i18n/problem-text';
import type { StepsSummary } from '../../src/app/run-steps';
import type { PaneChoices, PaneHost, PaneRunRequest } from '../../src/taskpane/host/pane-host';
import type { FormRemoval } from '../../src/taskpane/state/use-form-removal';

/** Workbook names in Chinese, so that any English in a rendering comes from the pane itself. */
export const SOURCES: SourcesView = {
  sheets: ['客戶', '銷售', '財報'],
  sales: {
    sheet: '銷售',
    headerRow: 1,
    table: '銷售表',
    columns: { date: { letter: 'A', header: '日期' }, customerId: { letter: 'B', header: '客戶編號' }, amount: { letter: 'C', header: '金額' } },
    headers: [
      { letter: 'A', header: '日期' },
      { letter: 'B', header: '客戶編號' },
      { letter: 'C', header: '金額' },
    ],
    language: 'zh-Hant',
  },
  customers: {
    sheet: '客戶',
    headerRow: 2,
    table: null,
    columns: { customerId: { letter: 'A', header: '客戶編號' }, 'rating:bankCredit': { letter: 'D', header: '銀行往來信用' }, totalAssets: { letter: 'C', header: '資產總額' } },
    headers: [
      { letter: 'A', header: '客戶編號' },
      { letter: 'B', header: '客戶名稱' },
      { letter: 'C', header: '資產總額' },
      { letter: 'D', header: '銀行往來信用' },
    ],
    language: 'zh-Hant',
  },
  financials: {
    sheet: '財報',
    headerRow: 1,
    table: null,
    columns: { customerId: { letter: 'A', header: '客戶編號' }, netProfit: { letter: 'B', header: '淨利潤' } },
    headers: [
      { letter: 'A', header: '客戶編號' },
      { letter: 'B', header: '淨利潤' },
    ],
    language: 'zh-Hant',
  },
};

/** What describeSheets gives for the same workbook: every sheet with its header row. */
export const SOURCES_SHEETS: SheetHeaders[] = [
  { sheet: '客戶', view: SOURCES.customers },
  { sheet: '銷售', view: SOURCES.sales },
  { sheet: '財報', view: SOURCES.financials },
];

export const SUMMARY: StepsSummary = {
  customerSheet: '客戶',
  salesSheet: '銷售',
  derivedCustomerSheet: false,
  customers: 10,
  tiers: { A: 2, B: 3, C: 4, D: 1 },
  salesByTier: { A: 800, B: 150, C: 50, D: 0 },
  salesPeriod: { from: '2025-01-02', to: '2025-12-30' },
  rowsRead: 120,
  rowsSkipped: 1,
  rowsOutsidePeriod: 0,
  unknownCustomers: { rows: 0, amount: 0, keys: [] },
  duplicateKeys: [],
  problems: [
    problemAt('銷售', 'C7', 'badNumber', { what: 'amount', value: '"一二三"' }),
    problemAt('財報', '', 'previousRunStopped'),
  ],
  credit: {
    scorecardSheet: '信用評分表',
    scorecardCreated: true,
    financialsSheet: '財報',
    severalPeriods: 2,
    gradeNames: ['AAA', 'AA', 'A', 'B', 'C'],
    grades: { AAA: 1, AA: 0, A: 4, B: 2, C: 3, notRated: 0 },
    limitWindow: { from: '2025-01', to: '2025-12' },
    zeroLimits: 3,
    missingInputs: { 'rating:bankCredit': 3, quickRatio: 1, openingTotalAssets: 2 },
    missingColumn: '缺漏資料',
    customersWithMissing: 205,
    missingCustomers: [
      { id: 'K1', name: '甲公司', cell: 'R2', inputs: ['rating:bankCredit', 'quickRatio'] },
      { id: null, name: '乙公司', cell: 'R3', inputs: ['openingTotalAssets'] },
    ],
    recommendedLimitTotal: 1_250_000,
    approvalLevels: { 客戶經理: 6, '不授信 (現金或擔保)': 4 },
  },
  forms: {
    sheets: [
      { name: '調查表 批次', form: 'survey', customers: ['K1', 'K2'] },
      { name: '授信申請 批次', form: 'authorization', customers: ['K1', 'K2'] },
    ],
  },
};

export const CHOICES: PaneChoices = {
  overrides: { salesSheet: '銷售', customerColumns: { customerName: 'B' } },
  tier: { mode: 'sales', thresholds: [80, 95], from: '2025-01-01', to: '2025-12-31' },
  forms: { kinds: ['survey', 'authorization'], lang: 'zh-Hant', batch: true },
};

/** A PaneHost whose run is given by the test; everything else answers plainly. */
export function fakeHost(run: (request: PaneRunRequest) => Promise<StepsSummary>, overrides: Partial<PaneHost> = {}): PaneHost {
  return {
    kind: 'excel',
    language: 'zh-Hant',
    dark: false,
    watchTheme: () => () => undefined,
    describe: async () => SOURCES,
    describeSheets: async () => SOURCES_SHEETS,
    run,
    addInputColumns: async () => ({ sheet: '財報', table: null, columns: [], scorecard: null }),
    selectedRows: async () => [],
    goTo: async () => undefined,
    findFormsToRemove: async () => ({ remove: [], keptEdited: [], unchecked: [] }),
    removeForms: async () => ({ remove: [], keptEdited: [], unchecked: [] }),
    loadChoices: async () => null,
    saveChoices: async () => undefined,
    ...overrides,
  };
}

/** "Remove the form sheets of the last run" before it is used: nothing found, nothing asked. */
export const IDLE_REMOVAL: FormRemoval = { state: { kind: 'idle' }, start: () => undefined, confirm: () => undefined, cancel: () => undefined, reset: () => undefined };
