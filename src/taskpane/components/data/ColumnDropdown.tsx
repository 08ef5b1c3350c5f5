import { Dropdown, Field, Option } from '@fluentui/react-components';
import type { SourceView } from '../../../app/describe-sources';
import { useText } from '../use-text';
import { AUTOMATIC } from './SheetDropdown';

interface ColumnDropdownProps {
  label: string;
  headers: SourceView['headers'];
  /** The column letter the user chose, or undefined when it is recognised by its header. */
  chosen: string | undefined;
  /** The column in use, or undefined when none was found. */
  inUse: { letter: string; header: string } | undefined;
  onChoose: (letter: string | null) => void;
  disabled: boolean;
}

const columnText = (column: { letter: string; header: string }) => `${column.letter} · ${column.header}`;

/** A column of a sheet for one role: "Automatic" (recognised by header) or any header of the row. */
export function ColumnDropdown({ label, headers, chosen, inUse, onChoose, disabled }: ColumnDropdownProps) {
  const { t } = useText();
  const automatic = t('pane.data.automatic');
  const current = inUse ? columnText(inUse) : t('pane.data.notFound');
  const value = chosen !== undefined ? current : `${automatic} · ${current}`;
  return (
    <Field label={label}>
      <Dropdown clearButton={null} value={value} selectedOptions={[chosen ?? AUTOMATIC]} disabled={disabled} onOptionSelect={(_, data) => onChoose(data.optionValue === AUTOMATIC ? null : data.optionValue ?? null)}>
        <Option value={AUTOMATIC}>{automatic}</Option>
        {headers.map((column) => (
          <Option key={column.letter} value={column.letter}>
            {columnText(column)}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
