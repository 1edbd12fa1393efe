// CSV as RFC 4180 writes it: comma-separated, fields in double quotes when they hold a comma,
// a quote or a line break, quotes doubled inside. Only written here: reading a lead list is the
// server's job (POST /v1/recommendations/batch).

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
