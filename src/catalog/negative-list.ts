/**
 * Reads the reviewed negative-list seed (`seeds/negative-list.json`): which measures of China's
 * 2024 foreign-investment negative list a company profile can fall under, and how to tell.
 * Validated on load like the other seed files; a bad file fails with its name and JSON path.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CatalogError, DEFAULT_SEEDS_DIR, schemaProblems } from './seed-files.js';
import { NegativeListFileSchema, type Concept, type NegativeList } from './schema.js';

export const NEGATIVE_LIST_FILE = 'negative-list.json';

/** Problems a schema cannot see: measures numbered twice, concepts the taxonomy lacks. */
export function negativeListProblems(list: NegativeList, concepts: readonly Concept[]): string[] {
  const problems: string[] = [];
  const ids = new Set(concepts.map((c) => c.id));
  const seen = new Set<number>();
  list.measures.forEach((m, i) => {
    if (seen.has(m.measure)) problems.push(`${NEGATIVE_LIST_FILE}: /measures/${i}/measure: measure ${m.measure} is listed twice`);
    seen.add(m.measure);
    m.appliesTo.concepts.forEach((c, j) => {
      if (!ids.has(c)) problems.push(`${NEGATIVE_LIST_FILE}: /measures/${i}/appliesTo/concepts/${j}: unknown concept "${c}"`);
    });
  });
  return problems;
}

/**
 * Loads and validates the negative list from a seeds folder.
 * @throws CatalogError naming the file and the JSON path of each problem.
 */
export function loadNegativeList(seedsDir: string = DEFAULT_SEEDS_DIR): NegativeList {
  const text = readFileSync(join(seedsDir, NEGATIVE_LIST_FILE), 'utf8');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new CatalogError(`${NEGATIVE_LIST_FILE} is not valid JSON`, [`${NEGATIVE_LIST_FILE}: /: ${(error as Error).message}`]);
  }
  const problems = schemaProblems(NegativeListFileSchema, value, NEGATIVE_LIST_FILE);
  if (problems.length > 0) throw new CatalogError(`${NEGATIVE_LIST_FILE} is invalid:\n  ${problems.join('\n  ')}`, problems);
  return value as NegativeList;
}

let shipped: NegativeList | undefined;
/** The shipped list, read once per process. */
export function shippedNegativeList(): NegativeList {
  shipped ??= loadNegativeList();
  return shipped;
}
