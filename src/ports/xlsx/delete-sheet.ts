/**
 * Deleting a sheet from the package, as Excel does when a user deletes one:
 * its <sheet> record, its relationship from the workbook, its content type,
 * its part, its own relationships and the parts only it used (a table, a
 * drawing and its images); the names scoped to it (print area, print titles)
 * and the owned names the op names; later sheets' localSheetId one lower;
 * activeTab and firstSheet kept on the same sheets (on a visible one when it
 * was the deleted sheet); a workbook name that referred into the sheet then
 * refers to #REF!, as in Excel. Every other part keeps its bytes.
 */
import { quotedSheet } from '../../core/cells/address';
import type { DeleteSheetOp } from '../../core/plan/write-ops';
import { type OpcPackage, relsName } from './opc-package';
import { REL, type XlsxWorkbook } from './xlsx-workbook';
import { attribute, escapeXml, findAll, findElement, type Found, unescapeXml } from './xml';

const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/** The source part of a relationships part: xl/_rels/workbook.xml.rels -> xl/workbook.xml (_rels/.rels -> the package). */
function sourceOfRels(rels: string): string {
  const m = /^(.*?)_rels\/(.*)\.rels$/.exec(rels);
  if (!m) throw new Error(`not a relationships part: ${rels}`);
  return `${m[1]}${m[2]}`;
}

/**
 * Removes `part`, its relationships part, and every part it reaches that no
 * part kept reaches (an image two drawings share stays, and so does a pivot
 * cache the workbook lists), with their content types.
 */
function removeWithOwnParts(pkg: OpcPackage, part: string): void {
  const reached = new Set<string>();
  const visit = (p: string): void => {
    if (reached.has(p) || !pkg.has(p)) return;
    reached.add(p);
    for (const r of pkg.relationships(p)) if (!r.external) visit(r.target);
  };
  visit(part);
  const kept = new Set<string>();
  const keep = (p: string): void => {
    if (p === part || kept.has(p) || !reached.has(p)) return;
    kept.add(p);
    for (const r of pkg.relationships(p)) if (!r.external) keep(r.target);
  };
  for (const rels of pkg.parts().filter((p) => p.endsWith('.rels'))) {
    const source = sourceOfRels(rels);
    if (reached.has(source)) continue;
    for (const r of pkg.relationships(source)) if (!r.external) keep(r.target);
  }
  for (const p of reached) {
    if (kept.has(p)) continue;
    if (pkg.has(relsName(p))) pkg.remove(relsName(p));
    pkg.removeContentType(p);
    pkg.remove(p);
  }
}

/** A regular expression source matching the sheet's prefix in a reference: 'It''s'! or Sheet1!, any case. */
function sheetPrefix(sheet: string): string {
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const quoted = `${escape(quotedSheet(sheet))}!`;
  // Unquoted, the name must not be the end of a longer one (Sales in MySales!A1).
  return `(?:${quoted}|(?<![\\w.'\\]])${escape(sheet)}!)`;
}

/** A name's text with every reference into the deleted sheet made #REF! (keeping the cell part, as Excel writes it). */
function withoutSheetRefs(text: string, sheet: string): string {
  const ref = String.raw`(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?|\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3}|\$?\d+:\$?\d+)`;
  return text.replace(new RegExp(sheetPrefix(sheet) + ref, 'gi'), '#REF!$1');
}

function replaceAt(xml: string, f: Found, text: string): string {
  return xml.slice(0, f.start) + text + xml.slice(f.end);
}

function withAttribute(tag: string, name: string, value: string | null): string {
  const re = new RegExp(`\\s${name}\\s*=\\s*("[^"]*"|'[^']*')`);
  if (value === null) return tag.replace(re, '');
  if (re.test(tag)) return tag.replace(re, ` ${name}="${value}"`);
  return tag.replace(/\s*(\/?>)$/, ` ${name}="${value}"$1`);
}

/** The defined names after deleting sheet `index`: its own and the op's owned names go, later localSheetIds move down. */
function renumberNames(xml: string, op: DeleteSheetOp, index: number): string {
  const block = findElement(xml, 'definedNames');
  if (!block || block.contentStart === block.end) return xml;
  const owned = [op.marker, ...op.names];
  let out = xml;
  for (const f of findAll(xml, 'definedName', block.contentStart, block.contentEnd).reverse()) {
    const local = attribute(f.tag, 'localSheetId');
    const localId = local === undefined ? null : Number(local);
    const name = attribute(f.tag, 'name') ?? '';
    if (localId === index || (localId === null && owned.some((o) => same(o, name)))) {
      out = replaceAt(out, f, '');
      continue;
    }
    const tag = localId !== null && localId > index ? withAttribute(f.tag, 'localSheetId', String(localId - 1)) : f.tag;
    const body = xml.slice(f.contentStart, f.contentEnd);
    const text = unescapeXml(body);
    const rewritten = withoutSheetRefs(text, op.sheet);
    const content = rewritten === text ? body : escapeXml(rewritten);
    if (tag !== f.tag || content !== body) out = replaceAt(out, f, f.contentStart === f.end ? tag : `${tag}${content}</definedName>`);
  }
  const left = findElement(out, 'definedNames')!;
  // A names block left empty goes too.
  return findAll(out, 'definedName', left.contentStart, left.contentEnd).length === 0 ? replaceAt(out, left, '') : out;
}

/** activeTab and firstSheet of every workbook view, and customWorkbookViews' activeSheetId, after deleting sheet `index`. */
function fixViews(xml: string, index: number, remaining: { sheetId: number; visible: boolean }[], deletedId: number): string {
  const visibleFrom = (at: number): number => {
    const from = Math.min(at, remaining.length - 1);
    for (let d = 0; d < remaining.length; d++) {
      if (remaining[from + d]?.visible) return from + d;
      if (remaining[from - d]?.visible) return from - d;
    }
    return from;
  };
  let out = xml;
  const views = findElement(out, 'bookViews');
  if (views) {
    for (const f of findAll(out, 'workbookView', views.contentStart, views.contentEnd).reverse()) {
      let tag = f.tag;
      const active = Number(attribute(tag, 'activeTab') ?? 0);
      const next = active > index ? active - 1 : active === index ? visibleFrom(index) : active;
      if (next !== active) tag = withAttribute(tag, 'activeTab', next === 0 ? null : String(next));
      const first = attribute(tag, 'firstSheet');
      if (first !== undefined) {
        const n = Number(first);
        const moved = n > index ? n - 1 : Math.min(n, remaining.length - 1);
        if (moved !== n) tag = withAttribute(tag, 'firstSheet', moved === 0 ? null : String(moved));
      }
      if (tag !== f.tag) out = out.slice(0, f.start) + tag + out.slice(f.start + f.tag.length);
    }
  }
  const custom = findElement(out, 'customWorkbookViews');
  if (custom) {
    for (const f of findAll(out, 'customWorkbookView', custom.contentStart, custom.contentEnd).reverse()) {
      if (Number(attribute(f.tag, 'activeSheetId')) !== deletedId) continue;
      const tag = withAttribute(f.tag, 'activeSheetId', String(remaining[visibleFrom(0)]!.sheetId));
      out = out.slice(0, f.start) + tag + out.slice(f.start + f.tag.length);
    }
  }
  return out;
}

/**
 * Deletes the op's sheet from the workbook part (`workbookXml`, returned
 * changed) and from the package. The op was checked against the names
 * before (checkDeleteSheet); a workbook must keep a visible sheet.
 */
export function deleteSheetFromPackage(wb: XlsxWorkbook, workbookXml: string, op: DeleteSheetOp): string {
  const pkg = wb.pkg;
  const sheets = findElement(workbookXml, 'sheets');
  const records = sheets ? findAll(workbookXml, 'sheet', sheets.contentStart, sheets.contentEnd) : [];
  const index = records.findIndex((f) => attribute(f.tag, 'name') === op.sheet);
  if (index < 0) throw new Error(`No sheet named '${op.sheet}' in the workbook.`);
  const record = records[index]!;
  const remaining = records.filter((_, i) => i !== index).map((f) => ({
    sheetId: Number(attribute(f.tag, 'sheetId')),
    visible: (attribute(f.tag, 'state') ?? 'visible') === 'visible',
  }));
  if (!remaining.some((s) => s.visible)) throw new Error(`Deleting '${op.sheet}' would leave the workbook without a visible sheet.`);
  const relId = [...record.tag.matchAll(/\s([\w]+:id)\s*=\s*"([^"]*)"/g)][0]?.[2];
  const rel = pkg.relationships(wb.workbookPart).find((r) => r.id === relId);
  if (!rel) throw new Error(`Sheet '${op.sheet}' has no part.`);
  const deletedId = Number(attribute(record.tag, 'sheetId'));

  let xml = replaceAt(workbookXml, record, '');
  xml = renumberNames(xml, op, index);
  xml = fixViews(xml, index, remaining, deletedId);
  pkg.removeRelationshipsTo(wb.workbookPart, rel.target);
  removeWithOwnParts(pkg, rel.target);
  // The calculation chain names cells by sheet id: one naming the deleted sheet's cells goes (Excel rebuilds it).
  const chain = wb.workbookRelTarget(REL.calcChain);
  if (chain && pkg.has(chain) && new RegExp(`\\si="${deletedId}"`).test(pkg.text(chain))) {
    pkg.removeRelationshipsTo(wb.workbookPart, chain);
    pkg.removeContentType(chain);
    pkg.remove(chain);
  }
  return xml;
}
