import { OutputPathError } from '../../src/cli/output-file';

/** The OutputPathError a write refuses with; fails the test when the write succeeds or throws anything else. */
export async function rejection(p: Promise<unknown>): Promise<OutputPathError> {
  try {
    await p;
  } catch (err) {
    expect(err).toBeInstanceOf(OutputPathError);
    return err as OutputPathError;
  }
  throw new Error('expected an OutputPathError, but the write succeeded');
}
