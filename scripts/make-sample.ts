/** Writes the bundled sample workbook: `npm run sample [-- path]` (default samples/credit-desk-sample.xlsx). */
import { DEFAULT_SAMPLE_PATH, writeSampleFile } from './sample';

async function main(): Promise<void> {
  const path = process.argv[2] ?? DEFAULT_SAMPLE_PATH;
  const data = await writeSampleFile(path);
  console.log(`wrote ${path}: ${data.customerRows.length} customer rows, ${data.sales.length} sales lines`);
  for (const bad of data.badCells) console.log(`  ${bad.sheet}!${bad.cell}  ${bad.value}  -> ${bad.expected}`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
