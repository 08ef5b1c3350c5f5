/** A row-precise report of input the core could not use. */
export interface Problem {
  sheet: string;
  /** A1 address of the offending cell, or '' when the problem is about a whole sheet. */
  cell: string;
  reason: string;
}

/** Input the core cannot work with at all: the run stops with this message. */
export class InputError extends Error {
  constructor(message: string, readonly candidates: string[] = []) {
    super(message);
    this.name = 'InputError';
  }
}
