import type { CellValue } from '../core/cells/cell';
import type { Language } from '../core/columns/layout';
import { PROFILE_ROLES, type ProfileRole } from '../core/columns/roles';
import { CREDIT_COL } from '../core/credit/credit-columns';
import { RATIOS, type Ratio } from '../core/credit/scorecard-config';
import type { CreditRequest, FormControl, FormCustomer } from '../core/forms/form-data';
import { formDate } from '../core/forms/form-blocks';
import { levelName } from '../core/forms/form-language';
import { explanationWords } from '../core/credit/reason-text';
import { nextFormMarkerNumber } from '../core/forms/form-marker';
import { cellAddress, quoteSheet } from '../core/cells/address';
import { planFormSheets, type FormKind, type FormSheet } from '../core/forms/form-sheets';
import { customerNamed, resolveGrade, select, type Selection } from '../core/forms/selection';
import type { WriteOp } from '../core/plan/write-ops';
import { inputError } from '../core/i18n/input-error-text';
import type { WorkbookPort } from '../ports/workbook-port';
import type { CreditPlan } from './plan-credit';
import type { TierPlan } from './plan-tiers';

export interface FormsRequest {
  selection: Selection;
  batch: boolean;
  /** Which forms to make (default: both). */
  kinds?: readonly FormKind[];
  /** Default: the language of the customer sheet's headers. */
  lang?: Language;
  /** Requested limit per customer key or name (default: the recommended limit; none, to fill in, when that is 0 or there is none). */
  requestedLimits?: Record<string, number>;
  /** Generation time, printed on the forms as "as of". */
  now: Date;
}

export interface FormsPlan {
  ops: WriteOp[];
  sheets: FormSheet[];
}

/** What the control step of the same run gives the forms: each customer row's figures and decision, and the day they are measured on. */
export interface FormsControl {
  figuresAt: (row: number) => FormControl | null;
  /** yyyy-mm-dd */
  asOf: string;
}


/** Profile columns of the customer sheet for every data row (the derived customer sheet has none). */
async function readProfiles(port: WorkbookPort, tier: TierPlan): Promise<Partial<Record<ProfileRole, CellValue>>[]> {
  const rows = tier.rowKeys.length;
  const layout = tier.recognition.customers;
  const present = layout ? PROFILE_ROLES.filter((r) => layout.columns[r] !== undefined) : [];
  if (!layout || present.length === 0 || rows === 0) return Array.from({ length: rows }, () => ({}));
  const values = await port.readColumns({ sheet: layout.sheet, firstRow: layout.firstDataRow, rows, cols: present.map((r) => layout.columns[r]!) });
  return Array.from({ length: rows }, (_, i) => Object.fromEntries(present.map((role, k) => [role, values[k]![i] ?? null])));
}

/** Plans the two forms for the chosen customers as new sheets; reads the profile columns; writes nothing. */
export async function planForms(port: WorkbookPort, tier: TierPlan, credit: CreditPlan, request: FormsRequest, taken: Set<string>, control: FormsControl | null = null): Promise<FormsPlan> {
  // The pane and the command line refuse an empty choice; an empty list here is a bug, not a choice.
  if (request.kinds?.length === 0) throw new Error('planForms: kinds must name at least one form.');
  const lang = request.lang ?? tier.target.language;
  const profiles = await readProfiles(port, tier);
  const userFactors = credit.config.userFactors;
  const all: (FormCustomer & { row: number })[] = [];
  // The source is the customer's ID cell (column A when the sheet has no ID column).
  const idCol = tier.target.columns.customerId ?? 0;
  tier.rowKeys.forEach((key, i) => {
    const result = credit.results[i];
    if (key === null || !result) return;
    const t = tier.outcome.byKey.get(key);
    const row = tier.target.firstDataRow + i;
    const figures = control?.figuresAt(i) ?? null;
    all.push({
      key, row,
      id: tier.identity[i]!.id, name: tier.identity[i]!.name,
      source: `${quoteSheet(tier.target.sheet)}!${cellAddress(row, idCol)}`,
      profile: profiles[i]!,
      netSales: t?.netSales ?? null, tier: t?.tier ?? null,
      avgMonthlySales: (result.cells[CREDIT_COL.avgMonthlySales] as number | null) ?? null,
      ratios: result.ratios, ratioPoints: result.ratioPoints, ratings: result.ratings, userFactors: userFactors.map((u, k) => ({ ...u, rating: result.userRatings[k] ?? null })),
      score: result.score, grade: result.grade, reasons: explanationWords(result.explanation, lang, credit.summary.limitWindow?.to ?? ''),
      recommendedLimit: result.limit, missing: result.missing, unreadRatings: result.unreadRatings,
      ...(figures ? { control: figures } : {}),
    });
  });
  const chosen = select(all, resolveGrade(request.selection, credit.config.grades.map((g) => g.grade)));
  if (chosen.length === 0) throw inputError('noCustomerChosen');
  const termsDays = Math.round(credit.config.creditMonths * 30);
  // Without a recommendation above 0 (not rated, or a limit of 0) nothing is asked for on the applicant's behalf:
  // the amount is left blank to fill in by hand, and the form never reads as a request of nothing.
  const requests = new Map<string, CreditRequest>(chosen.map((c) => [c.key, { amount: c.recommendedLimit ? c.recommendedLimit : null, termsDays }]));
  for (const [raw, amount] of Object.entries(request.requestedLimits ?? {})) {
    // Named as the choice names customers: by ID, or failing that by name.
    const hit = customerNamed(chosen, raw);
    if (!hit) {
      throw inputError('requestedLimitUnknown', { key: raw });
    }
    requests.set(hit.key, { amount, termsDays });
  }
  const ratioMaxPoints = Object.fromEntries(RATIOS.map((r) => [r, credit.config.ratios[r].bands[0]!.points])) as Record<Ratio, number>;
  const { ops, sheets } = planFormSheets({
    customers: chosen, requests, company: credit.config.company, batch: request.batch, ...(request.kinds ? { kinds: request.kinds } : {}), taken,
    firstMarker: nextFormMarkerNumber(tier.markers.map((m) => m.name)),
    ctx: {
      lang, asOf: formDate(request.now, lang), ratioMaxPoints, creditMonths: credit.config.creditMonths,
      noCreditGrades: credit.config.grades.filter((g) => g.factor === 0).map((g) => g.grade),
      periods: { sales: tier.summary.salesPeriod, limitWindow: credit.summary.limitWindow },
      levels: credit.config.levels.map((l) => ({ ...l, name: levelName(l.name, lang) })),
      ...(control ? { controlAsOf: control.asOf } : {}),
    },
  });
  return { ops, sheets };
}
