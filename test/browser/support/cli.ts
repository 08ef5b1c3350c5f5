import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ROOT } from '../../../scripts/preview/build';

/** The sample workbook is defined once, in test/support/workbooks. */
export { SAMPLE } from '../../support/workbooks';

/** Runs the command line on a workbook; returns the file it wrote (its bytes) and its --json summary. */
export async function runCli(input: string, args: string[]): Promise<{ output: Buffer; summary: Record<string, unknown> }> {
  const dir = mkdtempSync(join(tmpdir(), 'credit-desk-cli-'));
  try {
    const file = join(dir, 'out.xlsx');
    const { stdout } = await promisify(execFile)(process.execPath, [join(ROOT, 'bin', 'credit-desk.js'), 'run', input, '-o', file, '--json', ...args], {
      cwd: ROOT,
      maxBuffer: 64 * 1024 * 1024,
    });
    const last = stdout.trim().split('\n').at(-1)!;
    return { output: readFileSync(file), summary: JSON.parse(last) as Record<string, unknown> };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
