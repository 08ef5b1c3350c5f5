// npm run demo: runs every step on the bundled sample workbook into
// out/demo.xlsx (tiers, credit, credit control as of the sample's as-of date,
// and the two forms for the A-tier customers in one batch), prints the run summary, then prints the forms to PDF with
// LibreOffice and renders the first pages to PNG, all in out/.
import { execFile } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { DEFAULT_STEPS, runSteps } from '../src/app/run-steps';
import { formatSummary } from '../src/cli/format-summary';
import { writeFileAtomic } from '../src/cli/output-file';
import { parseSelection } from '../src/core/forms/selection';
import { SAMPLE_AS_OF, sampleAsOfDate } from './sample/layout';
import { defaultTierOptions } from '../src/core/tiers/tier-options';
import { loadWorkbook, workbookBytes } from '../src/ports/xlsx/package-file';
import { createPackagePort } from '../src/ports/xlsx/package-port';
import { showOnlySheets } from '../test/support/forms-only';
import { convertToPdf } from '../test/support/libreoffice/recalculate';
import { findSoffice, NOT_INSTALLED_MESSAGE } from '../test/support/libreoffice/soffice';

const root = join(__dirname, '..');
const out = join(root, 'out');
const sample = join(root, 'samples', 'credit-desk-sample.xlsx');
const output = join(out, 'demo.xlsx');

async function printForms(bytes: Uint8Array, sheets: string[], firstOfSecond: number): Promise<void> {
  try {
    await findSoffice();
  } catch {
    console.log(`\nPDF not made: ${NOT_INSTALLED_MESSAGE} (as root), then run the demo again.`);
    return;
  }
  // The output with every other sheet hidden: LibreOffice prints the visible sheets only.
  const formsOnly = join(out, 'demo-forms.xlsx');
  await writeFileAtomic(formsOnly, showOnlySheets(bytes, sheets));
  const pdf = await convertToPdf(formsOnly, out, { recalculate: false });
  // The first survey form and the first authorization form (the page after the last survey form).
  for (const page of [1, firstOfSecond]) {
    await promisify(execFile)('pdftoppm', ['-r', '80', '-png', '-f', String(page), '-l', String(page), pdf, join(out, 'demo-forms-page')]);
  }
  console.log(`Printed the forms: ${pdf} (the first of each form as out/demo-forms-page-*.png)`);
}

async function demo(): Promise<void> {
  mkdirSync(out, { recursive: true });
  const asOf = SAMPLE_AS_OF.toISOString().slice(0, 10);
  console.log(`Credit Desk demo: ${sample}\n(same as: npx credit-desk run ${sample} -o ${output} --overwrite --as-of ${asOf} --forms tier:A --batch)\n`);
  const wb = await loadWorkbook(sample);
  const summary = await runSteps(createPackagePort(wb), {
    steps: [...DEFAULT_STEPS, 'forms'],
    options: defaultTierOptions(),
    // The sample's receivables are as of its last sales day: aging measured then, whatever today is.
    control: { asOf: sampleAsOfDate(), required: true },
    forms: { selection: parseSelection('tier:A'), batch: true, now: new Date() },
  });
  const bytes = await workbookBytes(wb);
  await writeFileAtomic(output, bytes);
  console.log(`${formatSummary(summary).join('\n')}\n\nWritten: ${output}`);
  console.log('\nOpen out/demo.xlsx: the customer sheet 客戶資料 has new columns from 銷售淨額 … ABC 分類 (coloured by tier)');
  console.log('to 信用評分, 信用等級, 建議額度 and 審批層級 (live formulas); edit the sheet 信用評分表 to regrade everyone.');
  const control = summary.control!;
  console.log(`Credit control as of ${control.asOf} (from 應收帳款): open receivables, aging, payment behaviour, then 信用暴露, 可用額度 and`);
  console.log(`${control.statusColumn} (live formulas against 核准額度, else 建議額度): ${control.overLimit.customers} customers over their limit, ${control.heldCount} held or over.`);
  console.log('The forms print the payment record, open receivables, exposure and available credit of the same as-of date.');
  const sheets = summary.forms!.sheets.map((s) => s.name);
  console.log(`The forms for the A-tier customers are on the sheets ${sheets.join(' and ')}.`);
  await printForms(bytes, sheets, summary.forms!.sheets[0]!.customers.length + 1);
}

demo().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
