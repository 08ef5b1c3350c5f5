import type { ControlRunSummary } from '../../../app/plan-control';
import type { Language } from '../../../core/columns/layout';
import { label } from '../../i18n/labels';
import type { ControlCard } from '../../summary/control-cards';
import { formatCount } from '../../summary/format';

export interface NotRatedCard extends Omit<ControlCard, 'key'> {
  key: 'notRated';
}

/**
 * The card of the customers whose credit status is not rated (no approved
 * and no recommended limit), counted by status as the other cards are: a
 * customer on overdue hold shows the hold and is counted there.
 */
export function notRatedCard(control: ControlRunSummary, language: Language): NotRatedCard {
  return {
    key: 'notRated',
    title: label('pane.control.notRated', language),
    figures: [{ label: label('pane.control.customers', language), value: formatCount(control.statuses.notRated) }],
  };
}
