// The API's field problems ({ path, message }, in English) said in the console's language.
// Messages the console does not know are shown as the API wrote them.

import { t } from './i18n.js';

/**
 * [pattern, key, values from the match]: the first pattern that matches the message wins. The
 * messages are the API's (src/errors.ts describes each validation keyword in words;
 * src/services/batch-service.ts reads the CSV).
 */
const MESSAGES = [
  [/^must be one of: (.+)$/, 'problem.oneOf', (m) => ({ values: m[1] })],
  [/^"(.*)" is not a number$/, 'problem.notNumber', (m) => ({ value: m[1] })],
  [/^is required$/, 'problem.required'],
  [/^is not a known field$/, 'problem.unknownField'],
  [/^must not be empty$/, 'problem.empty'],
  [/^must be at least (\d+) characters? long$/, 'problem.minLength', (m) => ({ limit: m[1] })],
  [/^must be at most (\d+) characters? long$/, 'problem.maxLength', (m) => ({ limit: m[1] })],
  [/^must have at most (\d+) items?$/, 'problem.maxItems', (m) => ({ limit: m[1] })],
  [/^must be at least (-?[\d.]+)$/, 'problem.min', (m) => ({ limit: m[1] })],
  [/^must be at most (-?[\d.]+)$/, 'problem.max', (m) => ({ limit: m[1] })],
  [/^must be a two-letter ISO 3166-1 country code/, 'problem.country'],
  [/^must be an ISIC Rev\.4 code/, 'error.isic'],
  [/^must be (a whole number|a number|a string|true or false|an array|an object)( or .+)?$/, 'problem.type'],
  [/^must match the pattern /, 'problem.pattern'],
  [/^has (\d+) cells; the header has (\d+) columns$/, 'problem.cells', (m) => ({ cells: m[1], columns: m[2] })],
  [/^"(.*)" is not a known column/, 'problem.unknownColumn', (m) => ({ column: m[1] })],
  [/^column "(.+)" appears twice$/, 'problem.twiceColumn', (m) => ({ column: m[1] })],
  [/^the required column "(.+)" is missing$/, 'leads.missingColumns', (m) => ({ columns: m[1] })],
  [/^has a header but no rows$/, 'leads.empty'],
];

/** One problem's message in the console's language (as the API wrote it when the console has no words for it). */
export function problemMessage({ message }) {
  for (const [pattern, key, values] of MESSAGES) {
    const match = pattern.exec(message);
    if (match) return t(key, values ? values(match) : {});
  }
  return message;
}

/**
 * A row's problems as one line: each field (the CSV column, or the profile path) with its
 * message, each said once.
 */
export function problemsText(errors) {
  const seen = new Set();
  const parts = [];
  for (const error of errors) {
    const field = error.path.replace(/^\/(body\/)?(profile\/)?/, '') || '/';
    const text = `${field}: ${problemMessage(error)}`;
    if (seen.has(text)) continue;
    seen.add(text);
    parts.push(text);
  }
  return parts.join('; ');
}
