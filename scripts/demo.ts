// npm run demo: runs every step (tiers, credit) on the bundled sample
// workbook into out/demo.xlsx and prints the run summary.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../src/cli/main';

const root = join(__dirname, '..');
const sample = join(root, 'samples', 'credit-desk-sample.xlsx');
const output = join(root, 'out', 'demo.xlsx');

mkdirSync(join(root, 'out'), { recursive: true });
console.log(`Credit Desk demo: ${sample}\n`);
main(['run', sample, '-o', output, '--overwrite'], process.stdout, process.stderr).then((code) => {
  if (code === 0) {
    console.log('\nOpen out/demo.xlsx: the customer sheet 客戶資料 has new columns from 銷售淨額 … ABC 分類 (coloured by tier)');
    console.log('to 信用評分, 信用等級, 建議額度 and 審批層級 (live formulas); edit the sheet 信用評分表 to regrade everyone.');
  }
  process.exitCode = code;
});
