// CSV as RFC 4180 writes it: comma-separated, fields in double quotes when they hold a comma,
// a quote or a line break, quotes doubled inside. Reads CRLF or LF files with or without a BOM.

export class CsvError extends Error {}

/** The rows of a CSV text, each an array of field strings. Blank lines are skipped. */
export function parseCsv(text) {
  const input = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  let line = 1;
  for (let i = 0; i < input.length; i++) {
    const c = input[i];
    if (quoted) {
      if (c === '"') {
        if (input[i + 1] === '"') {
          field += '"';
          i++;
        } else {
          quoted = false;
        }
      } else {
        if (c === '\n') line++;
        field += c;
      }
    } else if (c === '"') {
      if (field.length > 0) throw new CsvError(`line ${line}: a quote inside an unquoted field`);
      quoted = true;
    } else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && input[i + 1] === '\n') i++;
      row.push(field);
      if (row.length > 1 || row[0] !== '') rows.push(row);
      row = [];
      field = '';
      line++;
    } else {
      field += c;
    }
  }
  if (quoted) throw new CsvError(`line ${line}: a quoted field is not closed`);
  row.push(field);
  if (row.length > 1 || row[0] !== '') rows.push(row);
  return rows;
}

/**
 * Header-keyed records: the first row names the columns (trimmed, lower-cased); each following
 * row becomes an object with those keys.
 */
export function parseCsvRecords(text) {
  const [header, ...rows] = parseCsv(text);
  if (!header) return { columns: [], records: [] };
  const columns = header.map((h) => h.trim().toLowerCase());
  const records = rows.map((row) => Object.fromEntries(columns.map((name, i) => [name, (row[i] ?? '').trim()])));
  return { columns, records };
}

/**
 * A field as written to a file staff will open in a spreadsheet: quoted when needed, and a text
 * that starts like a formula (=, +, -, @) prefixed with an apostrophe so it is never evaluated.
 */
function formatField(value) {
  if (value === undefined || value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** CSV text for a header and rows, CRLF line ends, with a BOM so spreadsheets read it as UTF-8. */
export function formatCsv(header, rows) {
  return `\ufeff${[header, ...rows].map((row) => row.map(formatField).join(',')).join('\r\n')}\r\n`;
}
