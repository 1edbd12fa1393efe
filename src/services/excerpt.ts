/**
 * Finds a cited section in a source document's text: the passage staff read to check a fact.
 *
 * A citation names a section by its heading path, "三、重要タスク > （五）… > 3. 科学技術と金融…".
 * Each heading is looked for after the previous one, at the start of a line (the documents are
 * plain text extracted from web pages and PDFs: a heading may run over two lines, brackets and
 * digits come full- or half-width, spaces are scattered), so a heading quoted in the body is not
 * taken for the heading itself. A bare number ("> 27") is an item of a numbered table.
 *
 * The passage runs from the last heading to the next heading of the same or a higher level: the
 * level is read from the heading's own marker (一、, （一）/(1), 1., コラム/表, else markdown #); a heading
 * without a marker (a news subheading, an area name) ends at the next short line that reads like
 * a heading. HTML tags of table cells are dropped.
 */

/** Longest passage returned, in characters; longer ones are cut and marked truncated. */
export const MAX_EXCERPT_CHARS = 6000;

export type ExcerptResult = { text: string; truncated: boolean } | { missing: string };

const squash = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');
const stripTags = (s: string) => s.replace(/<[^>]+>/g, '');

const CHINESE_NUMERAL = '[一二三四五六七八九十]+';
/** Heading markers, from the highest level down; a line's level is the first that matches its squashed text. */
const MARKERS: RegExp[] = [new RegExp(`^${CHINESE_NUMERAL}、`), new RegExp(`^\\((${CHINESE_NUMERAL}|\\d+)\\)`), /^\d+\.(?!\d)/, /^(コラム|表)\d+/];

function markdownLevel(line: string): number | undefined {
  const m = /^(#{1,6})\s/.exec(line.trim());
  return m ? m[1]!.length : undefined;
}

function markerLevel(squashed: string): number | undefined {
  const i = MARKERS.findIndex((re) => re.test(squashed));
  return i < 0 ? undefined : i;
}

/** A short line that does not end a sentence: how unmarked headings look. */
const looksLikeHeading = (line: string) => {
  const s = squash(stripTags(line));
  return s.length > 0 && s.length <= 40 && !/[。.,，、:：;；]$/.test(s);
};

/** The index of the first non-empty line from `start` whose text (with the next lines joined) starts with `heading`. */
function findHeading(lines: readonly string[], squashed: readonly string[], heading: string, start: number): number | undefined {
  for (let i = start; i < lines.length; i++) {
    if (squashed[i] === '') continue;
    let joined = squashed[i]!;
    for (let j = i + 1; joined.length < heading.length + 2 && j < lines.length && j <= i + 6; j++) joined += squashed[j]!;
    if (joined.startsWith(heading)) return i;
  }
  return undefined;
}

/** The passage of a numbered table item ("27"): from "27." to the end of its cell. */
function tableItem(text: string, from: number, n: string): ExcerptResult | undefined {
  const re = new RegExp(`(^|[^0-9])${n}[.．]\\s`, 'g');
  re.lastIndex = from;
  const m = re.exec(text);
  if (!m) return undefined;
  const start = m.index + m[1]!.length;
  const close = text.indexOf('</p>', start);
  const next = text.slice(start + n.length + 1).search(/(^|[^0-9])\d+[.．]\s/);
  const ends = [close, next < 0 ? -1 : start + n.length + 1 + next].filter((e) => e > start);
  return clip(stripTags(text.slice(start, ends.length > 0 ? Math.min(...ends) : undefined)).trim());
}

function clip(text: string): { text: string; truncated: boolean } {
  return text.length > MAX_EXCERPT_CHARS ? { text: text.slice(0, MAX_EXCERPT_CHARS), truncated: true } : { text, truncated: false };
}

/** The passage a section path cites, or the first heading of the path that the text does not have. */
export function findExcerpt(text: string, section: string): ExcerptResult {
  const lines = text.split('\n');
  const squashed = lines.map((l) => squash(l.replace(/^\s*#{1,6}\s/, '')));
  const parts = section
    .split(' > ')
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  if (parts.length === 0) return { missing: section };
  let at = 0;
  let last = -1;
  for (const part of parts) {
    if (/^\d+$/.test(part) && last >= 0) {
      const offset = lines.slice(0, last).reduce((n, l) => n + l.length + 1, 0);
      return tableItem(text, offset, part) ?? { missing: part };
    }
    const found = findHeading(lines, squashed, squash(part), at);
    if (found === undefined) return { missing: part };
    last = found;
    at = found + 1;
  }

  // A heading's own marker decides its level; markdown levels only where it has none (the
  // documents' markdown levels are not consistent).
  const level = markerLevel(squashed[last]!);
  const md = level === undefined ? markdownLevel(lines[last]!) : undefined;
  let end = lines.length;
  let body = false;
  for (let i = last + 1; i < lines.length; i++) {
    if (squashed[i] === '') continue;
    const line = lines[i]!;
    if (md !== undefined) {
      const l = markdownLevel(line);
      if (l !== undefined && l <= md) {
        end = i;
        break;
      }
    } else if (level !== undefined) {
      const l = markerLevel(squashed[i]!);
      if (l !== undefined && l <= level) {
        end = i;
        break;
      }
    } else if (body && looksLikeHeading(line)) {
      end = i;
      break;
    }
    body = true;
  }
  const passage = lines
    .slice(last, end)
    .map((l) => stripTags(l).trimEnd())
    .filter((l, i, all) => l.trim() !== '' || (i > 0 && all[i - 1]!.trim() !== ''))
    .join('\n')
    .trim();
  return clip(passage);
}
