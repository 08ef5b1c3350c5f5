// The command line's output file: checked before any work, written
// atomically (temporary file in the same folder, fsync, rename, fsync of the
// folder), so a crash, a kill or a full disk never leaves a half-written
// workbook and never touches the previous file or the input.
// Node-only: an edge module, not part of the pure core.

import { randomBytes } from 'node:crypto';
import { accessSync, constants, lstatSync, realpathSync, statSync, type Stats } from 'node:fs';
import { open, rename, unlink, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

/** The output file cannot be used or written; the message is one plain sentence for the user. */
export class OutputPathError extends Error {
  constructor(message: string, readonly path: string, readonly code?: string) {
    super(message);
    this.name = 'OutputPathError';
  }
}

function errnoCode(err: unknown): string | undefined {
  return (err as NodeJS.ErrnoException | undefined)?.code;
}

/** stat that answers undefined when nothing is at the path (ENOENT, or a file where a folder is expected). */
function statOrNone(path: string, follow: boolean): Stats | undefined {
  try {
    return follow ? statSync(path) : lstatSync(path);
  } catch (err) {
    const code = errnoCode(err);
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw err;
  }
}

/** The path with its folder's links resolved (the file itself need not exist). */
function realParentPath(path: string): string | undefined {
  try {
    return join(realpathSync(dirname(path)), basename(path));
  } catch (err) {
    const code = errnoCode(err);
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw err;
  }
}

/**
 * Refuses an output the run must not or cannot write, before any of the
 * run's work: the input itself (by any path, symlink or hard link), a missing
 * folder, a folder, an unwritable folder, or an existing file without
 * `overwrite`; and, once the output is fine, a missing input.
 */
export function checkOutputPath(input: string, output: string, overwrite: boolean): void {
  const inPath = resolve(input);
  const outPath = resolve(output);
  const sameFile = `The output '${output}' is the input workbook '${input}', and Credit Desk never overwrites the workbook it reads, so choose another output file.`;
  if (inPath === outPath) throw new OutputPathError(sameFile, output, 'sameFile');

  const folder = dirname(outPath);
  const folderStat = statOrNone(folder, true);
  if (!folderStat) {
    throw new OutputPathError(`The folder '${folder}' for the output '${output}' does not exist, so create it first or choose another output file.`, output, 'noFolder');
  }
  if (!folderStat.isDirectory()) {
    throw new OutputPathError(`'${folder}' is a file, not a folder, so the output '${output}' cannot be written inside it.`, output, 'notAFolder');
  }

  const inStat = statOrNone(inPath, true);
  const outLink = statOrNone(outPath, false);
  const outStat = outLink ? statOrNone(outPath, true) : undefined; // undefined too for a dangling link
  if (inStat && outStat && inStat.dev === outStat.dev && inStat.ino === outStat.ino) {
    throw new OutputPathError(sameFile, output, 'sameFile');
  }
  if (!outStat) {
    const realOut = realParentPath(outPath);
    const realIn = inStat ? realpathSync(inPath) : realParentPath(inPath);
    if (realOut !== undefined && realOut === realIn) throw new OutputPathError(sameFile, output, 'sameFile');
  }
  if (outStat?.isDirectory()) {
    throw new OutputPathError(`The output '${output}' is a folder, not a file, so name the .xlsx file to write, e.g. '${join(output, 'out.xlsx')}'.`, output, 'isFolder');
  }

  try {
    accessSync(folder, constants.W_OK);
  } catch (err) {
    const code = errnoCode(err);
    const why = code === 'EROFS' ? 'it is on a read-only disk' : code === 'EACCES' || code === 'EPERM' ? 'you are not allowed to write there' : `the system says ${code ?? String(err)}`;
    throw new OutputPathError(`The folder '${folder}' cannot be written to because ${why}, so choose an output file in another folder.`, output, code);
  }

  if (outLink && !overwrite) {
    throw new OutputPathError(`'${output}' already exists: choose another output file, or add --overwrite to replace it.`, output, 'exists');
  }
  // Said here, before any work, in the same plain words as the output checks.
  if (!inStat) throw new OutputPathError(`Cannot open '${input}' because the file does not exist, so check the path.`, input, 'noInput');
}

const UNCHANGED = 'Nothing was written; the previous file, if any, is unchanged.';

/**
 * The sentence for a failed write of `path`, or undefined for an error that
 * is not about the disk or the folder (a bug, reported as one).
 */
export function writeErrorSentence(path: string, code: string | undefined): string | undefined {
  switch (code) {
    case 'ENOSPC': return `There is not enough space on the disk to write '${path}'. ${UNCHANGED}`;
    case 'EDQUOT': return `Your disk quota is used up, so '${path}' could not be written. ${UNCHANGED}`;
    case 'EACCES':
    case 'EPERM': return `You are not allowed to write '${path}' in its folder. ${UNCHANGED}`;
    case 'EROFS': return `The disk that holds '${path}' is read-only. ${UNCHANGED}`;
    case 'ENOENT': return `The folder for '${path}' no longer exists. ${UNCHANGED}`;
    case 'ENOTDIR': return `Part of the folder path of '${path}' is a file, not a folder. ${UNCHANGED}`;
    case 'EISDIR': return `'${path}' is a folder, not a file. ${UNCHANGED}`;
    default: return undefined;
  }
}

/** The temporary file's name: hidden, in the target's folder, unique to this process and call. */
export function tempPathFor(target: string): string {
  const full = resolve(target);
  // Stay under the usual 255-byte name limit however long the target's name is.
  const base = basename(full).slice(0, 180);
  return join(dirname(full), `.${base}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
}

async function fsyncFolder(folder: string): Promise<void> {
  // Windows cannot open a folder to flush it; its rename is already durable (MoveFileEx).
  if (process.platform === 'win32') return;
  const handle = await open(folder, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Writes `data` to `path` so that `path` holds either its previous bytes or
 * exactly `data`, never part of it: a temporary file in the same folder,
 * flushed to the disk, then renamed over `path`, then the folder flushed.
 * A symlink at `path` is replaced by the file (its target is not written).
 * An existing regular file's permission bits are kept. Disk and permission
 * errors become an OutputPathError with one plain sentence.
 */
export async function writeFileAtomic(path: string, data: Uint8Array): Promise<void> {
  const target = resolve(path);
  const folder = dirname(target);
  const tmp = tempPathFor(target);
  let handle: FileHandle | undefined;
  let created = false;
  try {
    const previous = statOrNone(target, false);
    handle = await open(tmp, 'wx', 0o666);
    created = true;
    if (previous?.isFile()) await handle.chmod(previous.mode & 0o7777);
    await handle.writeFile(data);
    await handle.sync();
    const h = handle;
    handle = undefined;
    await h.close();
    await rename(tmp, target);
    created = false;
  } catch (err) {
    const cleanup: string[] = [];
    if (handle) {
      try {
        await handle.close();
      } catch (closeErr) {
        cleanup.push(`closing it failed (${errnoCode(closeErr) ?? String(closeErr)})`);
      }
    }
    if (created) {
      try {
        await unlink(tmp);
      } catch (unlinkErr) {
        if (errnoCode(unlinkErr) !== 'ENOENT') cleanup.push(`removing it failed (${errnoCode(unlinkErr) ?? String(unlinkErr)})`);
      }
    }
    const leftOver = cleanup.length > 0 ? ` The temporary file '${tmp}' was left behind because ${cleanup.join(' and ')}; delete it by hand.` : '';
    const sentence = writeErrorSentence(path, errnoCode(err));
    if (sentence !== undefined) throw new OutputPathError(sentence + leftOver, path, errnoCode(err));
    if (leftOver && err instanceof Error) err.message += leftOver;
    throw err;
  }
  try {
    await fsyncFolder(folder);
  } catch (err) {
    throw new OutputPathError(
      `'${path}' was written, but its folder could not be flushed to the disk (${errnoCode(err) ?? String(err)}), so check the file after a power cut or crash.`,
      path, errnoCode(err),
    );
  }
}
