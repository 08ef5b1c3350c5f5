import type { SourceView } from '../../../app/describe-sources';
import type { Role, SourceOverrides } from '../../../core/columns/roles';
import type { ColumnGroup } from '../../choices/change-overrides';
import { roleLabel } from '../../../core/i18n/role-label';
import { useText } from '../use-text';
import { ColumnDropdown } from './ColumnDropdown';

interface SourceColumnsProps {
  view: SourceView;
  roles: readonly Role[];
  group: ColumnGroup;
  overrides: SourceOverrides;
  onColumn: (group: ColumnGroup, role: Role, letter: string | null) => void;
  disabled: boolean;
}

/** One drop-down per role: the column the add-in reads it from. */
export function SourceColumns({ view, roles, group, overrides, onColumn, disabled }: SourceColumnsProps) {
  const { language } = useText();
  return (
    <>
      {roles.map((role) => (
        <ColumnDropdown
          key={role}
          label={roleLabel(role, language)}
          headers={view.headers}
          chosen={overrides[group]?.[role]}
          inUse={view.columns[role]}
          onChoose={(letter) => onColumn(group, role, letter)}
          disabled={disabled}
        />
      ))}
    </>
  );
}
