/** The media type of an .xlsx file (the download's Blob type, the file input's accept list). */
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
