import { Button, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { SourceOverrides } from '../../../core/columns/roles';
import { recognisedSources, sourcesToChoose, type ShownSources } from '../../data/shown-sources';
import { lastView, type SourcesState } from '../../state/use-sources';
import { errorMessage } from '../../summary/describe-error';
import { useText } from '../use-text';
import { SourceSections } from './SourceSections';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  message: { whiteSpace: 'pre-line' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

interface DataSectionProps {
  sources: SourcesState;
  overrides: SourceOverrides;
  /** Called with every change; the pane saves it with the workbook and reads the sheets again. */
  onOverrides: (next: SourceOverrides) => void;
  onReread: () => void;
  disabled: boolean;
}

/**
 * What the drop-downs offer: after a failed reading the sheets as listed now
 * (so that a first reading that fails can be settled by hand), else the last
 * good reading; null while nothing is known.
 */
function shownSources(sources: SourcesState, overrides: SourceOverrides): ShownSources | null {
  if (sources.kind === 'failed' && sources.sheets.kind === 'listed') return sourcesToChoose(sources.sheets.sheets, overrides, sources.last);
  const view = lastView(sources);
  return view && recognisedSources(view);
}

/** The sheets and columns the add-in reads, each with a drop-down to change it. */
export function DataSection({ sources, overrides, onOverrides, onReread, disabled }: DataSectionProps) {
  const styles = useStyles();
  const { t, language } = useText();
  const shown = shownSources(sources, overrides);
  const chosenAny = Object.keys(overrides).length > 0;
  return (
    <div className={styles.root}>
      <Text as="h2" size={400} weight="semibold">
        {t('pane.data.heading')}
      </Text>
      <Text>{t(shown?.recognised === false ? 'pane.data.introChoose' : 'pane.data.intro')}</Text>
      {sources.kind === 'loading' && <Spinner size="tiny" label={t('pane.loading')} />}
      {sources.kind === 'failed' && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t('pane.data.describeFailed')}</MessageBarTitle>
            <div className={styles.message}>{errorMessage(sources.error, language)}</div>
            {sources.error.candidates.length > 0 && (
              <div>
                {t('pane.candidates')} {sources.error.candidates.join(', ')}
              </div>
            )}
            {sources.sheets.kind === 'listed' ? (
              <div>{t('pane.data.chooseBelow')}</div>
            ) : (
              <div className={styles.message}>{t('pane.data.sheetsFailed', { reason: errorMessage(sources.sheets.error, language) })}</div>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
      {shown && <SourceSections shown={shown} overrides={overrides} onOverrides={onOverrides} disabled={disabled} />}
      <div className={styles.actions}>
        {chosenAny && (
          <Button onClick={() => onOverrides({})} disabled={disabled}>
            {t('pane.data.reset')}
          </Button>
        )}
        <Button onClick={onReread} disabled={disabled}>
          {t('pane.data.reread')}
        </Button>
      </div>
    </div>
  );
}
