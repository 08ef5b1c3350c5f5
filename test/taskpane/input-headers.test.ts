import type { SourcesView } from '../../src/app/describe-sources';
import { roleOfHeader } from '../../src/core/columns/synonyms';
import { LANGUAGES } from '../../src/core/columns/layout';
import { INPUT_ROLES } from '../../src/core/credit/statement-inputs';
import { label } from '../../src/core/i18n/labels';
import { INPUT_HEADER, missingInputs, missingInputText, type InputRole } from '../../src/taskpane/summary/input-headers';
import { SOURCES } from './fixtures';

const column = (header: string, letter = 'Z') => ({ letter, header });

/** The customer sheet of the fixtures with exactly these input columns (and no financials sheet). */
function withInputs(roles: InputRole[]): SourcesView {
  const columns = { customerId: column('客戶編號', 'A'), ...Object.fromEntries(roles.map((role) => [role, column(label(INPUT_HEADER[role], 'zh-Hant'))])) };
  return { ...SOURCES, financials: null, customers: { ...SOURCES.customers!, columns } };
}

describe('the headers the Credit section suggests', () => {
  it('are recognised as the input they name, in every language', () => {
    const wrong = INPUT_ROLES.flatMap((role) => LANGUAGES.map((lang) => ({ role, lang, header: label(INPUT_HEADER[role], lang) }))).filter(
      ({ role, header }) => roleOfHeader(header) !== role,
    );
    expect(wrong).toEqual([]);
  });

  it('cover every statement figure and rating the credit step reads', () => {
    expect(Object.keys(INPUT_HEADER).sort()).toEqual([...INPUT_ROLES].sort());
  });
});

describe('missingInputs', () => {
  const every = [...INPUT_ROLES];

  it('is null when every ratio and rating has its columns', () => {
    expect(missingInputs(withInputs(every))).toBeNull();
    // The alternatives: current assets and inventories for quick assets, closing for total assets.
    const alternatives = every.filter((r) => r !== 'quickAssets' && r !== 'totalAssets' && r !== 'openingTotalAssets');
    expect(missingInputs(withInputs(alternatives))).toBeNull();
  });

  it('names each ratio it cannot compute with the headers it lacks, and each missing rating', () => {
    const view = withInputs(every.filter((r) => r !== 'currentLiabilities' && r !== 'quickAssets' && r !== 'inventories' && r !== 'rating:scale' && r !== 'rating:bankCredit'));
    const inputs = missingInputs(view)!;
    expect(inputs.source?.sheet).toBe('客戶');
    expect(inputs.missing.map((m) => missingInputText(m, 'en'))).toEqual([
      'Quick ratio: “Current liabilities”; “Quick assets”, or “Current assets” and “Inventories”',
      'Ratings (1–5): “Scale and nature of business”, “Bank credit”',
    ]);
    expect(inputs.missing.map((m) => missingInputText(m, 'zh-Hant'))).toEqual([
      '速動比率：「流動負債」；「速動資產」，或「流動資產」及「存貨」',
      '評等（1–5）：「企業規模及企業性質」、「銀行往來信用」',
    ]);
    expect(inputs.missing.map((m) => missingInputText(m, 'zh-Hans'))).toEqual([
      '速动比率：“流动负债”；“速动资产”，或“流动资产”和“存货”',
      '评级（1–5）：“企业规模及企业性质”、“银行往来信用”',
    ]);
  });

  it('reads the financial statements sheet when there is one, and says when no sheet holds inputs', () => {
    expect(missingInputs(SOURCES)?.source?.sheet).toBe('財報');
    const none = missingInputs({ ...SOURCES, customers: null, financials: null })!;
    expect(none.source).toBeNull();
    expect(none.missing.map((m) => (m.kind === 'ratio' ? m.ratio : 'ratings'))).toEqual(['quickRatio', 'debtRatio', 'assetTurnover', 'netMargin', 'ratings']);
  });
});
