import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import type { CountRow } from '../../summary/credit-rows';
import { formatCount } from '../../summary/format';
import { NumberCell, NumberHeaderCell } from '../NumberCells';
import { useText } from '../use-text';

/** Customers per item (grade, approval level, missing input): the item's name, then the count, a row each. */
export function CountTable({ label, heading, rows }: { label: string; heading: string; rows: CountRow[] }) {
  const { t } = useText();
  return (
    <Table size="small" aria-label={label}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{heading}</TableHeaderCell>
          <NumberHeaderCell>{t('pane.credit.customers')}</NumberHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.key}>
            <TableCell>{row.label}</TableCell>
            <NumberCell>{formatCount(row.customers)}</NumberCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
