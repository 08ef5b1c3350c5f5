/** Kinds of problem, each with a reason template in every language (src/core/i18n/problem-labels.ts). */
export type ProblemCode =
  | 'blankKey' | 'blankKeyRow' | 'badNumber' | 'badDate' | 'blankDate' | 'undatedSale' | 'duplicateKey' | 'unknownCustomer' | 'badRating' | 'textFigure' | 'negativeFigure'
  | 'implausibleDate' | 'amountOverflow' | 'figureOverflow' | 'summaryRow' | 'formulaWithoutValue' | 'errorKey' | 'previousRunStopped' | 'blankAmount'
  | ScorecardProblemCode | ControlProblemCode;

/** What can be wrong with a cell of the scorecard sheet (src/core/credit/scorecard-sheet.ts). */
export type ScorecardProblemCode =
  | 'scorecardNumber' | 'scorecardBlankNumber' | 'scorecardBelow' | 'scorecardBlank' | 'scorecardBandsDown' | 'scorecardBandsUp'
  | 'scorecardPointsOrder' | 'scorecardOtherwise' | 'scorecardWordRating' | 'scorecardGradeName' | 'scorecardGradesOrder'
  | 'scorecardRoundingZero' | 'scorecardLastLevelMax' | 'scorecardLevelNoMax' | 'scorecardLevelsOrder' | 'scorecardAbove'
  | 'scorecardOrder' | 'scorecardKeyText' | 'scorecardKeyNumber' | 'scorecardKeyTwice' | 'scorecardWhole' | 'scorecardCellTaken' | 'scorecardEdgesOrder' | 'scorecardZeroOrOne'
  // The tables' areas, grade names and the user's own factors (src/core/credit/scorecard-read.ts, user-factors.ts).
  | 'scorecardGap' | 'scorecardTooManyRows' | 'scorecardTooFewRows' | 'scorecardText' | 'scorecardWildcard' | 'scorecardGradeTwice'
  | 'scorecardFactorTwice' | 'scorecardFactorNoSheet' | 'scorecardFactorNoColumn' | 'scorecardFactorColumnTwice' | 'scorecardFactorColumnTaken'
  | 'scorecardMoved';

/** What can be wrong with a receivables row or a credit-control input of the customer sheet (src/core/control). */
export type ControlProblemCode =
  | 'arBlankKey' | 'arUnknownCustomer' | 'arBadNumber' | 'arBlankNumber' | 'arBadDate' | 'arNoDueDate' | 'arDueBeforeDocument'
  | 'arPaidBeforeDocument' | 'arPaidAboveAmount' | 'arPaidOppositeSign' | 'arDuplicateDocument' | 'controlInputText';

/** A row-precise report of input the core could not use. */
export interface Problem {
  sheet: string;
  /** A1 address of the offending cell, or '' when the problem is about a whole sheet. */
  cell: string;
  /** What is wrong: the template (problem.* in src/core/i18n/problem-labels.ts) and what fills it. */
  code: ProblemCode;
  args?: Record<string, string>;
}

/** Kinds of InputError, each with a message template in every language (src/core/i18n/error-labels.ts). */
export type InputErrorCode =
  | 'noSuchColumn' | 'ambiguousColumn' | 'ambiguousFinancialsColumn' | 'ambiguousSheet' | 'noSuchSheet' | 'notASourceSheet' | 'noSalesSheet' | 'sameSheet'
  | 'noAmountColumn' | 'noSharedKey' | 'noKeyColumn' | 'scorecardInvalid' | 'columnHoldsData' | 'ownedHeaderChanged'
  | 'badSelection' | 'unknownKeys' | 'ambiguousCustomerName' | 'unknownGrade' | 'noCustomerChosen' | 'requestedLimitUnknown' | 'badPeriodDate' | 'badThresholds'
  | 'periodReversed'
  | 'workbookMissing' | 'workbookUnreadable'
  // The receivables sheet of the credit-control step (src/core/control/receivables-sheet.ts).
  | 'noReceivablesAmount' | 'noReceivablesKey' | 'noReceivablesSheet'
  // Removing the last run's form sheets: a sheet without its marker (core), a protected structure (Office port).
  | 'notFormSheet' | 'workbookProtectedRemove'
  // Raised by the Office port (src/ports/office/port-errors.ts): what Excel does that the user can settle.
  | 'excelTimeout' | 'cellEditMode' | 'sheetProtected' | 'workbookProtected' | 'rowsMoved' | 'formulaChanged' | 'tableBlocked'
  // Adding the input columns (src/app/add-input-columns.ts).
  | 'inputColumnsNoSheet'
  // The browser preview's host (src/taskpane/preview/preview-host.ts): a file it cannot open, work asked for before one is open.
  | 'previewOpenFailed' | 'previewOpenFirst';

export interface InputErrorDetail {
  /** For the message in the user's language: the template and what fills it. */
  code?: InputErrorCode;
  args?: Record<string, string>;
  /** Names the user can pick from (sheets, column letters, cells). */
  candidates?: string[];
  /** The cell-precise problems behind the error (an invalid scorecard). */
  problems?: Problem[];
}

/** Input the core cannot work with at all: the run stops with this message (in English: the command line and --json). */
export class InputError extends Error {
  readonly code: InputErrorCode | undefined;
  readonly args: Record<string, string>;
  readonly candidates: string[];
  readonly problems: Problem[];

  constructor(message: string, detail: InputErrorDetail = {}) {
    super(message);
    this.name = 'InputError';
    this.code = detail.code;
    this.args = detail.args ?? {};
    this.candidates = detail.candidates ?? [];
    this.problems = detail.problems ?? [];
  }
}
