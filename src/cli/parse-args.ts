import { isRole, type SourceOverrides } from '../core/columns/roles';
import { DEFAULT_STEPS, STEPS, type Step } from '../app/run-steps';
import type { FormsRequest } from '../app/plan-forms';
import { FORM_KINDS, type FormKind } from '../core/forms/form-sheets';
import { parseSelection, type Selection } from '../core/forms/selection';
import { InputError } from '../core/problems';
import type { Language } from '../core/columns/layout';
import { languageForTag } from '../core/i18n/display-language';
import { readDate } from '../core/cells/normalize';
import { COLUMN_FLAGS } from './column-flags';
import { cliErrorText } from './flag-hints';
import { readOptions } from './read-options';
import { UsageError, usageError } from './usage-error';
import { DEFAULT_THRESHOLDS, fractionsToPercent, tierOptionsFromTyped, type TierMode, type TierOptions } from '../core/tiers/tier-options';

// Kept importable from here, where the command line's callers and tests have always found them.
export { UsageError, usageError };

/** An InputError found while reading the arguments (a period, a selection), as wrong usage with its flag's hint. */
function asUsage<T>(language: Language, read: () => T): T {
  try {
    return read();
  } catch (err) {
    if (err instanceof InputError) throw new UsageError(cliErrorText(err, language), language);
    throw err;
  }
}

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
  /** The language everything printed is worded in (summary, progress, messages): --lang, else English (--json stays English whatever it is). */
  summaryLanguage: Language;
  /** The control step's as-of date, and whether it was asked for by name (then a workbook without receivables is refused). */
  control: { asOf?: Date; required: boolean };
}



function serial(flag: string, text: string | undefined, lang: Language): number | undefined {
  if (text === undefined) return undefined;
  const d = readDate(text);
  if (!d.ok) throw usageError('cli.usage.date', lang, { flag: `--${flag}`, value: text });
  return d.serial;
}

/** A date serial as the local calendar day it names (the core reads the as-of date's day). */
function serialDate(serial: number): Date {
  const utc = new Date((serial - 25569) * 86400000);
  return new Date(utc.getUTCFullYear(), utc.getUTCMonth(), utc.getUTCDate());
}

/** --thresholds as the two percentages typed (the mode's defaults without it); their range is checked with the period's dates. */
function percentLimits(mode: TierMode, text: string | undefined, lang: Language): [number, number] {
  if (text === undefined) return fractionsToPercent(DEFAULT_THRESHOLDS[mode]);
  const parts = text.split(',').map((p) => (p.trim() === '' ? NaN : Number(p.trim())));
  const [a, b] = parts;
  if (parts.length !== 2 || a === undefined || b === undefined || !parts.every(Number.isFinite)) {
    throw usageError('cli.usage.thresholds', lang, { value: text });
  }
  return [a, b];
}

/** The tier options of the flags, by the conversion the pane and its saved choices use too. */
function tierOptions(mode: TierMode, v: Record<string, string | boolean | string[] | undefined>, lang: Language): TierOptions {
  const thresholds = percentLimits(mode, v.thresholds as string | undefined, lang);
  return asUsage(lang, () => tierOptionsFromTyped({ mode, thresholds, from: v.from as string | undefined, to: v.to as string | undefined }));
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
  const parsed = readOptions(argv, options);
  const v = parsed.values;
  // Read first, so that every later mistake is worded in it; a wrong --lang is refused, not ignored, whatever the steps.
  const lang = cliLanguage(v.lang as string | undefined);
  const language = lang ?? 'en';
  const [input, ...extra] = parsed.positionals;
  if (!input) throw usageError('cli.usage.noInput', language, { command: 'run' });
  if (extra.length > 0) throw usageError('cli.usage.extra', language, { args: extra.join(' ') });
  if (typeof v.output !== 'string') throw usageError('cli.usage.noOutput', language);
  const mode = (v.mode ?? 'sales') as string;
  if (mode !== 'sales' && mode !== 'headcount') throw usageError('cli.usage.mode', language, { value: mode });
  const steps = typeof v.steps === 'string'
    ? v.steps.split(',').map((s) => s.trim())
    : [...DEFAULT_STEPS, ...(typeof v.forms === 'string' ? ['forms'] : [])];
  const unknown = steps.filter((s) => !(STEPS as readonly string[]).includes(s));
  if (unknown.length > 0) throw usageError('cli.usage.steps', language, { steps: unknown.join(', '), known: STEPS.join(', ') });

  const addInputColumns = v['add-input-columns'] === true;
  if (addInputColumns && (v.steps !== undefined || v.forms !== undefined)) {
    throw usageError('cli.usage.inputColumnsAlone', language);
  }
  const forms = formsFlags(v, language);
  checkFormsWanted(v, steps, addInputColumns, language);
  const overrides: SourceOverrides = {};
  if (typeof v['customer-sheet'] === 'string') overrides.customerSheet = v['customer-sheet'];
  if (typeof v['sales-sheet'] === 'string') overrides.salesSheet = v['sales-sheet'];
  if (typeof v['financials-sheet'] === 'string') overrides.financialsSheet = v['financials-sheet'];
  if (typeof v['receivables-sheet'] === 'string') overrides.receivablesSheet = v['receivables-sheet'];
  for (const spec of (v['receivables-column'] as string[] | undefined) ?? []) {
    const m = /^([A-Za-z]+)=(.+)$/.exec(spec);
    if (!m) throw usageError('cli.usage.roleColumn', language, { flag: '--receivables-column', example: 'dueDate=D', spec });
    if (!isRole(m[1]!)) throw usageError('cli.usage.notARole', language, { flag: '--receivables-column', role: m[1]!, examples: ['dueDate', 'openAmount', 'paidDate'].join(', ') });
    overrides.receivablesColumns = { ...overrides.receivablesColumns, [m[1]!]: m[2]! };
  }
  const asOf = serial('as-of', v['as-of'] as string | undefined, language);
  for (const spec of (v['customer-column'] as string[] | undefined) ?? []) {
    const m = /^([A-Za-z:]+)=(.+)$/.exec(spec);
    if (!m) throw usageError('cli.usage.roleColumn', language, { flag: '--customer-column', example: 'totalAssets=M', spec });
    const role = m[1]!;
    if (!isRole(role)) throw usageError('cli.usage.notARole', language, { flag: '--customer-column', role, examples: ['totalAssets', 'rating:bankCredit', 'address'].join(', ') });
    overrides.customerColumns = { ...overrides.customerColumns, [role]: m[2]! };
  }
  for (const [flag, [group, role]] of Object.entries(COLUMN_FLAGS)) {
    const spec = v[flag];
    if (typeof spec === 'string') overrides[group] = { ...overrides[group], [role]: spec };
  }
  return {
    ...(steps.includes('forms') && forms.selection ? { forms: formsRequest(forms, forms.selection, lang) } : {}),
    input,
    output: v.output,
    overwrite: v.overwrite === true,
    json: v.json === true,
    summaryLanguage: language,
    steps: steps as Step[],
    addInputColumns,
    control: { ...(asOf !== undefined ? { asOf: serialDate(asOf) } : {}), required: typeof v.steps === 'string' && steps.includes('control') },
    tier: tierOptions(mode, v, language),
    overrides,
  };
}


/** The forms named by --form-types, in their usual order; undefined when the flag is absent. */
function formKinds(text: string | undefined, lang: Language): FormKind[] | undefined {
  if (text === undefined) return undefined;
  const named = text.split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = named.filter((k) => !(FORM_KINDS as readonly string[]).includes(k));
  if (named.length === 0 || unknown.length > 0) {
    throw usageError('cli.usage.formTypes', lang, { value: text });
  }
  return FORM_KINDS.filter((k) => named.includes(k));
}

/** --lang as a label language: zh-Hant, zh-Hans, en, or a regional tag the pane's display-language rule maps (zh-TW, zh-CN, en-US …). */
function cliLanguage(text: string | undefined): Language | undefined {
  if (text === undefined) return undefined;
  const language = languageForTag(text);
  // English: the mistake is in the very flag that names the language.
  if (language === null) throw usageError('cli.usage.lang', 'en', { value: text });
  return language;
}

/** The flags that only the forms step reads. */
const FORMS_FLAGS = ['forms', 'request', 'form-types', 'batch'] as const;

interface FormsFlags {
  selection?: Selection;
  kinds?: FormKind[];
  requestedLimits: Record<string, number>;
  batch: boolean;
}

/** The forms flags' values, each checked whatever the steps, so that a mistake in one is named as such. */
function formsFlags(v: Record<string, string | boolean | string[] | undefined>, language: Language): FormsFlags {
  const kinds = formKinds(v['form-types'] as string | undefined, language);
  const requestedLimits: Record<string, number> = {};
  for (const spec of (v.request as string[] | undefined) ?? []) {
    const m = /^(.+)=([0-9][0-9,]*(?:\.[0-9]+)?)$/.exec(spec);
    if (!m) throw usageError('cli.usage.request', language, { value: spec });
    requestedLimits[m[1]!.trim()] = Number(m[2]!.replace(/,/g, ''));
  }
  const selection = typeof v.forms === 'string' ? asUsage(language, () => parseSelection(v.forms as string)) : undefined;
  return { ...(selection ? { selection } : {}), ...(kinds ? { kinds } : {}), requestedLimits, batch: v.batch === true };
}

/**
 * Refuses forms flags the steps would ignore and a forms step without its
 * choice of customers: forms are made only when asked for, for whom --forms
 * names (never a guessed "all").
 */
function checkFormsWanted(v: Record<string, string | boolean | string[] | undefined>, steps: readonly string[], addInputColumns: boolean, language: Language): void {
  const given = FORMS_FLAGS.filter((f) => v[f] !== undefined).map((f) => `--${f}`).join(', ');
  if (addInputColumns) {
    if (given !== '') throw usageError('cli.usage.inputColumnsNoForms', language, { flags: given });
    return;
  }
  if (steps.includes('forms')) {
    if (v.forms === undefined) throw usageError('cli.usage.formsChoice', language, { flags: [`--steps ${String(v.steps)}`, given].filter(Boolean).join(', ') });
    return;
  }
  if (given === '') return;
  if (typeof v.steps === 'string') throw usageError('cli.usage.formsNotInSteps', language, { flags: given, steps: v.steps });
  throw usageError('cli.usage.formsChoice', language, { flags: given });
}

function formsRequest(flags: FormsFlags, selection: Selection, lang: Language | undefined): FormsRequest {
  return {
    selection,
    batch: flags.batch,
    ...(flags.kinds ? { kinds: flags.kinds } : {}),
    ...(lang ? { lang } : {}),
    requestedLimits: flags.requestedLimits,
    now: new Date(),
  };
}

export interface RemoveFormsArgs {
  input: string;
  output: string;
  overwrite: boolean;
  json: boolean;
  /** The language of what is printed: --lang, else English (--json stays as it is). */
  language: Language;
}

/** Parses `remove-forms` arguments; throws UsageError with a message for the user. */
export function parseRemoveFormsArgs(argv: string[]): RemoveFormsArgs {
  const parsed = readOptions(argv, { output: { type: 'string', short: 'o' }, overwrite: { type: 'boolean' }, json: { type: 'boolean' }, lang: { type: 'string' } });
  const language = cliLanguage(parsed.values.lang as string | undefined) ?? 'en';
  const [input, ...extra] = parsed.positionals;
  if (!input) throw usageError('cli.usage.noInput', language, { command: 'remove-forms' });
  if (extra.length > 0) throw usageError('cli.usage.extra', language, { args: extra.join(' ') });
  if (typeof parsed.values.output !== 'string') throw usageError('cli.usage.noOutput', language);
  return { input, output: parsed.values.output, overwrite: parsed.values.overwrite === true, json: parsed.values.json === true, language };
}
