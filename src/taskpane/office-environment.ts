export interface PaneEnvironment {
  /** True only when office.js loaded and the pane is hosted by Excel. */
  inExcel: boolean;
  dark: boolean;
}

/**
 * Waits for office.js and tells where the pane runs. Opened in a plain browser,
 * office.js reports no host; if office.js did not load at all, `Office` is undefined.
 */
export async function detectEnvironment(): Promise<PaneEnvironment> {
  if (typeof Office === 'undefined') return { inExcel: false, dark: false };
  const info = await Office.onReady();
  if (info.host !== Office.HostType.Excel) return { inExcel: false, dark: false };
  return { inExcel: true, dark: Office.context.officeTheme?.isDarkTheme === true };
}
