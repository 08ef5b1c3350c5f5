/**
 * Calls a host method so that a synchronous throw (a host breaking its
 * promise-returning contract) arrives as a rejection the pane shows, never as
 * an exception that blanks the pane.
 */
export function hostCall<T>(call: () => Promise<T>): Promise<T> {
  return Promise.resolve().then(call);
}
