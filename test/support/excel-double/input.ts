import { fail } from './errors';

/**
 * How Excel treats what an add-in writes through Range.values / Range.formulas:
 * like text typed into the cell. null leaves the cell alone, "" clears it, a
 * leading apostrophe forces text, "=" makes a formula, numeric text becomes a
 * number. Text Excel might read as a date, time, percentage or currency is
 * refused (NotEmulated) rather than stored as text the real Excel would not keep.
 */
export type Input =
  | { kind: 'unchanged' }
  | { kind: 'clear' }
  | { kind: 'value'; value: string | number | boolean; quotePrefix: boolean }
  | { kind: 'formula'; formula: string };

const NUMBER = /^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/;
const NUMBERISH = /^[\s\d.,:/%$€£¥()+\-eE]+$/;
const MONTH = /(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;
const CLOCK = /\d\s*(am|pm)\b/i;

function interpretText(text: string): Input {
  if (text.startsWith("'")) return { kind: 'value', value: text.slice(1), quotePrefix: true };
  if (text.startsWith('=')) return { kind: 'formula', formula: text };
  if (NUMBER.test(text)) return { kind: 'value', value: Number(text), quotePrefix: false };
  if (text.startsWith('+') || text.startsWith('-')) return { kind: 'formula', formula: `=${text}` };
  if (text.startsWith('@')) fail('NotEmulated', `"${text}": Excel's handling of a leading "@" is not emulated`);
  if (/^(true|false)$/i.test(text)) return { kind: 'value', value: text.toLowerCase() === 'true', quotePrefix: false };
  const digits = /\d/.test(text);
  if (digits && (NUMBERISH.test(text) || MONTH.test(text) || CLOCK.test(text))) {
    fail('NotEmulated', `"${text}": Excel may read this as a date, time or number; not emulated`);
  }
  return { kind: 'value', value: text, quotePrefix: false };
}

export function interpretInput(input: unknown): Input {
  if (input === null) return { kind: 'unchanged' };
  if (input === '') return { kind: 'clear' };
  if (typeof input === 'boolean') return { kind: 'value', value: input, quotePrefix: false };
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) fail('InvalidArgument', `${input} is not a cell value`);
    return { kind: 'value', value: input, quotePrefix: false };
  }
  if (typeof input === 'string') return interpretText(input);
  return fail('InvalidArgument', `${JSON.stringify(input)} is not a cell value`);
}

/** Excel's worksheet name rules. */
export function checkSheetName(name: unknown): string {
  const ok = typeof name === 'string' && name.length > 0 && name.length <= 31
    && !/[:\\/?*[\]]/.test(name) && !name.startsWith("'") && !name.endsWith("'")
    && name.toLowerCase() !== 'history';
  if (!ok) fail('InvalidArgument', `${JSON.stringify(name)} is not a valid sheet name`);
  return name;
}

/** Excel's defined-name rules (no cell-reference look-alikes, no spaces). */
export function checkDefinedName(name: unknown): string {
  const ok = typeof name === 'string' && name.length <= 255
    && /^[A-Za-z_\\][A-Za-z0-9_.\\]*$/.test(name)
    && !/^[rc]$/i.test(name)
    && !/^[A-Za-z]{1,3}[0-9]+$/.test(name)
    && !/^r[0-9]*c[0-9]*$/i.test(name);
  if (!ok) fail('InvalidArgument', `${JSON.stringify(name)} is not a valid name`);
  return name;
}

/** Office colours: "#RRGGBB" or a colour name. */
export function checkColor(color: unknown): string {
  if (typeof color !== 'string' || !/^(#[0-9A-Fa-f]{6}|[A-Za-z]+)$/.test(color)) {
    fail('InvalidArgument', `${JSON.stringify(color)} is not a colour`);
  }
  return color;
}
