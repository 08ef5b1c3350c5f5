/**
 * npm run bench -- --file [<workbook.xlsx>] [--pairs N] [--json]
 * npm run bench -- --online-retail [--pairs N] [--json]
 * npm run bench -- --large-ledger [--pairs N] [--json]   (100,000 customers, 1,000,000 sales rows: scripts/bench/large-ledger.ts)
 *
 * Times the command line on one workbook against an anchor: ExcelJS's bare
 * streaming read of every cell of every sheet plus a streaming write of all
 * of them to a new file, the least a tool that reads and rewrites the
 * workbook could do with ExcelJS. Each run is a child process of its own
 * (peak memory from GNU time's %M), CLI and anchor runs interleaved in pairs
 * (default 3), medians printed with the ratios CLI / anchor.
 *
 * Without a path, or with --online-retail, the workload is a workbook shaped
 * like the UCI Online Retail data set (scripts/bench/online-retail.ts),
 * written to out/online-retail.xlsx first, or reused when that file is there
 * with the size recorded when it was made.
 *
 * This file is also the anchor's child process:
 *   node --import tsx scripts/bench/file-bench.ts --anchor <in.xlsx> <out.xlsx>
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import ExcelJS from 'exceljs';
import { LARGE_SEED, LARGE_VERSION, type LargeLedgerStats } from './large-ledger';
import { ONLINE_RETAIL_ROWS, ONLINE_RETAIL_SEED, ONLINE_RETAIL_VERSION, type OnlineRetailStats } from './online-retail';

const ROOT = join(__dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'credit-desk.js');
const TIME = '/usr/bin/time';
const ONLINE_RETAIL_PATH = join(ROOT, 'out', 'online-retail.xlsx');
const LARGE_LEDGER_PATH = join(ROOT, 'out', 'large-ledger.xlsx');

export interface FileBenchArgs {
  /** The workbook, or null for the Online Retail workload. */
  file: string | null;
  pairs: number;
  json: boolean;
  /** The 100,000-customer, 1,000,000-row scale workload instead of Online Retail. */
  largeLedger: boolean;
}

export function parseFileBenchArgs(argv: string[]): FileBenchArgs {
  const at = argv.indexOf('--file');
  const next = at >= 0 ? argv[at + 1] : undefined;
  const file = next !== undefined && !next.startsWith('--') ? resolve(next) : null;
  if (file !== null && argv.includes('--online-retail')) throw new Error('Give either --file <workbook> or --online-retail, not both.');
  if (file !== null && argv.includes('--large-ledger')) throw new Error('Give either --file <workbook> or --large-ledger, not both.');
  const p = argv.indexOf('--pairs');
  const pairs = p >= 0 ? Number(argv[p + 1]) : 3;
  if (!Number.isInteger(pairs) || pairs < 1) throw new Error(`--pairs takes a whole number of runs >= 1, not "${argv[p + 1]}"`);
  return { file, pairs, json: argv.includes('--json'), largeLedger: argv.includes('--large-ledger') };
}

interface ChildRun {
  ms: number;
  peakMb: number;
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs `node args` under GNU time; wall time measured here, peak RSS from time's %M (kB). */
function timedNode(args: string[]): Promise<ChildRun> {
  if (!existsSync(TIME)) throw new Error(`${TIME} is missing: install Debian's "time" package (apt-get install -y time)`);
  const dir = mkdtempSync(join(tmpdir(), 'credit-desk-bench-time-'));
  const timeFile = join(dir, 'rss');
  return new Promise((done, fail) => {
    const started = performance.now();
    const child = spawn(TIME, ['-f', '%M', '-o', timeFile, process.execPath, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', fail);
    child.on('close', (code, signal) => {
      const ms = performance.now() - started;
      const text = existsSync(timeFile) ? readFileSync(timeFile, 'utf8') : '';
      rmSync(dir, { recursive: true, force: true });
      // GNU time writes "Command exited with non-zero status N" before the figures when the command fails.
      const kb = Number(text.trim().split('\n').at(-1));
      if (!Number.isFinite(kb) || text.trim() === '') {
        fail(new Error(`GNU time wrote no peak memory for node ${args.join(' ')}: "${text}"`));
        return;
      }
      done({ ms, peakMb: Math.round(kb / 1024), code, signal, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') });
    });
  });
}

function describeFailure(what: string, run: ChildRun): string {
  const tail = run.stderr.trim().split('\n').slice(-15).join('\n');
  return `${what} failed (exit ${run.code ?? 'none'}${run.signal ? `, signal ${run.signal}` : ''}) after ${Math.round(run.ms)} ms, peak ${run.peakMb} MB:\n${tail}`;
}

interface Generated<S> {
  path: string;
  stats: S;
  cached: boolean;
}

/** Runs a workload generator unless its file is there with the size, seed and generator version recorded when it was made. */
async function generated<S extends { rows: number }>(name: string, script: string, path: string, seed: number, version: number): Promise<Generated<S>> {
  const metaPath = path.replace(/\.xlsx$/, '.json');
  if (existsSync(path) && existsSync(metaPath)) {
    const meta = JSON.parse(readFileSync(metaPath, 'utf8')) as { bytes: number; seed: number; version: number; stats: S };
    if (meta.bytes === statSync(path).size && meta.seed === seed && meta.version === version) return { path, stats: meta.stats, cached: true };
  }
  console.log(`Writing the ${name} workload to ${path} …`);
  const run = await timedNode(['--import', 'tsx', join(__dirname, script), path]);
  if (run.code !== 0) throw new Error(describeFailure(`scripts/bench/${script}`, run));
  const stats = JSON.parse(run.stdout.trim().split('\n').at(-1)!) as S;
  writeFileSync(metaPath, `${JSON.stringify({ bytes: statSync(path).size, seed, version, stats }, null, 2)}\n`);
  console.log(`  written in ${Math.round(run.ms)} ms`);
  return { path, stats, cached: false };
}

async function onlineRetail(): Promise<Generated<OnlineRetailStats>> {
  const made = await generated<OnlineRetailStats>('Online Retail', 'online-retail.ts', ONLINE_RETAIL_PATH, ONLINE_RETAIL_SEED, ONLINE_RETAIL_VERSION);
  if (made.stats.rows !== ONLINE_RETAIL_ROWS) throw new Error(`${made.path} holds ${made.stats.rows} rows, not ${ONLINE_RETAIL_ROWS}`);
  return made;
}

interface AnchorReport {
  sheets: { name: string; rows: number; cells: number }[];
}

/** The anchor: every cell of every sheet read with ExcelJS's streaming reader and written with its streaming writer. */
export async function streamingAnchor(input: string, output: string): Promise<AnchorReport> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    entries: 'emit', sharedStrings: 'cache', hyperlinks: 'ignore', styles: 'cache', worksheets: 'emit',
  });
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: output, useSharedStrings: true, useStyles: true });
  const sheets: AnchorReport['sheets'] = [];
  for await (const sheetReader of reader) {
    const name = (sheetReader as unknown as { name: string }).name;
    const ws = writer.addWorksheet(name);
    let rows = 0;
    let cells = 0;
    for await (const row of sheetReader) {
      const out = ws.getRow(row.number);
      row.eachCell({ includeEmpty: false }, (cell, col) => {
        const target = out.getCell(col);
        target.value = cell.value;
        if (cell.numFmt) target.numFmt = cell.numFmt;
        cells++;
      });
      out.commit();
      rows++;
    }
    ws.commit();
    sheets.push({ name, rows, cells });
  }
  await writer.commit();
  return { sheets };
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const ratio = (a: number, b: number): number => Math.round((a / b) * 100) / 100;

/** The --file / --online-retail branch of scripts/bench.ts. */
export async function fileBench(argv: string[]): Promise<void> {
  const args = parseFileBenchArgs(argv);
  const large = args.largeLedger ? await generated<LargeLedgerStats>('large ledger', 'large-ledger.ts', LARGE_LEDGER_PATH, LARGE_SEED, LARGE_VERSION) : null;
  const workload = args.file === null && !large ? await onlineRetail() : null;
  const file = args.file ?? large?.path ?? workload!.path;
  if (!existsSync(file)) throw new Error(`No workbook at ${file}`);
  const bytes = statSync(file).size;
  const dir = mkdtempSync(join(tmpdir(), 'credit-desk-file-bench-'));
  const cliOut = join(dir, 'cli-out.xlsx');
  const anchorOut = join(dir, 'anchor-out.xlsx');
  const cli: ChildRun[] = [];
  const anchor: ChildRun[] = [];
  let anchorReport: AnchorReport | null = null;
  let cliSummary: Record<string, unknown> | null = null;
  const failures: string[] = [];
  console.log(`File benchmark: ${file} (${(bytes / 1048576).toFixed(1)} MB), ${args.pairs} CLI/anchor pairs, each run a child process`);
  for (let i = 0; i < args.pairs; i++) {
    const c = await timedNode([BIN, 'run', file, '-o', cliOut, '--overwrite', '--json']);
    cli.push(c);
    if (c.code === 0) cliSummary = JSON.parse(c.stdout.trim().split('\n').at(-1)!) as Record<string, unknown>;
    else failures.push(describeFailure(`CLI run ${i + 1}`, c));
    console.log(`  pair ${i + 1}: CLI ${Math.round(c.ms)} ms, ${c.peakMb} MB${c.code === 0 ? '' : ` (FAILED, exit ${c.code ?? c.signal})`}`);
    const a = await timedNode(['--import', 'tsx', __filename, '--anchor', file, anchorOut]);
    anchor.push(a);
    if (a.code === 0) anchorReport = JSON.parse(a.stdout.trim().split('\n').at(-1)!) as AnchorReport;
    else failures.push(describeFailure(`streaming anchor run ${i + 1}`, a));
    console.log(`           anchor ${Math.round(a.ms)} ms, ${a.peakMb} MB${a.code === 0 ? '' : ` (FAILED, exit ${a.code ?? a.signal})`}`);
  }
  rmSync(dir, { recursive: true, force: true });

  const ok = (runs: ChildRun[]) => runs.filter((r) => r.code === 0);
  const fileRunMs = ok(cli).length > 0 ? Math.round(median(ok(cli).map((r) => r.ms))) : null;
  const fileRunPeakMb = ok(cli).length > 0 ? median(ok(cli).map((r) => r.peakMb)) : null;
  const streamingAnchorMs = ok(anchor).length > 0 ? Math.round(median(ok(anchor).map((r) => r.ms))) : null;
  const streamingAnchorPeakMb = ok(anchor).length > 0 ? median(ok(anchor).map((r) => r.peakMb)) : null;
  const result = {
    file,
    bytes,
    sheets: anchorReport?.sheets ?? null,
    rows: workload?.stats.rows ?? large?.stats.rows ?? null,
    distinctCustomers: workload?.stats.distinctCustomers ?? large?.stats.distinctCustomers ?? null,
    blankCustomerRows: workload?.stats.blankCustomerRows ?? null,
    returnRows: workload?.stats.returnRows ?? null,
    cliCustomers: cliSummary?.customers ?? null,
    cliRowsRead: cliSummary?.rowsRead ?? null,
    cliRowsSkipped: cliSummary?.rowsSkipped ?? null,
    pairs: args.pairs,
    fileRunMs,
    fileRunPeakMb,
    streamingAnchorMs,
    streamingAnchorPeakMb,
    msRatio: fileRunMs !== null && streamingAnchorMs !== null ? ratio(fileRunMs, streamingAnchorMs) : null,
    peakRatio: fileRunPeakMb !== null && streamingAnchorPeakMb !== null ? ratio(fileRunPeakMb, streamingAnchorPeakMb) : null,
    cliFailures: cli.length - ok(cli).length,
    anchorFailures: anchor.length - ok(anchor).length,
  };

  console.log('');
  console.log('  workload');
  if (workload) {
    const s = workload.stats;
    console.log(`    Online Retail shape${workload.cached ? ' (cached file)' : ''}: ${s.rows.toLocaleString('en')} rows, ${s.distinctCustomers.toLocaleString('en')} distinct customers, ` +
      `${s.blankCustomerRows.toLocaleString('en')} rows without a CustomerID, ${s.returnRows.toLocaleString('en')} return rows, ${s.invoices.toLocaleString('en')} invoices, ${s.firstDate.slice(0, 10)} to ${s.lastDate.slice(0, 10)}`);
  }
  if (large) {
    const s = large.stats;
    console.log(`    large ledger${large.cached ? ' (cached file)' : ''}: ${s.customers.toLocaleString('en')} customers, ${s.rows.toLocaleString('en')} sales rows, ` +
      `${s.distinctCustomers.toLocaleString('en')} distinct customers with sales`);
  }
  for (const s of anchorReport?.sheets ?? []) console.log(`    sheet '${s.name}': ${s.rows.toLocaleString('en')} rows, ${s.cells.toLocaleString('en')} cells`);
  if (cliSummary) console.log(`    CLI read: ${String(cliSummary.customers)} customers, ${String(cliSummary.rowsRead)} rows read, ${String(cliSummary.rowsSkipped)} rows skipped`);
  console.log(`  fileRunMs               ${fileRunMs ?? 'no successful run'}   (median of ${ok(cli).length} CLI runs)`);
  console.log(`  fileRunPeakMb           ${fileRunPeakMb ?? 'no successful run'}`);
  console.log(`  streamingAnchorMs       ${streamingAnchorMs ?? 'no successful run'}   (median of ${ok(anchor).length} anchor runs)`);
  console.log(`  streamingAnchorPeakMb   ${streamingAnchorPeakMb ?? 'no successful run'}`);
  console.log(`  fileRunMs / streamingAnchorMs         ${result.msRatio ?? 'n/a'}`);
  console.log(`  fileRunPeakMb / streamingAnchorPeakMb ${result.peakRatio ?? 'n/a'}`);
  if (args.json) console.log(JSON.stringify(result));
  if (failures.length > 0) throw new Error(`${failures.length} run(s) failed:\n\n${failures.join('\n\n')}`);
}

if (require.main === module) {
  const [mode, input, output] = process.argv.slice(2);
  if (mode !== '--anchor' || !input || !output) {
    console.error('usage: node --import tsx scripts/bench/file-bench.ts --anchor <in.xlsx> <out.xlsx>');
    process.exitCode = 2;
  } else {
    streamingAnchor(input, output).then(
      (report) => console.log(JSON.stringify(report)),
      (err) => {
        console.error(err);
        process.exitCode = 1;
      },
    );
  }
}
