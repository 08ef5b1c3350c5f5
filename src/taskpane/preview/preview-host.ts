import type ExcelJS from 'exceljs';
import { describeSources, type SourcesView } from '../../app/describe-sources';
import { runSteps, type StepsSummary } from '../../app/run-steps';
import type { SourceOverrides } from '../../core/columns/roles';
import { languageForLocale } from '../../core/i18n/display-language';
import { InputError } from '../../core/problems';
import { createXlsxPort } from '../../ports/xlsx/xlsx-port';
import type { PaneChoices, PaneRunRequest, PreviewHost } from '../host/pane-host';
import { stepsRequest } from '../host/steps-request';
import { readChoices } from '../choices/read-choices';
import { guardOutsideRequests } from './local-only';
import { previewLabel } from './preview-labels';
import { XLSX_TYPE } from './xlsx-type';

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
  excelJs ??= import(/* webpackChunkName: "exceljs" */ 'exceljs').then((m) => ((m as { default?: ExcelJsModule }).default ?? m) as ExcelJsModule);
  return excelJs;
}

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    // Storage can be switched off (or the page sandboxed): choices then last for the session only.
    return null;
  }
}

function prefersDark(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia('(prefers-color-scheme: dark)').matches;
}

/**
 * The pane's host outside Office: the user opens an .xlsx file, the steps run
 * on it in the browser through the ExcelJS port, and the result is downloaded.
 * Nothing is uploaded: the file never leaves the page.
 */
class BrowserPreviewHost implements PreviewHost {
  readonly kind = 'preview' as const;
  readonly language = languageForLocale(navigator.language);
  readonly dark = prefersDark();
  readonly limitations: string[] = [];
  private workbook: ExcelJS.Workbook | null = null;
  private name: string | null = null;
  /** Choices of this session when localStorage is unavailable. */
  private readonly unsaved = new Map<string, string>();

  get fileName(): string | null {
    return this.name;
  }

  async open(file: File): Promise<void> {
    const { Workbook } = await loadExcelJs();
    const wb = new Workbook();
    try {
      await wb.xlsx.load(await file.arrayBuffer());
    } catch (error) {
      throw new InputError(previewLabel('pane.preview.openFailed', this.language, { name: file.name, reason: (error as Error).message }));
    }
    // Only a workbook that loaded replaces the one open before.
    this.workbook = wb;
    this.name = file.name;
  }

  async download(): Promise<Blob> {
    const buffer = await this.open_().xlsx.writeBuffer();
    return new Blob([buffer as ArrayBuffer], { type: XLSX_TYPE });
  }

  describe(overrides: SourceOverrides): Promise<SourcesView> {
    return describeSources(createXlsxPort(this.open_()), overrides);
  }

  run(request: PaneRunRequest): Promise<StepsSummary> {
    const wb = this.open_();
    return runSteps(createXlsxPort(wb), stepsRequest(request, new Date()));
  }

  async selectedRows(): Promise<number[]> {
    return [];
  }

  /** There is no sheet view in the preview: nothing to select. */
  async goTo(): Promise<void> {}

  async loadChoices(): Promise<PaneChoices | null> {
    if (this.name === null) return null;
    const key = CHOICES_KEY_PREFIX + this.name;
    const text = storage()?.getItem(key) ?? this.unsaved.get(key) ?? null;
    // Malformed choices throw, naming what is wrong; the pane falls back to the automatic ones.
    return text === null ? null : readChoices(JSON.parse(text));
  }

  async saveChoices(choices: PaneChoices): Promise<void> {
    if (this.name === null) return;
    const key = CHOICES_KEY_PREFIX + this.name;
    const text = JSON.stringify(choices);
    const store = storage();
    if (store) store.setItem(key, text);
    else this.unsaved.set(key, text);
  }

  private open_(): ExcelJS.Workbook {
    if (!this.workbook) throw new InputError(previewLabel('pane.preview.openFirst', this.language));
    return this.workbook;
  }
}

/** Made by the pane's entry when it is opened outside Office. */
export async function createPreviewHost(): Promise<PreviewHost> {
  guardOutsideRequests();
  const host = new BrowserPreviewHost();
  // Start fetching ExcelJS now, so that opening the first file does not wait for it.
  loadExcelJs().catch(() => undefined);
  return host;
}
