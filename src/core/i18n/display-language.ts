import type { Language } from '../columns/layout';

/**
 * The label language for an Office display language tag: Traditional Chinese
 * for zh-Hant and (without a script) zh-TW, zh-HK, zh-MO; Simplified for
 * zh-Hans and other Chinese tags;
 * English otherwise.
 */
export function languageForLocale(tag: string | undefined | null): Language {
  const t = (tag ?? '').toLowerCase();
  if (!t.startsWith('zh')) return 'en';
  // A script subtag says it outright (zh-Hans-TW is Simplified); else the region decides.
  if (/-hans(?:-|$)/.test(t)) return 'zh-Hans';
  if (/-hant(?:-|$)/.test(t)) return 'zh-Hant';
  return /-(?:tw|hk|mo)(?:-|$)/.test(t) ? 'zh-Hant' : 'zh-Hans';
}

/**
 * The label language a language tag the user typed names (the command line's
 * --lang): English for en and its regional tags, Chinese by the display-language
 * rule above (zh-TW → zh-Hant, zh-CN → zh-Hans), any case; null for any other
 * language or for text that is not a tag.
 */
export function languageForTag(tag: string): Language | null {
  if (!/^(?:en|zh)(?:-[a-z0-9]{1,8})*$/i.test(tag)) return null;
  return languageForLocale(tag);
}
