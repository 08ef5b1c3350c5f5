import type ExcelJS from 'exceljs';
import { describeSources, type SourcesView } from '../../app/describe-sources';
import { runSteps, type StepsSummary } from '../../app/run-steps';
import type { Language } from '../../core/columns/layout';
import type { SourceOverrides } from '../../core/columns/roles';
import { languageForLocale } from '../../core/i18n/display-language';
import { InputError } from '../../core/problems';
import { createXlsxPort } from '../../ports/xlsx/xlsx-port';
import type { PaneChoices, PaneRunRequest, PreviewHost } from '../host/pane-host';
import { stepsRequest } from '../host/steps-request';
import { readChoices } from '../choices/read-choices';
import { guardOutsideRequests } from './local-only';
import { label, labelWith } from '../../core/i18n/labels';
import { XLSX_TYPE } from './xlsx-type';
import { systemPrefersDark, watchDark } from '../theme/watch-dark';

/** localStorage key of the choices made for a file: one entry per file name. */
export const CHOICES_KEY_PREFIX = 'credit-desk:choices:';

type ExcelJsModule = typeof import('exceljs');

/**
 * ExcelJS is its own chunk, fetched when the preview host is made (not when
 * the pane starts, and never inside Excel). Webpack resolves `exceljs` through
 * its package.json `browser` field to the self-contained browser build.
 */
let excelJs: Promise<ExcelJsModule> | null = null;
function loadExcelJs(): Promise<ExcelJsModule> {
  excelJs ??= import(/* webpackChunkName: "exceljs" */ 'exceljs').then(
    (m) => ((m as { default?: ExcelJsModule }).default ?? m) as ExcelJsModule,
    (error: unknown) => {
      // A failed fetch (offline a moment) is tried again on the next Open, not remembered.
      excelJs = null;
      throw error;
    },
  );
  return excelJs;
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
 * on it in the browser through the ExcelJS port, and the result is downloaded.
 * Nothing is uploaded: the file never leaves the page.
 */
class BrowserPreviewHost implements PreviewHost {
  readonly kind = 'preview' as const;
  readonly language: Language;
  readonly dark: boolean;
  readonly limitations: string[] = [];
  private workbook: ExcelJS.Workbook | null = null;
  private name: string | null = null;
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
    return this.name;
  }

  private inTurn<T>(work: () => Promise<T>): Promise<T> {
    const result = this.turn.then(work, work);
    this.turn = result.catch(() => undefined);
    return result;
  }

  open(file: File): Promise<void> {
    return this.inTurn(async () => {
      const { Workbook } = await loadExcelJs();
      const wb = new Workbook();
      try {
        await wb.xlsx.load(await file.arrayBuffer());
      } catch (error) {
        throw new InputError(labelWith('pane.preview.openFailed', this.language, { name: file.name, reason: (error as Error).message }));
      }
      // Only a workbook that loaded replaces the one open before.
      this.workbook = wb;
      this.name = file.name;
    });
  }

  download(): Promise<Blob> {
    return this.inTurn(async () => {
      const buffer = await this.open_().xlsx.writeBuffer();
      return new Blob([buffer as ArrayBuffer], { type: XLSX_TYPE });
    });
  }

  describe(overrides: SourceOverrides): Promise<SourcesView> {
    return this.inTurn(async () => describeSources(createXlsxPort(this.open_()), overrides));
  }

  run(request: PaneRunRequest): Promise<StepsSummary> {
    return this.inTurn(async () => runSteps(createXlsxPort(this.open_()), stepsRequest(request, new Date())));
  }

  async selectedRows(): Promise<number[]> {
    return [];
  }

  /** There is no sheet view in the preview: nothing to select. */
  async goTo(): Promise<void> {}

  async loadChoices(): Promise<PaneChoices | null> {
    if (this.name === null) return null;
    const key = CHOICES_KEY_PREFIX + this.name;
    const text = this.env.storage?.getItem(key) ?? this.unsaved.get(key) ?? null;
    // Malformed choices throw, naming what is wrong; the pane falls back to the automatic ones.
    return text === null ? null : readChoices(JSON.parse(text));
  }

  async saveChoices(choices: PaneChoices): Promise<void> {
    if (this.name === null) return;
    const key = CHOICES_KEY_PREFIX + this.name;
    const text = JSON.stringify(choices);
    if (this.env.storage) this.env.storage.setItem(key, text);
    else this.unsaved.set(key, text);
  }

  private open_(): ExcelJS.Workbook {
    if (!this.workbook) throw new InputError(label('pane.preview.openFirst', this.language));
    return this.workbook;
  }
}

/** Made by the pane's entry when it is opened outside Office. */
export async function createPreviewHost(env: PreviewEnvironment = browserEnvironment()): Promise<PreviewHost> {
  if (typeof document !== 'undefined') guardOutsideRequests(document);
  const host = new BrowserPreviewHost(env);
  // Start fetching ExcelJS now, so that opening the first file does not wait for it;
  // a failure here is shown when the user opens a file (loadExcelJs tries again then).
  loadExcelJs().catch(() => undefined);
  return host;
}
