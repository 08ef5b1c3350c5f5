import type { Language } from '../columns/layout';
import { FACTORS } from '../columns/roles';
import { label, labelWith, type LabelId } from '../i18n/labels';
import { RATIO_LABEL } from './credit-columns';
import type { LimitReason, NotRatedReason, RowExplanation } from './limit-reason';
import { RATIOS } from './scorecard-config';

/** Labels of the scored items, RATIOS then FACTORS (LostPoints.item indexes them). */
export const ITEM_LABELS: readonly LabelId[] = [...RATIOS.map((r) => RATIO_LABEL[r]), ...FACTORS.map((f) => `factor.${f}` as LabelId)];

/** An amount as the reasons print it: whole, with thousands separators. */
export function amountWords(n: number): string {
  const whole = Math.round(n);
  // toLocaleString costs microseconds a call; for a safe integer grouping its digits gives the same text (-0 is "-0" there, so it goes that way).
  if (!Number.isSafeInteger(whole) || Object.is(whole, -0)) return whole.toLocaleString('en-US');
  const digits = String(Math.abs(whole));
  let text = digits.slice(0, ((digits.length - 1) % 3) + 1);
  for (let i = text.length; i < digits.length; i += 3) text += `,${digits.slice(i, i + 3)}`;
  return whole < 0 ? `-${text}` : text;
}

/**
 * An amount that must read as less than a bound it is below: whole with
 * thousands separators when it is whole, else cut (not rounded) to cents, so
 * 9,999.996 under a rounding unit of 10,000 reads 9,999.99, never 10,000.
 */
export function amountBelowWords(n: number): string {
  const hundredths = Math.floor(n * 100 + 1e-7);
  if (hundredths % 100 === 0) return amountWords(hundredths / 100);
  // Without toLocaleString: it costs microseconds a call, and a run can word this for most of 50,000 customers.
  const abs = Math.abs(hundredths);
  return `${hundredths < 0 ? '-' : ''}${amountWords(Math.floor(abs / 100))}.${String(abs % 100).padStart(2, '0')}`;
}

function pointsWords(n: number): string {
  return String(Math.round(n * 100) / 100);
}

/** A label cut at its placeholders once, filled by position (labelWith's text, without its regex and record per row). */
interface Template {
  id: LabelId;
  /** The text around the placeholders: one more than `slots`. */
  pieces: string[];
  /** Each placeholder's index among the template's names; -1 for a name it was not given. */
  slots: number[];
  placeholders: string[];
}

function template(id: LabelId, lang: Language, names: readonly string[]): Template {
  const t: Template = { id, pieces: [], slots: [], placeholders: [] };
  const text = label(id, lang);
  const placeholder = /\{(\w+)\}/g;
  let from = 0;
  for (let m = placeholder.exec(text); m !== null; m = placeholder.exec(text)) {
    t.pieces.push(text.slice(from, m.index));
    t.slots.push(names.indexOf(m[1]!));
    t.placeholders.push(m[1]!);
    from = m.index + m[0].length;
  }
  t.pieces.push(text.slice(from));
  return t;
}

function fill(t: Template, values: readonly string[]): string {
  let text = t.pieces[0]!;
  for (let i = 0; i < t.slots.length; i++) {
    const value = values[t.slots[i]!];
    // As labelWith: a placeholder without a value is a bug.
    if (value === undefined) throw new Error(`Label ${t.id} needs a value for {${t.placeholders[i]}}.`);
    text += value + t.pieces[i + 1]!;
  }
  return text;
}

/** One language's words for the reasons, set out once. */
interface Wording {
  separator: string;
  items: string[];
  noRecentSales: Template;
  gradeFactorZero: Template;
  netWorthNotPositive: Template;
  belowRoundingUnit: Template;
  capped: Template;
}

const wordings = new Map<Language, Wording>();

function wording(lang: Language): Wording {
  let w = wordings.get(lang);
  if (w === undefined) {
    w = {
      separator: listSeparator(lang),
      items: ITEM_LABELS.map((id) => label(id, lang)),
      noRecentSales: template('reason.noRecentSales', lang, ['window']),
      gradeFactorZero: template('reason.gradeFactorZero', lang, ['grade']),
      netWorthNotPositive: template('reason.netWorthNotPositive', lang, ['netWorth']),
      belowRoundingUnit: template('reason.belowRoundingUnit', lang, ['base', 'unit']),
      capped: template('reason.capped', lang, ['share', 'netWorth']),
    };
    wordings.set(lang, w);
  }
  return w;
}

/** Hundredths of a point whose words are remembered (up to 100 points: an item's most, on any sensible scorecard). */
const HUNDREDTHS_REMEMBERED = 10_000;
/** pointsWords by hundredths, filled as they come (its text depends on Math.round(n × 100) alone). */
const hundredthsWords = new Array<string | undefined>(HUNDREDTHS_REMEMBERED);

function lostWords(points: number): string {
  const hundredths = Math.round(points * 100);
  if (!(hundredths >= 0 && hundredths < HUNDREDTHS_REMEMBERED)) return pointsWords(points);
  return (hundredthsWords[hundredths] ??= String(hundredths / 100));
}

function limitWords(reason: LimitReason, lang: Language, w: Wording, window: string): string {
  switch (reason.code) {
    case 'noSalesHistory':
    case 'capOverflow':
      return label(`reason.${reason.code}`, lang);
    case 'noRecentSales':
      return fill(w.noRecentSales, [window]);
    case 'gradeFactorZero':
      return fill(w.gradeFactorZero, [reason.grade]);
    case 'netWorthNotPositive':
      return fill(w.netWorthNotPositive, [amountWords(reason.netWorth)]);
    case 'belowRoundingUnit':
      return fill(w.belowRoundingUnit, [amountBelowWords(reason.base), amountWords(reason.unit)]);
    case 'capped':
      return fill(w.capped, [`${pointsWords(reason.share * 100)}%`, amountWords(reason.netWorth)]);
  }
}

function notRatedWords(r: NotRatedReason, lang: Language): string {
  return labelWith('reason.notRated', lang, {
    ratios: r.missingRatios, ratioCount: RATIOS.length, ratings: r.missingRatings, factorCount: r.factorCount,
    maxRatios: r.maxMissingRatios, maxRatings: r.maxMissingRatings,
  });
}

/** The separator between the parts of a reasons or missing-inputs cell. */
export function listSeparator(lang: Language): string {
  return lang === 'en' ? '; ' : '；';
}

/**
 * A row's reasons in a language: why it is not rated, why its limit is 0 or
 * capped, then the rated items that cost most points ("Quick ratio −10").
 * `window` is the last month of the 12-month average (yyyy-mm). Null when
 * there is nothing to explain.
 */
export function explanationWords(e: RowExplanation, lang: Language, window: string): string | null {
  const w = wording(lang);
  let text: string | null = e.notRated ? notRatedWords(e.notRated, lang) : null;
  if (e.limit) text = text === null ? limitWords(e.limit, lang, w, window) : text + w.separator + limitWords(e.limit, lang, w, window);
  for (const { item, points, name } of e.lost) {
    const itemName = name ?? w.items[item];
    if (itemName === undefined) throw new Error(`no scored item ${item}`);
    const part = `${itemName} −${lostWords(points)}`;
    text = text === null ? part : text + w.separator + part;
  }
  return text;
}
