import { Dropdown, Field, Option } from '@fluentui/react-components';
import { useText } from '../use-text';

/** The option that removes a choice: brackets cannot occur in sheet names or column letters. */
export const AUTOMATIC = '[automatic]';

interface SheetDropdownProps {
  label: string;
  sheets: readonly string[];
  /** The sheet the user chose, or undefined when it is recognised. */
  chosen: string | undefined;
  /** The sheet in use (recognised or chosen), or null for none. */
  inUse: string | null;
  /** Shown under the field when no sheet is in use. */
  noneHint?: string;
  onChoose: (sheet: string | null) => void;
  disabled: boolean;
}

/** A sheet the add-in reads: "Automatic" (what it recognised) or any sheet of the workbook. */
export function SheetDropdown({ label, sheets, chosen, inUse, noneHint, onChoose, disabled }: SheetDropdownProps) {
  const { t } = useText();
  const automatic = t('pane.data.automatic');
  const value = chosen ?? (inUse === null ? automatic : `${automatic} · ${inUse}`);
  return (
    <Field label={label} hint={inUse === null ? noneHint : undefined}>
      <Dropdown clearButton={null} value={value} selectedOptions={[chosen ?? AUTOMATIC]} disabled={disabled} onOptionSelect={(_, data) => onChoose(data.optionValue === AUTOMATIC ? null : data.optionValue ?? null)}>
        <Option value={AUTOMATIC}>{automatic}</Option>
        {sheets.map((sheet) => (
          <Option key={sheet} value={sheet}>
            {sheet}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
