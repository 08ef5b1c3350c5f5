// The pane's figures for npm run bench, in a process of their own (so that the
// webpack build does not count in the benchmark's peak memory). Prints one
// JSON line: {"paneGzipKb", "paneInitialGzipKb", "paneInteractiveMs", "paneLoads"}.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildPane } from '../preview/build';
import { paneGzipKb, paneInitialGzipKb, paneInteractiveMs } from './pane';

const PANE_LOADS = 7;

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'credit-desk-bench-'));
  try {
    const build = await buildPane(dir, { quiet: true });
    let interactive: number | null = null;
    try {
      interactive = await paneInteractiveMs(build, PANE_LOADS);
    } catch (error) {
      console.error(`paneInteractiveMs not measured: ${(error as Error).message}`);
    }
    console.log(JSON.stringify({ paneGzipKb: paneGzipKb(build), paneInitialGzipKb: paneInitialGzipKb(build), paneInteractiveMs: interactive, paneLoads: PANE_LOADS }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
