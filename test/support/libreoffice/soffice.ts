/**
 * Runs LibreOffice headless (`soffice --convert-to`) for the test helpers in
 * ./recalculate.ts.
 *
 * Every run gets a throwaway user profile (-env:UserInstallation) whose
 * registrymodifications.xcu tells Calc to recalculate OOXML files on load:
 * /org.openoffice.Office.Calc/Formula/Load/OOXMLRecalcMode = 0 (0 = always,
 * 1 = never — the shipped default, which keeps the cached <v> results of an
 * .xlsx — 2 = ask). Runs are also queued within the process, so one jest
 * worker never has two soffice instances at once.
 */
import { spawn } from 'child_process';
import { constants as fsConstants, promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import { pathToFileURL } from 'url';

export const NOT_INSTALLED_MESSAGE = 'LibreOffice is not installed: run scripts/install-system-deps.sh';

export const DEFAULT_TIMEOUT_MS = 120_000;

export interface SofficeOptions {
  /** The soffice binary; default: $SOFFICE_PATH, else soffice/libreoffice on PATH. */
  sofficePath?: string;
  /** Kill soffice and fail after this long; default 120 s. */
  timeoutMs?: number;
  /** Recalculate formulas when loading .xlsx files; default true. */
  recalculate?: boolean;
}

/** The profile's registry settings: always recalculate OOXML (and ODF) formulas on load. */
function registryModifications(recalculate: boolean): string {
  const mode = recalculate ? 0 : 1;
  return `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>${mode}</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>${mode}</value></prop></item>
</oor:items>
`;
}

async function isExecutable(file: string): Promise<boolean> {
  try {
    await fs.access(file, fsConstants.X_OK);
    return (await fs.stat(file)).isFile();
  } catch {
    return false;
  }
}

/** The soffice binary, or an Error saying LibreOffice is not installed. */
export async function findSoffice(explicit?: string): Promise<string> {
  const wanted = explicit ?? process.env.SOFFICE_PATH;
  if (wanted) {
    if (await isExecutable(wanted)) return wanted;
    throw new Error(`${NOT_INSTALLED_MESSAGE} (no executable at ${wanted})`);
  }
  const dirs = (process.env.PATH ?? '').split(path.delimiter).filter(Boolean);
  const candidates = [
    ...dirs.flatMap((dir) => [path.join(dir, 'soffice'), path.join(dir, 'libreoffice')]),
    '/usr/lib/libreoffice/program/soffice',
    '/opt/libreoffice/program/soffice',
    '/Applications/LibreOffice.app/Contents/MacOS/soffice',
  ];
  for (const candidate of candidates) {
    if (await isExecutable(candidate)) return candidate;
  }
  throw new Error(`${NOT_INSTALLED_MESSAGE} (neither soffice nor libreoffice is on PATH)`);
}

let queue: Promise<unknown> = Promise.resolve();

/** Runs `task` after every task queued before it has settled. */
function serialized<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

export interface ConvertRequest {
  /** Input files; their base names must be distinct (outputs share `outDir`). */
  inputs: string[];
  /** soffice's --convert-to argument, e.g. "xlsx" or "pdf". */
  convertTo: string;
  outDir: string;
}

interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

function runProcess(binary: string, args: string[], timeoutMs: number): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    // Own process group, so a timeout kills the wrapper script, oosplash and soffice.bin together.
    const child = spawn(binary, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let settled = false;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => { stdout += chunk; });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => { stderr += chunk; });
    const timer = setTimeout(() => {
      if (settled) return;
      settled = true;
      try {
        if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
      reject(new Error(`LibreOffice timed out after ${timeoutMs} ms: ${binary} ${args.join(' ')}\n${stderr}`));
    }, timeoutMs);
    child.on('error', (error: NodeJS.ErrnoException) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      reject(error.code === 'ENOENT' || error.code === 'EACCES'
        ? new Error(`${NOT_INSTALLED_MESSAGE} (${binary}: ${error.code})`)
        : error);
    });
    child.on('close', (code, signal) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
  });
}

/**
 * Converts each input with one soffice launch and a fresh profile; returns the
 * output paths (in `outDir`, named like the inputs with the new extension).
 * Throws with soffice's output when it exits non-zero or writes no file.
 */
export function convertWithSoffice(request: ConvertRequest, options: SofficeOptions = {}): Promise<string[]> {
  return serialized(async () => {
    const binary = await findSoffice(options.sofficePath);
    const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const profile = await fs.mkdtemp(path.join(os.tmpdir(), 'credit-desk-lo-profile-'));
    try {
      await fs.mkdir(path.join(profile, 'user'), { recursive: true });
      await fs.writeFile(
        path.join(profile, 'user', 'registrymodifications.xcu'),
        registryModifications(options.recalculate ?? true),
      );
      const extension = request.convertTo.split(':')[0]!;
      const outputs = request.inputs.map((input) =>
        path.join(request.outDir, `${path.parse(input).name}.${extension}`));
      await Promise.all(outputs.map((output) => fs.rm(output, { force: true })));
      const args = [
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        '--headless', '--norestore', '--nologo', '--nodefault', '--nolockcheck',
        '--convert-to', request.convertTo,
        '--outdir', request.outDir,
        ...request.inputs,
      ];
      const result = await runProcess(binary, args, timeoutMs);
      const describe = () => `${binary} ${args.join(' ')}\nexit code ${result.code}` +
        `${result.signal ? ` (signal ${result.signal})` : ''}\nstderr: ${result.stderr.trim()}\nstdout: ${result.stdout.trim()}`;
      if (result.code !== 0) throw new Error(`LibreOffice failed: ${describe()}`);
      for (const output of outputs) {
        const stat = await fs.stat(output).catch(() => null);
        if (!stat || stat.size === 0) throw new Error(`LibreOffice wrote no ${output}: ${describe()}`);
      }
      return outputs;
    } finally {
      await fs.rm(profile, { recursive: true, force: true });
    }
  });
}
