// The command line's output file: checked before any work, written
// atomically (temporary file in the same folder, fsync, rename, fsync of the
// folder), so a crash, a kill or a full disk never leaves a half-written
// workbook and never touches the previous file or the input.
// Node-only: an edge module, not part of the pure core.

import { randomBytes } from 'node:crypto';
import { accessSync, constants, lstatSync, realpathSync, statSync, type Stats } from 'node:fs';
import { open, rename, unlink, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { Language } from '../core/columns/layout';
import { label, labelWith, type LabelId } from './i18n/labels';

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
export function checkOutputPath(input: string, output: string, overwrite: boolean, language: Language = 'en'): void {
  const inPath = resolve(input);
  const outPath = resolve(output);
  const say = (id: LabelId, values: Record<string, string>) => labelWith(id, language, values);
  const sameFile = say('cli.file.sameFile', { output, input });
  if (inPath === outPath) throw new OutputPathError(sameFile, output, 'sameFile');

  const folder = dirname(outPath);
  const folderStat = statOrNone(folder, true);
  if (!folderStat) {
    throw new OutputPathError(say('cli.file.noFolder', { folder, output }), output, 'noFolder');
  }
  if (!folderStat.isDirectory()) {
    throw new OutputPathError(say('cli.file.notAFolder', { folder, output }), output, 'notAFolder');
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
    throw new OutputPathError(say('cli.file.isFolder', { output, example: join(output, 'out.xlsx') }), output, 'isFolder');
  }

  try {
    accessSync(folder, constants.W_OK);
  } catch (err) {
    const code = errnoCode(err);
    const why = code === 'EROFS' ? label('cli.file.why.readOnly', language)
      : code === 'EACCES' || code === 'EPERM' ? label('cli.file.why.denied', language)
        : say('cli.file.why.system', { code: code ?? String(err) });
    throw new OutputPathError(say('cli.file.folderNotWritable', { folder, why }), output, code);
  }

  if (outLink && !overwrite) {
    throw new OutputPathError(say('cli.file.exists', { output }), output, 'exists');
  }
  // Said here, before any work, in the same plain words as the output checks.
  if (!inStat) throw new OutputPathError(say('cli.file.noInput', { input }), input, 'noInput');
}

const WRITE_ERRORS: Record<string, LabelId> = {
  // Windows' answers for a file another program holds open (Excel keeps the workbook it shows open); Linux's for a running program.
  EBUSY: 'cli.file.inUse',
  ETXTBSY: 'cli.file.inUse',
  ENOSPC: 'cli.file.noSpace',
  EDQUOT: 'cli.file.quota',
  EACCES: 'cli.file.denied',
  EPERM: 'cli.file.denied',
  EROFS: 'cli.file.readOnly',
  ENOENT: 'cli.file.folderGone',
  ENOTDIR: 'cli.file.partIsFile',
  EISDIR: 'cli.file.pathIsFolder',
};

/**
 * The sentence for a failed write of `path`, or undefined for an error that
 * is not about the disk or the folder (a bug, reported as one). `replacing`:
 * the error came when the written file was put in place of the existing
 * `path`, so a refusal is the file's own (open in Excel on Windows, marked
 * read-only or immutable), not the folder's, which took the temporary file.
 */
export function writeErrorSentence(path: string, code: string | undefined, language: Language = 'en', replacing = false): string | undefined {
  const denied = code === 'EPERM' || code === 'EACCES';
  const id = replacing && denied ? 'cli.file.inUse' : code === undefined ? undefined : WRITE_ERRORS[code];
  return id === undefined ? undefined : labelWith(id, language, { path, unchanged: label('cli.file.unchanged', language) });
}

/** The temporary file's name: hidden, in the target's folder, unique to this process and call. */
export function tempPathFor(target: string): string {
  const full = resolve(target);
  // Stay under the usual 255-byte name limit however long the target's name is.
  const base = basename(full).slice(0, 180);
  return join(dirname(full), `.${base}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
}

/** The file operations of writeFileAtomic: Node's, or a test's that fail as Windows does when Excel holds the file. */
export interface WriteFs {
  open: typeof open;
  rename: typeof rename;
  unlink: typeof unlink;
}

const NODE_FS: WriteFs = { open, rename, unlink };

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
export async function writeFileAtomic(path: string, data: Uint8Array, language: Language = 'en', fs: WriteFs = NODE_FS): Promise<void> {
  const target = resolve(path);
  const folder = dirname(target);
  const tmp = tempPathFor(target);
  let handle: FileHandle | undefined;
  let created = false;
  let replacing = false;
  try {
    const previous = statOrNone(target, false);
    handle = await fs.open(tmp, 'wx', 0o666);
    created = true;
    if (previous?.isFile()) await handle.chmod(previous.mode & 0o7777);
    await handle.writeFile(data);
    await handle.sync();
    const h = handle;
    handle = undefined;
    await h.close();
    replacing = previous !== undefined;
    await fs.rename(tmp, target);
    created = false;
  } catch (err) {
    const cleanup: string[] = [];
    if (handle) {
      try {
        await handle.close();
      } catch (closeErr) {
        cleanup.push(labelWith('cli.file.closeFailed', language, { code: errnoCode(closeErr) ?? String(closeErr) }));
      }
    }
    if (created) {
      try {
        await fs.unlink(tmp);
      } catch (unlinkErr) {
        if (errnoCode(unlinkErr) !== 'ENOENT') cleanup.push(labelWith('cli.file.removeFailed', language, { code: errnoCode(unlinkErr) ?? String(unlinkErr) }));
      }
    }
    const leftOver = cleanup.length > 0 ? labelWith('cli.file.leftOver', language, { tmp, why: cleanup.join(label('cli.file.and', language)) }) : '';
    const sentence = writeErrorSentence(path, errnoCode(err), language, replacing);
    if (sentence !== undefined) throw new OutputPathError(sentence + leftOver, path, errnoCode(err));
    if (leftOver && err instanceof Error) err.message += leftOver;
    throw err;
  }
  try {
    await fsyncFolder(folder);
  } catch (err) {
    throw new OutputPathError(labelWith('cli.file.notFlushed', language, { path, code: errnoCode(err) ?? String(err) }), path, errnoCode(err));
  }
}
