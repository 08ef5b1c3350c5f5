import { Text } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import type { Language } from '../../src/core/columns/layout';
import { InputError } from '../../src/core/problems';
import { App } from '../../src/taskpane/components/App';
import { CreditSection } from '../../src/taskpane/components/credit/CreditSection';
import { DataSection } from '../../src/taskpane/components/data/DataSection';
import { CustomerChoiceFields } from '../../src/taskpane/components/forms/CustomerChoiceFields';
import { FormsSection } from '../../src/taskpane/components/forms/FormsSection';
import { Notices } from '../../src/taskpane/components/Notices';
import { ProblemList } from '../../src/taskpane/components/ProblemList';
import { RunStatus } from '../../src/taskpane/components/run/RunStatus';
import { ParetoChart } from '../../src/taskpane/components/tiers/ParetoChart';
import { TiersSection } from '../../src/taskpane/components/tiers/TiersSection';
import { PaneRoot } from '../../src/taskpane/components/PaneRoot';
import { TooOld } from '../../src/taskpane/components/TooOld';
import { initialChoice } from '../../src/taskpane/forms/customer-choice';
import { DEFAULT_GRADES } from '../../src/core/credit/scorecard-config';
import { describeError } from '../../src/taskpane/summary/describe-error';
import { CHOICES, IDLE_REMOVAL, SOURCES, SOURCES_SHEETS, SUMMARY, fakeHost } from './fixtures';
import { englishWords, paneText } from './pane-text';

const none = () => undefined;
const host = fakeHost(async () => SUMMARY);
const INITIAL_CHOICE = initialChoice(true);
const formsDone = { selection: { kind: 'tier', tier: 'A' } as const, noRowsSelected: true };

const AMBIGUOUS_SALES = new InputError('More than one sheet looks like the sales sheet.', {
  code: 'ambiguousSheet',
  args: { kind: 'sales', sheets: '銷售, 客戶' },
  candidates: ['銷售', '客戶'],
});
const BAD_SCORECARD = new InputError("The scorecard sheet '信用評分表' has 1 problem(s).", {
  code: 'scorecardInvalid',
  args: { sheet: '信用評分表', count: '1' },
  candidates: ['信用評分表!B5', 'C'],
  problems: [
    { sheet: '信用評分表', cell: 'B5', code: 'scorecardNumber', args: { item: 'weight', factor: 'principal', found: '"高"' } },
  ],
});

const IDLE_COLUMNS = { kind: 'idle' } as const;
const HELD = new InputError('Credit Desk needs column E of sheet \'財報\' for "淨利潤", but it holds your data (E3: "備註").', {
  code: 'columnHoldsData',
  args: { column: 'E', sheet: '財報', header: '淨利潤', cell: 'E3', value: '"備註"', held: 'value' },
});

/** Every piece of the pane in every state worth showing, with Chinese workbook names. */
const PIECES: Record<string, ReactElement> = {
  'app while it starts': <App host={host} />,
  'data, recognised': <DataSection sources={{ kind: 'ready', view: SOURCES }} overrides={CHOICES.overrides} onOverrides={none} onReread={none} disabled={false} />,
  'data, no customer or financials sheet': (
    <DataSection sources={{ kind: 'ready', view: { ...SOURCES, customers: null, financials: null } }} overrides={{}} onOverrides={none} onReread={none} disabled={false} />
  ),
  'data, loading': <DataSection sources={{ kind: 'loading', last: null }} overrides={{}} onOverrides={none} onReread={none} disabled={false} />,
  'data, refused': (
    <DataSection
      sources={{ kind: 'failed', error: describeError(AMBIGUOUS_SALES), last: SOURCES, sheets: { kind: 'listed', sheets: SOURCES_SHEETS } }}
      overrides={CHOICES.overrides}
      onOverrides={none}
      onReread={none}
      disabled
    />
  ),
  'data, not recognised on a first reading': (
    <DataSection
      sources={{ kind: 'failed', error: describeError(new InputError('No sales sheet found.', { code: 'noSalesSheet' })), last: null, sheets: { kind: 'listed', sheets: SOURCES_SHEETS } }}
      overrides={{ salesSheet: '銷售' }}
      onOverrides={none}
      onReread={none}
      disabled={false}
    />
  ),
  'data, sheets not listed either': (
    <DataSection
      sources={{ kind: 'failed', error: describeError(AMBIGUOUS_SALES), last: null, sheets: { kind: 'failed', error: describeError(AMBIGUOUS_SALES) } }}
      overrides={{}}
      onOverrides={none}
      onReread={none}
      disabled={false}
    />
  ),
  'tiers, before a run': <TiersSection tier={CHOICES.tier} onTier={none} onRun={none} running={false} summary={null} />,
  'tiers, with results': <TiersSection tier={{ mode: 'headcount', thresholds: [20, 50] }} onTier={none} onRun={none} running summary={{ ...SUMMARY, derivedCustomerSheet: true }} />,
  'tiers, invalid settings': <TiersSection tier={{ mode: 'sales', thresholds: [95, 80], from: '2025-12-31', to: '2025-01-01' }} onTier={none} onRun={none} running={false} summary={null} />,
  'pareto without sales': <ParetoChart summary={{ tiers: { A: 0, B: 0, C: 0, D: 3 }, salesByTier: { A: 0, B: 0, C: 0, D: -5 } }} />,
  'credit, before a run': <CreditSection onOpenScorecard={none} onRun={none} running={false} summary={null} sources={SOURCES} onGoTo={none} onAddInputColumns={none} inputColumns={IDLE_COLUMNS} />,
  'credit, with results': <CreditSection onOpenScorecard={none} onRun={none} running={false} summary={SUMMARY} sources={SOURCES} onGoTo={none} onAddInputColumns={none} inputColumns={IDLE_COLUMNS} />,
  'credit, no sheet with inputs': (
    <CreditSection onOpenScorecard={none} onRun={none} running={false} summary={null} sources={{ ...SOURCES, customers: null, financials: null }} onGoTo={none} onAddInputColumns={none} inputColumns={IDLE_COLUMNS} />
  ),
  'credit, nothing missing': (
    <CreditSection
      onOpenScorecard={none}
      onRun={none}
      running={false}
      summary={{ ...SUMMARY, credit: { ...SUMMARY.credit!, missingInputs: {}, financialsSheet: null, severalPeriods: 0, scorecardCreated: false } }}
      sources={null}
      onGoTo={none}
      onAddInputColumns={none}
      inputColumns={IDLE_COLUMNS}
    />
  ),
  'credit, adding the input columns': (
    <CreditSection onOpenScorecard={none} onRun={none} running summary={null} sources={SOURCES} onGoTo={none} onAddInputColumns={none} inputColumns={{ kind: 'adding' }} />
  ),
  'credit, input columns added': (
    <CreditSection
      onOpenScorecard={none}
      onRun={none}
      running={false}
      summary={null}
      sources={null}
      onGoTo={none}
      onAddInputColumns={none}
      inputColumns={{
        kind: 'added',
        summary: { sheet: '財報', table: null, columns: [{ role: 'netProfit', letter: 'E', header: '淨利潤' }, { role: 'rating:bankCredit', letter: 'F', header: '銀行往來信用' }], scorecard: { sheet: '信用評分表', created: true } },
      }}
    />
  ),
  'credit, no input column missing': (
    <CreditSection
      onOpenScorecard={none}
      onRun={none}
      running={false}
      summary={null}
      sources={null}
      onGoTo={none}
      onAddInputColumns={none}
      inputColumns={{ kind: 'added', summary: { sheet: '財報', table: null, columns: [], scorecard: null } }}
    />
  ),
  'credit, input columns refused': (
    <CreditSection onOpenScorecard={none} onRun={none} running={false} summary={null} sources={SOURCES} onGoTo={none} onAddInputColumns={none} inputColumns={{ kind: 'failed', error: describeError(HELD) }} />
  ),
  'forms, before a run': (
    <FormsSection
      forms={CHOICES.forms}
      onForms={none}
      onGenerate={none}
      problem={null}
      pending={null}
      onConfirm={none}
      onCancelPending={none}
      canUseSelection
      running={false}
      summary={null}
      onGoTo={none}
      removal={IDLE_REMOVAL}
    />
  ),
  'forms, with sheets and a problem': (
    <FormsSection
      forms={{ kinds: ['survey'], lang: 'en', batch: false }}
      onForms={none}
      onGenerate={none}
      problem={{ id: 'pane.forms.notMade', values: {} }}
      pending={null}
      onConfirm={none}
      onCancelPending={none}
      canUseSelection={false}
      running
      summary={SUMMARY}
      onGoTo={none}
      removal={IDLE_REMOVAL}
    />
  ),
  'customers by tier': <CustomerChoiceFields choice={{ ...INITIAL_CHOICE, kind: 'tier' }} onChoice={none} canUseSelection grades={DEFAULT_GRADES} disabled={false} />,
  'customers by grade': <CustomerChoiceFields choice={{ ...INITIAL_CHOICE, kind: 'grade' }} onChoice={none} canUseSelection grades={DEFAULT_GRADES} disabled={false} />,
  'customers by key': <CustomerChoiceFields choice={{ ...INITIAL_CHOICE, kind: 'keys', keys: 'K1, 甲公司' }} onChoice={none} canUseSelection grades={DEFAULT_GRADES} disabled={false} />,
  'run, starting': <RunStatus state={{ kind: 'running', purpose: 'all', progress: null, cancelRequested: false }} onCancel={none} onGoTo={none} sheets={[]} />,
  'run, reading': (
    <RunStatus state={{ kind: 'running', purpose: 'all', progress: { step: 'reading', stage: "Reading sales rows of '銷售'", fraction: 0.15 }, cancelRequested: true }} onCancel={none} onGoTo={none} sheets={[]} />
  ),
  'run, cancelled': <RunStatus state={{ kind: 'cancelled', purpose: 'tiers' }} onCancel={none} onGoTo={none} sheets={[]} />,
  'run, done': <RunStatus state={{ kind: 'done', purpose: 'tiers', summary: SUMMARY, cancelTooLate: false }} onCancel={none} onGoTo={none} sheets={[]} />,
  'run, forms done': <RunStatus state={{ kind: 'done', purpose: 'forms', summary: SUMMARY, cancelTooLate: false, chosen: formsDone }} onCancel={none} onGoTo={none} sheets={[]} />,
  'run, scorecard found': (
    <RunStatus
      state={{ kind: 'done', purpose: 'scorecard', summary: { ...SUMMARY, scorecard: { sheet: '信用評分表', created: false } }, cancelTooLate: false }}
      onCancel={none}
      onGoTo={none}
      sheets={[]}
    />
  ),
  'run, looking for the scorecard': <RunStatus state={{ kind: 'running', purpose: 'scorecard', progress: null, cancelRequested: false }} onCancel={none} onGoTo={none} sheets={[]} />,
  'run, completed after cancel': <RunStatus state={{ kind: 'done', purpose: 'tiers', summary: SUMMARY, cancelTooLate: true }} onCancel={none} onGoTo={none} sheets={[]} />,
  'run, refused': (
    <RunStatus
      state={{ kind: 'failed', purpose: 'credit', error: describeError(BAD_SCORECARD) }}
      onCancel={none}
      onGoTo={none}
      sheets={['信用評分表']}
    />
  ),
  'run, unexpected failure': <RunStatus state={{ kind: 'failed', purpose: 'all', error: describeError(42) }} onCancel={none} onGoTo={none} sheets={[]} />,
  problems: <ProblemList problems={SUMMARY.problems} onGoTo={none} />,
  'no problems': <ProblemList problems={[]} onGoTo={none} />,
  notices: <Notices notices={[{ id: 1, intent: 'error', text: '無法儲存' }]} onDismiss={none} />,
  'too old': <TooOld />,
};

describe('every label comes from the one dictionary', () => {
  for (const language of ['zh-Hant', 'zh-Hans'] as Language[]) {
    it.each(Object.keys(PIECES))(`%s shows no English in ${language}`, (name) => {
      const text = paneText(PIECES[name]!, language);
      expect(text.replace(/\|/g, '').trim()).not.toBe('');
      expect({ name, english: englishWords(text) }).toEqual({ name, english: [] });
    });
  }

  it('the check finds a string a component did not take from the dictionary', () => {
    expect(englishWords(paneText(<Text>Not localised</Text>, 'zh-Hant'))).toEqual(['Not', 'localised']);
    expect(englishWords(paneText(<span aria-label="Close menu" />, 'zh-Hant'))).toEqual(['Close', 'menu']);
    expect(englishWords('Credit Desk · Excel · AAA · ABC · English · K1 · A')).toEqual([]);
  });
});

describe('the pane in each language', () => {
  it('shows the sections in English, Traditional and Simplified Chinese', () => {
    const tiers = PIECES['tiers, with results']!;
    expect(paneText(tiers, 'en')).toContain('|Tier customers|');
    expect(paneText(tiers, 'zh-Hant')).toContain('|客戶分級|');
    expect(paneText(tiers, 'zh-Hans')).toContain('|客户分级|');
    expect(paneText(PIECES['run, cancelled']!, 'en')).toContain('Cancelled: nothing was written.');
    expect(paneText(PIECES['run, completed after cancel']!, 'zh-Hant')).toContain('取消時已開始寫入，因此步驟已完整執行');
  });

  it("starts in the host's theme: the dark or the light Fluent theme", () => {
    const { renderToString } = jest.requireActual<typeof import('react-dom/server')>('react-dom/server');
    const markup = (dark: boolean) => renderToString(<PaneRoot language="en" dark={dark}><App host={{ ...host, dark }} /></PaneRoot>);
    expect(markup(true)).toContain('data-theme="dark"');
    expect(markup(false)).toContain('data-theme="light"');
    expect(paneText(<TooOld />, 'en', true)).toContain('too old');
  });
});
