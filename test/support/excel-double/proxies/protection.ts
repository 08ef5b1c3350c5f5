import { fail } from '../errors';
import type { SheetModel } from '../sheet-model';
import type { WorkbookModel } from '../workbook-model';
import type { DoubleContext } from '../context';
import { ClientObjectDouble } from './client-object';

/**
 * Worksheet.protection (ExcelApi 1.2): whether the sheet is protected, and
 * protect() with Excel's default options and no password (it fails on a
 * sheet already protected, as the reference says). Options, passwords and
 * unprotecting are not emulated.
 */
export class WorksheetProtectionDouble extends ClientObjectDouble<SheetModel> {
  constructor(context: DoubleContext, derive: () => SheetModel | null) {
    super(context, { kind: 'nav', derive });
  }

  protected read(sheet: SheetModel, name: string): unknown {
    return name === 'protected' ? sheet.isProtected : this.unknown(name);
  }

  get protected(): boolean { return this.prop('protected'); }

  protect(options?: unknown, password?: unknown): void {
    this.queueCall('protect', [options, password], (sheet) => {
      if (options !== undefined || password !== undefined) fail('NotEmulated', 'protect() with options or a password');
      if (sheet.isProtected) fail('InvalidOperation', `sheet "${sheet.name}" is already protected`);
      sheet.isProtected = true;
    });
  }
}

/** Workbook.protection (ExcelApi 1.7): whether the workbook's structure is protected. */
export class WorkbookProtectionDouble extends ClientObjectDouble<WorkbookModel> {
  protected read(model: WorkbookModel, name: string): unknown {
    return name === 'protected' ? model.protectedStructure : this.unknown(name);
  }

  get protected(): boolean { return this.prop('protected'); }
}
