/**
 * "Remove the form sheets of the last run" through the .xlsx package port:
 * the sheets go as Excel deletes a sheet (record, relationship, content type,
 * part and the parts only it used, its own names), later sheets' names and
 * the workbook views are renumbered, and every other part keeps its bytes.
 */
import ExcelJS from 'exceljs';
import { findFormsToRemove, removeFormSheets } from '../../src/app/remove-forms';
import type { StepsRequest } from '../../src/app/run-steps';
import { InputError } from '../../src/core/problems';
import { defaultTierOptions } from '../../src/core/tiers/tier-options';
import { openWorkbook } from '../../src/ports/xlsx/open-workbook';
import { NODE_CODEC } from '../../src/ports/xlsx/package-file';
import {
  definedNames, describeName, diffPackages, elements, partText, readPackage, relationships, sheets, workbookPart, type Package,
} from '../support/package-diff';
import { makeWorkbook, openThroughFile, readBack, runThroughFile } from '../support/workbooks';

const FORMS: StepsRequest = {
  steps: ['tiers', 'credit', 'forms'], options: defaultTierOptions(),
  forms: { selection: { kind: 'all' }, batch: false, now: new Date(2026, 10, 22, 9, 30) },
};

/** Customers, sales and a sheet of the user's with a print area and a name of its own. */
function book(): ExcelJS.Workbook {
  const wb = makeWorkbook([
    { name: 'Customers', rows: [
      ['Customer ID', 'Customer name', 'Current assets', 'Inventories', 'Current liabilities', 'Sales ability'],
      ['C1', 'Alpha', 500, 100, 200, 'good'],
      ['C2', 'Beta', 50, 10, 100, 3],
    ] },
    { name: 'Sales', rows: [['Date', 'Customer ID', 'Amount'], [46000, 'C1', 900_000], [46010, 'C2', 90_000]] },
    { name: 'Notes', rows: [['Kept by the user'], [42]] },
  ]);
  wb.getWorksheet('Notes')!.pageSetup.printArea = 'A1:B2';
  wb.definedNames.add('Notes!$A$2', 'TheAnswer');
  return wb;
}

const SURVEYS = ['Survey-Alpha', 'Survey-Beta'];
const APPLICATIONS = ['Credit application-Alpha', 'Credit application-Beta'];

/** Edits a workbook's bytes as a user would between two runs: `edit` gets the package-level workbook. */
function edited(bytes: Uint8Array, edit: (wb: ReturnType<typeof openWorkbook>) => void): Uint8Array {
  const wb = openWorkbook(bytes, 'in.xlsx', NODE_CODEC);
  edit(wb);
  return wb.toBytes();
}

/** The forms made, then the user's work: a value typed on the last application, a name into a survey, the last sheet active. */
async function formsThenEdits(): Promise<Uint8Array> {
  const { bytes, summary } = await runThroughFile(book(), FORMS);
  expect(summary.forms?.sheets.map((s) => s.name)).toEqual([...SURVEYS, ...APPLICATIONS]);
  const file = await openThroughFile(bytes);
  await file.port.apply([
    { op: 'values', sheet: 'Credit application-Beta', row: 40, col: 2, values: [['Approved: Wang']] },
    { op: 'name', name: 'MySurveyCell', sheet: 'Survey-Beta', row: 2, col: 1, comment: '' },
  ]);
  return edited(file.book.toBytes(), (wb) => {
    // The views as Excel saves them with the last sheet active and the tab bar scrolled to the sixth sheet.
    const xml = wb.pkg.text(wb.workbookPart);
    if (xml.includes('<bookViews')) throw new Error('the workbook part has views already');
    wb.pkg.setText(wb.workbookPart, xml.replace('<sheets>', '<bookViews><workbookView xWindow="0" yWindow="0" windowWidth="28800" windowHeight="12300" firstSheet="5" activeTab="7"/></bookViews><sheets>'));
  });
}

async function removed(input: Uint8Array) {
  const file = await openThroughFile(input);
  const outcome = await removeFormSheets(file.port);
  return { outcome, bytes: file.book.toBytes() };
}

const workbookView = (pkg: Package) => elements(partText(pkg, workbookPart(pkg)), 'workbookView')[0]!.attrs;

describe('remove-forms through the .xlsx package port', () => {
  let before: Uint8Array;
  let after: Uint8Array;
  let outcome: Awaited<ReturnType<typeof removed>>['outcome'];

  beforeAll(async () => {
    before = await formsThenEdits();
    ({ outcome, bytes: after } = await removed(before));
  });

  test('the unedited sheets of the last run go; the edited one is kept and named', () => {
    expect(outcome).toEqual({ remove: [...SURVEYS, 'Credit application-Alpha'], keptEdited: ['Credit application-Beta'], unchecked: [] });
    expect(sheets(readPackage(after)).map((s) => s.name)).toEqual(['Customers', 'Sales', 'Notes', 'Credit Scorecard', 'Credit application-Beta']);
  });

  test('only the workbook part, its relationships and the content types change; the removed sheets\' parts go, every other part keeps its bytes', () => {
    const input = readPackage(before);
    const output = readPackage(after);
    const gone = sheets(input).filter((s) => outcome.remove.includes(s.name)).map((s) => s.part);
    expect(gone).toHaveLength(3);
    const diff = diffPackages(input, output).filter((d) => d.status !== 'identical');
    expect(diff).toEqual([
      { part: '[Content_Types].xml', status: 'changed' },
      { part: 'xl/_rels/workbook.xml.rels', status: 'changed' },
      { part: 'xl/workbook.xml', status: 'changed' },
      ...gone.map((part) => ({ part, status: 'removed' })),
    ].sort((a, b) => (a.part < b.part ? -1 : 1)));
  });

  test('the package is whole: every relationship and content type names a part that is there, every sheet its part', () => {
    const pkg = readPackage(after);
    const sources = [...pkg.keys()].filter((p) => p.endsWith('.rels')).map((rels) => rels.replace(/_rels\/(.*)\.rels$/, '$1'));
    for (const source of sources) {
      for (const r of relationships(pkg, source)) if (!r.external) expect([source, r.target, pkg.has(r.target)]).toEqual([source, r.target, true]);
    }
    for (const { attrs } of elements(partText(pkg, '[Content_Types].xml'), 'Override')) {
      const part = attrs.get('PartName')!.slice(1);
      expect([part, pkg.has(part)]).toEqual([part, true]);
    }
    for (const s of sheets(pkg)) expect(pkg.has(s.part)).toBe(true);
  });

  test('names: the removed sheets\' markers, seals and print areas go; later sheets keep theirs, renumbered; a name into a removed sheet is #REF!', () => {
    const names = definedNames(readPackage(after)).map(describeName);
    expect(names.filter((n) => n.startsWith('_xlnm.Print_Area'))).toEqual([
      "_xlnm.Print_Area [Notes] = 'Notes'!$A1:$B2",
      // The scorecard prints on one page: its tables, the points on offer and the credit-control rules.
      "_xlnm.Print_Area [Credit Scorecard] = 'Credit Scorecard'!$A$1:$L$138",
      "_xlnm.Print_Area [Credit application-Beta] = 'Credit application-Beta'!$A$1:$H$" + printRows(after, 'Credit application-Beta'),
    ]);
    expect(names.filter((n) => n.startsWith('CreditDesk_Form'))).toEqual([
      "CreditDesk_Form_4 = 'Credit application-Beta'!$A$1",
      expect.stringMatching(/^CreditDesk_FormSeal_4_R1_N4_F[0-9a-f]{14} = 'Credit application-Beta'!\$A\$1$/),
    ]);
    expect(names).toContain('MySurveyCell = #REF!$B$3');
    expect(names).toContain('TheAnswer = Notes!$A$2');
    // Only these names changed: every other one is as it was.
    const unchanged = definedNames(readPackage(before)).map(describeName).filter((n) => !/Survey-|Credit application-Alpha/.test(n));
    expect(names.filter((n) => n !== 'MySurveyCell = #REF!$B$3')).toEqual(unchanged);
  });

  test('the active tab and the first tab shown stay on the same sheets, renumbered', () => {
    expect(Object.fromEntries(workbookView(readPackage(before)))).toMatchObject({ activeTab: '7', firstSheet: '5' });
    expect(Object.fromEntries(workbookView(readPackage(after)))).toMatchObject({ activeTab: '4', firstSheet: '4' });
  });

  test('the output opens (ExcelJS, the package port) and a second removal removes nothing, still naming the edited sheet', async () => {
    const wb = await readBack(after);
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(['Customers', 'Sales', 'Notes', 'Credit Scorecard', 'Credit application-Beta']);
    expect(wb.getWorksheet('Credit application-Beta')!.getCell('C41').value).toBe('Approved: Wang');
    const again = await removed(after);
    expect(again.outcome).toEqual({ remove: [], keptEdited: ['Credit application-Beta'], unchecked: [] });
    expect(diffPackages(readPackage(after), readPackage(again.bytes)).filter((d) => d.status !== 'identical')).toEqual([]);
  });

  test('a later forms run is the last run: only its sheets are offered, the earlier run\'s edited sheet is not', async () => {
    const { bytes, summary } = await runThroughFile(after, FORMS);
    expect(summary.forms?.sheets.map((s) => s.name)).toEqual([...SURVEYS, 'Credit application-Alpha', 'Credit application-Beta (2)']);
    const file = await openThroughFile(bytes);
    expect(await findFormsToRemove(file.port)).toEqual({ remove: summary.forms!.sheets.map((s) => s.name), keptEdited: [], unchecked: [] });
  });
});

/** The last row of a sheet's print area (the form's length). */
function printRows(bytes: Uint8Array, sheet: string): string {
  const area = definedNames(readPackage(bytes)).find((n) => n.name === '_xlnm.Print_Area' && n.scope === sheet)!;
  return /\$(\d+)$/.exec(area.text)![1]!;
}

describe('deleteSheet in the .xlsx package port', () => {
  test('a sheet without the form marker the op names is refused, with nothing changed', async () => {
    const { bytes } = await runThroughFile(book(), FORMS);
    const file = await openThroughFile(bytes);
    const attempts = [
      { op: 'deleteSheet' as const, sheet: 'Notes', marker: 'CreditDesk_Form_1', names: [] },
      { op: 'deleteSheet' as const, sheet: 'Customers', marker: 'CreditDesk_Tier', names: [] },
      { op: 'deleteSheet' as const, sheet: 'Survey-Alpha', marker: 'CreditDesk_Form_1', names: ['TheAnswer'] },
    ];
    for (const op of attempts) {
      await expect(file.port.apply([op])).rejects.toMatchObject({ constructor: InputError, code: 'notFormSheet', args: { sheet: op.sheet, marker: op.marker } });
    }
    expect(file.book.pkg.changedParts()).toEqual([]);
  });

  test('a plan that would both write and delete a sheet is a bug, refused before anything changes', async () => {
    const { bytes } = await runThroughFile(book(), FORMS);
    const file = await openThroughFile(bytes);
    const seal = (await file.port.readNames('CreditDesk_FormSeal_1_'))[0]!.name;
    await expect(file.port.apply([
      { op: 'values', sheet: 'Survey-Alpha', row: 0, col: 9, values: [['x']] },
      { op: 'deleteSheet', sheet: 'Survey-Alpha', marker: 'CreditDesk_Form_1', names: [seal] },
    ])).rejects.toThrow("a plan that deletes sheet 'Survey-Alpha' also writes it (values)");
    expect(file.book.pkg.changedParts()).toEqual([]);
  });

  test('the parts only a removed sheet used go with it (a note\'s comments and drawing); a note changes no value, so the sheet still counts as unedited', async () => {
    const { bytes } = await runThroughFile(book(), FORMS);
    const wb = await readBack(bytes);
    wb.getWorksheet('Survey-Alpha')!.getCell('J2').note = 'checked';
    const saved = new Uint8Array(await wb.xlsx.writeBuffer());
    const input = readPackage(saved);
    const survey = sheets(input).find((s) => s.name === 'Survey-Alpha')!.part;
    const own = relationships(input, survey).filter((r) => !r.external).map((r) => r.target);
    expect(own.length).toBeGreaterThan(0);
    const { outcome: result, bytes: out } = await removed(saved);
    expect(result.remove).toEqual([...SURVEYS, ...APPLICATIONS]);
    const output = readPackage(out);
    for (const part of [survey, ...own]) expect([part, output.has(part)]).toEqual([part, false]);
    const types = elements(partText(output, '[Content_Types].xml'), 'Override').map((o) => o.attrs.get('PartName')!.slice(1));
    for (const part of own) expect(types).not.toContain(part);
    expect((await readBack(out)).worksheets.map((ws) => ws.name)).toEqual(['Customers', 'Sales', 'Notes', 'Credit Scorecard']);
  });
});
