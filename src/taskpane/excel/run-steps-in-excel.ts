import { runSteps, type Step, type StepsSummary } from '../../app/run-steps';
import type { ProgressListener } from '../../core/run-summary';
import { defaultTierOptions } from '../../core/tiers/tier-options';
import { createOfficePort } from '../../ports/office/office-port';

/** The only place the pane and the ribbon command reach Excel: one batch context per run. */
export function runStepsInExcel(steps: readonly Step[], onProgress?: ProgressListener): Promise<StepsSummary> {
  // Worksheet.pageLayout and page breaks are ExcelApi 1.9; without them the port skips page setup.
  const canSetUpPages = Office.context.requirements.isSetSupported('ExcelApi', '1.9');
  return Excel.run((context) => runSteps(createOfficePort(context, { canSetUpPages }), { steps, options: defaultTierOptions(), onProgress }));
}
