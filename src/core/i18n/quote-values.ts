import type { Language } from '../columns/layout';

/** A JSON string literal, as the core quotes a cell's text in a message's arguments ("abc"): JSON.parse takes exactly these. */
// eslint-disable-next-line no-control-regex -- JSON forbids raw control characters in a string.
const JSON_STRING = /^"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"$/;

/**
 * A message argument in the language's quotes: the core quotes a cell's text
 * as JSON ("abc", the English messages' form); Chinese quotes it 「abc」
 * (Traditional) or “abc” (Simplified). Anything else (numbers, names, lists)
 * is left as it is.
 */
export function quoteValue(arg: string, language: Language): string {
  if (language === 'en' || !JSON_STRING.test(arg)) return arg;
  const text = JSON.parse(arg) as string;
  return language === 'zh-Hant' ? `「${text}」` : `“${text}”`;
}

/** Every argument of a message through quoteValue. */
export function quoteValues(args: Record<string, string>, language: Language): Record<string, string> {
  return Object.fromEntries(Object.entries(args).map(([name, arg]) => [name, quoteValue(arg, language)]));
}
