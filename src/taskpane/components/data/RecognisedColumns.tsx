import { Text, makeStyles, tokens } from '@fluentui/react-components';
import type { SourceView } from '../../../app/describe-sources';
import { roleLabel } from '../../../core/i18n/role-label';
import { rolesToShow } from '../../data/source-roles';
import { useText } from '../use-text';

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

/** The columns recognised on a sheet whose columns cannot be chosen, in the sheet's order. */
export function RecognisedColumns({ view }: { view: SourceView }) {
  const styles = useStyles();
  const { language } = useText();
  return (
    <ul className={styles.list}>
      {rolesToShow(view, []).map((role) => {
        const column = view.columns[role];
        return (
          column && (
            <li key={role}>
              <Text size={200}>
                {roleLabel(role, language)}: {column.letter} · {column.header}
              </Text>
            </li>
          )
        );
      })}
    </ul>
  );
}
