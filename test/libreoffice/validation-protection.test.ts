/**
 * LibreOffice opens what the package port writes for the validation and
 * protectSheet ops: the input columns' rating drop-downs (a list over the
 * scorecard's keys, by the name CreditDesk_RatingKeys), and a protected
 * sheet with one unlocked cell. LibreOffice reads the file and saves it as
 * .xlsx again; the saved file still has each of them, so LibreOffice took
 * them in rather than dropping them. Needs LibreOffice: a missing install
 * fails this test.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addInputColumns } from '../../src/app/add-input-columns';
import { defaultTierOptions } from '../../src/core/tiers/tier-options';
import { workbookBytes } from '../../src/ports/xlsx/package-file';
import { convertWithSoffice } from '../support/libreoffice/soffice';
import { definedNames, elements, partText, readPackage, sheetPart } from '../support/package-diff';
import { makeWorkbook, openThroughFile } from '../support/workbooks';

const dir = mkdtempSync(join(tmpdir(), 'credit-desk-validation-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('LibreOffice and the validation and protectSheet ops', () => {
  test('keeps the rating drop-downs, the sheet protection and the unlocked cell of a file the package port wrote', async () => {
    const source = makeWorkbook([
      { name: 'Customers', rows: [['Customer ID', 'Customer name', 'Quick assets'], ['K1', 'Ann', 5], ['K2', 'Bob', 7]] },
      { name: 'Sales', rows: [['Customer ID', 'Amount'], ['K1', 500], ['K2', 300]] },
    ]);
    const file = await openThroughFile(source);
    const added = await addInputColumns(file.port, { options: defaultTierOptions() });
    const scorecard = added.scorecard!.sheet;
    // The scorecard as the lead will protect it: its company cell (B2) stays editable.
    await file.port.apply([
      { op: 'style', sheet: scorecard, row: 1, col: 1, rows: 1, cols: 1, style: { locked: false } },
      { op: 'protectSheet', sheet: scorecard },
    ]);
    const input = join(dir, 'written.xlsx');
    writeFileSync(input, await workbookBytes(file.book));
    const outDir = join(dir, 'out');
    const [output] = await convertWithSoffice({ inputs: [input], convertTo: 'xlsx', outDir }, { recalculate: false });
    const pkg = readPackage(output!);

    const customers = partText(pkg, sheetPart(pkg, 'Customers'));
    const lists = elements(customers, 'dataValidation').filter((v) => v.attrs.get('type') === 'list');
    const ratings = added.columns.filter((c) => c.role.startsWith('rating:'));
    const covered = lists.flatMap((v) => (v.attrs.get('sqref') ?? '').split(/\s+/));
    // LibreOffice may merge adjacent areas into one reference: every rating column's cells are in one.
    expect(covered.join(' ')).toContain(`${ratings[0]!.letter}2:`);
    expect(covered.join(' ')).toContain(`${ratings[ratings.length - 1]!.letter}3`);
    for (const v of lists) expect(v.inner).toContain('CreditDesk_RatingKeys');
    expect(definedNames(pkg).some((n) => n.name === 'CreditDesk_RatingKeys')).toBe(true);

    const protectedSheet = partText(pkg, sheetPart(pkg, scorecard));
    expect(elements(protectedSheet, 'sheetProtection')[0]?.attrs.get('sheet')).toMatch(/^(1|true)$/);
    const b2 = /<c r="B2" s="(\d+)"/.exec(protectedSheet);
    expect(b2).not.toBeNull();
    const xfs = elements(elements(partText(pkg, 'xl/styles.xml'), 'cellXfs')[0]!.inner, 'xf');
    expect(xfs[Number(b2![1])]!.inner).toMatch(/<protection locked="(0|false)"/);
    // A cell of the scorecard not unlocked stays locked.
    const a1 = /<c r="A1" s="(\d+)"/.exec(protectedSheet);
    expect(a1 ? xfs[Number(a1[1])]!.inner : '').not.toMatch(/locked="(0|false)"/);
  });
});
