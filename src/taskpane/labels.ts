import type { Language } from '../core/columns/layout';

/**
 * The language of the pane and the ribbon command's messages. English until
 * the pane is localised; names the add-in also writes into the workbook
 * (ratios, rating factors) come from core/i18n/labels in this language.
 */
export const PANE_LANGUAGE: Language = 'en';

/** A noun in the singular and the plural, for `countOf`. */
type Noun = readonly [singular: string, plural: string];

/** Every text the pane and the ribbon command show, in one place for the later localisation. */
export const LABELS = {
  appName: 'Credit Desk',
  intro: 'Ranks the customers into tiers A to D by their share of sales and writes each tier next to the customer.',
  creditIntro:
    'Score credit also grades each customer from the statement figures and ratings on the scorecard, and writes the recommended limit and who approves it.',
  outsideExcel:
    "Credit Desk runs inside Excel. Open it from Excel's Home tab: select Credit Desk in the Credit Desk group.",
  couldNotStart: (reason: string) => `Credit Desk could not start: ${reason}`,
  crashedTitle: 'Credit Desk stopped working',
  crashedHint: 'Close and reopen the pane to start again.',
  unexpectedFailure: (what: string) => `Unexpected failure: ${what}`,
  candidates: (names: string) => `Candidates: ${names}`,

  actions: {
    tier: 'Tier customers',
    credit: 'Score credit',
  },
  starting: 'Starting…',
  stoppedTitle: {
    tier: 'Tiering stopped',
    credit: 'Credit scoring stopped',
  },

  tiers: {
    sectionName: 'Tier summary',
    heading: (customers: string) => `${customers} tiered`,
    tableName: 'Customers and sales share per tier',
    tier: 'Tier',
    customers: 'Customers',
    salesShare: 'Sales share',
    rows: (read: string, skipped: string) => `Sales rows read: ${read} · skipped: ${skipped}`,
    sources: (customerSheet: string, derived: boolean, salesSheet: string) =>
      `Customers from “${customerSheet}”${derived ? ' (made from the sales rows)' : ''}, sales from “${salesSheet}”.`,
  },

  credit: {
    sectionName: 'Credit summary',
    heading: (customers: string) => `${customers} graded`,
    scorecard: (sheet: string, created: boolean) =>
      `Scorecard: “${sheet}”${created ? ' (created with the default rules)' : ''}.`,
    figuresFrom: (sheet: string) => `Statement figures and ratings read from “${sheet}”.`,
    noFigures: 'No statement figures found: the ratios and ratings are missing for every customer.',
    severalPeriods: (customers: string) => `${customers} several statements: the latest period was used.`,
    gradesTable: 'Customers per credit grade',
    grade: 'Grade',
    customers: 'Customers',
    limitTotal: (total: string) => `Recommended limits, total: ${total}`,
    levelsTable: 'Customers per approval level',
    level: 'Approval level',
    missingHeading: 'Missing inputs',
    missingTable: 'Customers with missing inputs per input',
    input: 'Input',
    noMissing: 'No inputs missing.',
  },

  /** Inputs the credit step can lack, by code; ratio and factor names come from core/i18n/labels. */
  missingInput: {
    rating: (factor: string) => `Rating: ${factor}`,
    openingTotalAssets: 'Opening total assets (turnover used the closing figure)',
    salesHistory: 'Sales dates (no 12-month average)',
  },

  problems: {
    sectionName: 'Problems',
    heading: (count: string) => `Problems (${count})`,
    none: 'No problems found.',
    more: (count: string) => `… and ${count} more.`,
  },

  /** The ribbon's "Run all". */
  runAll: {
    tiered: (customers: string, rows: string) => `Tiered ${customers} from ${rows}.`,
    graded: (customers: string) => `Graded ${customers}.`,
    found: (skipped: string, problems: string) => `Skipped: ${skipped}. Found: ${problems}.`,
    whereToLook: (action: string) => `Open Credit Desk from the Home tab and select "${action}" to see where they are.`,
    failed: (reason: string) => `Credit Desk could not tier the customers and score their credit.\n${reason}`,
  },

  nouns: {
    customer: ['customer', 'customers'],
    customerHas: ['customer has', 'customers have'],
    salesRow: ['sales row', 'sales rows'],
    row: ['row', 'rows'],
    problem: ['problem', 'problems'],
  } satisfies Record<string, Noun>,
} as const;
