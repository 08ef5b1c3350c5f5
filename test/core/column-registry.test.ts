import { join } from 'node:path';
import { columnIndex } from '../../src/core/cells/address';
import { dateToSerial } from '../../src/core/cells/normalize';
import { FACTORS } from '../../src/core/columns/roles';
import { CONTROL_COL, CONTROL_COLUMNS, CONTROL_GROUPED_COLUMNS } from '../../src/core/control/control-columns';
import { CREDIT_COL, CREDIT_COLUMNS, FIRST_GROUPED, USER_FACTOR_SLOTS, userPointsColumn } from '../../src/core/credit/credit-columns';
import { RATIOS } from '../../src/core/credit/scorecard-config';
import type { OwnedColumnSpec } from '../../src/core/plan/owned-columns';
import { TIER_COLUMNS } from '../../src/core/tiers/tier-columns';
import { defaultTierOptions } from '../../src/core/tiers/tier-options';
import { DEFAULT_STEPS } from '../../src/app/run-steps';
import { definedNames, readPackage } from '../support/package-diff';
import { makeWorkbook, runThroughFile } from '../support/workbooks';

const ALL: readonly OwnedColumnSpec[] = [...TIER_COLUMNS, ...CREDIT_COLUMNS, ...CONTROL_COLUMNS];
const userPoints = Array.from({ length: USER_FACTOR_SLOTS }, (_, k) => userPointsColumn(k + 1, `factor ${k + 1}`));

/** The add-in's column markers on a sheet, left to right, with their columns (0-based), as a workbook file holds them. */
function markerColumns(bytes: string | Uint8Array, sheet: string): { name: string; col: number }[] {
  return definedNames(readPackage(bytes))
    .flatMap((n) => {
      const m = /^'?(.+?)'?!\$([A-Z]+)\$\d+$/.exec(n.text);
      return n.name.startsWith('CreditDesk_') && m?.[1] === sheet ? [{ name: n.name, col: columnIndex(m[2]!) }] : [];
    })
    .sort((a, b) => a.col - b.col);
}

const markersLeftToRight = (bytes: string | Uint8Array, sheet: string) => markerColumns(bytes, sheet).map((n) => n.name);

/** Each index of a derived map, by key, with the id of the column it points at. */
const pointedAt = (index: Readonly<Record<string, number>>, specs: readonly OwnedColumnSpec[]) =>
  Object.entries(index).map(([key, i]) => [key, specs[i]?.id]);

describe('the owned columns, each declared once', () => {
  test('every id and every marker is unique across the tiers, credit and control columns and the user\'s points columns', () => {
    const specs = [...ALL, ...userPoints];
    expect(new Set(specs.map((s) => s.id)).size).toBe(specs.length);
    expect(new Set(specs.map((s) => s.marker.toLowerCase())).size).toBe(specs.length);
  });

  test('each index of CREDIT_COL and CONTROL_COL points at the column with that id; the aliases at the first of their run', () => {
    const aliases = { factorPoints: `${FACTORS[0]}Points`, buckets: 'notDue' } as Record<string, string>;
    expect(pointedAt(CREDIT_COL, CREDIT_COLUMNS)).toEqual(Object.keys(CREDIT_COL).map((key) => [key, aliases[key] ?? key]));
    expect(pointedAt(CONTROL_COL, CONTROL_COLUMNS)).toEqual(Object.keys(CONTROL_COL).map((key) => [key, aliases[key] ?? key]));
    // Every column has its index.
    expect(CREDIT_COLUMNS.every((s, i) => (CREDIT_COL as Record<string, number>)[s.id] === i)).toBe(true);
    expect(CONTROL_COLUMNS.every((s, i) => (CONTROL_COL as Record<string, number>)[s.id] === i)).toBe(true);
  });

  test('the runs the code reads by position: the ratio and the eleven factor points in their order, not yet due and the five buckets', () => {
    const ids = (specs: readonly OwnedColumnSpec[], from: number, n: number) => specs.slice(from, from + n).map((s) => s.id);
    expect(ids(CREDIT_COLUMNS, CREDIT_COL.quickRatioPoints, RATIOS.length)).toEqual(RATIOS.map((r) => `${r}Points`));
    expect(ids(CREDIT_COLUMNS, CREDIT_COL.factorPoints, FACTORS.length)).toEqual(FACTORS.map((f) => `${f}Points`));
    expect(ids(CONTROL_COLUMNS, CONTROL_COL.buckets, 6)).toEqual(['notDue', 'bucket1', 'bucket2', 'bucket3', 'bucket4', 'bucket5']);
  });

  test('each step\'s columns are of its groups, the collapsed ones last; the grouped runs are derived from them', () => {
    expect(TIER_COLUMNS.every((s) => s.group === 'tiers')).toBe(true);
    const groups = (specs: readonly OwnedColumnSpec[]) => specs.map((s) => s.group).filter((g, i, all) => all.indexOf(g) === i);
    expect(groups(CREDIT_COLUMNS)).toEqual(['credit', 'creditCollapsed']);
    expect(groups(CONTROL_COLUMNS)).toEqual(['control', 'controlCollapsed']);
    expect(CREDIT_COLUMNS.map((s) => s.group === 'creditCollapsed')).toEqual(CREDIT_COLUMNS.map((_, i) => i >= FIRST_GROUPED));
    expect(CONTROL_COLUMNS.map((s) => s.group === 'controlCollapsed'))
      .toEqual(CONTROL_COLUMNS.map((_, i) => i >= CONTROL_GROUPED_COLUMNS.first && i < CONTROL_GROUPED_COLUMNS.first + CONTROL_GROUPED_COLUMNS.count));
    expect(userPoints.every((s) => s.group === 'creditCollapsed')).toBe(true);
  });

  test('keep the markers and order of the workbooks earlier releases scored (release 0.1, and the last fixed-layout scorecard)', () => {
    const fixtures = join(__dirname, '..', 'fixtures');
    const before = [...TIER_COLUMNS, ...CREDIT_COLUMNS].map((s) => s.marker);
    // The fixed-layout release wrote every tier and credit column of today, in today's order.
    expect(markersLeftToRight(join(fixtures, 'fixed-scorecard', 'sample-scored.xlsx'), '客戶資料')).toEqual(before);
    // Release 0.1 wrote the tier columns and the credit columns up to the reasons: today's come first, in its order.
    const release01 = markersLeftToRight(join(fixtures, 'release-0.1', 'sample-scored.xlsx'), '客戶資料');
    expect(release01).toEqual(before.slice(0, TIER_COLUMNS.length + CREDIT_COL.reasons + 1));
  });
});

describe('the columns a run groups and collapses in Excel\'s outline', () => {
  const d = (y: number, m: number, day: number) => dateToSerial(y, m, day);
  const book = () => makeWorkbook([
    { name: '客戶資料', rows: [['客戶編號', '客戶名稱', '核准額度'], ['K1', '甲公司', 100000], ['K2', '乙公司', null]] },
    { name: '銷售明細', rows: [['日期', '客戶編號', '金額'], [d(2026, 3, 1), 'K1', 90000], [d(2026, 4, 1), 'K2', 40000]] },
    { name: '應收帳款', rows: [['客戶編號', '發票號碼', '發票日期', '到期日', '金額', '未收金額'], ['K1', 'A1', d(2026, 5, 1), d(2026, 5, 31), 60000, 60000]] },
  ]);

  test('are the columns of the collapsed groups, and only those', async () => {
    const asOf = new Date(2026, 5, 30);
    const { wb, bytes } = await runThroughFile(book(), { steps: [...DEFAULT_STEPS], options: defaultTierOptions(), today: asOf, control: { asOf, required: true } });
    const ws = wb.getWorksheet('客戶資料')!;
    const markers = markerColumns(bytes, '客戶資料');
    expect(markers.map((m) => m.name)).toEqual(ALL.map((s) => s.marker));
    const outlined = markers.map((m) => (ws.getColumn(m.col + 1).outlineLevel ?? 0) > 0);
    expect(outlined).toEqual(ALL.map((s) => s.group === 'creditCollapsed' || s.group === 'controlCollapsed'));
  });
});
