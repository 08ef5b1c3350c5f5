/** Kinds of problem, each with a reason template in every language (src/core/i18n/problem-labels.ts). */
export type ProblemCode = 'blankKey' | 'blankKeyRow' | 'badNumber' | 'badDate' | 'duplicateKey' | 'unknownCustomer' | 'badRating' | 'textFigure';

/** A row-precise report of input the core could not use. */
export interface Problem {
  sheet: string;
  /** A1 address of the offending cell, or '' when the problem is about a whole sheet. */
  cell: string;
  /** In English (the command line and --json). */
  reason: string;
  /** For a reason in the user's language: the template and what fills it. */
  code?: ProblemCode;
  args?: Record<string, string>;
}

/** Input the core cannot work with at all: the run stops with this message. */
export class InputError extends Error {
  constructor(message: string, readonly candidates: string[] = []) {
    super(message);
    this.name = 'InputError';
  }
}
