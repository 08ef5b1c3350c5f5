import type { Language } from './layout';

// Characters that differ between the two scripts in the glossary's headers.
const TRADITIONAL = new Set('戶編號稱額銷單價數貨總計稅訂發據碼資產負債動週轉淨潤評級審層類佔累');
const SIMPLIFIED = new Set('户编号称额销单价数货总计税订发据码资产负债动周转净润评级审层类占累');

/** Language of a header row: Chinese when any Han character, Simplified when its characters say so. */
export function detectLanguage(headers: string[]): Language {
  let han = 0;
  let trad = 0;
  let simp = 0;
  for (const header of headers) {
    for (const ch of header) {
      if (/\p{Script=Han}/u.test(ch)) han++;
      if (TRADITIONAL.has(ch) && !SIMPLIFIED.has(ch)) trad++;
      if (SIMPLIFIED.has(ch) && !TRADITIONAL.has(ch)) simp++;
    }
  }
  if (han === 0) return 'en';
  return simp > trad ? 'zh-Hans' : 'zh-Hant';
}
