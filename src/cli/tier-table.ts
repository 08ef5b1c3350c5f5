import type { Language } from '../core/columns/layout';
import type { StepsSummary } from '../app/run-steps';
import { formatAmount, formatCount, formatShare } from '../core/i18n/format-number';
import { TIERS } from '../core/tiers/tier-options';
import { label } from './i18n/labels';
import { displayWidth, padEndTo, padStartTo } from './text-width';

/**
 * The tiers as a table for a terminal: a head line in the language, then a
 * line per tier. Each column is at least as wide as its head, measured in
 * terminal columns (a Chinese character takes two), so the figures line up in
 * every language; the narrowest widths are the English table's of old.
 */
export function tierTable(s: StepsSummary, language: Language): string[] {
  const head = {
    tier: label('cli.tiers.tier', language),
    customers: label('cli.tiers.customers', language),
    sales: label('col.netSales', language),
    share: label('cli.tiers.share', language),
  };
  const width = {
    tier: Math.max(4, displayWidth(head.tier)),
    customers: Math.max(9, displayWidth(head.customers)),
    sales: Math.max(17, displayWidth(head.sales)),
    share: Math.max(14, displayWidth(head.share)),
  };
  const total = TIERS.reduce((sum, t) => sum + Math.max(0, s.salesByTier[t]), 0);
  return [
    [padEndTo(head.tier, width.tier), padStartTo(head.customers, width.customers), padEndTo(head.sales, width.sales), padStartTo(head.share, width.share)].join('  '),
    ...TIERS.map((t) => [
      padEndTo(t, width.tier),
      padStartTo(formatCount(s.tiers[t]), width.customers),
      padStartTo(formatAmount(s.salesByTier[t]), width.sales),
      padStartTo(formatShare(total === 0 ? null : Math.max(0, s.salesByTier[t]) / total), width.share),
    ].join('  ')),
  ];
}
