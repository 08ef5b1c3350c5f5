import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import webpack, { type Configuration, type StatsCompilation } from 'webpack';

export const ROOT = resolve(__dirname, '..', '..');

/** What a build made, as the bench and the browser tests need it. */
export interface PaneBuild {
  /** The output folder (dist/ or a temporary one). */
  dir: string;
  /** The taskpane entry's initial chunks, in load order (the <script> tags of taskpane.html). */
  paneInitialJs: string[];
  /**
   * Every JavaScript file Excel loads for the pane: the initial chunks, and
   * the chunks the pane imports on the way (its components, the Excel host,
   * the engine). Not the browser preview's chunks (preview host, the package port).
   */
  paneExcelJs: string[];
  /** Files of chunks that contain ExcelJS (none: the browser preview uses the package port; the bundle test checks it). */
  excelJsFiles: string[];
  /** Every emitted .js file of our own code (office.js excluded). */
  allJs: string[];
}

export const BUILD_INFO = 'pane-build.json';

type ConfigFactory = (env: Record<string, unknown>, argv: { mode: 'production' | 'development' }) => Promise<Configuration>;

function isExcelJsModule(name: string | null | undefined): boolean {
  return typeof name === 'string' && /[\\/]node_modules[\\/]exceljs[\\/]/.test(name);
}

/**
 * An import() made on Excel's path: from the pane's code (src/, not the
 * ribbon commands), neither in nor of the browser preview (src/taskpane/preview/).
 */
function onExcelPath(origin: { moduleName?: string; request?: string }): boolean {
  const from = origin.moduleName ?? '';
  const request = origin.request ?? '';
  return from.startsWith('./src/') && !from.startsWith('./src/commands/') && !from.startsWith('./src/taskpane/preview/')
    && !/(^|[\\/])preview[\\/]/.test(request);
}

function describeBuild(dir: string, stats: StatsCompilation): PaneBuild {
  const entry = stats.entrypoints?.taskpane;
  if (!entry) throw new Error('build: the webpack configuration has no taskpane entry.');
  const names = (assets: { name: string }[] | undefined) => (assets ?? []).map((a) => a.name).filter((n) => n.endsWith('.js'));
  const paneInitialJs = names(entry.assets);
  const lazy = (stats.chunks ?? [])
    .filter((chunk) => !chunk.initial && (chunk.origins ?? []).some(onExcelPath))
    .flatMap((chunk) => (chunk.files ?? []).filter((f) => f.endsWith('.js')));
  const paneExcelJs = [...paneInitialJs, ...lazy.filter((f) => !paneInitialJs.includes(f)).sort()];
  const excelJsFiles = (stats.chunks ?? [])
    .filter((chunk) => (chunk.modules ?? []).some((m) => isExcelJsModule(m.nameForCondition) || isExcelJsModule(m.name)))
    .flatMap((chunk) => (chunk.files ?? []).filter((f) => f.endsWith('.js')));
  const allJs = (stats.assets ?? []).map((a) => a.name).filter((n) => n.endsWith('.js') && !n.startsWith('office-js/'));
  return { dir, paneInitialJs, paneExcelJs, excelJsFiles, allJs };
}

/**
 * The production build of webpack.config.js (as `webpack --mode production`:
 * no certificate), into `outDir` (default dist/). Writes pane-build.json
 * next to the files and returns the same facts.
 */
export async function buildPane(outDir = join(ROOT, 'dist'), options: { quiet?: boolean } = {}): Promise<PaneBuild> {
  // The configuration is CommonJS and resolves paths from the project root.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const factory = require(join(ROOT, 'webpack.config.js')) as ConfigFactory;
  const config = await factory({ WEBPACK_BUNDLE: true, WEBPACK_BUILD: true }, { mode: 'production' });
  const dir = resolve(outDir);
  const compiler = webpack({ ...config, mode: 'production', context: ROOT, output: { ...config.output, path: dir } });
  const stats = await new Promise<webpack.Stats>((done, fail) => {
    compiler.run((error, result) => {
      compiler.close(() => undefined);
      if (error || !result) fail(error ?? new Error('webpack gave no result'));
      else done(result);
    });
  });
  const json = stats.toJson({ all: false, assets: true, chunks: true, chunkModules: true, chunkOrigins: true, entrypoints: true, errors: true, warnings: true });
  if (stats.hasErrors()) {
    throw new Error(`webpack failed:\n${(json.errors ?? []).map((e) => e.message).join('\n\n')}`);
  }
  if (!options.quiet) for (const w of json.warnings ?? []) console.warn(`webpack: ${w.message}`);
  const build = describeBuild(dir, json);
  writeFileSync(join(dir, BUILD_INFO), `${JSON.stringify(build, null, 2)}\n`);
  return build;
}
