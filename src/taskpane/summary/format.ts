/** The pane's figures: the one number formatter of the core, which the command line prints with too. */
export { formatAmount, formatCount, formatShare } from '../../core/i18n/format-number';
