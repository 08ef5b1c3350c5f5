/**
 * "Never lose a user's work": the command line's output workbook is the input
 * plus Credit Desk's own changes, and nothing else. For each workbook of the
 * real-feature corpus (test/fixtures/real-features/, see its README.md) the
 * CLI is run to a new file, and:
 *
 * - every part of the input outside the parts a run may change is
 *   byte-identical (decompressed) in the output;
 * - the customer sheet, which the run may change, keeps each of its cells,
 *   rows, columns and every other element it had;
 * - every defined name of the input is in the output's workbook.xml with the
 *   same scope and the same text;
 * - a second run on the output changes no part at all.
 *
 * The parts a run may change: the customer sheet's worksheet XML (and its
 * table part, when the customers are an Excel table), xl/workbook.xml,
 * xl/styles.xml, [Content_Types].xml, xl/_rels/workbook.xml.rels,
 * docProps/app.xml and xl/calcChain.xml; parts it adds for new sheets are
 * not parts of the input and are not checked here.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { strToU8, zipSync } from 'fflate';
import { main } from '../../src/cli/main';
import {
  canonical, cellMeaning, cellReader, definedNames, describeName, diffPackages, elements, inputPartsNotIdentical, normalizeBooleans,
  parseXmlPart, partText, readPackage, relationships, sheetPart, sheets, type DefinedName, type Package, type XmlNode,
} from '../support/package-diff';

const CORPUS_DIR = join(__dirname, '..', 'fixtures', 'real-features');
const dir = mkdtempSync(join(tmpdir(), 'credit-desk-passthrough-'));

type Feature =
  | 'bar chart' | 'image' | 'comments' | 'list validation' | 'sheet protection' | 'pivot table and cache' | 'Excel table'
  | 'customer table' | 'conditional formatting' | 'merged cells' | 'frozen panes' | 'landscape fit-to-width page setup'
  | 'custom document properties' | 'custom XML part' | 'formulas without cached values' | 'sheet-scoped print area'
  | 'print titles' | 'constant name' | 'formula name' | 'sheet-scoped name' | 'whole-column name' | 'workbook range name';

interface CorpusFile {
  file: string;
  customerSheet: string;
  features: Feature[];
}

const COMMON: Feature[] = [
  'bar chart', 'comments', 'list validation', 'sheet protection', 'landscape fit-to-width page setup', 'custom document properties',
  'sheet-scoped print area', 'print titles', 'constant name', 'formula name', 'sheet-scoped name', 'whole-column name', 'workbook range name',
];
const OPENPYXL: Feature[] = [
  ...COMMON, 'image', 'Excel table', 'conditional formatting', 'merged cells', 'frozen panes', 'custom XML part', 'formulas without cached values',
];

/** The corpus, with what each file is known to hold (README.md in the corpus folder says how each was made). */
const CORPUS: CorpusFile[] = [
  { file: 'openpyxl-en.xlsx', customerSheet: 'Customers', features: OPENPYXL },
  { file: 'openpyxl-zh-hant.xlsx', customerSheet: '客戶', features: [...OPENPYXL, 'customer table'] },
  {
    file: 'libreoffice-resaved-en.xlsx', customerSheet: 'Customers',
    features: [...COMMON, 'image', 'Excel table', 'conditional formatting', 'merged cells', 'custom XML part'],
  },
  { file: 'libreoffice-pivot.xlsx', customerSheet: 'Customers', features: [...COMMON, 'pivot table and cache'] },
];

const worksheetXml = (pkg: Package): string[] => sheets(pkg).map((s) => partText(pkg, s.part));
const anyPart = (pkg: Package, re: RegExp): boolean => [...pkg.keys()].some((p) => re.test(p));
const userNames = (pkg: Package): DefinedName[] => definedNames(pkg).filter((n) => !n.name.startsWith('_xlnm.'));

const HAS: Record<Feature, (pkg: Package, customerSheet: string) => boolean> = {
  'bar chart': (pkg) => [...pkg.keys()].some((p) => /^xl\/charts\/chart\d+\.xml$/.test(p) && /<(\w+:)?barChart\b/.test(partText(pkg, p))),
  image: (pkg) => anyPart(pkg, /^xl\/media\/.+\.png$/),
  comments: (pkg) => sheets(pkg).some((s) => relationships(pkg, s.part).some((r) => r.type.endsWith('/comments') && pkg.has(r.target))),
  'list validation': (pkg) => worksheetXml(pkg).some((x) => elements(x, 'dataValidation').some((e) => e.attrs.get('type') === 'list')),
  'sheet protection': (pkg) => worksheetXml(pkg).some((x) => elements(x, 'sheetProtection').some((e) => ['1', 'true'].includes(e.attrs.get('sheet') ?? ''))),
  'pivot table and cache': (pkg) =>
    anyPart(pkg, /^xl\/pivotTables\/pivotTable\d+\.xml$/) && anyPart(pkg, /^xl\/pivotCache\/pivotCacheDefinition\d+\.xml$/) &&
    anyPart(pkg, /^xl\/pivotCache\/pivotCacheRecords\d+\.xml$/),
  'Excel table': (pkg) => anyPart(pkg, /^xl\/tables\/table\d+\.xml$/),
  'customer table': (pkg, customerSheet) => relationships(pkg, sheetPart(pkg, customerSheet)).some((r) => r.type.endsWith('/table')),
  'conditional formatting': (pkg) => worksheetXml(pkg).some((x) => elements(x, 'conditionalFormatting').length > 0),
  'merged cells': (pkg) => worksheetXml(pkg).some((x) => elements(x, 'mergeCell').length > 0),
  'frozen panes': (pkg) => worksheetXml(pkg).some((x) => elements(x, 'pane').some((e) => e.attrs.get('state') === 'frozen')),
  'landscape fit-to-width page setup': (pkg) => worksheetXml(pkg).some((x) => elements(x, 'pageSetup').some((e) => e.attrs.get('orientation') === 'landscape' && e.attrs.get('fitToWidth') === '1')),
  'custom document properties': (pkg) => pkg.has('docProps/custom.xml') && relationships(pkg, '').some((r) => r.type.endsWith('/custom-properties')),
  'custom XML part': (pkg) => anyPart(pkg, /^customXml\/item\d+\.xml$/),
  'formulas without cached values': (pkg) => worksheetXml(pkg).some((x) => elements(x, 'c').some((c) => /<(\w+:)?f\b/.test(c.inner) && !/<(\w+:)?v>[^<]/.test(c.inner))),
  'sheet-scoped print area': (pkg) => definedNames(pkg).some((n) => n.name === '_xlnm.Print_Area' && n.scope !== null),
  'print titles': (pkg) => definedNames(pkg).some((n) => n.name === '_xlnm.Print_Titles' && n.scope !== null),
  'constant name': (pkg) => userNames(pkg).some((n) => /^(-?\d+(\.\d+)?|\{.*\})$/.test(n.text)),
  'formula name': (pkg) => userNames(pkg).some((n) => /^[A-Z]+\(/.test(n.text)),
  'sheet-scoped name': (pkg) => userNames(pkg).some((n) => n.scope !== null),
  'whole-column name': (pkg) => userNames(pkg).some((n) => /!\$?[A-Z]{1,3}:\$?[A-Z]{1,3}$/.test(n.text)),
  'workbook range name': (pkg) => userNames(pkg).some((n) => n.scope === null && /!\$[A-Z]{1,3}\$\d+:\$[A-Z]{1,3}\$\d+$/.test(n.text)),
};

interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

async function runCli(input: string, output: string): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(['run', input, '-o', output, '--overwrite'], { write: (t: string) => (stdout += t) }, { write: (t: string) => (stderr += t) });
  return { code, stdout, stderr };
}

function requireSuccess(run: CliRun, what: string): void {
  if (run.code !== 0) throw new Error(`${what} exited ${run.code}:\n${run.stderr}${run.stdout}`);
}

/** The input parts a run may change: the fixed list, the customer sheet and its table parts. */
function allowedToChange(input: Package, customerSheet: string): Set<string> {
  const sheet = sheetPart(input, customerSheet);
  const tables = relationships(input, sheet).filter((r) => r.type.endsWith('/table')).map((r) => r.target);
  return new Set([
    sheet, ...tables, 'xl/workbook.xml', 'xl/styles.xml', '[Content_Types].xml', 'xl/_rels/workbook.xml.rels', 'docProps/app.xml', 'xl/calcChain.xml',
  ]);
}

const child = (node: XmlNode, name: string): XmlNode | undefined => node.children.find((c) => c.name === name);

/** Row attributes as they read: xsd:booleans one way, and a default left out is the default. */
function rowAttrs(row: XmlNode): Record<string, string> {
  const defaults: Record<string, string> = { hidden: '0', customFormat: '0', customHeight: '0', outlineLevel: '0', collapsed: '0', thickTop: '0', thickBot: '0', s: '0' };
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(normalizeBooleans(row).attrs)) if (k !== 'spans' && k !== 'r' && defaults[k] !== v) out[k] = v;
  return out;
}

/**
 * What the user had on the customer sheet that is not where Credit Desk
 * writes: each cell (as its text or number, formula and format), each row's
 * height and flags, each column, and every other element of the sheet, which
 * must be in the output as it was (xsd:booleans compared as booleans).
 */
function customerSheetLosses(input: Package, output: Package, customerSheet: string): string[] {
  const before = normalizeBooleans(parseXmlPart(partText(input, sheetPart(input, customerSheet))));
  const after = normalizeBooleans(parseXmlPart(partText(output, sheetPart(output, customerSheet))));
  const losses: string[] = [];
  // The credit step's column group sets outlineLevelCol on <sheetFormatPr> (the outline is the add-in's); every other attribute stays.
  const withoutOutline = (el: (typeof after.children)[number]) => (el.name === 'sheetFormatPr' ? canonical({ ...el, attrs: Object.fromEntries(Object.entries(el.attrs).filter(([k]) => k !== 'outlineLevelCol')) }) : canonical(el));
  const afterElements = new Set(after.children.map(withoutOutline));
  for (const el of before.children) {
    if (['sheetData', 'dimension', 'cols'].includes(el.name)) continue;
    if (!afterElements.has(withoutOutline(el))) {
      const now = after.children.filter((c) => c.name === el.name).map(canonical);
      losses.push(`${canonical(el)} is now ${now.length === 0 ? 'gone' : now.join(' ')}`);
    }
  }
  const afterCols = new Set((child(after, 'cols')?.children ?? []).map(canonical));
  for (const col of child(before, 'cols')?.children ?? []) {
    if (!afterCols.has(canonical(col))) losses.push(`column ${canonical(col)} is not in the output's <cols>`);
  }
  const readIn = cellReader(input);
  const readOut = cellReader(output);
  const rowsAfter = new Map((child(after, 'sheetData')?.children ?? []).map((r) => [r.attrs.r, r]));
  for (const row of child(before, 'sheetData')?.children ?? []) {
    const out = rowsAfter.get(row.attrs.r);
    if (!out) {
      losses.push(`row ${row.attrs.r} is gone`);
      continue;
    }
    const was = JSON.stringify(rowAttrs(row));
    const now = JSON.stringify(rowAttrs(out));
    if (was !== now) losses.push(`row ${row.attrs.r}: ${was} is now ${now}`);
    const cellsAfter = new Map(out.children.map((c) => [c.attrs.r, c]));
    for (const cell of row.children) {
      const then = cellMeaning(cell, readIn);
      const found = cellsAfter.get(cell.attrs.r);
      const nowCell = found ? cellMeaning(found, readOut) : 'gone';
      if (nowCell !== then) losses.push(`cell ${cell.attrs.r}: ${then} is now ${nowCell}`);
    }
  }
  return losses;
}

describe('the real-feature corpus holds what its README says', () => {
  test.each(CORPUS)('$file', ({ file, customerSheet, features }) => {
    const pkg = readPackage(join(CORPUS_DIR, file));
    const missing = features.filter((f) => !HAS[f](pkg, customerSheet));
    expect(missing).toEqual([]);
  });
});

/** The input's parts outside the allow-list that are not byte-identical in the output, as "part: status". */
function foreignPartChanges(input: Package, output: Package, customerSheet: string): string[] {
  const allowed = allowedToChange(input, customerSheet);
  return inputPartsNotIdentical(input, output).filter((d) => !allowed.has(d.part)).map((d) => `${d.part}: ${d.status}`);
}

/** Each defined name of the input that the output lacks, or has with another text, as "name [scope] = text -> what the output has". */
function lostNames(input: Package, output: Package): string[] {
  const after = definedNames(output);
  return definedNames(input).flatMap((n) => {
    const same = after.filter((o) => o.name === n.name && o.scope === n.scope);
    if (same.some((o) => o.text === n.text)) return [];
    return [`${describeName(n)} -> ${same.length === 0 ? 'missing' : same.map((o) => describeName(o)).join('; ')}`];
  });
}

describe('package-diff', () => {
  const zipOf = (files: Record<string, string>, level: 0 | 9) => zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)])), { level });

  test('compares parts on their decompressed bytes: added, removed, changed, identical', () => {
    const before = readPackage(zipOf({ 'a.xml': '<a/>', 'b.xml': '<b/>', 'c.xml': '<c/>' }, 0));
    const after = readPackage(zipOf({ 'a.xml': '<a/>', 'c.xml': '<c x="1"/>', 'd.xml': '<d/>' }, 9));
    expect(diffPackages(before, after)).toEqual([
      { part: 'a.xml', status: 'identical' },
      { part: 'b.xml', status: 'removed' },
      { part: 'c.xml', status: 'changed' },
      { part: 'd.xml', status: 'added' },
    ]);
    expect(inputPartsNotIdentical(before, after)).toEqual([{ part: 'b.xml', status: 'removed' }, { part: 'c.xml', status: 'changed' }]);
  });

  test('reads defined names with their scope and decoded text', () => {
    const pkg = readPackage(join(CORPUS_DIR, 'libreoffice-resaved-en.xlsx'));
    expect(definedNames(pkg).map(describeName)).toEqual(expect.arrayContaining([
      'VAT_RATE = 0.05', 'Regions = {"North","South","East","West"}', 'FirstCustomer [Customers] = Customers!$A$2', 'SalesAmounts = Sales!$C:$C',
    ]));
  });
});

describe('the checks see what a whole-workbook rewrite loses', () => {
  // ExcelJS reads the workbook into its model and writes a new package: the way the CLI worked before the package-level port.
  test('an ExcelJS load and save of libreoffice-pivot.xlsx fails every check', async () => {
    const inputPath = join(CORPUS_DIR, 'libreoffice-pivot.xlsx');
    const outPath = join(dir, 'exceljs-libreoffice-pivot.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(inputPath);
    await wb.xlsx.writeFile(outPath);
    const input = readPackage(inputPath);
    const output = readPackage(outPath);
    expect(foreignPartChanges(input, output, 'Customers')).toEqual(expect.arrayContaining([
      'xl/charts/chart1.xml: removed', 'xl/pivotTables/pivotTable1.xml: removed', 'xl/pivotCache/pivotCacheDefinition1.xml: removed', 'docProps/custom.xml: removed',
    ]));
    expect(lostNames(input, output)).toEqual(expect.arrayContaining(['VAT_RATE = 0.05 -> missing', 'SalesAmounts = Sales!$C:$C -> missing']));
    expect(customerSheetLosses(input, output, 'Customers').length).toBeGreaterThan(0);
  });
});

describe.each(CORPUS)('the CLI carries $file through', ({ file, customerSheet }) => {
  const inputPath = join(CORPUS_DIR, file);
  const firstPath = join(dir, `first-${file}`);
  const secondPath = join(dir, `second-${file}`);
  let first: CliRun;
  let second: CliRun;

  beforeAll(async () => {
    first = await runCli(inputPath, firstPath);
    if (first.code === 0) second = await runCli(firstPath, secondPath);
  });

  test('the run succeeds on the customer sheet the corpus names, writes into it and adds its scorecard sheet', () => {
    requireSuccess(first, `credit-desk run ${file}`);
    expect(first.stdout).toContain(`Customer sheet: ${customerSheet}\n`);
    const input = readPackage(inputPath);
    const output = readPackage(firstPath);
    const sheet = sheetPart(input, customerSheet);
    expect(diffPackages(input, output).find((d) => d.part === sheet)?.status).toBe('changed');
    expect(sheets(output).length).toBeGreaterThan(sheets(input).length);
  });

  test('every part of the input outside the allow-list is byte-identical in the output', () => {
    requireSuccess(first, `credit-desk run ${file}`);
    expect(foreignPartChanges(readPackage(inputPath), readPackage(firstPath), customerSheet)).toEqual([]);
  });

  test('the customer sheet keeps each of its cells, rows, columns and other elements', () => {
    requireSuccess(first, `credit-desk run ${file}`);
    expect(customerSheetLosses(readPackage(inputPath), readPackage(firstPath), customerSheet)).toEqual([]);
  });

  test('every defined name of the input is in the output with the same scope and text', () => {
    requireSuccess(first, `credit-desk run ${file}`);
    const input = readPackage(inputPath);
    expect(definedNames(input).length).toBeGreaterThan(0);
    expect(lostNames(input, readPackage(firstPath))).toEqual([]);
  });

  test('a second run on the output changes no part', () => {
    requireSuccess(first, `credit-desk run ${file}`);
    requireSuccess(second, `credit-desk run on the output of ${file}`);
    const changed = diffPackages(readPackage(firstPath), readPackage(secondPath)).filter((d) => d.status !== 'identical').map((d) => `${d.part}: ${d.status}`);
    expect(changed).toEqual([]);
  });
});
