import type { StepsSummary } from '../../src/app/run-steps';
import { formatSummary, summaryJson } from '../../src/cli/format-summary';
import { SUMMARY } from '../taskpane/fixtures';

// A Traditional-Chinese workbook's level column: built-in names, no credit, survey needed, and one the user typed.
const summary: StepsSummary = {
  ...SUMMARY,
  credit: { ...SUMMARY.credit!, approvalLevels: { '不授信 (現金或擔保)': 97, 客戶經理: 111, 需辦理信用調查: 58, 董事會: 2 } },
};
const levelsLine = (lines: string[]) => lines.find((l) => l.trim().startsWith('Approval levels') || l.includes('審批層級') || l.includes('审批层级'))!.trim();

describe('the approval levels of the summary', () => {
  it('are named in the --lang language as the pane names them, a typed level as typed', () => {
    expect(levelsLine(formatSummary(summary, 'en'))).toBe('Approval levels: No credit (cash or collateral) 97; Account manager 111; Survey needed 58; 董事會 2');
    expect(levelsLine(formatSummary(summary, 'zh-Hans'))).toBe('审批层级：不授信 (现金或担保) 97；客户经理 111；需办理信用调查 58；董事會 2');
    expect(levelsLine(formatSummary(summary, 'zh-Hant'))).toBe('審批層級：不授信 (現金或擔保) 97；客戶經理 111；需辦理信用調查 58；董事會 2');
  });

  it('are keyed in --json by their English names whatever the workbook\'s language, as README documents', () => {
    expect(summaryJson(summary, 'out.xlsx').approvalLevels).toEqual({ 'No credit (cash or collateral)': 97, 'Account manager': 111, 'Survey needed': 58, 董事會: 2 });
  });

  it('add up two names of one level (a column holding both languages\' words)', () => {
    const mixed: StepsSummary = { ...summary, credit: { ...summary.credit!, approvalLevels: { 需辦理信用調查: 3, 'Survey needed': 2, 需办理信用调查: 1 } } };
    expect(summaryJson(mixed, 'out.xlsx').approvalLevels).toEqual({ 'Survey needed': 6 });
    expect(levelsLine(formatSummary(mixed, 'zh-Hant'))).toBe('審批層級：需辦理信用調查 6');
  });
});
