/**
 * The placements benchmark: documented foreign investments in China, each with the 2018
 * catalogue zone where the plant, R&D centre or office was built and a company profile written
 * the way the company describes itself. The data is `placements.json`; what it is, how rows were
 * chosen and how the dev/test split is made are in `placements.md`.
 *
 * Every row is validated when this module loads; a bad row fails with its number, its id and the
 * JSON path of the field.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Type, type Static } from '@sinclair/typebox';
import { schemaProblems } from '../../src/catalog/load.js';
import { CountryCodeSchema, STAGES, enumOf } from '../../src/catalog/schema.js';
import type { ProfileInput } from '../../src/schemas/recommendation-dto.js';

/** The data file next to this module. */
export const PLACEMENTS_FILE = fileURLToPath(new URL('./placements.json', import.meta.url));

/** The benchmark halves: `dev` may be looked at while building the ranking, `test` may not. */
export const SPLITS = ['dev', 'test'] as const;
export type Split = (typeof SPLITS)[number];

/** Coarse industry labels used to count and balance the rows (assigned here, not by the sources). */
export const INDUSTRIES = [
  'aerospace',
  'auto parts',
  'cars',
  'chemicals',
  'consumer goods',
  'displays',
  'electronics assembly',
  'EV batteries',
  'food and beverages',
  'industrial automation',
  'logistics',
  'machinery and robots',
  'medical devices',
  'metal castings',
  'pharmaceuticals',
  'pulp and paper',
  'semiconductors',
  'software and R&D',
  'textiles',
  'tyres and rubber',
] as const;

const Text = (maxLength = 1000) => Type.String({ minLength: 1, maxLength });
const ZoneCode = Type.String({ pattern: '^[GS][0-9]{6}$', description: '2018 catalogue code, e.g. G111001' });

export const PlacementSourceSchema = Type.Object(
  {
    title: Text(300),
    publisher: Text(200),
    url: Type.String({ pattern: '^https?://[^\\s]+$' }),
    /** Publication date as far as the page shows it: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, or `undated`. */
    date: Type.String({ pattern: '^([0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?|undated)$' }),
  },
  { additionalProperties: false },
);

/** The company as it describes itself; `employees` is the headcount the source gives for the site. */
export const PlacementProfileSchema = Type.Object(
  {
    name: Text(200),
    sector: Text(500),
    technologies: Type.Array(Text(200), { minItems: 1, maxItems: 50 }),
    products: Type.Array(Text(200), { minItems: 1, maxItems: 50 }),
    description: Text(5000),
    country: CountryCodeSchema,
    employees: Type.Optional(Type.Integer({ minimum: 1 })),
    stage: Type.Optional(enumOf(STAGES)),
  },
  { additionalProperties: false },
);

export const PlacementSchema = Type.Object(
  {
    id: Type.String({ pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', maxLength: 80 }),
    split: enumOf(SPLITS),
    company: Text(200),
    /** Home country of the investor. */
    country: CountryCodeSchema,
    /** Year of the decision or start of construction (see `yearNote` when the source gives another event). */
    year: Type.Integer({ minimum: 1978, maximum: 2030 }),
    yearNote: Type.Optional(Text()),
    /** English name of the city or locality of the site (used to check that profiles do not name it). */
    city: Text(100),
    industry: enumOf(INDUSTRIES),
    /** One plain sentence: what the investment makes or does. */
    makes: Text(500),
    zoneCode: ZoneCode,
    /** The zone's name exactly as in the catalogue CSV. */
    zoneNameZh: Text(100),
    /** Other catalogue zones that contain or share the site (e.g. a bonded zone inside an ETDZ). */
    overlappingZoneCodes: Type.Optional(Type.Array(ZoneCode, { minItems: 1 })),
    /** How the site maps to the zone when the source does not name the catalogue zone itself. */
    siteNote: Type.Optional(Text()),
    source: PlacementSourceSchema,
    sourceNote: Type.Optional(Text()),
    supportingSources: Type.Optional(Type.Array(PlacementSourceSchema, { minItems: 1 })),
    profile: PlacementProfileSchema,
  },
  { additionalProperties: false },
);

export type Placement = Static<typeof PlacementSchema>;

/** The file is not an array of valid rows; `problems` name the row, its id and the field. */
export class PlacementsError extends Error {
  constructor(
    message: string,
    readonly problems: string[],
  ) {
    super(message);
    this.name = 'PlacementsError';
  }
}

/** Validates parsed JSON as placement rows; throws a `PlacementsError` naming each bad row and field. */
export function parsePlacements(value: unknown, fileLabel = 'placements.json'): Placement[] {
  if (!Array.isArray(value)) throw new PlacementsError(`${fileLabel}: expected an array of placements`, [`${fileLabel}: /: not an array`]);
  const problems = value.flatMap((row: unknown, i) => {
    const id = typeof row === 'object' && row !== null && typeof (row as { id?: unknown }).id === 'string' ? (row as { id: string }).id : '?';
    return schemaProblems(PlacementSchema, row, `${fileLabel} row ${i + 1} (${id})`);
  });
  if (problems.length > 0) throw new PlacementsError(`${fileLabel} has ${problems.length} problem(s): ${problems.join('; ')}`, problems);
  return value as Placement[];
}

/** Reads and validates the data file. */
export function loadPlacements(path: string = PLACEMENTS_FILE): Placement[] {
  return parsePlacements(JSON.parse(readFileSync(path, 'utf8')) as unknown);
}

/** Every placement, sorted by id, validated. */
export const PLACEMENTS: readonly Placement[] = loadPlacements();

/** The placements of one half of the benchmark. */
export function placementsBySplit(split: Split): Placement[] {
  return PLACEMENTS.filter((p) => p.split === split);
}

/** Hex SHA-1 of the id, the key of the split rule. */
export function idHash(id: string): string {
  return createHash('sha1').update(id, 'utf8').digest('hex');
}

/**
 * The split rule (also written in placements.md): a row is `test` when the first hex digit of
 * sha1(id) is 0–7, else `dev`. Only if one half then holds more than 60 % of the rows, its rows
 * with the smallest sha1 values move to the other half, one at a time, until neither half holds
 * more than 60 % (or, for very few rows, until one more move would only swap the halves).
 */
export function assignSplits(ids: readonly string[]): Map<string, Split> {
  const split = new Map<string, Split>();
  for (const id of [...ids].sort()) split.set(id, /^[0-7]/.test(idHash(id)) ? 'test' : 'dev');
  const count = (s: Split) => [...split.values()].filter((v) => v === s).length;
  for (;;) {
    const larger: Split = count('test') > count('dev') ? 'test' : 'dev';
    const smaller: Split = larger === 'test' ? 'dev' : 'test';
    if (count(larger) <= 0.6 * ids.length || count(larger) - count(smaller) <= 1) break;
    const smallest = [...split.keys()].filter((id) => split.get(id) === larger).sort((a, b) => idHash(a).localeCompare(idHash(b)))[0]!;
    split.set(smallest, smaller);
  }
  return split;
}

/** The placement's profile as the ranking API takes it (`employees` becomes `size.employees`). */
export function toProfileInput(placement: Placement): ProfileInput {
  const { employees, ...rest } = placement.profile;
  return employees === undefined ? { ...rest } : { ...rest, size: { employees } };
}

/** All the words of a profile, for leak checks. */
export function profileText(placement: Placement): string {
  const { name, sector, technologies, products, description } = placement.profile;
  return [name, sector, ...technologies, ...products, description].join('\n');
}
