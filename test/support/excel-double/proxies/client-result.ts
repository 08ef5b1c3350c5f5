import { fail } from '../errors';
import type { DoubleContext } from '../context';
import type { ClientObjectDouble } from './client-object';

/**
 * OfficeExtension.ClientResult: what a method such as getCount() returns.
 * Its value is computed when the batch runs and readable only after that sync.
 */
export class ClientResultDouble<T> {
  private result: { value: T } | undefined;

  constructor(context: DoubleContext, parent: ClientObjectDouble<unknown>, method: string, args: unknown[], compute: () => T) {
    const id = context.nextId();
    context.enqueue({
      wire: { id, on: parent.id, method, args },
      run: () => {
        const value = compute();
        context.stage(value, () => { this.result = { value }; });
      },
    });
  }

  get value(): T {
    if (!this.result) fail('PropertyNotLoaded', 'a ClientResult has its value only after context.sync()');
    return this.result.value;
  }
}
