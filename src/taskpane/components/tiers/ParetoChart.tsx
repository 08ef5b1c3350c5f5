import { Text, makeStyles, tokens } from '@fluentui/react-components';
import type { RunSummary } from '../../../core/run-summary';
import { paretoPoints } from '../../summary/pareto-points';
import { useText } from '../use-text';

const WIDTH = 240;
const HEIGHT = 150;
const PAD = { left: 34, right: 8, top: 18, bottom: 30 };
const PLOT_W = WIDTH - PAD.left - PAD.right;
const PLOT_H = HEIGHT - PAD.top - PAD.bottom;

const x = (share: number) => PAD.left + share * PLOT_W;
const y = (share: number) => PAD.top + (1 - share) * PLOT_H;

const useStyles = makeStyles({
  chart: { width: '100%', maxWidth: `${WIDTH * 1.5}px`, height: 'auto', display: 'block' },
  axis: { stroke: tokens.colorNeutralStroke1, strokeWidth: 1, fill: 'none' },
  grid: { stroke: tokens.colorNeutralStroke2, strokeWidth: 0.5, strokeDasharray: '2 2', fill: 'none' },
  curve: { stroke: tokens.colorBrandForeground1, strokeWidth: 2, fill: 'none' },
  point: { fill: tokens.colorBrandForeground1 },
  text: { fill: tokens.colorNeutralForeground2, fontSize: '9px', fontFamily: tokens.fontFamilyBase },
});

const percent = (share: number) => `${Math.round(share * 100)}%`;

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
        <text key={`y${share}`} className={styles.text} x={x(0) - 4} y={y(share) + 3} textAnchor="end">
          {percent(share)}
        </text>
      ))}
      {[0, 0.5, 1].map((share) => (
        <text key={`x${share}`} className={styles.text} x={x(share)} y={y(0) + 11} textAnchor="middle">
          {percent(share)}
        </text>
      ))}
      <text className={styles.text} x={x(0.5)} y={HEIGHT - 2} textAnchor="middle">
        {t('pane.pareto.customers')}
      </text>
      <text className={styles.text} x={4} y={9}>
        {t('pane.pareto.sales')}
      </text>
      <polyline className={styles.curve} points={points.map((p) => `${x(p.customers)},${y(p.sales)}`).join(' ')} />
      {points.map((p) =>
        p.tier === null ? null : (
          <g key={p.tier}>
            <circle className={styles.point} cx={x(p.customers)} cy={y(p.sales)} r={2.5} />
            <text className={styles.text} x={x(p.customers) + 3} y={y(p.sales) + 10}>
              {p.tier}
            </text>
          </g>
        ),
      )}
    </svg>
  );
}
