import { extname } from 'node:path';
import { addInputColumns } from '../app/add-input-columns';
import { removeFormSheets } from '../app/remove-forms';
import { runSteps } from '../app/run-steps';
import { InputError } from '../core/problems';
import type { Progress } from '../core/run-summary';
import { loadWorkbook, workbookBytes } from '../ports/xlsx/package-file';
import { createPackagePort } from '../ports/xlsx/package-port';
import { formatSummary, summaryJson } from './format-summary';
import { labelWith } from './i18n/labels';
import { formatRemoval } from './format-removal';
import { formatInputColumns } from './format-input-columns';
import { cliErrorText } from './flag-hints';
import { checkOutputPath, OutputPathError, writeFileAtomic } from './output-file';
import { parseRemoveFormsArgs, parseRunArgs, type RemoveFormsArgs, USAGE, UsageError } from './parse-args';

interface Out {
  write(text: string): unknown;
}

/**
 * Progress as one stderr line per stage (nothing with --json). The run's
 * 'done' stage is held back until the output file is written.
 */
function progressPrinter(stderr: Out, quiet: boolean) {
  const line = (fraction: number, stage: string) => {
    if (!quiet) stderr.write(`credit-desk: [${Math.round(fraction * 100)}%] ${stage}\n`);
  };
  let done: Progress | undefined;
  return {
    line,
    onProgress: (p: Progress) => {
      if (p.step === 'done') done = p;
      else line(p.fraction, p.stage);
    },
    done: () => {
      if (done) line(done.fraction, done.stage);
    },
  };
}

/** Excel refuses a file whose extension says another kind than its content (a macro workbook saved as .xlsx). */
function checkOutputKind(kind: string, output: string): void {
  const ext = extname(output).slice(1).toLowerCase();
  if (ext === kind) return;
  throw new UsageError(`The input is an .${kind} workbook, so the output must end in .${kind} too (Excel will not open an .${kind} workbook named .${ext || '(none)'}): choose an output file ending in .${kind}.`);
}

/**
 * `credit-desk remove-forms`: deletes the last forms run's sheets that are
 * unedited (the command is the user's confirmation) and writes the output.
 */
async function removeForms(args: RemoveFormsArgs, stdout: Out): Promise<number> {
  checkOutputPath(args.input, args.output, args.overwrite);
  const wb = await loadWorkbook(args.input);
  checkOutputKind(wb.kind(), args.output);
  const outcome = await removeFormSheets(createPackagePort(wb));
  await writeFileAtomic(args.output, await workbookBytes(wb));
  stdout.write(`${formatRemoval(outcome).join('\n')}\n\nWritten: ${args.output}\n`);
  if (args.json) stdout.write(`${JSON.stringify({ removed: outcome.remove, keptEdited: outcome.keptEdited, unchecked: outcome.unchecked, output: args.output })}\n`);
  return 0;
}

/** The `credit-desk` command. Returns the exit code: 0 done, 1 unusable input, 2 wrong usage, 3 a bug. */
export async function main(argv: string[], stdout: Out, stderr: Out): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '-h' || command === '--help' || rest.includes('-h') || rest.includes('--help')) {
    stdout.write(USAGE);
    return command === undefined ? 2 : 0;
  }
  try {
    if (command === 'remove-forms') return await removeForms(parseRemoveFormsArgs(rest), stdout);
    if (command !== 'run') throw new UsageError(`Unknown command "${command}". The commands are: credit-desk run <in.xlsx> -o <out.xlsx>, credit-desk remove-forms <in.xlsx> -o <out.xlsx>.`);
    const args = parseRunArgs(rest);
    checkOutputPath(args.input, args.output, args.overwrite);
    const progress = progressPrinter(stderr, args.json);
    const wb = await loadWorkbook(args.input);
    checkOutputKind(wb.kind(), args.output);
    if (args.addInputColumns) {
      const added = await addInputColumns(createPackagePort(wb), { options: args.tier, overrides: args.overrides });
      progress.line(0.9, `Writing '${args.output}'`);
      await writeFileAtomic(args.output, await workbookBytes(wb));
      stdout.write(`${formatInputColumns(added).join('\n')}\n\nWritten: ${args.output}\n`);
      if (args.json) stdout.write(`${JSON.stringify({ inputColumns: added, output: args.output })}\n`);
      return 0;
    }
    const summary = await runSteps(createPackagePort(wb), {
      steps: args.steps, options: args.tier, overrides: args.overrides, ...(args.forms ? { forms: args.forms } : {}), onProgress: progress.onProgress,
      control: args.control,
    });
    progress.line(0.9, `Writing '${args.output}'`);
    await writeFileAtomic(args.output, await workbookBytes(wb));
    progress.done();
    stdout.write(`${formatSummary(summary, args.summaryLanguage).join('\n')}\n\n${labelWith('cli.written', args.summaryLanguage, { file: args.output })}\n`);
    if (args.json) stdout.write(`${JSON.stringify(summaryJson(summary, args.output))}\n`);
    return 0;
  } catch (err) {
    if (err instanceof UsageError) {
      stderr.write(`credit-desk: ${err.message}\nRun "credit-desk --help" for the options.\n`);
      return 2;
    }
    if (err instanceof InputError) {
      stderr.write(`credit-desk: ${cliErrorText(err)}\n`);
      return 1;
    }
    if (err instanceof OutputPathError) {
      stderr.write(`credit-desk: ${err.message}\n`);
      return 1;
    }
    // Not the input's fault: show everything, so the bug can be reported.
    stderr.write(`credit-desk: unexpected error: ${(err as Error).stack ?? String(err)}\n`);
    return 3;
  }
}
