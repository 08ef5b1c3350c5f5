import { parseRunArgs, UsageError } from '../../src/cli/parse-args';

/** `credit-desk run in.xlsx -o out.xlsx` with these flags, parsed. */
export const run = (...flags: string[]) => parseRunArgs(['in.xlsx', '-o', 'out.xlsx', ...flags]);

/** The message of the UsageError a parse refuses with; anything else thrown fails the test, and so does no error. */
export function usageError(parse: () => unknown): string {
  try {
    parse();
  } catch (error) {
    if (error instanceof UsageError) return error.message;
    throw error;
  }
  throw new Error('Nothing was thrown.');
}
