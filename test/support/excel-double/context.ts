import { fail } from './errors';
import type { WorkbookModel } from './workbook-model';
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
}

export function newStats(): SyncStats {
  return { syncs: 0, failedSyncs: 0, requestBytes: [], responseBytes: [], maxRequestBytes: 0, maxResponseBytes: 0 };
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

/**
 * The double's RequestContext. Commands queue up until sync(), which checks
 * the request size, runs the commands in order (the first failure stops the
 * batch; earlier commands stay applied, as in Excel), checks the response size
 * and only then makes loaded values readable.
 */
export class DoubleContext {
  readonly workbook: WorkbookDouble;
  private queue: Action[] = [];
  private staged: Staged[] | null = null;
  private ids = 0;

  constructor(readonly model: WorkbookModel, readonly stats: SyncStats) {
    this.workbook = new WorkbookDouble(this);
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

  async sync(): Promise<void> {
    const actions = this.queue;
    this.queue = [];
    this.stats.syncs += 1;
    const staged: Staged[] = [];
    try {
      const requestBytes = jsonBytes(actions.map((a) => a.wire));
      if (requestBytes > PAYLOAD_LIMIT_BYTES) fail('RequestPayloadSizeLimitExceeded', `request of ${requestBytes} bytes`);
      this.staged = staged;
      for (const action of actions) action.run();
      const responseBytes = jsonBytes(staged.map((s) => s.payload));
      if (responseBytes > PAYLOAD_LIMIT_BYTES) fail('ResponsePayloadSizeLimitExceeded', `response of ${responseBytes} bytes`);
      for (const s of staged) s.commit();
      this.record(requestBytes, responseBytes);
    } catch (error) {
      this.stats.failedSyncs += 1;
      throw error;
    } finally {
      this.staged = null;
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
