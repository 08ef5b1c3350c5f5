import type { Language } from '../core/columns/layout';
import type { InputError } from '../core/problems';
import { labelWith, type LabelId } from './i18n/labels';

/** The command line's own sentence per `cause` of an unreadable input (src/ports/xlsx/package-file.ts), instead of the system's words. */
const CAUSES: Record<string, LabelId> = {
  EISDIR: 'cli.file.inputIsFolder',
  EACCES: 'cli.file.inputDenied',
  EPERM: 'cli.file.inputDenied',
  notWholeZip: 'cli.file.notWorkbook',
};

/** The sentence for a workbook that cannot be read whole (`input` the path as typed). */
export const notWorkbookSentence = (input: string, language: Language) => labelWith('cli.file.notWorkbook', language, { input });

/** The sentence for an input that could not be opened, by its cause; undefined for any other error (worded as the pane words it). */
export function inputFileSentence(error: InputError, language: Language): string | undefined {
  const cause = error.code === 'workbookUnreadable' ? error.args.cause : undefined;
  const id = cause === undefined ? undefined : CAUSES[cause];
  return id === undefined ? undefined : labelWith(id, language, { input: error.args.path ?? '' });
}
