import type { ControlRunSummary } from '../../app/plan-control';
import type { Language } from '../../core/columns/layout';
import { label, type LabelId } from '../i18n/labels';
import { formatAmount, formatCount } from './format';

/** One figure of a card: what it is, and the value as shown. */
export interface CardFigure {
  label: string;
  value: string;
}

export interface ControlCard {
  key: 'exposure' | 'overLimit' | 'longOverdue' | 'held';
  title: string;
  figures: CardFigure[];
}

/**
 * The Credit control section's cards: the total exposure, the customers over
 * their limit and by how much in all, what is more than 90 days overdue, and
 * the customers on overdue hold (by their most severe status, as the status
 * column shows it).
 */
export function controlCards(control: ControlRunSummary, language: Language): ControlCard[] {
  const t = (id: LabelId) => label(id, language);
  return [
    { key: 'exposure', title: t('pane.control.exposure'), figures: [{ label: t('pane.control.amount'), value: formatAmount(control.exposureTotal) }] },
    {
      key: 'overLimit',
      title: t('pane.control.overLimit'),
      figures: [
        { label: t('pane.control.customers'), value: formatCount(control.overLimit.customers) },
        { label: t('pane.control.overLimitAmount'), value: formatAmount(control.overLimit.amount) },
      ],
    },
    { key: 'longOverdue', title: t('pane.control.longOverdue'), figures: [{ label: t('pane.control.amount'), value: formatAmount(control.longOverdueTotal) }] },
    { key: 'held', title: t('pane.control.held'), figures: [{ label: t('pane.control.customers'), value: formatCount(control.statuses.overdueHold) }] },
  ];
}

export interface HeldRow {
  /** The customer's credit-status cell (unique per customer, so also the list key). */
  cell: string;
  /** ID and name as the sheet shows them (the cell where it has neither). */
  who: string;
  /** The status as the status column writes it, in the pane's language. */
  status: string;
}

/** The listed customers on hold or over their limit, each a link to its status cell. */
export function heldRows(control: ControlRunSummary, language: Language): HeldRow[] {
  return control.heldCustomers.map((c) => ({
    cell: c.cell,
    who: [c.id, c.name].filter((part): part is string => part !== null).join(' ') || c.cell,
    status: label(`control.status.${c.status}`, language),
  }));
}

/** How many of the customers on hold or over the limit the list leaves out (the status column holds them all). */
export function heldNotListed(control: ControlRunSummary): number {
  return control.heldCount - control.heldCustomers.length;
}
