import { openWorkbook } from '../../src/ports/xlsx/open-workbook';
import { NODE_CODEC } from '../../src/ports/xlsx/package-file';
import { attributes, findAll, findElement, startTag } from '../../src/ports/xlsx/xml';

/**
 * The .xlsx with every sheet but the given ones hidden, to print just the
 * forms (LibreOffice prints every visible sheet and leaves hidden ones out).
 * Only the workbook part changes (each <sheet> record's state, the active
 * and first tab, the hidden sheets' print areas): every sheet part — its page breaks, print setup, merges —
 * and every other part stay byte for byte, so what prints is what the run wrote.
 */
export function showOnlySheets(bytes: Uint8Array, keep: string[]): Uint8Array {
  const book = openWorkbook(bytes, 'forms.xlsx', NODE_CODEC);
  const names = book.sheets.map((s) => s.name);
  const missing = keep.filter((name) => !names.includes(name));
  if (missing.length > 0) throw new Error(`No sheet named ${missing.map((n) => `'${n}'`).join(', ')} in the workbook (it has ${names.join(', ')})`);
  const firstShown = names.findIndex((name) => keep.includes(name));
  let xml = book.pkg.text(book.workbookPart);
  const sheets = findElement(xml, 'sheets')!;
  // Back to front, so the offsets found stay right.
  for (const f of findAll(xml, 'sheet', sheets.contentStart, sheets.contentEnd).reverse()) {
    const attrs = attributes(f.tag);
    if (keep.includes(attrs.get('name') ?? '')) attrs.delete('state');
    else attrs.set('state', 'hidden');
    xml = xml.slice(0, f.start) + startTag('sheet', attrs, true) + xml.slice(f.end);
  }
  // LibreOffice prints a hidden sheet that has a print area (the scorecard's): the hidden sheets' print areas go.
  const hidden = new Set(names.map((name, i) => (keep.includes(name) ? -1 : i)).filter((i) => i >= 0));
  xml = xml.replace(/<definedName\b[^>]*\bname="_xlnm\.Print_Area"[^>]*>[^<]*<\/definedName>/g, (tag: string) => {
    const sheet = /\blocalSheetId="(\d+)"/.exec(tag);
    return sheet && hidden.has(Number(sheet[1])) ? '' : tag;
  });
  // A hidden sheet cannot be the active or the first visible tab (LibreOffice prints the active sheet, hidden or not).
  const views = findElement(xml, 'bookViews');
  if (!views) {
    const at = findElement(xml, 'sheets')!.start;
    xml = `${xml.slice(0, at)}<bookViews><workbookView activeTab="${firstShown}"/></bookViews>${xml.slice(at)}`;
  } else {
    const body = xml.slice(views.contentStart, views.contentEnd).replace(/<workbookView\b[^>]*?(\/?)>/g, (tag: string, close: string) => {
      const attrs = attributes(tag);
      attrs.set('activeTab', String(firstShown));
      attrs.delete('firstSheet');
      return startTag('workbookView', attrs, close === '/');
    });
    xml = xml.slice(0, views.contentStart) + body + xml.slice(views.contentEnd);
  }
  book.pkg.setText(book.workbookPart, xml);
  return book.toBytes();
}
