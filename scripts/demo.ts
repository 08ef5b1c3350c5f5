// npm run demo: runs every step on the bundled sample workbook into
// out/demo.xlsx (tiers, credit, and the two forms for the A-tier customers in
// one batch), prints the run summary, then prints the forms to PDF with
// LibreOffice and renders the first pages to PNG, all in out/.
import { execFile } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { main } from '../src/cli/main';
import { copyWithOnlySheets } from '../test/support/forms-only';
import { convertToPdf } from '../test/support/libreoffice/recalculate';
import { findSoffice, NOT_INSTALLED_MESSAGE } from '../test/support/libreoffice/soffice';

const root = join(__dirname, '..');
const out = join(root, 'out');
const sample = join(root, 'samples', 'credit-desk-sample.xlsx');
const output = join(out, 'demo.xlsx');

async function printForms(sheets: string[]): Promise<void> {
  try {
    await findSoffice();
  } catch {
    console.log(`\nPDF not made: ${NOT_INSTALLED_MESSAGE} (as root), then run the demo again.`);
    return;
  }
  const formsOnly = join(out, 'demo-forms.xlsx');
  await copyWithOnlySheets(output, sheets, formsOnly);
  const pdf = await convertToPdf(formsOnly, out, { recalculate: false });
  await promisify(execFile)('pdftoppm', ['-r', '80', '-png', '-f', '1', '-l', '2', pdf, join(out, 'demo-forms-page')]);
  console.log(`Printed the forms: ${pdf} (first pages as out/demo-forms-page-*.png)`);
}

async function demo(): Promise<number> {
  mkdirSync(out, { recursive: true });
  console.log(`Credit Desk demo: ${sample}\n`);
  const lines: string[] = [];
  const stdout = { write: (text: string) => { process.stdout.write(text); lines.push(text); } };
  const code = await main(['run', sample, '-o', output, '--overwrite', '--forms', 'tier:A', '--batch', '--json'], stdout, process.stderr);
  if (code !== 0) return code;
  const summary = JSON.parse(lines.join('').trim().split('\n').pop()!) as { sheets: { name: string }[] };
  console.log('\nOpen out/demo.xlsx: the customer sheet 客戶資料 has new columns from 銷售淨額 … ABC 分類 (coloured by tier)');
  console.log('to 信用評分, 信用等級, 建議額度 and 審批層級 (live formulas); edit the sheet 信用評分表 to regrade everyone.');
  console.log(`The forms for the A-tier customers are on the sheets ${summary.sheets.map((s) => s.name).join(' and ')}.`);
  await printForms(summary.sheets.map((s) => s.name));
  return 0;
}

demo().then(
  (code) => (process.exitCode = code),
  (err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  },
);
