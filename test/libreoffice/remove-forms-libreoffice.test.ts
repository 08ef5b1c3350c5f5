/**
 * LibreOffice and "remove the form sheets of the last run" in files: the
 * package port's output after a removal opens in LibreOffice with the sheets
 * left and their names; and form sheets saved by LibreOffice (which rewrites
 * every part) still count as unedited, so a removal after a round trip
 * through another program still works. Needs LibreOffice: a missing install
 * fails this test.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { removeFormSheets } from '../../src/app/remove-forms';
import { defaultTierOptions } from '../../src/core/tiers/tier-options';
import { convertWithSoffice } from '../support/libreoffice/soffice';
import { definedNames, readPackage, sheets } from '../support/package-diff';
import { makeWorkbook, openThroughFile, runThroughFile } from '../support/workbooks';

const dir = mkdtempSync(join(tmpdir(), 'credit-desk-remove-forms-lo-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function withForms(): Promise<Uint8Array> {
  const wb = makeWorkbook([
    { name: 'Customers', rows: [['Customer ID', 'Customer name', 'Current assets', 'Current liabilities'], ['C1', 'Alpha', 500, 200], ['C2', 'Beta', 50, 100]] },
    { name: 'Sales', rows: [['Date', 'Customer ID', 'Amount'], [46000, 'C1', 900_000], [46010, 'C2', 90_000]] },
  ]);
  const { bytes } = await runThroughFile(wb, {
    steps: ['tiers', 'credit', 'forms'], options: defaultTierOptions(),
    forms: { selection: { kind: 'all' }, batch: false, now: new Date(2026, 10, 22, 9, 30) },
  });
  return bytes;
}

/** The file as LibreOffice saves it again as .xlsx. */
async function throughLibreOffice(bytes: Uint8Array, name: string): Promise<Uint8Array> {
  const input = join(dir, `${name}.xlsx`);
  writeFileSync(input, bytes);
  const [output] = await convertWithSoffice({ inputs: [input], convertTo: 'xlsx', outDir: join(dir, `${name}-out`) }, { recalculate: false });
  return new Uint8Array(readFileSync(output!));
}

describe('remove-forms and LibreOffice', () => {
  test('the output of a removal opens in LibreOffice with the sheets left, their print areas and the add-in\'s names', async () => {
    const file = await openThroughFile(await withForms());
    await file.port.apply([{ op: 'values', sheet: 'Credit application-Beta', row: 2, col: 9, values: [['signed']] }]);
    const outcome = await removeFormSheets(file.port);
    expect(outcome.keptEdited).toEqual(['Credit application-Beta']);
    const saved = readPackage(await throughLibreOffice(file.book.toBytes(), 'removed'));
    expect(sheets(saved).map((s) => s.name)).toEqual(['Customers', 'Sales', 'Credit Scorecard', 'Credit application-Beta']);
    const names = definedNames(saved);
    // The form sheet left and the scorecard (it prints on one page) keep their print areas.
    expect(names.filter((n) => n.name === '_xlnm.Print_Area').map((n) => n.scope).sort()).toEqual(['Credit Scorecard', 'Credit application-Beta']);
    expect(names.filter((n) => /^CreditDesk_Form/.test(n.name)).map((n) => n.name.replace(/_F[0-9a-f]{14}$/, '')).sort()).toEqual(['CreditDesk_FormSeal_4_R1_N4', 'CreditDesk_Form_4'].sort());
  });

  test('form sheets saved by LibreOffice still read as unedited, and are removed', async () => {
    const saved = await throughLibreOffice(await withForms(), 'forms');
    const file = await openThroughFile(saved);
    expect(await removeFormSheets(file.port)).toEqual({
      remove: ['Survey-Alpha', 'Survey-Beta', 'Credit application-Alpha', 'Credit application-Beta'], keptEdited: [], unchecked: [],
    });
    expect(sheets(readPackage(file.book.toBytes())).map((s) => s.name)).toEqual(['Customers', 'Sales', 'Credit Scorecard']);
  });
});
