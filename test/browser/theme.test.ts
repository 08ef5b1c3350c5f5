/**
 * The pane follows the theme while it is open, in real Chromium: in Excel
 * (Office's theme, changed with no event, as Office does; or, where Office
 * reports no theme, the system's colour scheme) and in the browser preview
 * (the system's colour scheme).
 */
import type { Page } from 'playwright-core';
import { PANE_VIEWPORT, screenshot } from './support/browser';
import { EXCEL_PAGE, startExcelHost, testApi, type ExcelHost } from './support/excel-host-page';
import { Pane } from './support/pane';

let host: ExcelHost;

beforeAll(async () => {
  host = await startExcelHost({});
}, 300_000);

afterAll(async () => {
  await host?.close();
});

/** The theme the pane's root declares, and whether the background it paints is dark (WCAG luminance). */
async function paneTheme(page: Page): Promise<{ theme: string | null; darkBackground: boolean }> {
  return page.locator('[data-theme]').first().evaluate((root) => {
    const colour = getComputedStyle(root).backgroundColor;
    // rgb(r, g, b) or rgba(r, g, b, a): anything else, or a transparent background, is no answer.
    const parts = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)\s*(?:[,/]\s*([\d.]+)\s*)?\)$/.exec(colour);
    if (!parts) throw new Error(`The pane's background colour ${colour} is not rgb()`);
    if (parts[4] !== undefined && Number(parts[4]) === 0) throw new Error(`The pane's background ${colour} is transparent`);
    const [r, g, b] = parts.slice(1, 4).map((v) => {
      const c = Number(v) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return { theme: root.getAttribute('data-theme'), darkBackground: 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.179 };
  });
}

/** Waits until the pane shows the theme (the pane re-reads Office's theme every two seconds at most). */
async function expectTheme(page: Page, theme: 'dark' | 'light'): Promise<void> {
  await page.locator(`[data-theme="${theme}"]`).first().waitFor({ timeout: 10_000 });
  expect(await paneTheme(page)).toEqual({ theme, darkBackground: theme === 'dark' });
}

test("in Excel, the pane turns dark and light again as Office's theme changes", async () => {
  const context = await host.browser.newContext({ locale: 'en-US', viewport: PANE_VIEWPORT });
  const page = await context.newPage();
  try {
    await page.goto(`${host.server.url}${EXCEL_PAGE}?lang=en-US&theme=light`);
    await new Pane(page, 'en').ready();
    await expectTheme(page, 'light');
    const { setTheme } = testApi(page);
    await setTheme('dark');
    await expectTheme(page, 'dark');
    await screenshot(page, 'excel-theme-dark');
    await setTheme('light');
    await expectTheme(page, 'light');
  } finally {
    await context.close();
  }
});

test('in Excel without an Office theme (as Excel on the web may be), the pane follows the system colour scheme', async () => {
  const context = await host.browser.newContext({ locale: 'en-US', viewport: PANE_VIEWPORT, colorScheme: 'dark' });
  const page = await context.newPage();
  try {
    await page.goto(`${host.server.url}${EXCEL_PAGE}?lang=en-US&theme=none`);
    await new Pane(page, 'en').ready();
    await expectTheme(page, 'dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await expectTheme(page, 'light');
  } finally {
    await context.close();
  }
});

test('in the browser preview, the pane follows the system colour scheme while open', async () => {
  const context = await host.browser.newContext({ locale: 'en-US', viewport: PANE_VIEWPORT, colorScheme: 'light' });
  const page = await context.newPage();
  try {
    await page.goto(`${host.server.url}taskpane.html`);
    await page.getByTestId('preview-open').waitFor({ timeout: 30_000 });
    await expectTheme(page, 'light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectTheme(page, 'dark');
    await screenshot(page, 'preview-theme-dark');
  } finally {
    await context.close();
  }
});
