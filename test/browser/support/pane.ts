import type { Locator, Page } from 'playwright-core';
import type { Language } from '../../../src/core/columns/layout';
import { label, labelWith, type LabelId } from '../../../src/taskpane/i18n/labels';

/**
 * The pane as a user sees it: found by role and by the labels of the one
 * dictionary (src/core/i18n), in the pane's language, never by layout.
 */
export class Pane {
  constructor(readonly page: Page, readonly language: Language) {}

  t(id: LabelId, values?: Record<string, string | number>): string {
    return values ? labelWith(id, this.language, values) : label(id, this.language);
  }

  tab(id: LabelId): Locator {
    return this.page.getByRole('tab', { name: this.t(id), exact: true });
  }

  button(id: LabelId, values?: Record<string, string | number>): Locator {
    return this.page.getByRole('button', { name: this.t(id, values), exact: true });
  }

  radio(id: LabelId): Locator {
    return this.page.getByRole('radio', { name: this.t(id), exact: true });
  }

  checkbox(id: LabelId): Locator {
    return this.page.getByRole('checkbox', { name: this.t(id), exact: true });
  }

  combobox(id: LabelId): Locator {
    return this.page.getByRole('combobox', { name: this.t(id), exact: true });
  }

  text(id: LabelId, values?: Record<string, string | number>): Locator {
    return this.page.getByText(this.t(id, values), { exact: true });
  }

  /** Opens a dropdown and picks an option by its visible name. */
  async choose(id: LabelId, option: string): Promise<void> {
    await this.combobox(id).click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
  }

  /** The pane is up: its first control can be used. */
  async ready(timeout = 30_000): Promise<void> {
    await this.tab('pane.tab.data').waitFor({ state: 'visible', timeout });
  }
}
