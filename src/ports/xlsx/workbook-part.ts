/**
 * The workbook part (xl/workbook.xml): its sheets and defined names. Edits
 * touch only the <sheet> records and <definedName> elements the run adds or
 * re-points; every other name, view and setting keeps its text.
 */
import { parseCellAddress, unquoteSheet } from '../../core/cells/address';
import { attribute, attributes, escapeXml, findAll, findElement, unescapeXml } from './xml';

export interface SheetRecord {
  name: string;
  sheetId: number;
  relId: string;
  /** The part name, once resolved through the workbook's relationships. */
  part: string;
  /** Worksheet, or another kind (a chart sheet, a dialog sheet): those are listed but hold no cells. */
  isWorksheet: boolean;
}

export interface DefinedName {
  name: string;
  /** Index of the sheet it is local to (the localSheetId attribute), or null for workbook scope. */
  localSheetId: number | null;
  text: string;
}

/** The sheet records of the workbook part, in tab order (relId not yet resolved to a part). */
export function readSheetRecords(xml: string): Omit<SheetRecord, 'part' | 'isWorksheet'>[] {
  const sheets = findElement(xml, 'sheets');
  if (!sheets) return [];
  return findAll(xml, 'sheet', sheets.contentStart, sheets.contentEnd).map((f) => {
    const attrs = attributes(f.tag);
    const relId = [...attrs.entries()].find(([k]) => k === 'r:id' || k.endsWith(':id'))?.[1] ?? '';
    return { name: attrs.get('name') ?? '', sheetId: Number(attrs.get('sheetId') ?? 0), relId };
  });
}

export function readDefinedNames(xml: string): DefinedName[] {
  const names = findElement(xml, 'definedNames');
  if (!names) return [];
  return findAll(xml, 'definedName', names.contentStart, names.contentEnd).map((f) => {
    const local = attribute(f.tag, 'localSheetId');
    return {
      name: attribute(f.tag, 'name') ?? '',
      localSheetId: local === undefined ? null : Number(local),
      text: unescapeXml(xml.slice(f.contentStart, f.contentEnd)),
    };
  });
}

/** "'My sheet'!$A$1" -> sheet and cell; null for references that are not one cell. */
export function parseNameRange(range: string): { sheet: string; row: number; col: number } | null {
  const m = /^('(?:[^']|'')+'|[^!'=]+)!(\$?[A-Z]+\$?\d+)$/.exec(range.trim());
  if (!m) return null;
  return { sheet: unquoteSheet(m[1]!), ...parseCellAddress(m[2]!) };
}

/** True for a workbook on the 1904 date system. */
export function usesDate1904(xml: string): boolean {
  const pr = findElement(xml, 'workbookPr');
  const value = pr ? attribute(pr.tag, 'date1904') : undefined;
  return value === '1' || value === 'true';
}

/** The relationships namespace prefix the workbook part uses for r:id ("r" almost always). */
function relPrefix(xml: string): string {
  const root = findElement(xml, 'workbook');
  const m = root ? /xmlns:([\w]+)="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships"/.exec(root.tag) : null;
  return m ? m[1]! : 'r';
}

/** Appends a <sheet> record; the workbook root gets the relationships namespace if it lacks it. */
export function addSheetRecord(xml: string, name: string, sheetId: number, relId: string): string {
  let out = xml;
  const root = findElement(out, 'workbook')!;
  if (!/xmlns:\w+="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships"/.test(root.tag)) {
    const tag = root.tag.replace(/^<workbook/, '<workbook xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"');
    out = out.slice(0, root.start) + tag + out.slice(root.start + root.tag.length);
  }
  const record = `<sheet name="${escapeXml(name)}" sheetId="${sheetId}" ${relPrefix(out)}:id="${relId}"/>`;
  let sheets = findElement(out, 'sheets');
  if (!sheets) {
    // A workbook part with no <sheets> (generators write one for a book without sheets): it goes where the schema puts it.
    const next = AFTER_SHEETS.map((n) => findElement(out, n)).find((f) => f !== null);
    const at = next ? next.start : findElement(out, 'workbook')!.contentEnd;
    out = out.slice(0, at) + '<sheets/>' + out.slice(at);
    sheets = findElement(out, 'sheets')!;
  }
  if (sheets.contentStart === sheets.end) {
    return out.slice(0, sheets.start) + '<sheets>' + record + '</sheets>' + out.slice(sheets.end);
  }
  return out.slice(0, sheets.contentEnd) + record + out.slice(sheets.contentEnd);
}

/** Elements that follow <sheets> in the workbook schema. */
const AFTER_SHEETS = ['functionGroups', 'externalReferences', 'definedNames', 'calcPr', 'oleSize', 'customWorkbookViews', 'pivotCaches', 'smartTagPr', 'smartTagTypes', 'webPublishing', 'fileRecoveryPr', 'webPublishObjects', 'extLst'];

/** Elements that follow <definedNames> in the workbook schema: a new block goes before the first of them. */
const AFTER_NAMES = ['calcPr', 'oleSize', 'customWorkbookViews', 'pivotCaches', 'smartTagPr', 'smartTagTypes', 'webPublishing', 'fileRecoveryPr', 'webPublishObjects', 'extLst'];

export interface NameEdit {
  name: string;
  localSheetId: number | null;
  text: string;
  comment?: string;
}

function nameElement(edit: NameEdit): string {
  const local = edit.localSheetId === null ? '' : ` localSheetId="${edit.localSheetId}"`;
  const comment = edit.comment ? ` comment="${escapeXml(edit.comment)}"` : '';
  return `<definedName name="${escapeXml(edit.name)}"${local}${comment}>${escapeXml(edit.text)}</definedName>`;
}

/**
 * Sets defined names: a name already there (same name, case-insensitive, same
 * scope) is rewritten in place, keeping its position; a new one is appended.
 * An element whose text would not change is left byte for byte.
 */
export function setDefinedNames(xml: string, edits: NameEdit[]): string {
  if (edits.length === 0) return xml;
  let out = xml;
  let block = findElement(out, 'definedNames');
  if (!block) {
    const next = AFTER_NAMES.map((n) => findElement(out, n)).find((f) => f !== null);
    const root = findElement(out, 'workbook')!;
    const at = next ? next.start : root.contentEnd;
    out = out.slice(0, at) + '<definedNames></definedNames>' + out.slice(at);
    block = findElement(out, 'definedNames')!;
  } else if (block.contentStart === block.end) {
    out = out.slice(0, block.start) + '<definedNames></definedNames>' + out.slice(block.end);
    block = findElement(out, 'definedNames')!;
  }
  const elements = findAll(out, 'definedName', block.contentStart, block.contentEnd);
  const replacements = new Map<number, string>();
  // A name is one per scope: _xlnm.Print_Area of two sheets are two names.
  const appended: { edit: NameEdit; element: string }[] = [];
  const sameName = (name: string, local: number | null, edit: NameEdit) => name.toLowerCase() === edit.name.toLowerCase() && local === edit.localSheetId;
  for (const edit of edits) {
    const at = elements.findIndex((f) => {
      const local = attribute(f.tag, 'localSheetId');
      return sameName(attribute(f.tag, 'name') ?? '', local === undefined ? null : Number(local), edit);
    });
    const element = nameElement(edit);
    if (at < 0) {
      const again = appended.findIndex((a) => sameName(a.edit.name, a.edit.localSheetId, edit));
      if (again >= 0) appended[again] = { edit, element };
      else appended.push({ edit, element });
      continue;
    }
    const current = elements[at]!;
    const sameText = unescapeXml(out.slice(current.contentStart, current.contentEnd)) === edit.text;
    const sameComment = (attribute(current.tag, 'comment') ?? '') === (edit.comment ?? '');
    if (!(sameText && sameComment)) replacements.set(at, element);
  }
  let body = out.slice(block.contentStart, block.contentEnd);
  const offset = block.contentStart;
  for (const [at, element] of [...replacements.entries()].sort((a, b) => b[0] - a[0])) {
    const f = elements[at]!;
    body = body.slice(0, f.start - offset) + element + body.slice(f.end - offset);
  }
  body += appended.map((a) => a.element).join('');
  return out.slice(0, block.contentStart) + body + out.slice(block.contentEnd);
}
