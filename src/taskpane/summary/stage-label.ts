import type { Language } from '../../core/columns/layout';
import { label, type LabelId } from '../../core/i18n/labels';
import type { Progress } from '../../core/run-summary';

/** The engine's progress stages (English, see src/app) by their opening words. */
const STAGES: readonly [prefix: string, id: LabelId][] = [
  ['Finding', 'pane.stage.finding'],
  ['Reading', 'pane.stage.reading'],
  ['Tiering', 'pane.stage.tiering'],
  ['Scoring', 'pane.stage.scoring'],
  ['Laying out', 'pane.stage.forms'],
  ['Writing', 'pane.stage.writing'],
  ['Done', 'pane.stage.done'],
];

/** A progress stage in the pane's language; a stage this list does not know reads "Working…". */
export function stageLabel(progress: Progress | null, language: Language): string {
  const hit = progress && STAGES.find(([prefix]) => progress.stage.startsWith(prefix));
  return label(hit ? hit[1] : 'pane.stage.working', language);
}
