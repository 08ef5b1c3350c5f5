import { parseArgs } from 'node:util';
import { isRole, type SourceOverrides } from '../core/columns/roles';
import { DEFAULT_STEPS, STEPS, type Step } from '../app/run-steps';
import type { FormsRequest } from '../app/plan-forms';
import { FORM_KINDS, type FormKind } from '../core/forms/form-sheets';
import { parseSelection } from '../core/forms/selection';
import { InputError } from '../core/problems';
import type { Language } from '../core/columns/layout';
import { languageForTag } from '../core/i18n/display-language';
import { readDate } from '../core/cells/normalize';
import { COLUMN_FLAGS } from './column-flags';
import { cliErrorText } from './flag-hints';
import { DEFAULT_THRESHOLDS, fractionsToPercent, tierOptionsFromTyped, type TierMode, type TierOptions } from '../core/tiers/tier-options';

export class UsageError extends Error {}

export const USAGE = `Usage: credit-desk run <in.xlsx> -o <out.xlsx> [options]
       credit-desk remove-forms <in.xlsx> -o <out.xlsx> [--overwrite] [--json]

Reads the customer and sales sheets of a workbook, tiers customers (ABC/D)
and writes the results into the customer sheet, in columns Credit Desk owns.

remove-forms deletes the form sheets the last forms run made that nobody has
edited since (an edited one is kept and named), and writes the output; it
takes -o, --overwrite and --json only.

Options:
  -o, --output <file>        where to write the result (required)
      --overwrite            replace the output file if it exists
      --steps <list>         steps to run, comma-separated: tiers, credit, control,
                             forms (default: tiers,credit, control when the
                             workbook has a receivables sheet, forms with --forms;
                             credit always tiers first, control and forms always
                             score credit; --steps control without a receivables
                             sheet is refused)
      --as-of <yyyy-mm-dd>   the day credit control measures aging on (default:
                             today); documents dated after it are left out
      --forms <choice>       make the credit forms (see --form-types) for
                             all | needs-survey | tier:A | grade:AA | keys:K1,K2
                             (needs-survey: the customers not rated)
      --form-types <list>    which forms: survey, authorization or both
                             (default: survey,authorization)
      --batch                one sheet per form type, one form per page
                             (default: one sheet per form and customer)
      --lang <zh-Hant|zh-Hans|en>   language of the forms and of the summary
                             printed here, any case; zh-TW and zh-HK are zh-Hant,
                             zh-CN and zh-SG zh-Hans (default: forms in the customer
                             sheet's header language, the summary in English)
      --request <key>=<amount>   requested limit on a customer's application
                             (default: the recommended limit; repeatable)
      --mode <sales|headcount>   tier by share of sales (default) or of customers
      --thresholds <a,b>     A and B limits of the "share before", in percent
                             (default 80,95 for sales, 20,50 for headcount)
      --from <yyyy-mm-dd>    first day of the period (default: all rows)
      --to <yyyy-mm-dd>      last day of the period
      --customer-sheet <name>, --sales-sheet <name>, --financials-sheet <name>,
      --receivables-sheet <name>
                             choose the sheets instead of recognising them
      --customer-id <col>, --customer-name <col>,
      --sales-id <col>, --sales-name <col>, --sales-date <col>,
      --sales-amount <col>, --sales-qty <col>, --sales-price <col>
                             choose a column by letter (C) or header text
      --customer-column <role>=<col>
                             choose any other customer-sheet column, e.g.
                             totalAssets=M or rating:bankCredit=AB (repeatable)
      --receivables-column <role>=<col>
                             choose a receivables-sheet column, e.g. dueDate=D or
                             openAmount=Balance (repeatable)
      --add-input-columns    only add, empty, the statement and rating columns the
                             credit step looks for and the sheet lacks (headers in
                             the sheet's language, rating drop-downs), then write
                             the output; runs no step
      --json                 print the run summary as one JSON object on the last line
  -h, --help                 show this help
`;

export interface RunArgs {
  input: string;
  output: string;
  overwrite: boolean;
  json: boolean;
  steps: Step[];
  /** --add-input-columns: add the missing input columns and run no step. */
  addInputColumns: boolean;
  tier: TierOptions;
  overrides: SourceOverrides;
  forms?: FormsRequest;
  /** The language the summary prints in: --lang, else English (--json stays English whatever it is). */
  summaryLanguage: Language;
  /** The control step's as-of date, and whether it was asked for by name (then a workbook without receivables is refused). */
  control: { asOf?: Date; required: boolean };
}



function serial(flag: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const d = readDate(text);
  if (!d.ok) throw new UsageError(`--${flag} takes a date as yyyy-mm-dd, not "${text}".`);
  return d.serial;
}

/** A date serial as the local calendar day it names (the core reads the as-of date's day). */
function serialDate(serial: number): Date {
  const utc = new Date((serial - 25569) * 86400000);
  return new Date(utc.getUTCFullYear(), utc.getUTCMonth(), utc.getUTCDate());
}

/** --thresholds as the two percentages typed (the mode's defaults without it); their range is checked with the period's dates. */
function percentLimits(mode: TierMode, text: string | undefined): [number, number] {
  if (text === undefined) return fractionsToPercent(DEFAULT_THRESHOLDS[mode]);
  const parts = text.split(',').map((p) => (p.trim() === '' ? NaN : Number(p.trim())));
  const [a, b] = parts;
  if (parts.length !== 2 || a === undefined || b === undefined || !parts.every(Number.isFinite)) {
    throw new UsageError(`--thresholds takes two percentages a,b with 0 < a < b <= 100, e.g. 80,95; got "${text}".`);
  }
  return [a, b];
}

/** The tier options of the flags, by the conversion the pane and its saved choices use too. */
function tierOptions(mode: TierMode, v: Record<string, string | boolean | string[] | undefined>): TierOptions {
  try {
    return tierOptionsFromTyped({ mode, thresholds: percentLimits(mode, v.thresholds as string | undefined), from: v.from as string | undefined, to: v.to as string | undefined });
  } catch (err) {
    if (err instanceof InputError) throw new UsageError(cliErrorText(err));
    throw err;
  }
}

/** Parses `run` arguments; throws UsageError with a message for the user. */
export function parseRunArgs(argv: string[]): RunArgs {
  const options = {
    output: { type: 'string', short: 'o' },
    overwrite: { type: 'boolean' },
    json: { type: 'boolean' },
    steps: { type: 'string' },
    mode: { type: 'string' },
    thresholds: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    'customer-sheet': { type: 'string' },
    'sales-sheet': { type: 'string' },
    'financials-sheet': { type: 'string' },
    'receivables-sheet': { type: 'string' },
    'customer-column': { type: 'string', multiple: true },
    'receivables-column': { type: 'string', multiple: true },
    'as-of': { type: 'string' },
    forms: { type: 'string' },
    batch: { type: 'boolean' },
    'form-types': { type: 'string' },
    lang: { type: 'string' },
    request: { type: 'string', multiple: true },
    'add-input-columns': { type: 'boolean' },
    ...Object.fromEntries(Object.keys(COLUMN_FLAGS).map((k) => [k, { type: 'string' }])),
  } as const;
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  const v = parsed.values as Record<string, string | boolean | string[] | undefined>;
  const [input, ...extra] = parsed.positionals;
  if (!input) throw new UsageError('Name the workbook to read: credit-desk run <in.xlsx> -o <out.xlsx>.');
  if (extra.length > 0) throw new UsageError(`Unexpected arguments: ${extra.join(' ')}.`);
  if (typeof v.output !== 'string') throw new UsageError('Name the output file with -o <out.xlsx>.');
  const mode = (v.mode ?? 'sales') as string;
  if (mode !== 'sales' && mode !== 'headcount') throw new UsageError(`--mode is sales or headcount, not "${mode}".`);
  const steps = typeof v.steps === 'string'
    ? v.steps.split(',').map((s) => s.trim())
    : [...DEFAULT_STEPS, ...(typeof v.forms === 'string' ? ['forms'] : [])];
  const unknown = steps.filter((s) => !(STEPS as readonly string[]).includes(s));
  if (unknown.length > 0) throw new UsageError(`Unknown step(s): ${unknown.join(', ')}. Steps: ${STEPS.join(', ')}.`);

  const addInputColumns = v['add-input-columns'] === true;
  if (addInputColumns && (v.steps !== undefined || v.forms !== undefined)) {
    throw new UsageError('--add-input-columns runs alone: it adds the input columns and runs no step, so leave out --steps and --forms.');
  }
  const overrides: SourceOverrides = {};
  if (typeof v['customer-sheet'] === 'string') overrides.customerSheet = v['customer-sheet'];
  if (typeof v['sales-sheet'] === 'string') overrides.salesSheet = v['sales-sheet'];
  if (typeof v['financials-sheet'] === 'string') overrides.financialsSheet = v['financials-sheet'];
  if (typeof v['receivables-sheet'] === 'string') overrides.receivablesSheet = v['receivables-sheet'];
  for (const spec of (v['receivables-column'] as string[] | undefined) ?? []) {
    const m = /^([A-Za-z]+)=(.+)$/.exec(spec);
    if (!m) throw new UsageError(`--receivables-column takes role=column, e.g. dueDate=D; got "${spec}".`);
    if (!isRole(m[1]!)) throw new UsageError(`--receivables-column: "${m[1]}" is not a column role (e.g. dueDate, openAmount, paidDate).`);
    overrides.receivablesColumns = { ...overrides.receivablesColumns, [m[1]!]: m[2]! };
  }
  const asOf = serial('as-of', v['as-of'] as string | undefined);
  for (const spec of (v['customer-column'] as string[] | undefined) ?? []) {
    const m = /^([A-Za-z:]+)=(.+)$/.exec(spec);
    if (!m) throw new UsageError(`--customer-column takes role=column, e.g. totalAssets=M; got "${spec}".`);
    const role = m[1]!;
    if (!isRole(role)) throw new UsageError(`--customer-column: "${role}" is not a column role (e.g. totalAssets, rating:bankCredit, address).`);
    overrides.customerColumns = { ...overrides.customerColumns, [role]: m[2]! };
  }
  for (const [flag, [group, role]] of Object.entries(COLUMN_FLAGS)) {
    const spec = v[flag];
    if (typeof spec === 'string') overrides[group] = { ...overrides[group], [role]: spec };
  }
  // Checked whatever the steps: a wrong --lang is refused, not ignored; it words the summary as well as the forms.
  const lang = cliLanguage(v.lang as string | undefined);
  const forms = steps.includes('forms') ? formsRequest(v, lang) : undefined;
  return {
    ...(forms ? { forms } : {}),
    input,
    output: v.output,
    overwrite: v.overwrite === true,
    json: v.json === true,
    summaryLanguage: lang ?? 'en',
    steps: steps as Step[],
    addInputColumns,
    control: { ...(asOf !== undefined ? { asOf: serialDate(asOf) } : {}), required: typeof v.steps === 'string' && steps.includes('control') },
    tier: tierOptions(mode, v),
    overrides,
  };
}


/** The forms named by --form-types, in their usual order; undefined when the flag is absent. */
function formKinds(text: string | undefined): FormKind[] | undefined {
  if (text === undefined) return undefined;
  const named = text.split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = named.filter((k) => !(FORM_KINDS as readonly string[]).includes(k));
  if (named.length === 0 || unknown.length > 0) {
    throw new UsageError(`--form-types takes survey, authorization or both, comma-separated; got "${text}".`);
  }
  return FORM_KINDS.filter((k) => named.includes(k));
}

/** --lang as a label language: zh-Hant, zh-Hans, en, or a regional tag the pane's display-language rule maps (zh-TW, zh-CN, en-US …). */
function cliLanguage(text: string | undefined): Language | undefined {
  if (text === undefined) return undefined;
  const language = languageForTag(text);
  if (language === null) throw new UsageError(`--lang is zh-Hant, zh-Hans or en (or a tag such as zh-TW, zh-HK, zh-CN, zh-SG), not "${text}".`);
  return language;
}

function formsRequest(v: Record<string, string | boolean | string[] | undefined>, lang: Language | undefined): FormsRequest {
  const kinds = formKinds(v['form-types'] as string | undefined);
  const requestedLimits: Record<string, number> = {};
  for (const spec of (v.request as string[] | undefined) ?? []) {
    const m = /^(.+)=([0-9][0-9,]*(?:\.[0-9]+)?)$/.exec(spec);
    if (!m) throw new UsageError(`--request takes key=amount, e.g. C0001=500000; got "${spec}".`);
    requestedLimits[m[1]!.trim()] = Number(m[2]!.replace(/,/g, ''));
  }
  try {
    return {
      selection: parseSelection(typeof v.forms === 'string' ? v.forms : 'all'),
      batch: v.batch === true,
      ...(kinds ? { kinds } : {}),
      ...(lang ? { lang } : {}),
      requestedLimits,
      now: new Date(),
    };
  } catch (err) {
    if (err instanceof InputError) throw new UsageError(cliErrorText(err));
    throw err;
  }
}

export interface RemoveFormsArgs {
  input: string;
  output: string;
  overwrite: boolean;
  json: boolean;
}

/** Parses `remove-forms` arguments; throws UsageError with a message for the user. */
export function parseRemoveFormsArgs(argv: string[]): RemoveFormsArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv, allowPositionals: true, strict: true,
      options: { output: { type: 'string', short: 'o' }, overwrite: { type: 'boolean' }, json: { type: 'boolean' } },
    });
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  const [input, ...extra] = parsed.positionals;
  if (!input) throw new UsageError('Name the workbook to read: credit-desk remove-forms <in.xlsx> -o <out.xlsx>.');
  if (extra.length > 0) throw new UsageError(`Unexpected arguments: ${extra.join(' ')}.`);
  if (typeof parsed.values.output !== 'string') throw new UsageError('Name the output file with -o <out.xlsx>.');
  return { input, output: parsed.values.output, overwrite: parsed.values.overwrite === true, json: parsed.values.json === true };
}
