import type { CellValue, CellWrite } from '../../src/core/cells/cell';
import { checkDeleteSheet, lastFormRun, planFormRemoval } from '../../src/core/forms/form-removal';
import { formMarkerNumber, parseSeal, planFingerprint, readFingerprint, sealName, withSeals } from '../../src/core/forms/form-seal';
import { inputErrorText } from '../../src/core/i18n/input-error-text';
import type { WriteOp } from '../../src/core/plan/write-ops';
import { InputError } from '../../src/core/problems';
import type { NamedCell } from '../../src/core/workbook-shape';

/** What a form sheet's run writes there: a title and a few figures. */
const written = (sheet: string, title: string): WriteOp[] => [
  { op: 'addSheet', sheet },
  { op: 'values', sheet, row: 0, col: 0, values: [[title, null, 'as of'], [null, 1234.5, 0.1 + 0.2]] },
  { op: 'values', sheet, row: 3, col: 1, values: [['signature']] },
];

/** The same cells as a port reads them: one array per column from A, each from row 1. */
const readOf = (rows: CellValue[][]): CellValue[][] => {
  const width = Math.max(...rows.map((r) => r.length));
  return Array.from({ length: width }, (_, c) => rows.map((r) => r[c] ?? null));
};
const asRead = (title: string): CellValue[][] => readOf([[title, null, 'as of'], [null, 1234.5, 0.3], [], [null, 'signature']]);

/** A form sheet's two names, as the forms plan writes them: its marker, and its seal for run `run` of `sheets` sheets. */
function formNames(sheet: string, marker: number, run: number, sheets: number, title = `Form ${marker}`): NamedCell[] {
  const fingerprint = planFingerprint(written(sheet, title), sheet);
  return [
    { name: `CreditDesk_Form_${marker}`, sheet, row: 0, col: 0 },
    { name: sealName({ marker, run, sheets, fingerprint }), sheet, row: 0, col: 0 },
  ];
}

/** Two runs: run 1 made sheets 1 and 2, run 3 made sheets 3 and 4. */
const twoRuns = (): NamedCell[] => [
  ...formNames('Old A', 1, 1, 2), ...formNames('Old B', 2, 1, 2),
  ...formNames('New A', 3, 3, 2), ...formNames('New B', 4, 3, 2),
  { name: 'CreditDesk_Tier', sheet: 'Customers', row: 0, col: 9 },
];
const values = (sheets: Record<string, CellValue[][]>) => new Map(Object.entries(sheets));

describe('the seal: what a run wrote on a form sheet, as a name', () => {
  test('a seal name carries the marker, the run, its sheet count and the fingerprint, and reads back', () => {
    const seal = { marker: 12, run: 11, sheets: 3, fingerprint: '00a1b2c3d4e5f6' };
    expect(sealName(seal)).toBe('CreditDesk_FormSeal_12_R11_N3_F00a1b2c3d4e5f6');
    expect(parseSeal(sealName(seal))).toEqual(seal);
    expect(parseSeal('CreditDesk_Form_12')).toBeNull();
    expect(parseSeal('CreditDesk_FormSeal_12_R11_N3_Fnothex')).toBeNull();
    expect(formMarkerNumber('creditdesk_form_7')).toBe(7);
    expect(formMarkerNumber(sealName(seal))).toBeNull();
    expect(formMarkerNumber('CreditDesk_Form_7b')).toBeNull();
  });

  test('the plan\'s fingerprint is the read values\' fingerprint: numbers at 15 digits, empty cells and trailing blanks ignored', () => {
    const plan = planFingerprint(written('S', 'Survey'), 'S');
    expect(plan).toMatch(/^[0-9a-f]{14}$/);
    expect(readFingerprint(asRead('Survey'))).toBe(plan);
    // Blank rows and columns the used range takes in (a format further out) change nothing.
    expect(readFingerprint([...asRead('Survey').map((c) => [...c, null, '']), [null, null, '']])).toBe(plan);
    // Ops on other sheets do not count.
    expect(planFingerprint([...written('S', 'Survey'), { op: 'values', sheet: 'T', row: 0, col: 0, values: [['x']] }], 'S')).toBe(plan);
  });

  test('any edited value changes the fingerprint: a changed text, a number, a value added or cleared, the text "1" for the number 1', () => {
    const base = readFingerprint(asRead('Survey'));
    const edits: CellValue[][][] = [
      readOf([['Survey!', null, 'as of'], [null, 1234.5, 0.3], [], [null, 'signature']]),
      readOf([['Survey', null, 'as of'], [null, 1234.6, 0.3], [], [null, 'signature']]),
      readOf([['Survey', null, 'as of'], [null, 1234.5, 0.3], [], [null, 'signature', 'Approved']]),
      readOf([['Survey', null, 'as of'], [null, 1234.5, 0.3], [], [null, null]]),
      readOf([['Survey', null, 'as of'], [null, '1234.5', 0.3], [], [null, 'signature']]),
      readOf([['Survey', 'as of'], [null, 1234.5, 0.3], [], [null, 'signature']]),
      readOf([['Survey', null, 'as of'], [null, 1234.5, 0.3], [], [null, 'signature'], [true]]),
    ];
    for (const edit of edits) expect(readFingerprint(edit)).not.toBe(base);
  });

  test('a cleared cell counts as never written; a formula counts by the value it shows', () => {
    const ops: WriteOp[] = [
      { op: 'values', sheet: 'S', row: 0, col: 0, values: [['a', 'b']] },
      { op: 'clear', sheet: 'S', row: 0, col: 1, rows: 1, cols: 1 },
      { op: 'values', sheet: 'S', row: 1, col: 0, values: [[{ formula: '=1+1', value: 2 } as CellWrite]] },
    ];
    expect(planFingerprint(ops, 'S')).toBe(readFingerprint(readOf([['a'], [2]])));
  });

  test('withSeals puts each sheet\'s seal right after its last op, with the run\'s first marker and its number of sheets', () => {
    const a = written('A', 'Survey');
    const b = written('B', 'Application');
    const ops = withSeals([...a, ...b], [{ sheet: 'A', marker: 5, start: 0, end: a.length }, { sheet: 'B', marker: 6, start: a.length, end: a.length + b.length }], 5);
    expect(ops.map((op) => (op.op === 'name' ? parseSeal(op.name) : op.op))).toEqual([
      ...a.map((op) => op.op), { marker: 5, run: 5, sheets: 2, fingerprint: planFingerprint(a, 'A') },
      ...b.map((op) => op.op), { marker: 6, run: 5, sheets: 2, fingerprint: planFingerprint(b, 'B') },
    ]);
    expect(ops.filter((op) => op.op === 'name').map((op) => [op.sheet, op.op === 'name' && [op.row, op.col]])).toEqual([['A', [0, 0]], ['B', [0, 0]]]);
  });
});

describe('which sheets are the last run\'s', () => {
  test('only the sheets of the run with the highest marker, sealed', () => {
    const last = lastFormRun(twoRuns());
    expect(last.run).toBe(3);
    expect(last.sealed.map((s) => [s.sheet, s.marker])).toEqual([['New A', 'CreditDesk_Form_3'], ['New B', 'CreditDesk_Form_4']]);
    expect(last.unsealed).toEqual([]);
  });

  test('no marker, no seal, a marker off A1, a seal on another sheet than its marker: none of those sheets is the run\'s', () => {
    expect(lastFormRun([])).toEqual({ run: null, sealed: [], unsealed: [] });
    const noMarker = formNames('S', 1, 1, 1).slice(1);
    expect(lastFormRun(noMarker)).toEqual({ run: null, sealed: [], unsealed: [] });
    const offA1 = formNames('S', 1, 1, 1).map((n) => ({ ...n, row: 4 }));
    expect(lastFormRun(offA1)).toEqual({ run: null, sealed: [], unsealed: [] });
    const [marker, seal] = formNames('S', 1, 1, 1);
    const elsewhere = [marker!, { ...seal!, sheet: 'Customers' }];
    expect(lastFormRun(elsewhere)).toEqual({ run: null, sealed: [], unsealed: ['S'] });
  });

  test('a later run that stopped before sealing a sheet is the last run: nothing of the run before is offered', () => {
    const names = [...twoRuns(), { name: 'CreditDesk_Form_5', sheet: 'Half made', row: 0, col: 0 }];
    expect(lastFormRun(names)).toEqual({ run: null, sealed: [], unsealed: ['Half made'] });
    expect(planFormRemoval(names, values({})).remove).toEqual([]);
  });

  test('a run that stopped after sealing some sheets: those can go, the unsealed rest of it is kept', () => {
    const names = [...formNames('A', 3, 3, 3), ...formNames('B', 4, 3, 3), { name: 'CreditDesk_Form_5', sheet: 'C', row: 0, col: 0 }];
    const last = lastFormRun(names);
    expect([last.run, last.sealed.map((s) => s.sheet), last.unsealed]).toEqual([3, ['A', 'B'], ['C']]);
  });

  test('form sheets made before seals are never offered, only reported as unchecked', () => {
    const names = [1, 2].map((n) => ({ name: `CreditDesk_Form_${n}`, sheet: `Form ${n}`, row: 0, col: 0 }));
    expect(lastFormRun(names)).toEqual({ run: null, sealed: [], unsealed: ['Form 1', 'Form 2'] });
  });
});

describe('planFormRemoval', () => {
  const read = values({ 'New A': asRead('Form 3'), 'New B': asRead('Form 4') });

  test('unedited sheets of the last run go, each with its marker and seal; the older run and the user\'s names are untouched', () => {
    const names = twoRuns();
    const plan = planFormRemoval(names, read);
    expect(plan.remove).toEqual(['New A', 'New B']);
    expect(plan.keptEdited).toEqual([]);
    expect(plan.ops).toEqual([
      { op: 'deleteSheet', sheet: 'New A', marker: 'CreditDesk_Form_3', names: [names[5]!.name] },
      { op: 'deleteSheet', sheet: 'New B', marker: 'CreditDesk_Form_4', names: [names[7]!.name] },
    ]);
  });

  test('an edited sheet is kept and named, the others still go', () => {
    const edited = readOf([['Form 3', null, 'as of'], [null, 1234.5, 0.3], [], [null, 'Signed: Wang']]);
    const plan = planFormRemoval(twoRuns(), values({ 'New A': edited, 'New B': asRead('Form 4') }));
    expect([plan.remove, plan.keptEdited, plan.ops.map((op) => op.sheet)]).toEqual([['New B'], ['New A'], ['New B']]);
  });

  test('with the list the user confirmed, a sheet not on it is never deleted, one edited since is kept, and every edited one is named', () => {
    const confirmed = planFormRemoval(twoRuns(), read, ['new b']);
    expect([confirmed.remove, confirmed.keptEdited, confirmed.ops.map((op) => op.sheet)]).toEqual([['New B'], [], ['New B']]);
    const edited = planFormRemoval(twoRuns(), values({ 'New A': asRead('changed'), 'New B': asRead('Form 4') }), ['New A', 'New B']);
    expect([edited.remove, edited.keptEdited]).toEqual([['New B'], ['New A']]);
    const notShown = planFormRemoval(twoRuns(), values({ 'New A': asRead('changed'), 'New B': asRead('Form 4') }), ['New B']);
    expect([notShown.remove, notShown.keptEdited]).toEqual([['New B'], ['New A']]);
  });

  test('a sealed sheet whose values were not read is a bug, not an unedited sheet', () => {
    expect(() => planFormRemoval(twoRuns(), values({ 'New A': asRead('Form 3') }))).toThrow("the values of form sheet 'New B' were not read");
  });
});

describe('checkDeleteSheet: the ports delete only a sheet carrying its form marker', () => {
  const names = twoRuns();
  const op = { op: 'deleteSheet' as const, sheet: 'New A', marker: 'CreditDesk_Form_3', names: [names[5]!.name] };

  test('a sheet with its marker on A1 and its seal passes', () => {
    expect(() => checkDeleteSheet(op, names)).not.toThrow();
    expect(() => checkDeleteSheet({ ...op, sheet: 'new a', marker: 'creditdesk_form_3' }, names)).not.toThrow();
  });

  test.each([
    ['no such marker', { ...op, marker: 'CreditDesk_Form_9' }],
    ['the marker of another sheet', { ...op, sheet: 'Customers' }],
    ['a name that is no form marker', { ...op, marker: 'CreditDesk_Tier' }],
    ['a user\'s name among those removed', { ...op, names: ['MyName'] }],
    ['an owned name on another sheet', { ...op, names: [names[3]!.name] }],
  ])('refused: %s', (_, bad) => {
    let error: unknown;
    try {
      checkDeleteSheet(bad, [...names, { name: 'MyName', sheet: 'New A', row: 0, col: 0 }]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).code).toBe('notFormSheet');
    expect((error as InputError).args).toEqual({ sheet: bad.sheet, marker: bad.marker });
  });

  test('a marker that is not on A1 is refused too', () => {
    expect(() => checkDeleteSheet(op, names.map((n) => (n.name === op.marker ? { ...n, col: 1 } : n)))).toThrow(InputError);
  });

  test('the refusal reads in the three languages, quoting the sheet as each language quotes', () => {
    const error = new InputError('x', { code: 'notFormSheet', args: { sheet: 'Customers', marker: 'CreditDesk_Form_3' } });
    expect(inputErrorText(error, 'en')).toContain('sheet “Customers” does not carry its form marker (CreditDesk_Form_3 on A1)');
    expect(inputErrorText(error, 'zh-Hant')).toContain('工作表「Customers」沒有它的表單標記');
    expect(inputErrorText(error, 'zh-Hans')).toContain('工作表“Customers”没有它的表单标记');
  });
});
