import { fail } from '../errors';
import type { DoubleContext } from '../context';
import type { Rect } from '../a1';
import { SheetModel } from '../sheet-model';

/** Calls that change no cell, allowed on a protected sheet. */
const ALLOWED_WHEN_PROTECTED = new Set(['activate', 'select']);

/**
 * The sheet whose cells a command changes: a range's (and its format's,
 * borders', validation's…). Page layout and other sheet-wide settings are
 * not checked (what protection allows there is not emulated).
 */
function cellsSheet(entity: unknown): SheetModel | null {
  const range = (entity as { ref?: unknown } | null)?.ref ?? entity;
  const sheet = (range as { sheet?: unknown } | null)?.sheet;
  return sheet instanceof SheetModel && (range as { rect?: unknown }).rect !== undefined ? sheet : null;
}

/** Cell contents a user may change in the unlocked cells of a protected sheet (formatting them stays refused, Excel's default). */
const CONTENTS = new Set(['values', 'formulas', 'formulasR1C1']);

/**
 * Writing to a protected sheet's cells fails, as all cells are locked by
 * default; values and formulas go into cells that are all unlocked.
 */
function refuseIfProtected(entity: unknown, what: string, name: string): void {
  const sheet = cellsSheet(entity);
  if (!sheet?.isProtected) return;
  const rect = ((entity as { ref?: unknown }).ref ?? entity) as { rect: Rect };
  if (CONTENTS.has(name) && sheet.allUnlocked(rect.rect)) return;
  fail('AccessDenied', `${what} on protected sheet "${sheet.name}"`);
}

/**
 * How a proxy finds its workbook entity:
 * - method: a queued command (getItem, add, getRangeByIndexes...) resolves it
 *   when the batch runs; null means an *OrNullObject miss;
 * - nav: derived from another proxy whenever needed (range.format, table.columns);
 * - bound: a collection item, already known.
 */
export type Locator<E> =
  | { kind: 'method'; parent: ClientObjectDouble<unknown>; method: string; args: unknown[]; resolve: () => E | null }
  | { kind: 'nav'; derive: () => E | null }
  | { kind: 'bound'; entity: E };

export function propertyNames(names: string | string[] | undefined): string[] {
  if (names === undefined) fail('NotEmulated', 'load() without property names (load what you read)');
  const list = (Array.isArray(names) ? names : names.split(',')).map((n) => n.trim()).filter((n) => n !== '');
  if (list.length === 0) fail('InvalidArgument', 'load() with no property names');
  return list;
}

/** Base of every proxy: queued commands, load/sync visibility, null objects. */
export abstract class ClientObjectDouble<E> {
  readonly id: number;
  private pinned: { entity: E | null } | undefined;
  private nullKnown: boolean | undefined;
  private readonly loaded = new Map<string, unknown>();

  constructor(readonly context: DoubleContext, private readonly locator: Locator<E>) {
    this.id = context.nextId();
    if (locator.kind === 'bound') {
      this.pinned = { entity: locator.entity };
      this.nullKnown = false;
    }
    if (locator.kind === 'method') {
      const { parent, method, args, resolve } = locator;
      context.enqueue({
        wire: { id: this.id, on: parent.id, method, args },
        run: () => {
          const entity = resolve();
          this.pinned = { entity };
          context.stage(null, () => { this.nullKnown = entity === null; });
        },
      });
    }
  }

  /** Property values this proxy can load, read from its entity. Unknown names throw. */
  protected abstract read(entity: E, name: string): unknown;

  /** True when the entity is gone (e.g. a deleted name). */
  protected gone(_entity: E): boolean {
    return false;
  }

  entityOrNull(): E | null {
    if (this.locator.kind === 'nav') return this.locator.derive();
    if (!this.pinned) throw new Error('excel-double: proxy used before the command creating it ran');
    const entity = this.pinned.entity;
    if (entity !== null && this.gone(entity)) fail('ItemNotFound', `${this.constructor.name} no longer exists`);
    return entity;
  }

  entity(): E {
    return this.entityOrNull() ?? fail('ItemNotFound', `${this.constructor.name} is a null object`);
  }

  get isNullObject(): boolean {
    if (this.nullKnown === undefined) fail('PropertyNotLoaded', 'isNullObject is known only after context.sync()');
    return this.nullKnown;
  }

  load(names?: string | string[]): this {
    const list = propertyNames(names);
    const bad = list.find((n) => n.includes('/'));
    if (bad) fail('NotEmulated', `navigation path "${bad}" in load()`);
    this.context.enqueue({
      wire: { id: this.id, load: list },
      run: () => {
        const entity = this.entityOrNull();
        if (entity === null) {
          this.context.stage(null, () => { this.nullKnown = true; });
          return;
        }
        const values = this.snapshot(list);
        this.context.stage(values, () => this.accept(values));
      },
    });
    return this;
  }

  /** Reads properties now (during a sync). */
  snapshot(names: string[]): Record<string, unknown> {
    const entity = this.entity();
    return Object.fromEntries(names.map((n) => [n, this.read(entity, n)]));
  }

  accept(values: Record<string, unknown>): void {
    this.nullKnown = false;
    for (const [name, value] of Object.entries(values)) this.loaded.set(name, value);
  }

  /** A loaded property; throws like Office when it was not loaded and synced. */
  protected prop<T>(name: string): T {
    if (this.nullKnown === true) fail('InvalidOperation', `${name}: the object is a null object`);
    if (!this.loaded.has(name)) {
      fail('PropertyNotLoaded', `The property '${name}' is not available. Call load() and context.sync() first.`);
    }
    return this.loaded.get(name) as T;
  }

  /** Queues a property assignment. */
  protected queueSet(name: string, value: unknown, apply: (entity: E) => void): void {
    this.context.enqueue({
      wire: { id: this.id, set: name, value },
      run: () => {
        const entity = this.entity();
        refuseIfProtected(entity, `setting ${name}`, name);
        apply(entity);
      },
    });
  }

  /** Queues a method call that returns nothing. */
  protected queueCall(method: string, args: unknown[], apply: (entity: E) => void): void {
    this.context.enqueue({
      wire: { id: this.id, method, args },
      run: () => {
        const entity = this.entity();
        if (!ALLOWED_WHEN_PROTECTED.has(method)) refuseIfProtected(entity, method, method);
        apply(entity);
      },
    });
  }

  protected unknown(name: string): never {
    return fail('InvalidArgument', `${this.constructor.name} has no loadable property '${name}' in the double`);
  }
}

/** A collection proxy: load('items/x') or load('x') loads x on every item. */
export abstract class CollectionDouble<C, E, Item extends ClientObjectDouble<E>> extends ClientObjectDouble<C> {
  private loadedItems: Item[] | undefined;

  protected abstract list(container: C): E[];
  protected abstract wrap(entity: E): Item;

  protected read(_container: C, name: string): unknown {
    return this.unknown(name);
  }

  get items(): Item[] {
    if (!this.loadedItems) fail('PropertyNotLoaded', "The property 'items' is not available. Call load() and context.sync() first.");
    return this.loadedItems;
  }

  override load(names?: string | string[]): this {
    const list = propertyNames(names).map((n) => n.replace(/^items\//, ''));
    const bad = list.find((n) => n.includes('/'));
    if (bad) fail('NotEmulated', `navigation path "items/${bad}" in load()`);
    this.context.enqueue({
      wire: { id: this.id, load: list },
      run: () => {
        const items = this.list(this.entity()).map((e) => this.wrap(e));
        const payload = items.map((item) => item.snapshot(list));
        this.context.stage(payload, () => {
          items.forEach((item, i) => item.accept(payload[i]));
          this.loadedItems = items;
        });
      },
    });
    return this;
  }
}
