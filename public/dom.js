// Small DOM helpers. Text from the API always goes in as text nodes, never as markup.

/**
 * Creates an element: `attrs` sets attributes (`class`, `data-*`, `aria-*`, …); a function value
 * for a key starting with "on" adds an event listener. Children may be strings, nodes, arrays,
 * or null/false (skipped).
 */
export function h(tag, attrs = {}, ...children) {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') element.addEventListener(key.slice(2), value);
    else if (value === true) element.setAttribute(key, '');
    else element.setAttribute(key, String(value));
  }
  append(element, children);
  return element;
}

export function append(element, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return element;
}

export const $ = (selector, root = document) => root.querySelector(selector);
export const $$ = (selector, root = document) => [...root.querySelectorAll(selector)];

/**
 * `text` as nodes with every occurrence of any of `terms` wrapped in <mark>. Matching ignores
 * case and full-/half-width differences the way the API's NFKC folding does; longer terms win.
 */
export function highlight(text, terms) {
  const fragment = document.createDocumentFragment();
  const fold = (s) => s.normalize('NFKC').toLowerCase();
  // NFKC can change lengths; match on the folded text only when it keeps them, else on the raw text.
  const folded = fold(text);
  const haystack = folded.length === text.length ? folded : text.toLowerCase();
  const needles = [...new Set(terms.map((term) => (folded.length === text.length ? fold(term) : term.toLowerCase())).filter((n) => n.length > 0))].sort(
    (a, b) => b.length - a.length,
  );
  let at = 0;
  while (at < text.length) {
    let next = -1;
    let length = 0;
    for (const needle of needles) {
      const i = haystack.indexOf(needle, at);
      if (i !== -1 && (next === -1 || i < next || (i === next && needle.length > length))) {
        next = i;
        length = needle.length;
      }
    }
    if (next === -1) {
      fragment.append(text.slice(at));
      break;
    }
    if (next > at) fragment.append(text.slice(at, next));
    fragment.append(h('mark', {}, text.slice(next, next + length)));
    at = next + length;
  }
  return fragment;
}

/** Whether `text` contains any of `terms` (same folding as `highlight`). */
export function containsAny(text, terms) {
  const fold = (s) => s.normalize('NFKC').toLowerCase();
  const folded = fold(text);
  return terms.some((term) => term.length > 0 && folded.includes(fold(term)));
}
