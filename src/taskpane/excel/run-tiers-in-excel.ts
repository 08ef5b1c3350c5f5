import { runTiers } from '../../app/run-tiers';
import type { ProgressListener, RunSummary } from '../../core/run-summary';
import { defaultTierOptions } from '../../core/tiers/tier-options';
import { createOfficePort } from '../../ports/office/office-port';

/** The only place the pane and the ribbon command reach Excel: one batch context per run. */
export function runTiersInExcel(onProgress?: ProgressListener): Promise<RunSummary> {
  return Excel.run((context) => runTiers(createOfficePort(context), { options: defaultTierOptions(), onProgress }));
}
