import type { Language } from '../columns/layout';

/**
 * The label language for an Office display language tag: Traditional Chinese
 * for zh-TW, zh-HK, zh-MO and zh-Hant, Simplified for other Chinese tags,
 * English otherwise.
 */
export function languageForLocale(tag: string | undefined | null): Language {
  const t = (tag ?? '').toLowerCase();
  if (!t.startsWith('zh')) return 'en';
  return /hant|-tw|-hk|-mo/.test(t) ? 'zh-Hant' : 'zh-Hans';
}
