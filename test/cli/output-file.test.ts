import { execFileSync, spawn, spawnSync } from 'node:child_process';
import {
  chmodSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, watch, writeFileSync, lstatSync,
} from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { main } from '../../src/cli/main';
import { checkOutputPath, OutputPathError, writeErrorSentence, writeFileAtomic } from '../../src/cli/output-file';
import { makeWorkbook } from '../support/workbooks';
import { rejection } from './output-rejection';

const ROOT = join(__dirname, '..', '..');
const MODULE = join(ROOT, 'src', 'cli', 'output-file.ts');
const TSX_API = require.resolve('tsx/cjs/api');
const NOBODY = 65534;

const dir = mkdtempSync(join(tmpdir(), 'credit-desk-output-'));
const input = join(dir, 'in.xlsx');
const mounts: string[] = [];

/** A fresh folder of its own for one test. */
function folder(name: string): string {
  const d = join(dir, name);
  mkdirSync(d);
  return d;
}

/** A tmpfs mounted at a fresh folder; a failed mount throws, so the test fails (never skips). */
function mountTmpfs(name: string, options: string): string {
  const d = folder(name);
  execFileSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', d]);
  mounts.push(d);
  return d;
}

/** The OutputPathError `fn` throws (the test fails if it throws nothing or something else). */
function refusal(fn: () => void): OutputPathError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(OutputPathError);
    return err as OutputPathError;
  }
  throw new Error('expected an OutputPathError, but nothing was thrown');
}

const tempFiles = (d: string) => readdirSync(d).filter((n) => n.endsWith('.tmp'));

function collector() {
  const chunks: string[] = [];
  return { write: (t: string) => chunks.push(t), text: () => chunks.join('') };
}

let inputBytes: Buffer;

beforeAll(async () => {
  const wb = makeWorkbook([
    { name: 'Customers', rows: [['客戶編號', '客戶名稱'], ['C1', '甲'], ['C2', '乙']] },
    { name: 'Sales', rows: [['日期', '客戶編號', '金額'], [45000, 'C1', 900], [45001, 'C2', 100]] },
  ]);
  await wb.xlsx.writeFile(input);
  inputBytes = readFileSync(input);
});

afterAll(() => {
  for (const m of mounts) execFileSync('umount', [m]);
  rmSync(dir, { recursive: true, force: true });
});

describe('checkOutputPath refuses', () => {
  test('the input itself by the same, a relative or a roundabout path', () => {
    for (const same of [input, relative(process.cwd(), input), join(dir, 'x', '..', 'in.xlsx')]) {
      const err = refusal(() => checkOutputPath(input, same, true));
      expect(err.code).toBe('sameFile');
      expect(err.message).toBe(`The output '${same}' is the input workbook '${input}', and Credit Desk never overwrites the workbook it reads, so choose another output file.`);
    }
  });

  test('a symlink to the input, and the input through a symlinked folder', () => {
    const d = folder('symlinks');
    symlinkSync(input, join(d, 'link.xlsx'));
    expect(refusal(() => checkOutputPath(input, join(d, 'link.xlsx'), true)).code).toBe('sameFile');
    symlinkSync(dir, join(d, 'dirlink'));
    expect(refusal(() => checkOutputPath(input, join(d, 'dirlink', 'in.xlsx'), true)).code).toBe('sameFile');
    // Neither exists: only the real path of the folders can tell they are one file.
    expect(refusal(() => checkOutputPath(join(dir, 'ghost.xlsx'), join(d, 'dirlink', 'ghost.xlsx'), true)).code).toBe('sameFile');
  });

  test('a hard link to the input', () => {
    const d = folder('hardlink');
    linkSync(input, join(d, 'hard.xlsx'));
    const err = refusal(() => checkOutputPath(input, join(d, 'hard.xlsx'), true));
    expect(err.code).toBe('sameFile');
    expect(err.message).toContain(`'${join(d, 'hard.xlsx')}'`);
  });

  test('an output folder that does not exist', () => {
    const out = join(dir, 'no-such-folder', 'out.xlsx');
    const err = refusal(() => checkOutputPath(input, out, false));
    expect(err.code).toBe('noFolder');
    expect(err.message).toBe(`The folder '${join(dir, 'no-such-folder')}' for the output '${out}' does not exist, so create it first or choose another output file.`);
  });

  test('an output "folder" that is a file', () => {
    const out = join(input, 'out.xlsx');
    const err = refusal(() => checkOutputPath(input, out, false));
    expect(err.code).toBe('notAFolder');
    expect(err.message).toBe(`'${input}' is a file, not a folder, so the output '${out}' cannot be written inside it.`);
  });

  test('an output that is a folder, even with --overwrite', () => {
    const d = folder('a-folder');
    const err = refusal(() => checkOutputPath(input, d, true));
    expect(err.code).toBe('isFolder');
    expect(err.message).toContain(`The output '${d}' is a folder, not a file`);
  });

  test('a folder on a read-only disk (a read-only tmpfs: root passes permission checks, not EROFS)', () => {
    const ro = mountTmpfs('read-only', 'ro,size=64k');
    const err = refusal(() => checkOutputPath(input, join(ro, 'out.xlsx'), false));
    expect(err.code).toBe('EROFS');
    expect(err.message).toBe(`The folder '${ro}' cannot be written to because it is on a read-only disk, so choose an output file in another folder.`);
  });

  test('an existing output without --overwrite (also a dangling symlink), and accepts it with --overwrite', () => {
    const d = folder('exists');
    const out = join(d, 'out.xlsx');
    writeFileSync(out, 'previous');
    const err = refusal(() => checkOutputPath(input, out, false));
    expect(err.code).toBe('exists');
    expect(err.message).toBe(`'${out}' already exists: choose another output file, or add --overwrite to replace it.`);
    expect(() => checkOutputPath(input, out, true)).not.toThrow();
    symlinkSync(join(d, 'nowhere.xlsx'), join(d, 'dangling.xlsx'));
    expect(refusal(() => checkOutputPath(input, join(d, 'dangling.xlsx'), false)).code).toBe('exists');
  });
});

describe('checkOutputPath', () => {
  test('accepts a new file in a writable folder, and writes nothing', () => {
    const d = folder('accepts');
    expect(() => checkOutputPath(input, join(d, 'out.xlsx'), false)).not.toThrow();
    expect(readdirSync(d)).toEqual([]);
  });

  test('refuses a missing input with a plain sentence once the output is fine', () => {
    const d = folder('no-input');
    const missing = join(dir, 'missing.xlsx');
    const err = refusal(() => checkOutputPath(missing, join(d, 'out.xlsx'), false));
    expect(err.code).toBe('noInput');
    expect(err.message).toBe(`Cannot open '${missing}' because the file does not exist, so check the path.`);
  });
});

describe('a user who may not write the folder (a child process run as nobody, since root may write anywhere)', () => {
  test('checkOutputPath refuses and writeFileAtomic reports EACCES as a sentence', () => {
    const d = folder('not-mine');
    chmodSync(dir, 0o755); // mkdtemp made it 0700: nobody must be able to reach the folder
    chmodSync(d, 0o555);
    const out = join(d, 'out.xlsx');
    const script = `
      require(${JSON.stringify(TSX_API)}).register();
      const m = require(${JSON.stringify(MODULE)});
      const result = {};
      try { m.checkOutputPath(${JSON.stringify(input)}, ${JSON.stringify(out)}, false); result.check = 'accepted'; }
      catch (e) { result.check = { name: e.name, code: e.code, message: e.message }; }
      m.writeFileAtomic(${JSON.stringify(out)}, Buffer.from('new')).then(
        () => { result.write = 'written'; },
        (e) => { result.write = { name: e.name, code: e.code, message: e.message }; },
      ).then(() => process.stdout.write(JSON.stringify(result)));`;
    const r = spawnSync(process.execPath, ['-e', script], { uid: NOBODY, gid: NOBODY, encoding: 'utf8', cwd: tmpdir() });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const result = JSON.parse(r.stdout);
    expect(result.check).toEqual({
      name: 'OutputPathError', code: 'EACCES',
      message: `The folder '${d}' cannot be written to because you are not allowed to write there, so choose an output file in another folder.`,
    });
    expect(result.write).toEqual({
      name: 'OutputPathError', code: 'EACCES',
      message: `You are not allowed to write '${out}' in its folder. Nothing was written; the previous file, if any, is unchanged.`,
    });
    expect(readdirSync(d)).toEqual([]);
  });
});

describe('writeFileAtomic', () => {
  test('writes a new file and replaces an old one, keeping its permissions, leaving no temporary file', async () => {
    const d = folder('writes');
    const out = join(d, 'out.xlsx');
    await writeFileAtomic(out, Buffer.from('first'));
    expect(readFileSync(out, 'utf8')).toBe('first');
    chmodSync(out, 0o640);
    await writeFileAtomic(out, Buffer.from('second'));
    expect(readFileSync(out, 'utf8')).toBe('second');
    expect(statSync(out).mode & 0o777).toBe(0o640);
    expect(readdirSync(d)).toEqual(['out.xlsx']);
  });

  test('replaces a symlink at the output by the file and leaves the link\'s target alone', async () => {
    const d = folder('over-link');
    writeFileSync(join(d, 'elsewhere.xlsx'), 'the link target');
    symlinkSync(join(d, 'elsewhere.xlsx'), join(d, 'out.xlsx'));
    await writeFileAtomic(join(d, 'out.xlsx'), Buffer.from('new'));
    expect(lstatSync(join(d, 'out.xlsx')).isSymbolicLink()).toBe(false);
    expect(readFileSync(join(d, 'out.xlsx'), 'utf8')).toBe('new');
    expect(readFileSync(join(d, 'elsewhere.xlsx'), 'utf8')).toBe('the link target');
  });

  test('a full disk (a 64 KiB tmpfs) is ENOSPC as a sentence; the previous file is unchanged and the temporary file removed', async () => {
    const small = mountTmpfs('small-disk', 'size=64k');
    const out = join(small, 'out.xlsx');
    writeFileSync(out, 'previous good');
    const err = await rejection(writeFileAtomic(out, randomBytes(1024 * 1024)));
    expect(err.code).toBe('ENOSPC');
    expect(err.message).toBe(`There is not enough space on the disk to write '${out}'. Nothing was written; the previous file, if any, is unchanged.`);
    expect(readFileSync(out, 'utf8')).toBe('previous good');
    expect(readdirSync(small)).toEqual(['out.xlsx']);
  });

  test('a read-only disk is EROFS as a sentence', async () => {
    const ro = mountTmpfs('read-only-write', 'ro,size=64k');
    const err = await rejection(writeFileAtomic(join(ro, 'out.xlsx'), Buffer.from('x')));
    expect(err.code).toBe('EROFS');
    expect(err.message).toBe(`The disk that holds '${join(ro, 'out.xlsx')}' is read-only. Nothing was written; the previous file, if any, is unchanged.`);
  });

  test('a missing folder is ENOENT and a file where the folder should be is ENOTDIR, each as a sentence', async () => {
    const gone = join(dir, 'gone', 'out.xlsx');
    const enoent = await rejection(writeFileAtomic(gone, Buffer.from('x')));
    expect(enoent.code).toBe('ENOENT');
    expect(enoent.message).toBe(`The folder for '${gone}' no longer exists. Nothing was written; the previous file, if any, is unchanged.`);
    const underFile = join(input, 'out.xlsx');
    const enotdir = await rejection(writeFileAtomic(underFile, Buffer.from('x')));
    expect(enotdir.code).toBe('ENOTDIR');
    expect(enotdir.message).toBe(`Part of the folder path of '${underFile}' is a file, not a folder. Nothing was written; the previous file, if any, is unchanged.`);
    expect(readFileSync(input)).toEqual(inputBytes);
  });

  test('the sentences for errors this machine cannot cause (EDQUOT, EPERM), tested on the mapping itself; other errors are not mapped', () => {
    expect(writeErrorSentence('o.xlsx', 'EDQUOT')).toBe("Your disk quota is used up, so 'o.xlsx' could not be written. Nothing was written; the previous file, if any, is unchanged.");
    expect(writeErrorSentence('o.xlsx', 'EPERM')).toBe(writeErrorSentence('o.xlsx', 'EACCES'));
    expect(writeErrorSentence('o.xlsx', 'EIO')).toBeUndefined();
    expect(writeErrorSentence('o.xlsx', undefined)).toBeUndefined();
  });
});

describe('writeFileAtomic killed mid-write (SIGKILL of a child process)', () => {
  const SIZE = 100 * 1024 * 1024;
  const NEW_FILL = 'new-bytes-';
  const child = (d: string) => {
    const script = join(d, 'writer.js');
    writeFileSync(script, `
      require(${JSON.stringify(TSX_API)}).register();
      const { checkOutputPath, writeFileAtomic } = require(${JSON.stringify(MODULE)});
      const [input, output, size] = process.argv.slice(2);
      const data = Buffer.alloc(Number(size), ${JSON.stringify(NEW_FILL)});
      checkOutputPath(input, output, true);
      process.stdout.write('ready\\n');
      writeFileAtomic(output, data).then(() => process.stdout.write('written\\n'));
    `);
    return script;
  };

  /** Runs the writer; kills it `delay` ms after it starts writing, or when its temporary file appears. */
  function runWriter(script: string, out: string, kill: number | 'temp' | 'never') {
    return new Promise<{ signal: NodeJS.Signals | null; stdout: string; pid: number }>((done, fail) => {
      const folderOf = join(out, '..');
      const p = spawn(process.execPath, [script, input, out, String(SIZE)], { stdio: ['ignore', 'pipe', 'inherit'] });
      let stdout = '';
      const watcher = kill === 'temp'
        ? watch(folderOf, (_event, name) => {
          if (name && name.endsWith('.tmp')) p.kill('SIGKILL');
        })
        : undefined;
      p.stdout.setEncoding('utf8');
      p.stdout.on('data', (chunk: string) => {
        stdout += chunk;
        if (typeof kill === 'number' && chunk.includes('ready')) setTimeout(() => p.kill('SIGKILL'), kill);
      });
      p.on('error', fail);
      p.on('exit', (_code, signal) => {
        watcher?.close();
        done({ signal, stdout, pid: p.pid! });
      });
    });
  }

  /** 'old' or 'new' for a whole file; anything else fails the test. */
  function outcome(out: string, previous: Buffer): 'old' | 'new' {
    const now = readFileSync(out);
    if (now.equals(previous)) return 'old';
    expect(now.length).toBe(SIZE); // neither the old bytes nor all the new ones: a partial file
    expect(now.equals(Buffer.alloc(SIZE, NEW_FILL))).toBe(true);
    return 'new';
  }

  test('the output always holds the previous bytes or all the new ones, and the input is never touched', async () => {
    const d = folder('killed');
    const script = child(d);
    const out = join(d, 'out.xlsx');
    const inputStat = statSync(input);
    const results: { kill: number | 'temp' | 'never'; signal: NodeJS.Signals | null; outcome: 'old' | 'new'; leftTemp: boolean }[] = [];
    for (const kill of ['temp', 0, 20, 50, 100, 'never'] as const) {
      const previous = randomBytes(4096);
      writeFileSync(out, previous);
      const r = await runWriter(script, out, kill);
      expect(r.stdout).toContain('ready'); // the write had started every time
      // Killed, unless it had already finished (then it said so).
      expect(r.signal === 'SIGKILL' || (r.signal === null && r.stdout.includes('written'))).toBe(true);
      const left = tempFiles(d);
      for (const t of left) expect(t).toMatch(new RegExp(`^\\.out\\.xlsx\\.${r.pid}\\.[0-9a-f]{12}\\.tmp$`));
      results.push({ kill, signal: r.signal, outcome: outcome(out, previous), leftTemp: left.length > 0 });
      for (const t of left) rmSync(join(d, t));
      expect(readFileSync(input)).toEqual(inputBytes);
      expect(statSync(input).mtimeMs).toBe(inputStat.mtimeMs);
    }
    // The kill when the temporary file appeared caught the write half-way: the old file stayed whole.
    expect(results[0]).toEqual({ kill: 'temp', signal: 'SIGKILL', outcome: 'old', leftTemp: true });
    // Left alone, the writer replaces the file whole and cleans up.
    expect(results[results.length - 1]).toEqual({ kill: 'never', signal: null, outcome: 'new', leftTemp: false });
  });
});

describe('credit-desk run refuses an unusable output (through main)', () => {
  test('exits 1 with the sentence, no stack, before reading the input, and writes nothing', async () => {
    const d = folder('cli-refusal');
    const garbage = join(d, 'not-a-workbook.xlsx');
    writeFileSync(garbage, 'not a zip');
    const before = readdirSync(d);
    for (const [args, sentence] of [
      [[garbage, '-o', garbage], `The output '${garbage}' is the input workbook '${garbage}', and Credit Desk never overwrites the workbook it reads, so choose another output file.`],
      [[garbage, '-o', join(d, 'nope', 'out.xlsx')], `The folder '${join(d, 'nope')}' for the output '${join(d, 'nope', 'out.xlsx')}' does not exist, so create it first or choose another output file.`],
      [[input, '-o', garbage], `'${garbage}' already exists: choose another output file, or add --overwrite to replace it.`],
    ] as const) {
      const stdout = collector();
      const stderr = collector();
      expect(await main(['run', ...args], stdout, stderr)).toBe(1);
      // The garbage input was not read: the refusal came first, not "Cannot open".
      expect(stderr.text()).toBe(`credit-desk: ${sentence}\n`);
      expect(stdout.text()).toBe('');
    }
    expect(readdirSync(d)).toEqual(before);
    expect(readFileSync(garbage, 'utf8')).toBe('not a zip');
  });

  test('a full disk exits 1 with the sentence and leaves the previous output whole', async () => {
    const small = mountTmpfs('cli-small-disk', 'size=64k');
    const out = join(small, 'out.xlsx');
    writeFileSync(out, 'previous good');
    writeFileSync(join(small, 'filler'), Buffer.alloc(60 * 1024)); // leave less room than the workbook needs
    const stdout = collector();
    const stderr = collector();
    expect(await main(['run', input, '-o', out, '--overwrite', '--json'], stdout, stderr)).toBe(1);
    expect(stderr.text()).toBe(`credit-desk: There is not enough space on the disk to write '${out}'. Nothing was written; the previous file, if any, is unchanged.\n`);
    expect(stdout.text()).toBe('');
    expect(readFileSync(out, 'utf8')).toBe('previous good');
    expect(readdirSync(small).sort()).toEqual(['filler', 'out.xlsx']);
  });

  test('a missing input is one plain sentence, exit 1, nothing written', async () => {
    const stderr = collector();
    const missing = join(dir, 'missing.xlsx');
    const out = join(dir, 'from-missing.xlsx');
    expect(await main(['run', missing, '-o', out], collector(), stderr)).toBe(1);
    expect(stderr.text()).toBe(`credit-desk: Cannot open '${missing}' because the file does not exist, so check the path.\n`);
    expect(readdirSync(dir)).not.toContain('from-missing.xlsx');
  });
});
