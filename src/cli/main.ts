import { extname } from 'node:path';
import { addInputColumns } from '../app/add-input-columns';
import { removeFormSheets } from '../app/remove-forms';
import { runSteps } from '../app/run-steps';
import type { Language } from '../core/columns/layout';
import { InputError } from '../core/problems';
import type { Progress, ProgressStep } from '../core/run-summary';
import { MARKER_PREFIX } from '../core/plan/owned-columns';
import { loadWorkbook, workbookBytes } from '../ports/xlsx/package-file';
import { ZipError } from '../ports/xlsx/zip';
import { createPackagePort } from '../ports/xlsx/package-port';
import { formatSummary, summaryJson } from './format-summary';
import { label, labelWith, type LabelId } from './i18n/labels';
import { formatRemoval } from './format-removal';
import { formatInputColumns } from './format-input-columns';
import { cliErrorText } from './flag-hints';
import { earlierFormSheets } from './earlier-forms';
import { inputFileSentence, notWorkbookSentence } from './input-file';
import { checkOutputPath, OutputPathError, writeFileAtomic } from './output-file';
import { parseRemoveFormsArgs, parseRunArgs, type RemoveFormsArgs } from './parse-args';
import { usageError, UsageError } from './usage-error';
import { USAGE } from './usage';

interface Out {
  write(text: string): unknown;
}

const STAGE_LABEL: Record<ProgressStep, LabelId> = {
  finding: 'cli.stage.finding',
  reading: 'cli.stage.reading',
  tiering: 'cli.stage.tiering',
  scoring: 'cli.stage.scoring',
  control: 'cli.stage.control',
  forms: 'cli.stage.forms',
  writing: 'cli.stage.writing',
  done: 'cli.stage.done',
};

/** A step as the progress line names it; the sheet, where the step has one, quoted as the language does. */
function stageText(p: Progress, language: Language): string {
  // No sheet for a step whose label names one is a bug: labelWith throws.
  return labelWith(STAGE_LABEL[p.step], language, p.sheet === undefined ? {} : { name: labelWith('cli.quoted', language, { name: p.sheet }) });
}

/**
 * Progress as one stderr line per stage (nothing with --json), in the
 * language asked for. The run's 'done' stage is held back until the output
 * file is written.
 */
function progressPrinter(stderr: Out, quiet: boolean, language: Language) {
  const line = (fraction: number, stage: string) => {
    if (!quiet) stderr.write(`credit-desk: [${Math.round(fraction * 100)}%] ${stage}\n`);
  };
  let done: Progress | undefined;
  return {
    /** The command line's own stage: writing the output file. */
    writingFile: (file: string) => line(0.9, labelWith('cli.stage.writing', language, { name: labelWith('cli.quoted', language, { name: file }) })),
    onProgress: (p: Progress) => {
      if (p.step === 'done') done = p;
      else line(p.fraction, stageText(p, language));
    },
    done: () => {
      if (done) line(done.fraction, stageText(done, language));
    },
  };
}

/** Excel refuses a file whose extension says another kind than its content (a macro workbook saved as .xlsx). */
function checkOutputKind(kind: string, output: string, language: Language): void {
  const ext = extname(output).slice(1).toLowerCase();
  if (ext === kind) return;
  throw usageError('cli.usage.outputKind', language, { kind, ext: ext || label('cli.usage.noExtension', language) });
}

/** The lines written, a blank line, then where the output went. */
const report = (lines: string[], output: string, language: Language) => `${lines.join('\n')}\n\n${labelWith('cli.written', language, { file: output })}\n`;

/**
 * `credit-desk remove-forms`: deletes the last forms run's sheets that are
 * unedited (the command is the user's confirmation) and writes the output.
 */
async function removeForms(args: RemoveFormsArgs, stdout: Out): Promise<number> {
  checkOutputPath(args.input, args.output, args.overwrite, args.language);
  const wb = await loadWorkbook(args.input);
  checkOutputKind(wb.kind(), args.output, args.language);
  const port = createPackagePort(wb);
  const outcome = await removeFormSheets(port);
  const earlier = earlierFormSheets(await port.readNames(MARKER_PREFIX), outcome);
  await writeFileAtomic(args.output, await workbookBytes(wb), args.language);
  stdout.write(report(formatRemoval(outcome, args.language, earlier), args.output, args.language));
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
  // English until the arguments have named another language.
  let language: Language = 'en';
  let input = '';
  try {
    if (command === 'remove-forms') {
      const args = parseRemoveFormsArgs(rest);
      language = args.language;
      input = args.input;
      return await removeForms(args, stdout);
    }
    if (command !== 'run') throw usageError('cli.usage.unknownCommand', 'en', { command });
    const args = parseRunArgs(rest);
    language = args.summaryLanguage;
    input = args.input;
    checkOutputPath(args.input, args.output, args.overwrite, language);
    const progress = progressPrinter(stderr, args.json, language);
    const wb = await loadWorkbook(args.input);
    checkOutputKind(wb.kind(), args.output, language);
    if (args.addInputColumns) {
      const added = await addInputColumns(createPackagePort(wb), { options: args.tier, overrides: args.overrides });
      progress.writingFile(args.output);
      await writeFileAtomic(args.output, await workbookBytes(wb), language);
      stdout.write(report(formatInputColumns(added, language), args.output, language));
      if (args.json) stdout.write(`${JSON.stringify({ inputColumns: added, output: args.output })}\n`);
      return 0;
    }
    const summary = await runSteps(createPackagePort(wb), {
      steps: args.steps, options: args.tier, overrides: args.overrides, ...(args.forms ? { forms: args.forms } : {}), onProgress: progress.onProgress,
      control: args.control,
    });
    progress.writingFile(args.output);
    await writeFileAtomic(args.output, await workbookBytes(wb), language);
    progress.done();
    stdout.write(report(formatSummary(summary, language), args.output, language));
    if (args.json) stdout.write(`${JSON.stringify(summaryJson(summary, args.output))}\n`);
    return 0;
  } catch (err) {
    if (err instanceof UsageError) {
      stderr.write(`credit-desk: ${err.message}\n${label('cli.usage.seeHelp', err.language)}\n`);
      return 2;
    }
    if (err instanceof InputError) {
      stderr.write(`credit-desk: ${inputFileSentence(err, language) ?? cliErrorText(err, language)}\n`);
      return 1;
    }
    // A damaged part found only when the run reads it (the parts the opening reads were whole).
    if (err instanceof ZipError) {
      stderr.write(`credit-desk: ${notWorkbookSentence(input, language)}\n`);
      return 1;
    }
    if (err instanceof OutputPathError) {
      stderr.write(`credit-desk: ${err.message}\n`);
      return 1;
    }
    // Not the input's fault: show everything, so the bug can be reported.
    stderr.write(`credit-desk: ${labelWith('cli.bug', language, { details: (err as Error).stack ?? String(err) })}\n`);
    return 3;
  }
}
