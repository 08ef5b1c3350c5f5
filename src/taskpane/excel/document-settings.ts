import type { PaneChoices } from '../host/pane-host';
import { readChoices } from '../choices/read-choices';

/** The document setting the pane's choices are saved under (stored inside the workbook). */
export const CHOICES_SETTING = 'creditDesk.choices';

/** The choices saved with this workbook, or null when none were saved; malformed ones are refused with the reason. */
export function loadChoices(settings: Office.Settings): PaneChoices | null {
  const value: unknown = settings.get(CHOICES_SETTING);
  return value === null || value === undefined ? null : readChoices(value);
}

/** Saves the choices with the workbook; rejects with Office's reason when the save fails. */
export function saveChoices(settings: Office.Settings, choices: PaneChoices): Promise<void> {
  settings.set(CHOICES_SETTING, choices);
  return new Promise((resolve, reject) => {
    settings.saveAsync((result) => {
      if (result.status === Office.AsyncResultStatus.Succeeded) resolve();
      else reject(new Error(`${result.error.message} (${result.error.code})`));
    });
  });
}
