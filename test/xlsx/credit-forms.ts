/**
 * A write plan for printable credit forms, one per customer, stacked on one
 * sheet: FORM_ROWS rows x FORM_COLS columns each, with merged title rows,
 * bordered boxes, row heights, and a page setup that starts each form on a
 * new page. Test data for the xlsx port's layout ops.
 */
import type { CellWrite } from '../../src/core/cells/cell';
import type { PageSetupOp, WriteOp } from '../../src/core/plan/write-ops';

export const FORM_ROWS = 40;
export const FORM_COLS = 7;
export const TITLE = '客戶信用狀況調查表';
export const COMPANY = '示範貿易股份有限公司';
/** Printed outside the print area (column H and the row after the last form). */
export const OUTSIDE_MARKER = 'OUTSIDE-PRINT-AREA';

export interface FormCustomer {
  name: string;
  taxId: string;
  grade: string;
}

export const CUSTOMERS: FormCustomer[] = [
  { name: '甲山實業有限公司', taxId: '12345675', grade: 'A' },
  { name: '乙水貿易股份有限公司', taxId: '23456789', grade: 'B' },
  { name: '丙火科技有限公司', taxId: '34567891', grade: 'C' },
];

/** The last row of form k (1-based) carries this text. */
export function endMarker(k: number): string {
  return `END-OF-FORM-${k}`;
}

export const PAGE_SETUP: Omit<PageSetupOp, 'sheet' | 'printArea' | 'pageBreaksBefore'> = {
  op: 'pageSetup',
  margins: { top: 0.75, bottom: 0.75, left: 0.5, right: 0.5, header: 0.3, footer: 0.3 },
  header: { left: 'Credit Desk', center: COMPANY, right: '&D' },
  footer: { left: '', center: 'Page &P of &N', right: '第 &P 頁，共 &N 頁' },
};

/** Column widths in characters: wider in total than A4 portrait, so fit-to-width has to shrink. */
const WIDTHS = [14, 18, 16, 14, 18, 16, 18];

function blankRow(): CellWrite[] {
  return new Array<CellWrite>(FORM_COLS).fill(null);
}

/** The ops of one form whose first row is `top` (0-based). */
function formOps(sheet: string, top: number, customer: FormCustomer, k: number, count: number): WriteOp[] {
  const grid: CellWrite[][] = Array.from({ length: FORM_ROWS }, blankRow);
  const put = (r: number, c: number, v: CellWrite) => (grid[r]![c] = v);
  const ops: WriteOp[] = [];
  const merge = (r: number, c: number, rows: number, cols: number) => ops.push({ op: 'merge', sheet, row: top + r, col: c, rows, cols });
  const box = (r: number, c: number, rows: number, cols: number, edges: 'outline' | 'grid') =>
    ops.push({ op: 'border', sheet, row: top + r, col: c, rows, cols, edges });
  const style = (r: number, c: number, rows: number, cols: number, s: Extract<WriteOp, { op: 'style' }>['style']) =>
    ops.push({ op: 'style', sheet, row: top + r, col: c, rows, cols, style: s });

  put(0, 0, TITLE);
  merge(0, 0, 1, FORM_COLS);
  style(0, 0, 1, FORM_COLS, { bold: true, fontSize: 16, horizontal: 'center', vertical: 'center' });

  put(1, 0, '調查日期');
  put(1, 1, '2024-06-30');
  put(1, 4, `表單編號 CD-2024-${String(k).padStart(3, '0')}`);
  merge(1, 4, 1, 3);
  style(1, 4, 1, 3, { horizontal: 'right' });

  const info: [string, string][] = [
    ['客戶名稱', customer.name],
    ['統一編號', customer.taxId],
    ['地址', '台北市信義區信義路五段 7 號'],
    ['電話', '02-2345-6789'],
    ['資本額', '10,000,000'],
    ['主要往來銀行', '第一商業銀行'],
  ];
  info.forEach(([label, value], i) => {
    put(3 + i, 0, label);
    put(3 + i, 1, value);
    merge(3 + i, 1, 1, FORM_COLS - 1);
  });
  style(3, 0, info.length, 1, { bold: true });
  box(3, 0, info.length, FORM_COLS, 'grid');

  put(10, 0, '財務狀況');
  merge(10, 0, 1, FORM_COLS);
  style(10, 0, 1, FORM_COLS, { bold: true, fill: '#DDEBF7' });
  ['項目', '2022', '2023', '項目', '2022', '2023', '備註'].forEach((h, c) => put(11, c, h));
  style(11, 0, 1, FORM_COLS, { bold: true, horizontal: 'center' });
  const items = ['營業收入', '營業毛利', '稅後淨利', '流動資產', '流動負債', '股東權益'];
  items.forEach((item, i) => {
    put(12 + i, 0, item);
    put(12 + i, 1, 1000 * (i + 1) * k);
    put(12 + i, 2, 1100 * (i + 1) * k);
  });
  box(11, 0, 1 + items.length, FORM_COLS, 'grid');

  put(19, 0, '信用評等');
  merge(19, 0, 1, FORM_COLS);
  style(19, 0, 1, FORM_COLS, { bold: true, fill: '#DDEBF7' });
  put(20, 0, '等級');
  put(20, 1, customer.grade);
  put(20, 3, '建議額度');
  put(20, 4, 5_000_000 / k);
  merge(20, 4, 1, 3);
  ops.push({ op: 'numberFormat', sheet, row: top + 20, col: 4, rows: 1, cols: 3, format: '#,##0' });
  box(20, 0, 1, FORM_COLS, 'grid');

  put(22, 0, '調查意見');
  merge(22, 0, 1, FORM_COLS);
  style(22, 0, 1, FORM_COLS, { bold: true });
  put(23, 0, `${customer.name} 往來正常，付款紀錄良好。`);
  merge(23, 0, 8, FORM_COLS);
  style(23, 0, 1, 1, { wrap: true, horizontal: 'left', vertical: 'top' });
  box(23, 0, 8, FORM_COLS, 'outline');

  ['業務', '主管', '財務'].forEach((who, i) => {
    put(33, i * 2, who);
    merge(33, i * 2, 1, 2);
    merge(34, i * 2, 3, 2);
  });
  style(33, 0, 1, 6, { horizontal: 'center' });
  box(33, 0, 1, 6, 'grid');
  [0, 2, 4].forEach((c) => box(34, c, 3, 2, 'outline'));

  put(FORM_ROWS - 1, 0, `第 ${k} 份，共 ${count} 份 ${endMarker(k)}`);
  merge(FORM_ROWS - 1, 0, 1, FORM_COLS);
  style(FORM_ROWS - 1, 0, 1, FORM_COLS, { horizontal: 'right' });

  // Values first, as the core writes them, then the layout.
  return [
    { op: 'values', sheet, row: top, col: 0, values: grid },
    { op: 'rowHeight', sheet, row: top, rows: FORM_ROWS, height: 16 },
    { op: 'rowHeight', sheet, row: top, rows: 1, height: 30 },
    ...ops,
  ];
}

/**
 * One form per customer on an existing sheet, each starting a printed page
 * (no addSheet op, so that the plan can be applied twice).
 */
export function creditFormOps(sheet: string, customers: FormCustomer[] = CUSTOMERS): WriteOp[] {
  const tops = customers.map((_, i) => i * FORM_ROWS);
  const rows = customers.length * FORM_ROWS;
  return [
    ...WIDTHS.map((width, col): WriteOp => ({ op: 'columnWidth', sheet, col, width })),
    ...customers.flatMap((customer, i) => formOps(sheet, tops[i]!, customer, i + 1, customers.length)),
    { op: 'values', sheet, row: 0, col: FORM_COLS, values: [[OUTSIDE_MARKER]] },
    { op: 'values', sheet, row: rows, col: 0, values: [[OUTSIDE_MARKER]] },
    { ...PAGE_SETUP, sheet, printArea: { row: 0, col: 0, rows, cols: FORM_COLS }, pageBreaksBefore: tops },
  ];
}
