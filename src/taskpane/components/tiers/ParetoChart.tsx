import { Text, makeStyles, tokens } from '@fluentui/react-components';
import type { RunSummary } from '../../../core/run-summary';
import { paretoPoints, type ParetoPoint } from '../../summary/pareto-points';
import { useText } from '../use-text';

const WIDTH = 280;
const HEIGHT = 170;
/** Room for the tick labels ("100%") on the left and below, half of one on the right, and the axis titles. */
const PAD = { left: 36, right: 16, top: 20, bottom: 32 };
const PLOT_W = WIDTH - PAD.left - PAD.right;
const PLOT_H = HEIGHT - PAD.top - PAD.bottom;
/** Tier letters at least this far apart (a letter is about 6 units wide). */
const LABEL_GAP = 11;

const x = (share: number) => PAD.left + share * PLOT_W;
const y = (share: number) => PAD.top + (1 - share) * PLOT_H;

const useStyles = makeStyles({
  chart: { width: '100%', maxWidth: `${WIDTH * 1.5}px`, height: 'auto', display: 'block' },
  axis: { stroke: tokens.colorNeutralStroke1, strokeWidth: 1, fill: 'none' },
  grid: { stroke: tokens.colorNeutralStroke2, strokeWidth: 0.5, strokeDasharray: '2 2', fill: 'none' },
  curve: { stroke: tokens.colorBrandForeground1, strokeWidth: 2, fill: 'none' },
  point: { fill: tokens.colorBrandForeground1 },
  text: { fill: tokens.colorNeutralForeground2, fontSize: '10px', fontFamily: tokens.fontFamilyBase },
  tier: { fill: tokens.colorNeutralForeground1, fontSize: '10px', fontWeight: tokens.fontWeightSemibold, fontFamily: tokens.fontFamilyBase },
});

const percent = (share: number) => `${Math.round(share * 100)}%`;

interface TierLabel {
  tier: string;
  x: number;
  y: number;
}

/**
 * Each tier's letter by the middle of its stretch of the curve, just below
 * it; letters that would touch (the small C and D tiers, both near 100%) are
 * pushed apart, and none leaves the plot.
 */
function tierLabels(points: ParetoPoint[]): TierLabel[] {
  const labels: TierLabel[] = [];
  for (let i = 1; i < points.length; i++) {
    const from = points[i - 1]!;
    const to = points[i]!;
    labels.push({ tier: to.tier!, x: x((from.customers + to.customers) / 2) + 4, y: y((from.sales + to.sales) / 2) + 12 });
  }
  const last = WIDTH - PAD.right - 4;
  for (let i = 1; i < labels.length; i++) labels[i]!.x = Math.max(labels[i]!.x, labels[i - 1]!.x + LABEL_GAP);
  for (let i = labels.length - 1; i >= 0; i--) labels[i]!.x = Math.min(labels[i]!.x, i === labels.length - 1 ? last : labels[i + 1]!.x - LABEL_GAP);
  return labels;
}

/** The cumulative share of sales against the share of customers, best customers first, with the tier boundaries marked. */
export function ParetoChart({ summary }: { summary: Pick<RunSummary, 'tiers' | 'salesByTier'> }) {
  const styles = useStyles();
  const { t } = useText();
  const points = paretoPoints(summary);
  if (points === null) return <Text>{t('pane.pareto.noSales')}</Text>;
  const title = t('pane.pareto.title');
  return (
    <svg className={styles.chart} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={title}>
      <title>{title}</title>
      {[0.5, 1].map((share) => (
        <line key={share} className={styles.grid} x1={x(0)} x2={x(1)} y1={y(share)} y2={y(share)} />
      ))}
      <polyline className={styles.axis} points={`${x(0)},${y(1)} ${x(0)},${y(0)} ${x(1)},${y(0)}`} />
      {[0, 0.5, 1].map((share) => (
        <text key={`y${share}`} className={styles.text} x={x(0) - 4} y={y(share) + 3.5} textAnchor="end">
          {percent(share)}
        </text>
      ))}
      {[0, 0.5, 1].map((share) => (
        <text key={`x${share}`} className={styles.text} x={x(share)} y={y(0) + 13} textAnchor="middle">
          {percent(share)}
        </text>
      ))}
      <text className={styles.text} x={x(0.5)} y={HEIGHT - 3} textAnchor="middle">
        {t('pane.pareto.customers')}
      </text>
      <text className={styles.text} x={2} y={10}>
        {t('pane.pareto.sales')}
      </text>
      <polyline className={styles.curve} points={points.map((p) => `${x(p.customers)},${y(p.sales)}`).join(' ')} />
      {points.map((p) => (p.tier === null ? null : <circle key={p.tier} className={styles.point} cx={x(p.customers)} cy={y(p.sales)} r={2.5} />))}
      {tierLabels(points).map((l) => (
        <text key={l.tier} className={styles.tier} x={l.x} y={l.y} textAnchor="middle">
          {l.tier}
        </text>
      ))}
    </svg>
  );
}
