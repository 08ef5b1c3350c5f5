/**
 * workbook.settings (Excel.SettingCollection, ExcelApi 1.4) for the Excel
 * double: key-value pairs kept with the workbook, so every Excel.run on the
 * same double — the pane's and the ribbon command's runtimes alike — sees
 * them. Office.context.document.settings is not part of the double: tests
 * give each runtime its own (see test/commands).
 *
 * Emulated: add(key, value) sets or adds (the value stored as JSON, read back
 * as a copy); getItem (ItemNotFound), getItemOrNullObject; getCount() as a
 * ClientResult; Setting.key / .value after load + sync; Setting.delete().
 * Refused (NotEmulated): keys that differ from a stored one only by case
 * (whether Excel treats them as one is not known here), Date values (Excel's
 * own encoding of them is not modelled), values JSON cannot hold. Not
 * emulated: onSettingsChanged, setting Setting.value directly, and what Excel
 * on the web does with two new keys in one batch (office-js #920).
 */
import { fail } from '../errors';
import type { ExcelDouble } from '../build';
import type { WorkbookModel } from '../workbook-model';
import type { DoubleContext } from '../context';
import { ClientObjectDouble, CollectionDouble } from './client-object';
import { ClientResultDouble } from './client-result';

export interface SettingEntry {
  key: string;
  /** JSON text of the value. */
  json: string;
  deleted?: boolean;
}

export interface SettingStore {
  entries: SettingEntry[];
}

/** The settings of each workbook model, kept beside it (the model itself is not changed for them). */
const stores = new WeakMap<WorkbookModel, SettingStore>();

export function settingStore(model: WorkbookModel): SettingStore {
  let store = stores.get(model);
  if (!store) {
    store = { entries: [] };
    stores.set(model, store);
  }
  return store;
}

function checkKey(key: unknown): string {
  if (typeof key !== 'string' || key === '') fail('InvalidArgument', `setting key ${JSON.stringify(key)}`);
  return key;
}

function toJson(key: string, value: unknown): string {
  if (value instanceof Date) fail('NotEmulated', `setting "${key}": a Date value`);
  const json = value === undefined ? undefined : JSON.stringify(value);
  if (json === undefined) fail('InvalidArgument', `setting "${key}": a value JSON cannot hold`);
  return json;
}

function find(store: SettingStore, key: string): SettingEntry | null {
  const live = store.entries.filter((e) => !e.deleted);
  const exact = live.find((e) => e.key === key);
  if (exact) return exact;
  const other = live.find((e) => e.key.toLowerCase() === key.toLowerCase());
  if (other) fail('NotEmulated', `setting key "${key}" next to "${other.key}" (differs only by case)`);
  return null;
}

/** Sets or adds a setting, as add() does when its batch runs. */
export function putSetting(store: SettingStore, key: unknown, value: unknown): SettingEntry {
  const checked = checkKey(key);
  const json = toJson(checked, value);
  const entry = find(store, checked);
  if (entry) {
    entry.json = json;
    return entry;
  }
  const added = { key: checked, json };
  store.entries.push(added);
  return added;
}

export class SettingDouble extends ClientObjectDouble<SettingEntry> {
  protected gone(entry: SettingEntry): boolean {
    return entry.deleted === true;
  }

  protected read(entry: SettingEntry, name: string): unknown {
    if (name === 'key') return entry.key;
    if (name === 'value') return JSON.parse(entry.json) as unknown;
    return this.unknown(name);
  }

  get key(): string { return this.prop('key'); }
  get value(): unknown { return this.prop('value'); }

  delete(): void {
    this.queueCall('delete', [], (entry) => {
      entry.deleted = true;
      const store = settingStore(this.context.model);
      store.entries.splice(store.entries.indexOf(entry), 1);
    });
  }
}

export class SettingCollectionDouble extends CollectionDouble<SettingStore, SettingEntry, SettingDouble> {
  constructor(context: DoubleContext) {
    super(context, { kind: 'bound', entity: settingStore(context.model) });
  }

  protected list(store: SettingStore): SettingEntry[] {
    return store.entries.filter((e) => !e.deleted);
  }

  protected wrap(entry: SettingEntry): SettingDouble {
    return new SettingDouble(this.context, { kind: 'bound', entity: entry });
  }

  /** Sets or adds the setting (Excel's add). */
  add(key: string, value: unknown): SettingDouble {
    return new SettingDouble(this.context, {
      kind: 'method', parent: this, method: 'add', args: [key, value],
      resolve: () => putSetting(this.entity(), key, value),
    });
  }

  getItem(key: string): SettingDouble {
    return new SettingDouble(this.context, {
      kind: 'method', parent: this, method: 'getItem', args: [key],
      resolve: () => find(this.entity(), checkKey(key)) ?? fail('ItemNotFound', `setting "${key}"`),
    });
  }

  getItemOrNullObject(key: string): SettingDouble {
    return new SettingDouble(this.context, {
      kind: 'method', parent: this, method: 'getItemOrNullObject', args: [key],
      resolve: () => find(this.entity(), checkKey(key)),
    });
  }

  getCount(): ClientResultDouble<number> {
    return new ClientResultDouble(this.context, this, 'getCount', [], () => this.list(this.entity()).length);
  }
}

/** Read-back for tests: the setting's value as the workbook holds it now, or undefined when there is none. */
export function settingIn(book: ExcelDouble, key: string): unknown {
  const entry = settingStore(book.model).entries.find((e) => !e.deleted && e.key === key);
  return entry === undefined ? undefined : (JSON.parse(entry.json) as unknown);
}

/** Set-up for tests: a setting the workbook already holds when it is opened. */
export function seedSetting(book: ExcelDouble, key: string, value: unknown): void {
  putSetting(settingStore(book.model), key, value);
}
