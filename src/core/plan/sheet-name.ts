/**
 * Excel's rules for sheet names: at most 31 characters, none of / \ ? * : [ ],
 * no apostrophe at either end, not "History". Apostrophes inside become ’:
 * print areas of sheets named with an apostrophe do not survive in every reader.
 */
export const MAX_SHEET_NAME = 31;

export function cleanSheetName(raw: string): string {
  let name = raw.replace(/[/\\?*:[\]]/g, ' ').replace(/\s+/g, ' ').trim();
  name = name.replace(/^'+|'+$/g, '').trim().replace(/'/g, '’');
  name = [...name].slice(0, MAX_SHEET_NAME).join('').replace(/'+$/, '').trim();
  if (name === '' || name.toLowerCase() === 'history') name = `${name || 'Sheet'} 1`;
  return name;
}

/** A name no sheet has yet (compared case-insensitively): "name", else "name (2)", "name (3)"… kept within 31 characters. */
export function uniqueSheetName(raw: string, taken: Set<string>): string {
  const base = cleanSheetName(raw);
  let name = base;
  for (let i = 2; taken.has(name.toLowerCase()); i++) {
    const suffix = ` (${i})`;
    name = `${[...base].slice(0, MAX_SHEET_NAME - suffix.length).join('').trim()}${suffix}`;
  }
  taken.add(name.toLowerCase());
  return name;
}
