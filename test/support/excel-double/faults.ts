import type { DoubleErrorCode } from './errors';
import type { WorkbookModel } from './workbook-model';

/** What can go wrong with one sync, as a test plans it (see Faults). */
export interface SyncFault {
  /** The sync fails with this code after running the first `afterActions` commands (0: none; earlier commands stay applied, as in Excel). */
  fail?: { code: DoubleErrorCode; afterActions: number };
  /** The sync never settles (Excel that stopped answering, office-js #1046). */
  hang?: boolean;
  /** Every Range.values load of the sync comes back null (office-js #4783, #6781). */
  nullValues?: boolean;
  /** Runs just before the sync's commands: what another user, co-authoring, changed meanwhile. */
  before?: (model: WorkbookModel) => void;
}

/**
 * Faults a test injects into an Excel double, shared by every context of it.
 * Syncs are numbered from 1 over the double's whole life, as SyncStats.syncs
 * counts them (failed and hung syncs included).
 */
export class Faults {
  private readonly planned = new Map<number, SyncFault[]>();
  /** A Range.values load over more than this many cells comes back null instead of failing (office-js #6781). */
  nullValuesOverCells: number | null = null;
  /** A host that takes formulasR1C1 only as a 2D array: one value for many cells fails the sync with InvalidArgument. */
  refuseScalarFormulasR1C1 = false;
  private cellEdit: { ended: Promise<void>; end: () => void } | null = null;

  private plan(sync: number, fault: SyncFault): this {
    if (!Number.isInteger(sync) || sync < 1) throw new RangeError(`excel-double: sync number ${sync}`);
    this.planned.set(sync, [...(this.planned.get(sync) ?? []), fault]);
    return this;
  }

  /** The n-th sync fails with `code`; `afterActions` of its commands run first (default none). */
  failSync(sync: number, code: DoubleErrorCode, afterActions = 0): this {
    return this.plan(sync, { fail: { code, afterActions } });
  }

  hangSync(sync: number): this {
    return this.plan(sync, { hang: true });
  }

  nullValuesAt(sync: number): this {
    return this.plan(sync, { nullValues: true });
  }

  /** `edit` changes the workbook just before the n-th sync runs. */
  beforeSync(sync: number, edit: (model: WorkbookModel) => void): this {
    return this.plan(sync, { before: edit });
  }

  /** The faults of the n-th sync (each applies once). */
  take(sync: number): SyncFault[] {
    const faults = this.planned.get(sync) ?? [];
    this.planned.delete(sync);
    return faults;
  }

  /** Syncs with faults still to come (a test can check that every planned fault was reached). */
  get pending(): number[] {
    return [...this.planned.keys()].sort((a, b) => a - b);
  }

  /**
   * The user is editing a cell: a batch fails with InvalidOperationInCellEditMode,
   * or, run with delayForCellEdit, waits until exitCellEditMode().
   */
  enterCellEditMode(): void {
    if (this.cellEdit) return;
    let end = (): void => undefined;
    const ended = new Promise<void>((resolve) => { end = resolve; });
    this.cellEdit = { ended, end };
  }

  exitCellEditMode(): void {
    const edit = this.cellEdit;
    this.cellEdit = null;
    edit?.end();
  }

  get inCellEditMode(): boolean {
    return this.cellEdit !== null;
  }

  /** Resolves when the user leaves cell edit mode (at once when not in it). */
  cellEditEnded(): Promise<void> {
    return this.cellEdit?.ended ?? Promise.resolve();
  }
}
