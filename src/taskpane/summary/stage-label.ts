import type { Language } from '../../core/columns/layout';
import { label, type LabelId } from '../i18n/labels';
import type { Progress, ProgressStep } from '../../core/run-summary';

const STEP_LABEL: Record<ProgressStep, LabelId> = {
  finding: 'pane.stage.finding',
  reading: 'pane.stage.reading',
  tiering: 'pane.stage.tiering',
  scoring: 'pane.stage.scoring',
  control: 'pane.stage.control',
  forms: 'pane.stage.forms',
  writing: 'pane.stage.writing',
  done: 'pane.stage.done',
};

/** A run's step in the pane's language; before the first report it reads "Working…". */
export function stageLabel(progress: Progress | null, language: Language): string {
  return label(progress ? STEP_LABEL[progress.step] : 'pane.stage.working', language);
}
