import { Button, Spinner, Tab, TabList, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useState } from 'react';
import type { SourceOverrides } from '../../core/columns/roles';
import type { Selection } from '../../core/forms/selection';
import type { LabelId } from '../../core/i18n/labels';
import { resolveChoice, type ChoiceProblem, type CustomerChoice } from '../forms/customer-choice';
import type { PaneChoices, PaneHost } from '../host/pane-host';
import type { RunPurpose } from '../run/run-state';
import { hostCall } from '../state/host-call';
import { useChoices } from '../state/use-choices';
import { useNotices } from '../state/use-notices';
import { useRun } from '../state/use-run';
import { lastView, useSources } from '../state/use-sources';
import { placeOf, type CellTarget } from '../summary/cell-target';
import { errorText } from '../summary/describe-error';
import { CreditSection } from './credit/CreditSection';
import { DataSection } from './data/DataSection';
import { FormsSection } from './forms/FormsSection';
import { Notices } from './Notices';
import { ProblemList } from './ProblemList';
import { RunStatus } from './run/RunStatus';
import { TiersSection } from './tiers/TiersSection';
import { useText } from './use-text';

const SECTIONS = ['data', 'tiers', 'credit', 'forms'] as const;
type Section = (typeof SECTIONS)[number];
const SECTION_LABEL: Record<Section, LabelId> = { data: 'pane.tab.data', tiers: 'pane.tab.tiers', credit: 'pane.tab.credit', forms: 'pane.tab.forms' };
const PANEL_ID = 'credit-desk-section';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, padding: tokens.spacingHorizontalL },
  runAll: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
});

/** The whole pane: every workbook call goes through `host` (Excel, or the browser preview). */
export function App({ host }: { host: PaneHost }) {
  const styles = useStyles();
  const { t, language } = useText();
  const { notices, report, dismiss } = useNotices();
  const { choices, change, save } = useChoices(host, report);
  const { sources, reread } = useSources(host, choices?.overrides ?? null);
  const run = useRun(host);
  const [section, setSection] = useState<Section>('data');
  const [formsProblem, setFormsProblem] = useState<ChoiceProblem | null>(null);

  const goTo = useCallback(
    (target: CellTarget) => {
      hostCall(() => host.goTo(target.sheet, target.cell === '' ? undefined : target.cell)).catch((error: unknown) => {
        report(t('pane.goToFailed', { place: placeOf(target), reason: errorText(error, language) }));
      });
    },
    [host, report, t, language],
  );

  if (choices === null) return <Spinner label={t('pane.loading')} />;

  const running = run.state.kind === 'running';
  const view = lastView(sources);

  const start = (purpose: RunPurpose, selection?: Selection) => {
    save(choices);
    void run.start({ purpose, choices, ...(selection ? { selection } : {}) }).then((end) => {
      if (end.kind !== 'done') return;
      reread();
      const scorecard = end.summary.credit?.scorecardSheet;
      if (purpose === 'scorecard' && scorecard !== undefined) goTo({ sheet: scorecard, cell: 'A1' });
    });
  };

  const generateForms = (choice: CustomerChoice) => {
    const customerSheet = view?.customers?.sheet ?? run.summary?.customerSheet ?? null;
    setFormsProblem(null);
    resolveChoice(choice, customerSheet, (sheet) => hostCall(() => host.selectedRows(sheet))).then(
      (resolved) => ('problem' in resolved ? setFormsProblem(resolved.problem) : start('forms', resolved.selection)),
      (error: unknown) => report(errorText(error, language)),
    );
  };

  const changeOverrides = (overrides: SourceOverrides) => change({ ...choices, overrides }, true);
  const changeTier = (tier: PaneChoices['tier']) => change({ ...choices, tier }, false);
  const changeForms = (forms: PaneChoices['forms']) => change({ ...choices, forms }, false);

  return (
    <main className={styles.root}>
      <div>
        <Text as="h1" size={500} weight="semibold" block>
          {t('pane.appName')}
        </Text>
        <Text>{t('pane.tagline')}</Text>
      </div>
      <Notices limitations={host.limitations} notices={notices} onDismiss={dismiss} />
      <div className={styles.runAll}>
        <Button appearance="primary" onClick={() => start('all')} disabled={running}>
          {t('pane.runAll')}
        </Button>
        <Text size={200}>{t('pane.runAllHint')}</Text>
      </div>
      <RunStatus state={run.state} onCancel={run.cancel} onGoTo={goTo} sheets={view?.sheets ?? []} />
      <TabList selectedValue={section} onTabSelect={(_, data) => setSection(data.value as Section)} aria-label={t('pane.sections')}>
        {SECTIONS.map((s) => (
          <Tab key={s} id={`${PANEL_ID}-tab-${s}`} value={s} aria-controls={PANEL_ID}>
            {t(SECTION_LABEL[s])}
          </Tab>
        ))}
      </TabList>
      <div role="tabpanel" id={PANEL_ID} aria-labelledby={`${PANEL_ID}-tab-${section}`}>
        {section === 'data' && <DataSection sources={sources} overrides={choices.overrides} onOverrides={changeOverrides} onReread={reread} disabled={running} />}
        {section === 'tiers' && <TiersSection tier={choices.tier} onTier={changeTier} onRun={() => start('tiers')} running={running} summary={run.summary} />}
        {section === 'credit' && (
          <CreditSection onOpenScorecard={() => start('scorecard')} onRun={() => start('credit')} running={running} summary={run.summary} onGoTo={goTo} />
        )}
        {section === 'forms' && (
          <FormsSection
            forms={choices.forms}
            onForms={changeForms}
            onGenerate={generateForms}
            problem={formsProblem}
            canUseSelection={host.kind === 'excel'}
            running={running}
            summary={run.summary}
            onGoTo={goTo}
          />
        )}
      </div>
      {run.summary && <ProblemList problems={run.summary.problems} onGoTo={goTo} />}
    </main>
  );
}
