/**
 * A text a spreadsheet would run as a formula when the file is opened: one starting with `=`, `+`,
 * `-` or `@`, or with a tab or carriage return before one.
 */
const formulaStart = /^[=+\-@\t\r]/;

/** A plain number written as text ("-12", "-3.5%"): a spreadsheet reads it as a number, never runs it. */
const plainNumber = /^-?\d+(?:\.\d+)?%?$/;

/**
 * One cell. Numbers are written as numbers, so a negative value stays a number to sum and chart;
 * a text that a spreadsheet would take for a formula gets a leading `'`, which spreadsheets read as
 * "this is text" (OWASP's advice against CSV injection), unless it is a plain number.
 */
const csvCell = (value: unknown): string => {
  let text =
    value === null || value === undefined ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value);
  if (typeof value !== 'number' && formulaStart.test(text) && !plainNumber.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/** RFC 4180 CSV with a header row; nested values are written as JSON in their cell. */
export function toCsv<T extends object>(rows: readonly T[], columns: readonly (keyof T & string)[]): string {
  const lines = [columns.join(','), ...rows.map((row) => columns.map((c) => csvCell(row[c])).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}

/**
 * A CSV file as it is downloaded: UTF-8 with a byte-order mark first, without which spreadsheets
 * read the file in a legacy encoding and garble "CN¥", "€" and the minus sign "−".
 */
export function csvFile<T extends object>(rows: readonly T[], columns: readonly (keyof T & string)[]): string {
  return `\uFEFF${toCsv(rows, columns)}`;
}

/**
 * A chart's data table as a CSV file: its columns and rows as the page shows them, and a last
 * column naming the source, so the numbers keep their credit wherever the file goes.
 */
export function tableCsv(
  table: { columns: readonly string[]; rows: readonly { cells: readonly string[] }[] },
  source: string,
): string {
  const columns = [...table.columns, 'Source'];
  const records = table.rows.map((row) =>
    Object.fromEntries(columns.map((column, i) => [column, i < row.cells.length ? row.cells[i] : source])),
  );
  return csvFile(records, columns);
}
