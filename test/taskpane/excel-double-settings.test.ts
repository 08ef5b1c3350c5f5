/** workbook.settings on the Excel double (test/support/excel-double/proxies/settings.ts). */
import { createExcelDouble, OfficeDoubleError } from '../support/excel-double';
import { seedSetting, settingIn } from '../support/excel-double/proxies/settings';

const book = () => createExcelDouble({ sheets: [{ name: 'Sheet1' }] });

describe('workbook.settings on the double', () => {
  it('adds a setting when the batch syncs, and reads it back in a later run as a copy', async () => {
    const b = book();
    const value = { a: [1, 2], b: 'x' };
    await b.run(async (context) => {
      context.workbook.settings.add('k', value);
      expect(settingIn(b, 'k')).toBeUndefined();
      await context.sync();
      expect(settingIn(b, 'k')).toEqual(value);
    });
    value.a.push(3);
    const read = await b.run(async (context) => {
      const item = context.workbook.settings.getItem('k');
      item.load('key,value');
      await context.sync();
      return { key: item.key, value: item.value as unknown };
    });
    expect(read).toEqual({ key: 'k', value: { a: [1, 2], b: 'x' } });
  });

  it('needs load and sync before key or value is read', async () => {
    const b = book();
    seedSetting(b, 'k', 1);
    await b.run(async (context) => {
      const item = context.workbook.settings.getItem('k');
      expect(() => item.value).toThrow(OfficeDoubleError);
      item.load('value');
      expect(() => item.value).toThrow("The property 'value' is not available");
      await context.sync();
      expect(item.value).toBe(1);
    });
  });

  it('sets an existing key again instead of adding a second one, and counts the settings', async () => {
    const b = book();
    const count = await b.run(async (context) => {
      context.workbook.settings.add('k', 1);
      context.workbook.settings.add('k', 2);
      context.workbook.settings.add('other', true);
      const n = context.workbook.settings.getCount();
      await context.sync();
      return n.value;
    });
    expect(count).toBe(2);
    expect(settingIn(b, 'k')).toBe(2);
  });

  it('gives a null object for a missing key, and getItem fails at sync with ItemNotFound', async () => {
    const b = book();
    await b.run(async (context) => {
      const missing = context.workbook.settings.getItemOrNullObject('nope');
      missing.load('value');
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      context.workbook.settings.getItem('nope').load('value');
      await expect(context.sync()).rejects.toThrow('ItemNotFound: setting "nope"');
    });
  });

  it('deletes a setting', async () => {
    const b = book();
    seedSetting(b, 'k', 'v');
    await b.run(async (context) => {
      context.workbook.settings.getItem('k').delete();
      await context.sync();
    });
    expect(settingIn(b, 'k')).toBeUndefined();
    const items = await b.run(async (context) => {
      const all = context.workbook.settings.load('items/key');
      await context.sync();
      return all.items.length;
    });
    expect(items).toBe(0);
  });

  it('refuses what it cannot say Excel does: keys differing only by case, Date values; and values JSON cannot hold', async () => {
    const b = book();
    seedSetting(b, 'Key', 1);
    const attempt = (value: unknown, key = 'k') =>
      b.run(async (context) => {
        context.workbook.settings.add(key, value);
        await context.sync();
      });
    await expect(attempt(1, 'KEY')).rejects.toThrow('NotEmulated: setting key "KEY" next to "Key"');
    await expect(attempt(new Date(0))).rejects.toThrow('NotEmulated: setting "k": a Date value');
    await expect(attempt(undefined)).rejects.toThrow('InvalidArgument');
    await expect(attempt(1, '')).rejects.toThrow('InvalidArgument: setting key ""');
  });
});
