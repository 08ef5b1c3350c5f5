import { languageForTag } from '../../src/core/i18n/display-language';
import { run, usageError } from './run-args';

describe('--lang', () => {
  it('takes the three languages and the regional tags the pane\'s display-language rule maps, in any case', () => {
    const tags = ['zh-Hant', 'zh-Hans', 'en', 'zh-TW', 'zh-HK', 'zh-MO', 'zh-CN', 'zh-SG', 'ZH-tw', 'zh-cn', 'EN', 'en-US', 'zh-Hant-TW'];
    expect(tags.map((lang) => run('--forms', 'all', '--lang', lang).forms?.lang))
      .toEqual(['zh-Hant', 'zh-Hans', 'en', 'zh-Hant', 'zh-Hant', 'zh-Hant', 'zh-Hans', 'zh-Hans', 'zh-Hant', 'zh-Hans', 'en', 'en', 'zh-Hant']);
  });

  it('refuses another language or text that is no tag, whatever the steps', () => {
    for (const lang of ['fr', 'de-DE', 'chinese', 'zh_TW', '', 'en-']) expect(languageForTag(lang)).toBeNull();
    const message = '--lang is zh-Hant, zh-Hans or en (or a tag such as zh-TW, zh-HK, zh-CN, zh-SG), not "fr".';
    expect(usageError(() => run('--forms', 'all', '--lang', 'fr'))).toBe(message);
    expect(usageError(() => run('--steps', 'tiers', '--lang', 'fr'))).toBe(message);
    expect(usageError(() => run('--lang', 'fr'))).toBe(message);
  });

  it('is the printed summary\'s language, English without it; without forms it changes nothing else', () => {
    expect(run('--steps', 'tiers').summaryLanguage).toBe('en');
    expect(['zh-TW', 'zh-CN', 'en-US'].map((lang) => run('--steps', 'tiers', '--lang', lang).summaryLanguage)).toEqual(['zh-Hant', 'zh-Hans', 'en']);
    expect({ ...run('--steps', 'tiers', '--lang', 'zh-TW'), summaryLanguage: 'en' }).toEqual(run('--steps', 'tiers'));
  });

  it('words the forms and the summary alike', () => {
    const args = run('--forms', 'all', '--lang', 'zh-Hans');
    expect([args.forms?.lang, args.summaryLanguage]).toEqual(['zh-Hans', 'zh-Hans']);
  });
});
