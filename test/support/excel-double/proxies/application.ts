import { fail } from '../errors';
import type { WorkbookModel } from '../workbook-model';
import { ClientObjectDouble } from './client-object';

const CALCULATION_TYPES = ['Recalculate', 'Full', 'FullRebuild'];

/**
 * context.application: the calls that change how Excel carries out a batch.
 * The double does not calculate and has no screen, so it records them in
 * SyncStats (by the number of the sync that ran them).
 */
export class ApplicationDouble extends ClientObjectDouble<WorkbookModel> {
  protected read(_model: WorkbookModel, name: string): unknown {
    return this.unknown(name);
  }

  /** ExcelApi 1.6. */
  suspendApiCalculationUntilNextSync(): void {
    this.queueCall('suspendApiCalculationUntilNextSync', [], () => this.context.stats.calculationSuspended.push(this.context.currentSync));
  }

  /** ExcelApi 1.9. */
  suspendScreenUpdatingUntilNextSync(): void {
    this.queueCall('suspendScreenUpdatingUntilNextSync', [], () => this.context.stats.screenUpdatingSuspended.push(this.context.currentSync));
  }

  /** ExcelApi 1.1 (1.8 for FullRebuild). */
  calculate(type: string): void {
    this.queueCall('calculate', [type], () => {
      if (!CALCULATION_TYPES.includes(type)) fail('InvalidArgument', `calculation type ${JSON.stringify(type)}`);
      this.context.stats.calculations.push({ sync: this.context.currentSync, type });
    });
  }
}
