/**
 * Reads a PDF with poppler-utils (pdfinfo, pdftotext): page count, page size
 * and the text of one page or of the whole file, for print tests on
 * LibreOffice's PDF output.
 */
import { execFile } from 'child_process';

function poppler(tool: 'pdfinfo' | 'pdftotext', args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(tool, args, { maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) {
        const code = (error as NodeJS.ErrnoException).code;
        reject(new Error(code === 'ENOENT'
          ? `${tool} is not installed (poppler-utils): run scripts/install-system-deps.sh`
          : `${tool} ${args.join(' ')} failed: ${stderr || error.message}`));
        return;
      }
      resolve(stdout);
    });
  });
}

export interface PdfInfo {
  pages: number;
  /** The first page's size in PostScript points (A4 portrait: 595.28 x 841.89). */
  pageSize: { width: number; height: number };
}

/** Page count and (first) page size from `pdfinfo`. */
export async function pdfInfo(pdfPath: string): Promise<PdfInfo> {
  const out = await poppler('pdfinfo', [pdfPath]);
  const pages = /^Pages:\s+(\d+)/m.exec(out);
  const size = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(out);
  if (!pages || !size) throw new Error(`Unexpected pdfinfo output for ${pdfPath}:\n${out}`);
  return { pages: Number(pages[1]), pageSize: { width: Number(size[1]), height: Number(size[2]) } };
}

/** The size of page `page` (1-based) in points, from `pdfinfo -f page -l page`. */
export async function pdfPageSize(pdfPath: string, page: number): Promise<{ width: number; height: number }> {
  const out = await poppler('pdfinfo', ['-f', String(page), '-l', String(page), pdfPath]);
  const size = new RegExp(`^Page\\s+${page} size:\\s+([\\d.]+) x ([\\d.]+) pts`, 'm').exec(out);
  if (!size) throw new Error(`No size for page ${page} in pdfinfo output for ${pdfPath}:\n${out}`);
  return { width: Number(size[1]), height: Number(size[2]) };
}

/** The text of page `page` (1-based) via `pdftotext -f page -l page` (-layout unless layout is false). */
export function pdfPageText(pdfPath: string, page: number, options: { layout?: boolean } = {}): Promise<string> {
  const layout = options.layout === false ? [] : ['-layout'];
  return poppler('pdftotext', [...layout, '-enc', 'UTF-8', '-f', String(page), '-l', String(page), pdfPath, '-']);
}

/** The text of the whole PDF via `pdftotext` (-layout, which keeps table rows on one line, unless layout is false). */
export function pdfToText(pdfPath: string, options: { layout?: boolean } = {}): Promise<string> {
  const layout = options.layout === false ? [] : ['-layout'];
  return poppler('pdftotext', [...layout, '-enc', 'UTF-8', pdfPath, '-']);
}

/** The text of every page, in order (pages[0] is page 1). */
export async function pdfPagesText(pdfPath: string, options: { layout?: boolean } = {}): Promise<string[]> {
  const { pages } = await pdfInfo(pdfPath);
  const texts: string[] = [];
  for (let page = 1; page <= pages; page++) texts.push(await pdfPageText(pdfPath, page, options));
  return texts;
}
