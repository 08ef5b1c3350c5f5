import { Text } from '@fluentui/react-components';
import type { SourceView } from '../../../app/describe-sources';
import { useText } from '../use-text';

/** Where the data of a recognised sheet sits: its header row and, if any, its Excel table. */
export function SheetPlace({ view }: { view: SourceView }) {
  const { t } = useText();
  const where = t('pane.data.where', { row: view.headerRow });
  return <Text size={200}>{view.table === null ? where : `${where} · ${t('pane.data.table', { table: view.table })}`}</Text>;
}
