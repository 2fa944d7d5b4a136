/**
 * Text for spreadsheet cells (every CSV and .xlsx the application writes). A cell whose text starts with
 * =, +, -, @, a tab or a carriage return is read by Excel and LibreOffice as a formula (or shifted), so a
 * unit named `=HYPERLINK(...)` would run in the reader's spreadsheet: such text gets a leading single
 * quote, the usual mark for "text, not a formula". Numbers are left alone: a signed cell's "-8" is a
 * number, and a spreadsheet that reads it as one computes nothing.
 */

const FORMULA_LEAD = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const ESCAPED = /^'(?=[=+\-@\t\r])/;

/** The text as a cell may hold it: with a leading ' when it would otherwise start a formula. */
export function spreadsheetText(text: string): string {
  return FORMULA_LEAD.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}

/** A cell value as written: text neutralised, numbers, blanks and everything else unchanged. */
export function spreadsheetValue<T>(value: T): T | string {
  return typeof value === "string" ? spreadsheetText(value) : value;
}

/** Reading back a file the application wrote: the text without the quote spreadsheetText added. */
export function unescapeSpreadsheetText(text: string): string {
  return text.replace(ESCAPED, "");
}
