import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { BUILD_INFO, buildPane, ROOT, type PaneBuild } from '../../../scripts/preview/build';

/** What the build reads: a change to any of these makes a new build. */
const INPUTS = ['src', 'assets', 'manifest.xml', 'webpack.config.js', 'tsconfig.json', 'package.json', 'package-lock.json', 'scripts/preview/build.ts'];
const PREFIX = 'credit-desk-pane-';
const STALE_LOCK_MS = 15 * 60 * 1000;

function files(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path).sort().flatMap((name) => files(join(path, name)));
}

function inputsHash(): string {
  const hash = createHash('sha256');
  for (const file of INPUTS.flatMap((p) => files(join(ROOT, p)))) {
    hash.update(relative(ROOT, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

function readBuild(dir: string): PaneBuild {
  return { ...(JSON.parse(readFileSync(join(dir, BUILD_INFO), 'utf8')) as PaneBuild), dir };
}

/** Builds of other sources, an hour old or more (a run started just now may still use its own). */
function removeOthers(keep: string): void {
  for (const name of readdirSync(tmpdir())) {
    if (!name.startsWith(PREFIX) || name === keep || name.endsWith('.lock')) continue;
    const path = join(tmpdir(), name);
    if (Date.now() - statSync(path).mtimeMs > 60 * 60 * 1000) rmSync(path, { recursive: true, force: true });
  }
}

/**
 * The production build of the pane, made once for the current sources and
 * shared by every browser test file (jest runs them in parallel workers: the
 * first one builds under a lock, the others wait for it) and by later runs.
 */
export async function builtPane(): Promise<PaneBuild> {
  const name = `${PREFIX}${inputsHash()}`;
  const dir = join(tmpdir(), name);
  const lock = `${dir}.lock`;
  for (;;) {
    if (existsSync(join(dir, BUILD_INFO))) return readBuild(dir);
    try {
      mkdirSync(lock);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      // Another worker is building; a lock left by a killed run is taken over.
      if (Date.now() - statSync(lock).mtimeMs > STALE_LOCK_MS) rmSync(lock, { recursive: true, force: true });
      await sleep(500);
      continue;
    }
    try {
      if (existsSync(join(dir, BUILD_INFO))) return readBuild(dir);
      const staging = `${dir}.${process.pid}.tmp`;
      rmSync(staging, { recursive: true, force: true });
      await buildPane(staging, { quiet: true });
      rmSync(dir, { recursive: true, force: true });
      renameSync(staging, dir);
      removeOthers(name);
      return readBuild(dir);
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
}
