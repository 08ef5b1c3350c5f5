import { Link } from '@fluentui/react-components';
import { placeOf, type CellTarget } from '../summary/cell-target';
import { useText } from './use-text';

/** Selects a cell (or activates a sheet) in the workbook. */
export type GoTo = (target: CellTarget) => void;

/** A link (a native button) that goes to the cell it names. */
export function CellLink({ target, onGoTo, text }: { target: CellTarget; onGoTo: GoTo; text?: string }) {
  const { t } = useText();
  const place = placeOf(target);
  return (
    <Link as="button" onClick={() => onGoTo(target)} title={t('pane.goTo', { place })}>
      {text ?? place}
    </Link>
  );
}
