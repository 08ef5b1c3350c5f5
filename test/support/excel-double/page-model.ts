import type { Rect } from './a1';

/** Print zoom: a percentage, or pages wide by pages tall (0 = as many as needed). */
export type ZoomModel = { scale: number } | { horizontalFitToPages: number; verticalFitToPages: number };

export interface HeaderFooterModel {
  leftHeader: string;
  centerHeader: string;
  rightHeader: string;
  leftFooter: string;
  centerFooter: string;
  rightFooter: string;
}

/** Worksheet.pageLayout as the double keeps it. Margins are in points, as Excel reports them. */
export interface PageModel {
  paperSize: string;
  orientation: string;
  zoom: ZoomModel;
  topMargin: number;
  bottomMargin: number;
  leftMargin: number;
  rightMargin: number;
  headerMargin: number;
  footerMargin: number;
  printGridlines: boolean;
  printArea: Rect | null;
  headerFooterState: string;
  /** headersFooters.defaultForAllPages; the first-page and odd/even variants are not emulated. */
  defaultForAllPages: HeaderFooterModel;
}

export const POINTS_PER_INCH = 72;

/** Excel's defaults for a new sheet (en-US: Letter; "Normal" margins). */
export function newPageModel(): PageModel {
  return {
    paperSize: 'Letter',
    orientation: 'Portrait',
    zoom: { scale: 100 },
    topMargin: 0.75 * POINTS_PER_INCH,
    bottomMargin: 0.75 * POINTS_PER_INCH,
    leftMargin: 0.7 * POINTS_PER_INCH,
    rightMargin: 0.7 * POINTS_PER_INCH,
    headerMargin: 0.3 * POINTS_PER_INCH,
    footerMargin: 0.3 * POINTS_PER_INCH,
    printGridlines: false,
    printArea: null,
    headerFooterState: 'Default',
    defaultForAllPages: { leftHeader: '', centerHeader: '', rightHeader: '', leftFooter: '', centerFooter: '', rightFooter: '' },
  };
}

/** Excel.PaperType. */
export const PAPER_TYPES = [
  'Letter', 'LetterSmall', 'Tabloid', 'Ledger', 'Legal', 'Statement', 'Executive', 'A3', 'A4', 'A4Small', 'A5', 'B4', 'B5',
  'Folio', 'Quatro', 'Paper10x14', 'Paper11x17', 'Note', 'Envelope9', 'Envelope10', 'Envelope11', 'Envelope12', 'Envelope14',
  'Csheet', 'Dsheet', 'Esheet', 'EnvelopeDL', 'EnvelopeC5', 'EnvelopeC3', 'EnvelopeC4', 'EnvelopeC6', 'EnvelopeC65',
  'EnvelopeB4', 'EnvelopeB5', 'EnvelopeB6', 'EnvelopeItaly', 'EnvelopeMonarch', 'EnvelopePersonal', 'FanfoldUS',
  'FanfoldStdGerman', 'FanfoldLegalGerman',
];

/** VBA documents a limit of 1,026 horizontal page breaks per sheet. */
export const MAX_HORIZONTAL_PAGE_BREAKS = 1026;
