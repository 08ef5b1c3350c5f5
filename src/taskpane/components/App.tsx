import { Button, Spinner, Tab, TabList, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useState } from 'react';
import type { SourceOverrides } from '../../core/columns/roles';
import type { LabelId } from '../i18n/labels';
import { resolveChoice, type ChoiceProblem, type CustomerChoice, type CustomerSheetPlace } from '../forms/customer-choice';
import { CONFIRM_ABOVE, formSheetCount, tieringBasis } from '../forms/sheet-count';
import type { PaneChoices, PaneHost } from '../host/pane-host';
import type { ChosenCustomers, RunPurpose, RunState } from '../run/run-state';
import { hostCall } from '../state/host-call';
import { useChoices } from '../state/use-choices';
import { useInputColumns } from '../state/use-input-columns';
import { useFormRemoval } from '../state/use-form-removal';
import { useNotices } from '../state/use-notices';
import { useRun } from '../state/use-run';
import { lastView, useSources } from '../state/use-sources';
import { placeOf, type CellTarget } from '../summary/cell-target';
import { errorText } from '../summary/describe-error';
import { dayText, readAsOf } from '../control/as-of';
import { ControlSection } from './control/ControlSection';
import { CreditSection } from './credit/CreditSection';
import { DataSection } from './data/DataSection';
import type { SheetsToConfirm } from './forms/ConfirmSheetsDialog';
import { FormsSection } from './forms/FormsSection';
import { Notices } from './Notices';
import { ProblemList } from './ProblemList';
import { RunStatus } from './run/RunStatus';
import { TiersSection } from './tiers/TiersSection';
import { useText } from './use-text';

const SECTIONS = ['data', 'tiers', 'credit', 'control', 'forms'] as const;
type Section = (typeof SECTIONS)[number];
const SECTION_LABEL: Record<Section, LabelId> = { data: 'pane.tab.data', tiers: 'pane.tab.tiers', credit: 'pane.tab.credit', control: 'pane.tab.control', forms: 'pane.tab.forms' };
const PANEL_ID = 'credit-desk-section';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, padding: tokens.spacingHorizontalL },
  runAll: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
  // Five tabs are wider than a 320 px pane in English: the last ones go to a second row.
  tabs: { flexWrap: 'wrap' },
});

/** A forms run the user is asked about, with what the dialog states. */
interface PendingForms {
  chosen: ChosenCustomers;
  confirm: SheetsToConfirm;
}

interface AppProps {
  host: PaneHost;
  /** After each run that went through (the preview then offers its result for download). */
  onRunDone?: () => void;
}

/** The whole pane: every workbook call goes through `host` (Excel, or the browser preview). */
export function App({ host, onRunDone }: AppProps) {
  const styles = useStyles();
  const { t, language } = useText();
  const { notices, report, dismiss } = useNotices();
  const { choices, change, save } = useChoices(host, report);
  const { sources, reread } = useSources(host, choices?.overrides ?? null);
  const run = useRun(host);
  const [section, setSection] = useState<Section>('data');
  // Not saved with the choices: a stored date would go stale; each pane opens on today.
  const [asOf, setAsOf] = useState(() => dayText(new Date()));
  const [formsProblem, setFormsProblem] = useState<ChoiceProblem | null>(null);
  const [pendingForms, setPendingForms] = useState<PendingForms | null>(null);
  const removal = useFormRemoval(
    host,
    useCallback((error: unknown) => report(t('pane.forms.remove.failed', { reason: errorText(error, language) })), [report, t, language]),
    // The workbook changed as after a run: read it again, and the preview offers the result for download.
    () => {
      reread();
      onRunDone?.();
    },
  );

  // The input columns are there as after a run: read the sheets again, and the preview offers the file for download.
  const inputColumns = useInputColumns(host, () => {
    reread();
    onRunDone?.();
  });

  const goTo = useCallback(
    (target: CellTarget) => {
      hostCall(() => host.goTo(target.sheet, target.cell === '' ? undefined : target.cell)).catch((error: unknown) => {
        report(t('pane.goToFailed', { place: placeOf(target), reason: errorText(error, language) }));
      });
    },
    [host, report, t, language],
  );

  if (choices === null) return <Spinner label={t('pane.loading')} />;

  const running = run.state.kind === 'running' || inputColumns.state.kind === 'adding';
  const view = lastView(sources);

  const start = (purpose: RunPurpose, chosen?: ChosenCustomers): Promise<RunState> => {
    save(choices);
    removal.reset();
    inputColumns.reset();
    // Run all does credit control too (when there is a receivables sheet), as of the section's date; an unreadable date leaves the run's day.
    const day = readAsOf(asOf);
    return run.start({ purpose, choices, ...(chosen ? { chosen } : {}), ...(day ? { asOf: day } : {}) }).then((end) => {
      if (end.kind === 'done') {
        reread();
        onRunDone?.();
        const scorecard = end.summary.scorecard?.sheet;
        if (purpose === 'scorecard' && scorecard !== undefined) goTo({ sheet: scorecard, cell: 'A1' });
      }
      // A scorecard with mistakes is still opened: the message lists its cells to correct.
      if (end.kind === 'failed' && purpose === 'scorecard' && end.error.code === 'scorecardInvalid' && end.error.args?.sheet) {
        goTo({ sheet: end.error.args.sheet, cell: 'A1' });
      }
      return end;
    });
  };

  const customerSheet: CustomerSheetPlace | null = view?.customers
    ? { sheet: view.customers.sheet, headerRow: view.customers.headerRow }
    : run.summary
      ? { sheet: run.summary.customerSheet, headerRow: 1 }
      : null;

  /**
   * Counts the sheets the forms would take (tiering and scoring first when
   * the pane has no figures for the current choices) and asks before making
   * more than CONFIRM_ABOVE; fewer are made at once.
   */
  const makeForms = async (chosen: ChosenCustomers) => {
    const fresh = run.summaryBasis === tieringBasis(choices) ? run.summary : null;
    let count = formSheetCount(chosen.selection, choices.forms, fresh);
    let counted = false;
    if (count === null) {
      const end = await start('all');
      if (end.kind !== 'done') return;
      count = formSheetCount(chosen.selection, choices.forms, end.summary);
      counted = true;
      if (count === null) throw new Error('The forms could not be counted after tiering and scoring.');
    }
    if (count.sheets > CONFIRM_ABOVE) {
      setPendingForms({ chosen, confirm: { sheets: count.sheets, customers: count.customers, forms: choices.forms.kinds.length, counted } });
    } else {
      void start('forms', chosen);
    }
  };

  const generateForms = (choice: CustomerChoice) => {
    setFormsProblem(null);
    resolveChoice(choice, customerSheet, (sheet) => hostCall(() => host.selectedRows(sheet)))
      .then((resolved) => ('problem' in resolved ? setFormsProblem(resolved.problem) : makeForms(resolved)))
      .catch((error: unknown) => report(errorText(error, language)));
  };

  const confirmForms = () => {
    if (pendingForms === null) return;
    setPendingForms(null);
    void start('forms', pendingForms.chosen);
  };

  const cancelForms = () => {
    setPendingForms(null);
    setFormsProblem({ id: 'pane.forms.notMade', values: {} });
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
      <Notices notices={notices} onDismiss={dismiss} />
      <div className={styles.runAll}>
        <Button appearance="primary" onClick={() => void start('all')} disabled={running}>
          {t('pane.runAll')}
        </Button>
        <Text size={200}>{t('pane.runAllHint')}</Text>
      </div>
      <RunStatus state={run.state} onCancel={run.cancel} onGoTo={goTo} sheets={view?.sheets ?? []} />
      <TabList className={styles.tabs} selectedValue={section} onTabSelect={(_, data) => setSection(data.value as Section)} aria-label={t('pane.sections')}>
        {SECTIONS.map((s) => (
          <Tab key={s} id={`${PANEL_ID}-tab-${s}`} value={s} aria-controls={PANEL_ID}>
            {t(SECTION_LABEL[s])}
          </Tab>
        ))}
      </TabList>
      <div role="tabpanel" id={PANEL_ID} aria-labelledby={`${PANEL_ID}-tab-${section}`}>
        {section === 'data' && <DataSection sources={sources} overrides={choices.overrides} onOverrides={changeOverrides} onReread={reread} disabled={running} />}
        {section === 'tiers' && <TiersSection tier={choices.tier} onTier={changeTier} onRun={() => void start('tiers')} running={running} summary={run.summary} />}
        {section === 'credit' && (
          <CreditSection
            onOpenScorecard={() => void start('scorecard')}
            onRun={() => void start('credit')}
            running={running}
            summary={run.summary}
            sources={view}
            onGoTo={goTo}
            onAddInputColumns={() => inputColumns.add(choices)}
            inputColumns={inputColumns.state}
          />
        )}
        {section === 'control' && (
          <ControlSection
            asOf={asOf}
            onAsOf={setAsOf}
            onRun={() => void start('control')}
            running={running}
            summary={run.summary}
            summaryPurpose={run.summaryPurpose}
            onGoTo={goTo}
          />
        )}
        {section === 'forms' && (
          <FormsSection
            forms={choices.forms}
            onForms={changeForms}
            onGenerate={generateForms}
            problem={formsProblem}
            pending={pendingForms?.confirm ?? null}
            onConfirm={confirmForms}
            onCancelPending={cancelForms}
            canUseSelection={host.kind === 'excel'}
            running={running}
            summary={run.summary}
            onGoTo={goTo}
            removal={removal}
          />
        )}
      </div>
      {run.summary && <ProblemList problems={run.summary.problems} onGoTo={goTo} />}
    </main>
  );
}
