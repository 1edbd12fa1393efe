// The API's field problems ({ path, message }, validator English) said in the console's
// language. Messages the console does not know are shown as the API wrote them.

import { t } from './i18n.js';

/** [pattern, key, values from the match]: the first pattern that matches the message wins. */
const MESSAGES = [
  [/^must be equal to constant$|^must match a schema in anyOf$|^must be equal to one of the allowed values$/, 'problem.enum'],
  [/^must be one of (.+)$/, 'problem.oneOf', (m) => ({ values: m[1] })],
  [/^"(.*)" is not a number$/, 'problem.notNumber', (m) => ({ value: m[1] })],
  [/^must have required property/, 'problem.required'],
  [/^is required/, 'problem.required'],
  [/^must NOT have fewer than/, 'problem.minLength'],
  [/^must NOT have more than/, 'problem.maxLength'],
  [/^must be >= (\S+)$/, 'problem.min', (m) => ({ limit: m[1] })],
  [/^must be <= (\S+)$/, 'problem.max', (m) => ({ limit: m[1] })],
  [/^must be (integer|number|string|boolean|array|object)$/, 'problem.type'],
  [/^has (\d+) cells; the header has (\d+) columns$/, 'problem.cells', (m) => ({ cells: m[1], columns: m[2] })],
  [/^the required column "(.+)" is missing$/, 'leads.missingColumns', (m) => ({ columns: m[1] })],
];

/** One problem's message in the console's language. */
export function problemMessage({ path, message }) {
  // A country code is checked by pattern: say what is expected rather than "wrong form".
  if (/\/country$/.test(path) && /^must match pattern/.test(message)) return t('problem.country');
  if (/^must match pattern/.test(message)) return t('problem.pattern');
  for (const [pattern, key, values] of MESSAGES) {
    const match = pattern.exec(message);
    if (match) return t(key, values ? values(match) : {});
  }
  return message;
}

/**
 * A row's problems as one line: each field (the CSV column, or the profile path) with its
 * message, the same message for one field said once (the validator reports an enum twice).
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
