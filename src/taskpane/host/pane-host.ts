import type { InputColumnsSummary } from '../../app/add-input-columns';
import type { SheetHeaders, SourcesView } from '../../app/describe-sources';
import type { FormsRemoval } from '../../app/remove-forms';
import type { Step, StepsSummary } from '../../app/run-steps';
import type { Language } from '../../core/columns/layout';
import type { SourceOverrides } from '../../core/columns/roles';
import type { ProgressListener } from '../../core/run-summary';
import type { FormKind } from '../../core/forms/form-sheets';
import type { Selection } from '../../core/forms/selection';
import type { TierMode } from '../../core/tiers/tier-options';

/** The choices a user makes in the pane; saved with the workbook (Excel) or per file (preview). */
export interface PaneChoices {
  overrides: SourceOverrides;
  tier: { mode: TierMode; thresholds: [number, number]; from?: string; to?: string };
  forms: { kinds: FormKind[]; lang: Language; batch: boolean };
}

export interface PaneRunRequest {
  steps: readonly Step[];
  choices: PaneChoices;
  /** With 'forms': which customers. 'rows' selections come from selectedRows(). */
  selection?: Selection;
  /** With 'control': the as-of date, and whether a workbook without a receivables sheet is refused (StepsRequest.control). */
  control?: { asOf?: Date; required: boolean };
  onProgress: ProgressListener;
  /** Cancels while reading and planning; once writing starts the run completes. */
  signal: AbortSignal;
}

/**
 * Where the pane's work happens: Excel (Office.js port) or the browser
 * preview (an .xlsx file through the package-level .xlsx port). Components only see this.
 */
export interface PaneHost {
  readonly kind: 'excel' | 'preview';
  /** Label language: Office's display language, or the browser's in preview. */
  readonly language: Language;
  /** The theme is dark when the pane starts. */
  readonly dark: boolean;
  /** Calls onChange when the theme turns dark or light while the pane is open; returns the function that stops. */
  watchTheme(onChange: (dark: boolean) => void): () => void;
  describe(overrides: SourceOverrides): Promise<SourcesView>;
  /** Every sheet and its header row, without recognising anything: the Data section's choices when describe fails. */
  describeSheets(): Promise<SheetHeaders[]>;
  run(request: PaneRunRequest): Promise<StepsSummary>;
  /**
   * "Add the input columns": appends to the sheet the credit step reads the
   * statement and rating columns it lacks, empty, for the user to fill
   * (src/app/add-input-columns.ts); the pane reads the sources again after.
   */
  addInputColumns(choices: PaneChoices): Promise<InputColumnsSummary>;
  /** Which form sheets of the last forms run would be removed (unedited) and which kept; writes nothing. */
  findFormsToRemove(): Promise<FormsRemoval>;
  /** Removes those of `confirmed` (the sheets the user agreed to) still unedited; says what went and what stayed. */
  removeForms(confirmed: readonly string[]): Promise<FormsRemoval>;
  /** 0-based rows of the given sheet that the user has selected (empty in preview). */
  selectedRows(sheet: string): Promise<number[]>;
  /** Activates a sheet and selects a cell in it (problem links, created sheets). */
  goTo(sheet: string, cell?: string): Promise<void>;
  loadChoices(): Promise<PaneChoices | null>;
  saveChoices(choices: PaneChoices): Promise<void>;
}

/** The preview host: the pane outside Office, working on a file the user opens. */
export interface PreviewHost extends PaneHost {
  readonly kind: 'preview';
  /** Name of the open file, or null before one is opened. */
  readonly fileName: string | null;
  open(file: File): Promise<void>;
  /** The workbook as it is now, as an .xlsx file to download. */
  download(): Promise<Blob>;
}
