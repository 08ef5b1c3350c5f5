import { fail } from './errors';
import type { Faults, SyncFault } from './faults';
import type { WorkbookModel } from './workbook-model';
import { ApplicationDouble } from './proxies/application';
import { WorkbookDouble } from './proxies/workbook';

/** Excel on the web: 5 MB per request and per response; 5,000,000 cells per read. */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;
export const READ_CELL_LIMIT = 5_000_000;

export interface SyncStats {
  /** Every context.sync() call, failed ones included. */
  syncs: number;
  failedSyncs: number;
  /** Sizes of successful syncs, in bytes of JSON (UTF-8). */
  requestBytes: number[];
  responseBytes: number[];
  maxRequestBytes: number;
  maxResponseBytes: number;
  /** Syncs that never settled (Faults.hangSync). */
  hungSyncs: number;
  /** Numbers of the syncs whose batch called application.suspendApiCalculationUntilNextSync(). */
  calculationSuspended: number[];
  /** Numbers of the syncs whose batch called application.suspendScreenUpdatingUntilNextSync(). */
  screenUpdatingSuspended: number[];
  /** application.calculate() calls: the sync and the calculation type. */
  calculations: { sync: number; type: string }[];
}

export function newStats(): SyncStats {
  return {
    syncs: 0, failedSyncs: 0, requestBytes: [], responseBytes: [], maxRequestBytes: 0, maxResponseBytes: 0,
    hungSyncs: 0, calculationSuspended: [], screenUpdatingSuspended: [], calculations: [],
  };
}

export function jsonBytes(value: unknown): number {
  return Buffer.byteLength(JSON.stringify(value), 'utf8');
}

/** A queued command: its wire form (what the request carries) and what it does. */
export interface Action {
  wire: unknown;
  run(): void;
}

interface Staged {
  payload: unknown;
  commit(): void;
}

/** What Excel.run was given (the double reads delayForCellEdit only). */
export interface DoubleRunOptions {
  delayForCellEdit: boolean;
}

/**
 * The double's RequestContext. Commands queue up until sync(), which checks
 * the request size, runs the commands in order (the first failure stops the
 * batch; earlier commands stay applied, as in Excel), checks the response size
 * and only then makes loaded values readable. Faults planned for the sync
 * (faults.ts) apply first: another user's edit, a hang, a failure, null values;
 * in cell edit mode a batch fails with InvalidOperationInCellEditMode unless
 * the run asked to wait (delayForCellEdit).
 */
export class DoubleContext {
  readonly workbook: WorkbookDouble;
  readonly application: ApplicationDouble;
  private queue: Action[] = [];
  private staged: Staged[] | null = null;
  private ids = 0;
  /** The number of the sync whose commands are running (0 outside a sync). */
  currentSync = 0;
  private nullValues = false;

  constructor(readonly model: WorkbookModel, readonly stats: SyncStats, readonly faults: Faults, readonly options: DoubleRunOptions) {
    this.workbook = new WorkbookDouble(this);
    this.application = new ApplicationDouble(this, { kind: 'bound', entity: model });
  }

  nextId(): number {
    this.ids += 1;
    return this.ids;
  }

  get pending(): number {
    return this.queue.length;
  }

  enqueue(action: Action): void {
    this.queue.push(action);
  }

  /** Called while a command runs: a payload for the response, applied if the sync succeeds. */
  stage(payload: unknown, commit: () => void): void {
    if (!this.staged) throw new Error('excel-double: stage() outside sync');
    this.staged.push({ payload, commit });
  }

  /** Whether a values load of this many cells comes back null in the running sync (see Faults). */
  valuesComeBackNull(cells: number): boolean {
    const over = this.faults.nullValuesOverCells;
    return this.nullValues || (over !== null && cells > over);
  }

  async sync(): Promise<void> {
    const actions = this.queue;
    this.queue = [];
    this.stats.syncs += 1;
    const number = this.stats.syncs;
    const faults = this.faults.take(number);
    for (const f of faults) f.before?.(this.model);
    if (faults.some((f) => f.hang)) {
      this.stats.hungSyncs += 1;
      return new Promise<void>(() => undefined);
    }
    if (this.faults.inCellEditMode && this.options.delayForCellEdit) await this.faults.cellEditEnded();
    const staged: Staged[] = [];
    try {
      if (this.faults.inCellEditMode) fail('InvalidOperationInCellEditMode', 'Excel is in cell-editing mode');
      const requestBytes = jsonBytes(actions.map((a) => a.wire));
      if (requestBytes > PAYLOAD_LIMIT_BYTES) fail('RequestPayloadSizeLimitExceeded', `request of ${requestBytes} bytes`);
      this.staged = staged;
      this.currentSync = number;
      this.nullValues = faults.some((f) => f.nullValues);
      const failing = faults.find((f): f is SyncFault & Required<Pick<SyncFault, 'fail'>> => f.fail !== undefined);
      actions.forEach((action, i) => {
        if (failing && i === failing.fail.afterActions) fail(failing.fail.code, `sync ${number} fails as planned after ${i} command(s)`);
        action.run();
      });
      if (failing && failing.fail.afterActions >= actions.length) fail(failing.fail.code, `sync ${number} fails as planned`);
      const responseBytes = jsonBytes(staged.map((s) => s.payload));
      if (responseBytes > PAYLOAD_LIMIT_BYTES) fail('ResponsePayloadSizeLimitExceeded', `response of ${responseBytes} bytes`);
      for (const s of staged) s.commit();
      this.record(requestBytes, responseBytes);
    } catch (error) {
      this.stats.failedSyncs += 1;
      throw error;
    } finally {
      this.staged = null;
      this.currentSync = 0;
      this.nullValues = false;
    }
  }

  private record(requestBytes: number, responseBytes: number): void {
    const s = this.stats;
    s.requestBytes.push(requestBytes);
    s.responseBytes.push(responseBytes);
    s.maxRequestBytes = Math.max(s.maxRequestBytes, requestBytes);
    s.maxResponseBytes = Math.max(s.maxResponseBytes, responseBytes);
  }
}
