import { addInputColumns, type InputColumnsSummary } from '../../app/add-input-columns';
import { describeSheets, describeSources, type SheetHeaders, type SourcesView } from '../../app/describe-sources';
import { findFormsToRemove, removeFormSheets, type FormsRemoval } from '../../app/remove-forms';
import { runSteps, type StepsSummary } from '../../app/run-steps';
import type { Language } from '../../core/columns/layout';
import type { SourceOverrides } from '../../core/columns/roles';
import { languageForLocale } from '../../core/i18n/display-language';
import { inputError } from '../../core/i18n/input-error-text';
import { InputError } from '../../core/problems';
import type { WorkbookPort } from '../../ports/workbook-port';
import type { XlsxWorkbook } from '../../ports/xlsx/xlsx-workbook';
import type { PaneChoices, PaneRunRequest, PreviewHost } from '../host/pane-host';
import { inputColumnsRequest, stepsRequest } from '../host/steps-request';
import { readChoices } from '../choices/read-choices';
import { guardOutsideRequests } from './local-only';
import { XLSX_TYPE } from './xlsx-type';
import { systemPrefersDark, watchDark } from '../theme/watch-dark';

/** localStorage key of the choices made for a file: one entry per file name. */
export const CHOICES_KEY_PREFIX = 'credit-desk:choices:';

type PackageModule = typeof import('./xlsx-package');

/**
 * The package port is its own chunk ("xlsx-package"), fetched when the
 * preview host is made (not when the pane starts, and never inside Excel).
 */
let packageModule: Promise<PackageModule> | null = null;
function loadPackagePort(): Promise<PackageModule> {
  packageModule ??= import(/* webpackChunkName: "xlsx-package" */ './xlsx-package').catch((error: unknown) => {
    // A failed fetch (offline a moment) is tried again on the next Open, not remembered.
    packageModule = null;
    throw error;
  });
  return packageModule;
}

/**
 * The open file. `bytes` is its last good state: the file as opened, then the
 * result of each run that went through. `workbook` is that state, opened
 * (what describe reads and download saves). A run works on a workbook of its
 * own, opened fresh from `bytes`, and replaces both only when it succeeds: a
 * run that fails, at any point, leaves nothing of itself behind.
 */
interface OpenFile {
  name: string;
  bytes: Uint8Array;
  workbook: XlsxWorkbook;
}

/** What the preview takes from the browser (a parameter, so that node tests can give their own). */
export interface PreviewEnvironment {
  /** Where the choices are kept per file; null when the browser has storage switched off. */
  storage: Storage | null;
  /** The browser's language tag (navigator.language). */
  locale: string;
  /** The system's colour scheme is dark. */
  dark: boolean;
  /** Calls onChange when the system's colour scheme changes; returns the function that stops. */
  watchDark(onChange: (dark: boolean) => void): () => void;
}

function browserEnvironment(): PreviewEnvironment {
  let storage: Storage | null = null;
  try {
    storage = window.localStorage;
  } catch {
    // Storage switched off, or a sandboxed page: the choices then last for the session only.
  }
  const readDark = () => systemPrefersDark(window);
  return { storage, locale: navigator.language, dark: readDark(), watchDark: (onChange) => watchDark(readDark, window, onChange) };
}

/**
 * The pane's host outside Office: the user opens an .xlsx file, the steps run
 * on it in the browser through the package port (the command line's), and the
 * result is downloaded: the file as it came, every part the run does not
 * write kept byte for byte. Nothing is uploaded: the file never leaves the page.
 */
class BrowserPreviewHost implements PreviewHost {
  readonly kind = 'preview' as const;
  readonly language: Language;
  readonly dark: boolean;
  private file: OpenFile | null = null;
  /** Choices of this session when localStorage is unavailable. */
  private readonly unsaved = new Map<string, string>();
  /** Opening, reading, running and saving take turns, so a download never catches a run half-way. */
  private turn: Promise<unknown> = Promise.resolve();

  constructor(private readonly env: PreviewEnvironment) {
    this.language = languageForLocale(env.locale);
    this.dark = env.dark;
  }

  watchTheme(onChange: (dark: boolean) => void): () => void {
    return this.env.watchDark(onChange);
  }

  get fileName(): string | null {
    return this.file?.name ?? null;
  }

  private inTurn<T>(work: () => Promise<T>): Promise<T> {
    const result = this.turn.then(work, work);
    this.turn = result.catch(() => undefined);
    return result;
  }

  open(file: File): Promise<void> {
    return this.inTurn(async () => {
      const { openWorkbook } = await loadPackagePort();
      let bytes: Uint8Array;
      try {
        bytes = new Uint8Array(await file.arrayBuffer());
      } catch (error) {
        // The browser could not read the chosen file (moved or deleted since it was chosen).
        throw inputError('previewOpenFailed', { name: file.name, reason: error instanceof Error ? error.message : String(error) });
      }
      let workbook: XlsxWorkbook;
      try {
        workbook = openWorkbook(bytes, file.name);
      } catch (error) {
        if (!(error instanceof InputError) || error.code !== 'workbookUnreadable') throw error;
        throw inputError('previewOpenFailed', { name: file.name, reason: error.args.reason ?? error.message });
      }
      // Only a workbook that opened replaces the one open before.
      this.file = { name: file.name, bytes, workbook };
    });
  }

  download(): Promise<Blob> {
    return this.inTurn(async () => {
      // writeZip makes a fresh ArrayBuffer-backed array.
      const bytes = this.open_().workbook.toBytes() as Uint8Array<ArrayBuffer>;
      return new Blob([bytes], { type: XLSX_TYPE });
    });
  }

  describe(overrides: SourceOverrides): Promise<SourcesView> {
    return this.inTurn(async () => {
      const open = this.open_();
      const { createPackagePort } = await loadPackagePort();
      return describeSources(createPackagePort(open.workbook), overrides);
    });
  }

  describeSheets(): Promise<SheetHeaders[]> {
    return this.inTurn(async () => {
      const open = this.open_();
      const { createPackagePort } = await loadPackagePort();
      return describeSheets(createPackagePort(open.workbook));
    });
  }

  /**
   * Runs on a workbook opened fresh from the last good bytes, never on the
   * one describe and download use. The package port writes a plan all or
   * nothing, but the style book it appends to lives in the workbook and is
   * changed while the plan is laid out, and the commit replaces several parts
   * one after another; a run that fails there must not leave its styles, or
   * half its parts, for the next run or the download. Only a run that went
   * through (and whose result could be saved) replaces the open file.
   */
  run(request: PaneRunRequest): Promise<StepsSummary> {
    return this.onFreshWorkbook((port) => runSteps(port, stepsRequest(request, new Date())));
  }

  addInputColumns(choices: PaneChoices): Promise<InputColumnsSummary> {
    return this.onFreshWorkbook((port) => addInputColumns(port, inputColumnsRequest(choices, new Date())));
  }

  /** Works on a workbook opened fresh from the last good bytes, which replaces the open file only when the work went through (see run). */
  private onFreshWorkbook<T>(work: (port: WorkbookPort) => Promise<T>): Promise<T> {
    return this.inTurn(async () => {
      const open = this.open_();
      const { openWorkbook, createPackagePort } = await loadPackagePort();
      const workbook = openWorkbook(open.bytes, open.name);
      const result = await work(createPackagePort(workbook));
      const bytes = workbook.toBytes();
      this.file = { name: open.name, bytes, workbook: openWorkbook(bytes, open.name) };
      return result;
    });
  }

  findFormsToRemove(): Promise<FormsRemoval> {
    return this.inTurn(async () => {
      const { createPackagePort } = await loadPackagePort();
      return findFormsToRemove(createPackagePort(this.open_().workbook));
    });
  }

  /** Like a run: on a workbook opened fresh from the last good bytes, which it replaces only when the removal went through. */
  removeForms(confirmed: readonly string[]): Promise<FormsRemoval> {
    return this.inTurn(async () => {
      const open = this.open_();
      const { openWorkbook, createPackagePort } = await loadPackagePort();
      const workbook = openWorkbook(open.bytes, open.name);
      const outcome = await removeFormSheets(createPackagePort(workbook), confirmed);
      const bytes = workbook.toBytes();
      this.file = { name: open.name, bytes, workbook: openWorkbook(bytes, open.name) };
      return outcome;
    });
  }

  async selectedRows(): Promise<number[]> {
    return [];
  }

  /** There is no sheet view in the preview: nothing to select. */
  async goTo(): Promise<void> {}

  async loadChoices(): Promise<PaneChoices | null> {
    if (this.file === null) return null;
    const key = CHOICES_KEY_PREFIX + this.file.name;
    const text = this.env.storage?.getItem(key) ?? this.unsaved.get(key) ?? null;
    // Malformed choices throw, naming what is wrong; the pane falls back to the automatic ones.
    return text === null ? null : readChoices(JSON.parse(text));
  }

  async saveChoices(choices: PaneChoices): Promise<void> {
    if (this.file === null) return;
    const key = CHOICES_KEY_PREFIX + this.file.name;
    const text = JSON.stringify(choices);
    if (this.env.storage) this.env.storage.setItem(key, text);
    else this.unsaved.set(key, text);
  }

  private open_(): OpenFile {
    if (!this.file) throw inputError('previewOpenFirst');
    return this.file;
  }
}

/** Made by the pane's entry when it is opened outside Office. */
export async function createPreviewHost(env: PreviewEnvironment = browserEnvironment()): Promise<PreviewHost> {
  if (typeof document !== 'undefined') guardOutsideRequests(document);
  const host = new BrowserPreviewHost(env);
  // Start fetching the package port now, so that opening the first file does not wait for it;
  // a failure here is shown when the user opens a file (loadPackagePort tries again then).
  loadPackagePort().catch(() => undefined);
  return host;
}
