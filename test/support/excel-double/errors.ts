/**
 * Errors the double throws, shaped like Office's `OfficeExtension.Error`
 * (a `code` from `Excel.ErrorCodes` plus a message). `NotEmulated` is the
 * double's own code: the call is legal in Excel but the double cannot say
 * what Excel would do, so it refuses instead of guessing.
 */
export type DoubleErrorCode =
  | 'PropertyNotLoaded'
  | 'InvalidArgument'
  | 'InvalidOperation'
  | 'ItemAlreadyExists'
  | 'ItemNotFound'
  | 'RequestPayloadSizeLimitExceeded'
  | 'ResponsePayloadSizeLimitExceeded'
  | 'RangeExceedsLimit'
  | 'GeneralException'
  | 'AccessDenied'
  | 'InvalidOperationInCellEditMode'
  | 'OperationCellsExceedLimit'
  | 'NonBlankCellOffSheet'
  | 'InsertDeleteConflict'
  | 'MergedRangeConflict'
  | 'NotEmulated';

export class OfficeDoubleError extends Error {
  constructor(readonly code: DoubleErrorCode, message: string) {
    super(`${code}: ${message}`);
    this.name = 'RichApi.Error';
  }
}

export function fail(code: DoubleErrorCode, message: string): never {
  throw new OfficeDoubleError(code, message);
}
