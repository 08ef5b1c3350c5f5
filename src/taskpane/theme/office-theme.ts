import { systemPrefersDark } from './watch-dark';

/** Relative luminance of a #rrggbb colour (WCAG), or null when the text is not one. */
function luminance(color: string): number | null {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color.trim());
  if (!m) return null;
  const [r, g, b] = m.slice(1).map((hex) => {
    const c = parseInt(hex, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Below this luminance white text contrasts more than black text (WCAG contrast ratios are equal at about 0.179). */
const DARK_BELOW = 0.179;

/**
 * True when Office's theme has a dark body background. Where the host reports
 * no theme (Excel on the web may not: office-js issue #6134) the system's
 * colour scheme decides, as the browser around Excel follows it.
 */
export function isDarkTheme(theme: Pick<Office.OfficeTheme, 'bodyBackgroundColor'> | undefined, systemDark: boolean): boolean {
  const l = theme ? luminance(theme.bodyBackgroundColor) : null;
  return l === null ? systemDark : l < DARK_BELOW;
}

/** Office's theme is dark now (inside Office only). */
export function readOfficeDark(): boolean {
  return isDarkTheme(Office.context.officeTheme, systemPrefersDark(globalThis));
}
