import { Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Role, SourceOverrides } from '../../../core/columns/roles';
import { withColumn, withSheet, type ColumnGroup, type SheetChoice } from '../../choices/change-overrides';
import type { ShownSources } from '../../data/shown-sources';
import { CUSTOMER_KEY_ROLES, SALES_ROLES, rolesToShow } from '../../data/source-roles';
import { useText } from '../use-text';
import { RecognisedColumns } from './RecognisedColumns';
import { SheetDropdown } from './SheetDropdown';
import { SheetPlace } from './SheetPlace';
import { SourceColumns } from './SourceColumns';

const useStyles = makeStyles({
  /** One sheet and its columns, set apart from the next. */
  source: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
});

interface SourceSectionsProps {
  shown: ShownSources;
  overrides: SourceOverrides;
  onOverrides: (next: SourceOverrides) => void;
  disabled: boolean;
}

/** The sales, customer and financial statements sheets, each with a drop-down for the sheet and, where they can be chosen, its columns. */
export function SourceSections({ shown, overrides, onOverrides, disabled }: SourceSectionsProps) {
  const styles = useStyles();
  const { t } = useText();
  const { sales, customers, financials, recognised } = shown;
  const chooseSheet = (which: SheetChoice, sheet: string | null) => onOverrides(withSheet(overrides, which, sheet));
  const chooseColumn = (group: ColumnGroup, role: Role, letter: string | null) => onOverrides(withColumn(overrides, group, role, letter));
  // A sheet in use whose headers name no customer column (possible only after a failed reading).
  const noHeaderRow = (inUse: string | null, hasView: boolean) => inUse !== null && !hasView && <Text size={200}>{t('pane.data.noHeaderRow')}</Text>;
  return (
    <>
      <section className={styles.source} aria-label={t('pane.data.salesSheet')}>
        <SheetDropdown
          label={t('pane.data.salesSheet')}
          sheets={shown.sheets}
          chosen={overrides.salesSheet}
          inUse={sales.inUse}
          noneHint={t('pane.data.chooseSales')}
          onChoose={(sheet) => chooseSheet('salesSheet', sheet)}
          disabled={disabled}
        />
        {noHeaderRow(sales.inUse, sales.view !== null)}
        {sales.view && (
          <>
            <SheetPlace view={sales.view} />
            <SourceColumns view={sales.view} roles={SALES_ROLES} group="salesColumns" overrides={overrides} onColumn={chooseColumn} disabled={disabled} />
          </>
        )}
      </section>
      <section className={styles.source} aria-label={t('pane.data.customerSheet')}>
        <SheetDropdown
          label={t('pane.data.customerSheet')}
          sheets={shown.sheets}
          chosen={overrides.customerSheet}
          inUse={customers.inUse}
          noneHint={t(recognised ? 'pane.data.derived' : 'pane.data.customersOptional')}
          onChoose={(sheet) => chooseSheet('customerSheet', sheet)}
          disabled={disabled}
        />
        {noHeaderRow(customers.inUse, customers.view !== null)}
        {customers.view && (
          <>
            <SheetPlace view={customers.view} />
            <SourceColumns
              view={customers.view}
              roles={rolesToShow(customers.view, CUSTOMER_KEY_ROLES)}
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
          sheets={shown.sheets}
          chosen={overrides.financialsSheet}
          inUse={financials.inUse}
          noneHint={t('pane.data.noFinancials')}
          onChoose={(sheet) => chooseSheet('financialsSheet', sheet)}
          disabled={disabled}
        />
        {noHeaderRow(financials.inUse, financials.view !== null)}
        {financials.view && (
          <>
            <SheetPlace view={financials.view} />
            <Text size={200}>{t('pane.data.fixedColumns')}</Text>
            <RecognisedColumns view={financials.view} />
          </>
        )}
      </section>
    </>
  );
}
