/** The longest forms realistic data makes: a filled customer card, a hold between bucket edges and over the limit, long reasons. */
import type { Language } from '../../src/core/columns/layout';
import type { FormCustomer } from '../../src/core/forms/form-data';
import type { FormPiece } from '../../src/core/forms/form-piece';
import { label, type LabelId } from '../../src/core/i18n/labels';

type Profile = FormCustomer['profile'];

/** Every field of the card, each as long as a customer sheet may hold it. */
export function fullProfile(lang: Language): Profile {
  const en = lang === 'en';
  return {
    address: en ? 'Room 1203, 12th Floor, Building B, 88 Very Long Industrial Park Road, Xinyi District, Taipei City' : '台北市信義區忠孝東路五段八十八號十二樓之三B棟一二零三室',
    phone: '+886-2-2345-6789 ext 1234', industry: en ? 'Wholesale of electronic components and parts' : '電子零組件批發業及相關貿易',
    principalName: 'Chen Da-Wen', capital: 50_000_000, employees: 250, annualRevenue: 800_000_000,
    bankAccount: 'Bank of Taiwan, Xinyi Branch 012-345-678901-2', taxNumber: '12345678',
  };
}

export const longName = (lang: Language) => (lang === 'en' ? 'Alpha Trading Company Limited of Greater Taipei' : '大台北阿爾法國際貿易股份有限公司');

/** Reasons on three lines: not rated, and the factors that cost most. */
export const longReasons = (lang: Language) => (lang === 'en'
  ? 'Not rated: 4 of 4 ratios and 20 of 20 ratings missing (a grade allows 1 and 3); Industry outlook −4.8; Bank credit −4.8; Scale and nature of the business −4.8; Sales ability −3.2; Operating know-how −3.2'
  : '未評等：4 項比率中缺 4 項、20 項評等中缺 20 項 (評等最多容許缺 1 項與 3 項)；經營規模與性質 −4.8；行業景氣 −4.8；銀行往來信用 −4.8；銷售能力 −3.2；經營技術 −3.2；員工抱怨 −1.8');

/** The four built-in approval levels, named in the form's language. */
export const fourLevels = (lang: Language) => (['accountManager', 'salesManager', 'regionalManager', 'headOffice'] as const)
  .map((id, i) => ({ name: label(`level.${id}`, lang), max: [100_000, 500_000, 2_000_000, null][i]! }));

/** The card's labels and the figures it prints (numbers as the cells hold them). */
export function cardPrinted(profile: Profile, full: boolean): { labels: LabelId[]; values: unknown[] } {
  const labels: LabelId[] = ['form.name', 'form.id', 'form.address', 'form.phone', 'form.industry', 'form.principal', 'form.capital'];
  const values: unknown[] = [profile.address, profile.phone, profile.industry, profile.principalName, profile.capital];
  if (!full) return { labels, values };
  return { labels: [...labels, 'form.employees', 'form.annualRevenue', 'form.bank', 'form.tax'], values: [...values, profile.employees, profile.annualRevenue, profile.bankAccount, profile.taxNumber] };
}

export const values = (piece: FormPiece) => [...piece.cells.values()].map((c) => c.value);
