import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { renderToStaticMarkup } from 'react-dom/server';
import type { CreditSummary } from '../../src/core/credit/credit-summary';
import { CreditView } from '../../src/taskpane/components/CreditView';

/** The text a reader of the pane sees, one block per element, without markup. */
function textOf(credit: CreditSummary): string {
  const html = renderToStaticMarkup(
    <FluentProvider theme={webLightTheme}>
      <CreditView credit={credit} />
    </FluentProvider>,
  );
  return html
    .replace(/<style[^>]*>[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, '|')
    .replace(/\|+/g, '|')
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"');
}

const credit: CreditSummary = {
  scorecardSheet: 'Credit Scorecard',
  scorecardCreated: true,
  financialsSheet: 'Financials',
  severalPeriods: 2,
  grades: { AAA: 1, AA: 0, A: 4, B: 2, C: 3 },
  missingInputs: { 'rating:bankCredit': 3, quickRatio: 1 },
  recommendedLimitTotal: 1_250_000,
  approvalLevels: { 'Account manager': 6, 'No credit (cash or collateral)': 4 },
};

describe('CreditView', () => {
  it('shows the sheets, the grades, the limit total, the levels and the missing inputs', () => {
    const text = textOf(credit);
    expect(text).toContain('|10 customers graded|');
    expect(text).toContain('Scorecard: “Credit Scorecard” (created with the default rules).');
    expect(text).toContain('Statement figures and ratings read from “Financials”.');
    expect(text).toContain('2 customers have several statements: the latest period was used.');
    expect(text).toContain('|Grade|AAA|AA|A|B|C|Customers|1|0|4|2|3|');
    expect(text).toContain('Recommended limits, total: 1,250,000');
    expect(text).toContain('|Approval level|Customers|Account manager|6|No credit (cash or collateral)|4|');
    expect(text).toContain('|Input|Customers|Quick ratio|1|Rating: Bank credit|3|');
  });

  it('says when no statement figures were found, the scorecard was not created and nothing is missing', () => {
    const text = textOf({ ...credit, scorecardCreated: false, financialsSheet: null, severalPeriods: 0, missingInputs: {} });
    expect(text).toContain('Scorecard: “Credit Scorecard”.');
    expect(text).toContain('No statement figures found');
    expect(text).not.toContain('several statements');
    expect(text).toContain('No inputs missing.');
  });
});
