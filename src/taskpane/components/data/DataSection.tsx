import { Button, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Role, SourceOverrides } from '../../../core/columns/roles';
import { withColumn, withSheet, type ColumnGroup, type SheetChoice } from '../../choices/change-overrides';
import { CUSTOMER_KEY_ROLES, SALES_ROLES, rolesToShow } from '../../data/source-roles';
import { lastView, type SourcesState } from '../../state/use-sources';
import { errorMessage } from '../../summary/describe-error';
import { useText } from '../use-text';
import { SheetDropdown } from './SheetDropdown';
import { RecognisedColumns } from './RecognisedColumns';
import { SheetPlace } from './SheetPlace';
import { SourceColumns } from './SourceColumns';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  /** One recognised sheet and its columns, set apart from the next. */
  source: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
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

/** The sheets and columns the add-in recognised, each with a drop-down to change it. */
export function DataSection({ sources, overrides, onOverrides, onReread, disabled }: DataSectionProps) {
  const styles = useStyles();
  const { t, language } = useText();
  const view = lastView(sources);
  const chooseSheet = (which: SheetChoice, sheet: string | null) => onOverrides(withSheet(overrides, which, sheet));
  const chooseColumn = (group: ColumnGroup, role: Role, letter: string | null) => onOverrides(withColumn(overrides, group, role, letter));
  const chosenAny = Object.keys(overrides).length > 0;
  return (
    <div className={styles.root}>
      <Text as="h2" size={400} weight="semibold">
        {t('pane.data.heading')}
      </Text>
      <Text>{t('pane.data.intro')}</Text>
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
          </MessageBarBody>
        </MessageBar>
      )}
      {view && (
        <>
          <section className={styles.source} aria-label={t('pane.data.salesSheet')}>
            <SheetDropdown
              label={t('pane.data.salesSheet')}
              sheets={view.sheets}
              chosen={overrides.salesSheet}
              inUse={view.sales.sheet}
              onChoose={(sheet) => chooseSheet('salesSheet', sheet)}
              disabled={disabled}
            />
            <SheetPlace view={view.sales} />
            <SourceColumns view={view.sales} roles={SALES_ROLES} group="salesColumns" overrides={overrides} onColumn={chooseColumn} disabled={disabled} />
          </section>
          <section className={styles.source} aria-label={t('pane.data.customerSheet')}>
            <SheetDropdown
              label={t('pane.data.customerSheet')}
              sheets={view.sheets}
              chosen={overrides.customerSheet}
              inUse={view.customers?.sheet ?? null}
              noneHint={t('pane.data.derived')}
              onChoose={(sheet) => chooseSheet('customerSheet', sheet)}
              disabled={disabled}
            />
            {view.customers && (
              <>
                <SheetPlace view={view.customers} />
                <SourceColumns
                  view={view.customers}
                  roles={rolesToShow(view.customers, CUSTOMER_KEY_ROLES)}
                  group="customerColumns"
                  overrides={overrides}
                  onColumn={chooseColumn}
                  disabled={disabled}
                />
              </>
            )}
          </section>
          <section className={styles.source} aria-label={t('pane.data.financialsSheet')}>
            <SheetDropdown
              label={t('pane.data.financialsSheet')}
              sheets={view.sheets}
              chosen={overrides.financialsSheet}
              inUse={view.financials?.sheet ?? null}
              noneHint={t('pane.data.noFinancials')}
              onChoose={(sheet) => chooseSheet('financialsSheet', sheet)}
              disabled={disabled}
            />
            {view.financials && (
              <>
                <SheetPlace view={view.financials} />
                <Text size={200}>{t('pane.data.fixedColumns')}</Text>
                <RecognisedColumns view={view.financials} />
              </>
            )}
          </section>
        </>
      )}
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
