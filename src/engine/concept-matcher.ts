/**
 * Finds the taxonomy concepts a text names, in English, Japanese or Chinese, by longest-match
 * lookup of every concept label and synonym.
 *
 * Text and dictionary entries are cut into the same kind of tokens: English words (Porter
 * stemmed, so plurals and inflections match), single Han/kana characters (CJK has no word
 * boundaries, so an entry may start at any character), the symbols + # & (so "c++" and "r&d"
 * keep them), and a break token for sentence punctuation and list separators (、・). A katakana
 * entry of up to three characters matches only as a whole katakana word (ニット never inside
 * ユニット). Japanese joins two nouns with の where Chinese and English compound them, so a の
 * between Han or katakana characters may be passed over inside an entry (自動車の部品 reads as
 * 自動車部品). A few English words keep their own key where Porter would merge them with a
 * word of another industry (OWN_KEYS), and a few common compounds that merely contain an entry
 * are read as no concept (NON_ENTRIES). Entries live in a trie keyed by token; detection walks it
 * from each token, which costs the same whatever the dictionary's size.
 */
import type { Concept } from '../catalog/schema.js';
import { CJK_CHAR_CLASS, foldDiacritics, normalizeText, stemWord } from './text.js';

/** One concept found in a text. */
export interface ConceptMatch {
  conceptId: string;
  /** The matched words as they appear in the normalized text. */
  matchedText: string;
  /** Offset of the first matched character in `normalizeText(text)`. */
  start: number;
  /** Offset just past the last matched character in `normalizeText(text)`. */
  end: number;
}

/** A dictionary of concept names built once, used for any number of texts. */
export interface ConceptMatcher {
  /**
   * The concepts named in `text`, ordered by position. At each position the longest entry wins
   * and matching resumes after it, so matches never overlap; an entry shared by several concepts
   * gives one match per concept for the same span, ordered by concept id.
   */
  detect(text: string): ConceptMatch[];
  /** How many distinct entries (token sequences) the dictionary holds. */
  readonly entryCount: number;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  /** Concept ids of the entry ending here, sorted (empty for a non-entry); null when no entry ends here. */
  conceptIds: string[] | null;
}

/** Tokens of a text as parallel arrays (no object per token: detect runs on every profile). */
interface Tokens {
  keys: string[];
  starts: number[];
  ends: number[];
}

// Stands for any run of sentence punctuation: "new energy. Vehicles" must not match
// "new energy vehicle". Cannot collide with a word, CJK or symbol key.
const BREAK = '.';

// Word characters are exactly those of natural's WordTokenizer (after lower-casing), so a Latin
// entry can only match whole words: "ai" never fires inside "said", "ic" never inside "electric".
const TOKEN = new RegExp(`([${CJK_CHAR_CLASS}])|([a-z0-9_\\u0410-\\u044f]+)|([+#&])|([.,;:!?()\\[\\]{}<>"“”|…、。・「」『』【】〈〉《》〔〕])`, 'gu');

const KATAKANA = /^[\p{sc=Katakana}ー]+$/u;
const KATAKANA_CHAR = /[\p{sc=Katakana}ー]/u;
/** Katakana entries this short are matched only as whole katakana words. */
const SHORT_KATAKANA = 3;

/**
 * Japanese writes loanwords as unbroken katakana runs, so a short katakana entry found inside a
 * longer run is another word: ニット (knit) inside ユニット (unit), ケア (care) inside スキンケア.
 */
function isShortKatakanaInsideWord(text: string, start: number, end: number): boolean {
  const surface = text.slice(start, end);
  if (surface.length > SHORT_KATAKANA || !KATAKANA.test(surface)) return false;
  return KATAKANA_CHAR.test(text.charAt(start - 1)) || KATAKANA_CHAR.test(text.charAt(end));
}

/**
 * English words whose Porter stem is also the stem of a word of another industry, or of a
 * common word: "dyeing" (a textile process) would read as "dyes" (a chemical product),
 * "machining" as "machine", "moulding" as "mould", "plating" as "plate", "casting" as "cast",
 * "spinning" as "spin" (spin-off), "forging" as "forge" (forge ties), "automation" as
 * "automated", "hospitality" as "hospital", "engine" as "engineering" ("engineering parts" is not
 * "engine parts"), "animation" as "animal", "fertilizer" as "fertility", "painting" (a finishing
 * process) as "paints", "bearings" as "bear", "fabrics" as "fabrication". Each keeps a key of its own, shared with its plural (and, for fertiliser,
 * its other spelling), so an entry can name the one without naming the other. "dies" is the
 * opposite case: Porter cuts it to "di", apart from its singular "die" (progressive die stamping
 * must meet "progressive dies").
 */
const OWN_KEYS: ReadonlyMap<string, string> = new Map([
  ['animation', 'animation'],
  ['animations', 'animation'],
  ['automation', 'automation'],
  ['bearing', 'bearing'],
  ['bearings', 'bearing'],
  ['casting', 'casting'],
  ['castings', 'casting'],
  ['dies', 'die'],
  ['dyeing', 'dyeing'],
  ['engine', 'engine'],
  ['engines', 'engine'],
  ['fabric', 'fabrics'],
  ['fabrics', 'fabrics'],
  ['fertiliser', 'fertiliser'],
  ['fertilisers', 'fertiliser'],
  ['fertilizer', 'fertiliser'],
  ['fertilizers', 'fertiliser'],
  ['forging', 'forging'],
  ['forgings', 'forging'],
  ['hospitality', 'hospitality'],
  ['machining', 'machining'],
  ['molding', 'molding'],
  ['moldings', 'molding'],
  ['moulding', 'moulding'],
  ['mouldings', 'moulding'],
  ['painting', 'painting'],
  ['paintings', 'painting'],
  ['plating', 'plating'],
  ['spinning', 'spinning'],
]);

/**
 * Common words that contain an entry without meaning it. Chinese words that end in 化 (-isation)
 * are followed by a word starting with 工 often enough to read as 化工 (chemical industry):
 * 一体化工厂 is an integrated plant, 本地化工作室 a localisation studio, 膨化工艺 a puffing
 * process, none of them chemical. A search, game or rules engine is software, not an engine
 * (エンジン, engine), and an engine room (エンジンルーム, 发动机舱) is a place in the car: what is
 * made for it is not an engine part. Each is matched like an entry and reported as no concept, so
 * the words inside it are not read on their own; an entry that starts earlier or is longer still
 * wins, and one that is also a concept's entry stays that concept's.
 */
const NON_ENTRIES = [
  ...['一体化', '本地化', '规模化', '集约化', '专业化', '标准化', '膨化'],
  ...['search engine', 'game engine', 'rules engine', 'rule engine', 'inference engine', 'rendering engine', 'physics engine'],
  ...['検索エンジン', 'ゲームエンジン', 'ルールエンジン', '推論エンジン', 'レンダリングエンジン'],
  ...['engine room', 'engine compartment', 'エンジンルーム', '发动机舱'],
];

/** The の that joins two nouns in Japanese. */
const JOIN = 'の';
const JOINABLE = /[\p{sc=Han}\p{sc=Katakana}ー]/u;

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/**
 * Whether a の whose neighbours end at `before` and start at `after` joins two nouns: it sits
 * directly between Han or katakana characters (自動車の部品), not after kana grammar (ための).
 */
function joins(text: string, before: number, after: number): boolean {
  return after - before === 1 && JOINABLE.test(text.charAt(before - 1)) && JOINABLE.test(text.charAt(after));
}

/** Cuts normalized text into match tokens; offsets are offsets into that text. */
function scanTokens(normalized: string): Tokens {
  // Folding keeps the length, so offsets in `text` are offsets in `normalized`.
  const text = foldDiacritics(normalized);
  const tokens: Tokens = { keys: [], starts: [], ends: [] };
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const start = m.index;
    const surface = m[0];
    let key: string;
    if (m[1] !== undefined || m[3] !== undefined) key = surface;
    else if (m[2] !== undefined) key = OWN_KEYS.get(surface) ?? stemWord(surface);
    else {
      // A decimal point or thousands separator ("4.0", "1,000") joins rather than breaks.
      if ((surface === '.' || surface === ',') && isDigit(text.charCodeAt(start - 1)) && isDigit(text.charCodeAt(start + 1))) {
        continue;
      }
      const last = tokens.keys.length - 1;
      if (last < 0 || tokens.keys[last] === BREAK) continue;
      key = BREAK;
    }
    tokens.keys.push(key);
    tokens.starts.push(start);
    tokens.ends.push(start + surface.length);
  }
  return tokens;
}

/** The token keys of one dictionary entry, without leading or trailing breaks. */
function entryKeys(entry: string): string[] {
  const keys = scanTokens(normalizeText(entry)).keys;
  let from = 0;
  let to = keys.length;
  while (from < to && keys[from] === BREAK) from++;
  while (to > from && keys[to - 1] === BREAK) to--;
  return keys.slice(from, to);
}

/**
 * Builds the matcher from every concept's labels and synonyms in all three languages,
 * normalized and tokenized exactly like the texts it will read. Entries that reduce to no
 * tokens (punctuation only) are ignored. The result does not depend on the order of `concepts`.
 */
export function buildConceptMatcher(concepts: readonly Concept[]): ConceptMatcher {
  const root: TrieNode = { next: new Map(), conceptIds: null };
  const idsByNode = new Map<TrieNode, Set<string>>();
  const nodeOf = (keys: readonly string[]): TrieNode => {
    let node = root;
    for (const key of keys) {
      let child = node.next.get(key);
      if (!child) {
        child = { next: new Map(), conceptIds: null };
        node.next.set(key, child);
      }
      node = child;
    }
    return node;
  };

  for (const concept of concepts) {
    const names = [concept.labels.en, concept.labels.ja, concept.labels.zh, ...concept.synonyms.en, ...concept.synonyms.ja, ...concept.synonyms.zh];
    for (const name of names) {
      const keys = entryKeys(name);
      if (keys.length === 0) continue;
      const node = nodeOf(keys);
      let ids = idsByNode.get(node);
      if (!ids) idsByNode.set(node, (ids = new Set()));
      ids.add(concept.id);
    }
  }
  for (const [node, ids] of idsByNode) node.conceptIds = [...ids].sort();
  // A non-entry that is also some concept's entry stays that concept's entry.
  for (const word of NON_ENTRIES) {
    const node = nodeOf(entryKeys(word));
    node.conceptIds ??= [];
  }

  return {
    entryCount: idsByNode.size,
    detect(text: string): ConceptMatch[] {
      const normalized = normalizeText(text);
      const { keys, starts, ends } = scanTokens(normalized);
      const matches: ConceptMatch[] = [];
      let i = 0;
      while (i < keys.length) {
        let bestLast = -1;
        let bestIds: string[] | null = null;
        let node = root.next.get(keys[i] as string);
        for (let j = i; node; ) {
          if (node.conceptIds) {
            bestLast = j;
            bestIds = node.conceptIds;
          }
          j++;
          if (j >= keys.length) break;
          let next = node.next.get(keys[j] as string);
          if (!next && keys[j] === JOIN && j + 1 < keys.length && joins(normalized, ends[j - 1] as number, starts[j + 1] as number)) {
            next = node.next.get(keys[j + 1] as string);
            if (next) j++;
          }
          node = next;
        }
        const start = starts[i] as number;
        const end = bestIds === null ? start : (ends[bestLast] as number);
        if (bestIds === null || isShortKatakanaInsideWord(normalized, start, end)) {
          i++;
          continue;
        }
        if (bestIds.length === 0) {
          i = bestLast + 1;
          continue;
        }
        const matchedText = normalized.slice(start, end);
        for (const conceptId of bestIds) matches.push({ conceptId, matchedText, start, end });
        i = bestLast + 1;
      }
      return matches;
    },
  };
}
