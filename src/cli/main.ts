import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { runSteps } from '../app/run-steps';
import { InputError } from '../core/problems';
import { loadWorkbook, saveWorkbook } from '../ports/xlsx/xlsx-file';
import { createXlsxPort } from '../ports/xlsx/xlsx-port';
import { formatSummary, summaryJson } from './format-summary';
import { parseRunArgs, USAGE, UsageError } from './parse-args';

interface Out {
  write(text: string): unknown;
}

/** The `credit-desk` command. Returns the exit code: 0 done, 1 unusable input, 2 wrong usage, 3 a bug. */
export async function main(argv: string[], stdout: Out, stderr: Out): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '-h' || command === '--help' || rest.includes('-h') || rest.includes('--help')) {
    stdout.write(USAGE);
    return command === undefined ? 2 : 0;
  }
  try {
    if (command !== 'run') throw new UsageError(`Unknown command "${command}". The command is: credit-desk run <in.xlsx> -o <out.xlsx>.`);
    const args = parseRunArgs(rest);
    if (resolve(args.output) === resolve(args.input)) {
      throw new UsageError('The output file must not be the input file: Credit Desk never overwrites the workbook it reads.');
    }
    if (existsSync(args.output) && !args.overwrite) {
      throw new UsageError(`'${args.output}' exists. Choose another output file, or add --overwrite to replace it.`);
    }
    const wb = await loadWorkbook(args.input);
    const summary = await runSteps(createXlsxPort(wb), {
      steps: args.steps, options: args.tier, overrides: args.overrides, ...(args.forms ? { forms: args.forms } : {}),
    });
    await saveWorkbook(wb, args.output);
    stdout.write(`${formatSummary(summary).join('\n')}\n\nWritten: ${args.output}\n`);
    if (args.json) stdout.write(`${JSON.stringify(summaryJson(summary, args.output))}\n`);
    return 0;
  } catch (err) {
    if (err instanceof UsageError) {
      stderr.write(`credit-desk: ${err.message}\nRun "credit-desk --help" for the options.\n`);
      return 2;
    }
    if (err instanceof InputError) {
      stderr.write(`credit-desk: ${err.message}\n`);
      return 1;
    }
    // Not the input's fault: show everything, so the bug can be reported.
    stderr.write(`credit-desk: unexpected error: ${(err as Error).stack ?? String(err)}\n`);
    return 3;
  }
}
