/**
 * Ranks many profiles in one request. Each row is validated on its own with the same
 * ProfileSchema and normalization as POST /v1/recommendations and ranked by the same
 * RecommendationService; a bad row is reported with its row number and problems and the others
 * go on. The ranked rows are stored in one transaction (all or none) unless persist is false.
 */
import { randomUUID } from 'node:crypto';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { parse } from 'csv-parse/sync';
import type { Database } from '../../db/client.js';
import { ENGINE_VERSION } from '../engine/index.js';
import { ApiError, problemsFromSchemaErrors } from '../errors.js';
import type { FairTurns } from '../fair-turns.js';
import { saveRecommendations } from '../repositories/recommendation-repository.js';
import { BATCH_DEFAULT_LIMIT, BATCH_MAX_PROFILES, type BatchItem, type BatchOptions, type BatchResponse, type FieldProblem } from '../schemas/batch-dto.js';
import { ProfileSchema, type ProfileInput, type Recommendation } from '../schemas/recommendation-dto.js';
import type { CatalogView } from './catalog-view.js';
import { normalizeProfile } from './profile-normalizer.js';
import { preferredLanguage } from '../negotiation.js';
import { DATABASE_RETRY_AFTER_SECONDS, type RecommendationService } from './recommendation-service.js';

/** The documented CSV columns, in the order the CSV answer and the README list them. */
export const CSV_COLUMNS = ['name', 'country', 'sector', 'technologies', 'description', 'employees', 'stage', 'needs'] as const;
type CsvColumn = (typeof CSV_COLUMNS)[number];
const REQUIRED_CSV_COLUMNS: CsvColumn[] = ['name', 'sector'];
/** Separator inside the list columns (technologies, needs). */
export const CSV_LIST_SEPARATOR = ';';

/** One profile of a batch before validation: what the client sent, or why it could not be read. */
export interface BatchRow {
  row: number;
  input?: unknown;
  /** Problems found while turning a CSV line into a profile. */
  errors?: FieldProblem[];
  /** Maps a path in the built profile back to what the client wrote (CSV: the column). */
  pathOf?: (profilePath: string) => string;
}

// The same strictness as request bodies in buildApp: no coercion, unknown fields rejected.
const ajv = addFormats.default(new Ajv({ allErrors: true, removeAdditional: false, useDefaults: true, strict: false, coerceTypes: false }));
ajv.addKeyword({ keyword: 'example' });
const validateProfile = ajv.compile<ProfileInput>(ProfileSchema);

/** The rows of a JSON batch: profiles[i] is row i + 1. */
export function rowsFromJson(profiles: unknown[]): BatchRow[] {
  return profiles.map((input, i) => ({ row: i + 1, input }));
}

/**
 * The rows of a CSV batch. A file that cannot be read as CSV, an unknown or missing required
 * column, or more than BATCH_MAX_PROFILES rows fail the whole request (400); a cell that cannot
 * be read (a non-numeric employees) fails only its row.
 */
export function rowsFromCsv(text: string): BatchRow[] {
  let records: string[][];
  try {
    records = parse(text, { bom: true, skip_empty_lines: true, trim: true, relax_column_count: true }) as string[][];
  } catch (error) {
    const { message } = error as Error;
    throw new ApiError('INVALID_CSV', `The CSV body cannot be read: ${message}`, {
      errors: [{ path: '/body', message }],
    });
  }
  const [header, ...data] = records;
  if (!header) throw new ApiError('INVALID_CSV', 'The CSV body has no header line.', { errors: [{ path: '/body', message: 'has no header line' }] });
  const columns = header.map((h) => h.toLowerCase());
  const problems: FieldProblem[] = [];
  columns.forEach((c, i) => {
    if (!(CSV_COLUMNS as readonly string[]).includes(c)) problems.push({ path: `/body/header/${i}`, message: `"${header[i]}" is not a known column (${CSV_COLUMNS.join(', ')})` });
    else if (columns.indexOf(c) !== i) problems.push({ path: `/body/header/${i}`, message: `column "${c}" appears twice` });
  });
  for (const c of REQUIRED_CSV_COLUMNS) if (!columns.includes(c)) problems.push({ path: '/body/header', message: `the required column "${c}" is missing` });
  if (problems.length > 0) throw new ApiError('VALIDATION_FAILED', problems.map((p) => `${p.path} ${p.message}`).join('; '), { errors: problems });
  if (data.length === 0) throw new ApiError('VALIDATION_FAILED', '/body has a header but no rows', { errors: [{ path: '/body', message: 'has a header but no rows' }] });
  if (data.length > BATCH_MAX_PROFILES) throw tooMany(data.length, '/body');
  return data.map((cells, i) => csvRow(i + 1, columns as CsvColumn[], cells));
}

export function tooMany(count: number, path: string): ApiError {
  const message = `has ${count} profiles; at most ${BATCH_MAX_PROFILES} per request (split the list)`;
  return new ApiError('VALIDATION_FAILED', `${path} ${message}`, { errors: [{ path, message }] });
}

const COLUMN_OF_PATH: Record<string, CsvColumn> = { '/size/employees': 'employees' };

function csvRow(row: number, columns: CsvColumn[], cells: string[]): BatchRow {
  const input: Record<string, unknown> = {};
  const errors: FieldProblem[] = [];
  if (cells.length !== columns.length) errors.push({ path: '/', message: `has ${cells.length} cells; the header has ${columns.length} columns` });
  columns.forEach((column, i) => {
    const cell = cells[i] ?? '';
    if (cell === '') return;
    switch (column) {
      case 'technologies':
      case 'needs':
        input[column] = cell
          .split(CSV_LIST_SEPARATOR)
          .map((s) => s.trim())
          .filter((s) => s.length > 0);
        break;
      case 'employees': {
        const n = Number(cell.replaceAll(/[,_\s]/g, ''));
        if (!Number.isFinite(n)) errors.push({ path: '/employees', message: `"${cell}" is not a number` });
        else input.size = { employees: n };
        break;
      }
      default:
        input[column] = cell;
    }
  });
  // Paths in the built profile name the CSV column they came from: /size/employees → /employees,
  // /technologies/2 → /technologies.
  const pathOf = (path: string) => {
    const exact = COLUMN_OF_PATH[path];
    if (exact) return `/${exact}`;
    const first = path.split('/')[1] ?? '';
    return (CSV_COLUMNS as readonly string[]).includes(first) ? `/${first}` : path;
  };
  return { row, input, pathOf, ...(errors.length > 0 ? { errors } : {}) };
}

/** The problems of one row's profile, or its validated input. */
function checkRow(row: BatchRow): { input: ProfileInput } | { errors: FieldProblem[] } {
  const mapPath = (problems: FieldProblem[]) => {
    const mapped = problems.map((p) => ({ path: row.pathOf ? row.pathOf(p.path) : p.path, message: p.message }));
    return mapped.filter((e, i) => mapped.findIndex((x) => x.path === e.path && x.message === e.message) === i);
  };
  // A cell that could not be read is reported together with whatever else is wrong in the row.
  const unreadable = row.errors ?? [];
  if (!validateProfile(row.input)) return { errors: mapPath([...unreadable, ...problemsFromSchemaErrors(validateProfile.errors ?? [], '')]) };
  try {
    normalizeProfile(row.input, '');
  } catch (error) {
    if (error instanceof ApiError && error.extra.errors) return { errors: mapPath([...unreadable, ...error.extra.errors]) };
    throw error;
  }
  return unreadable.length > 0 ? { errors: unreadable } : { input: row.input };
}

function nameOf(input: unknown): string | undefined {
  const name = (input as { name?: unknown } | null)?.name;
  return typeof name === 'string' && name.trim().length > 0 ? name.trim() : undefined;
}

/** Profiles ranked in one turn (see fair-turns.ts), so one batch does not stall other requests. */
const ROWS_PER_TURN = 20;

export class BatchService {
  constructor(
    private readonly database: Database,
    private readonly catalog: () => CatalogView,
    private readonly recommendations: RecommendationService,
    private readonly turns: FairTurns,
  ) {}

  /** `optionsPath` is where the options were sent (`/body/options`, or `/querystring` for CSV), for problems. */
  async run(rows: BatchRow[], options: BatchOptions, acceptLanguage: string | undefined, optionsPath = '/body/options'): Promise<BatchResponse> {
    const persist = options.persist ?? true;
    const language = options.language ?? preferredLanguage(acceptLanguage);
    const view = this.catalog();
    // Once for the batch: a preset is read from the database, and a bad choice fails the whole request.
    const chosen = await this.recommendations.chooseWeights(options, optionsPath);
    const items: BatchItem[] = [];
    const ranked: Recommendation[] = [];
    let versions = { catalogVersion: view.version, engineVersion: '' };
    for (const [i, row] of rows.entries()) {
      if (i % ROWS_PER_TURN === 0) await this.turns.take();
      const name = nameOf(row.input);
      const checked = checkRow(row);
      if ('errors' in checked) {
        items.push({ row: row.row, status: 'invalid', ...(name ? { name } : {}), errors: checked.errors });
        continue;
      }
      // Options are the same for every row: a bad one (all-zero weights, unknown zone ids) fails
      // the whole request here, on the first ranked row, with the single route's 400.
      const recommendation = await this.recommendations.recommend(
        { profile: checked.input, options: { ...options, limit: options.limit ?? BATCH_DEFAULT_LIMIT, language, persist: false } },
        acceptLanguage,
        view, // one catalog for the whole batch, even if a change swaps in a new one meanwhile
        chosen,
      );
      recommendation.persisted = persist;
      versions = { catalogVersion: recommendation.catalogVersion, engineVersion: recommendation.engineVersion };
      ranked.push(recommendation);
      items.push({ row: row.row, status: 'ok', ...(name ? { name } : {}), recommendation });
    }
    if (persist && ranked.length > 0) {
      await this.turns.take(); // on PGlite, storing is synchronous work too
      await this.store(ranked);
    }
    const succeeded = ranked.length;
    return {
      total: rows.length,
      succeeded,
      failed: rows.length - succeeded,
      language,
      persisted: persist,
      catalogVersion: versions.catalogVersion,
      engineVersion: versions.engineVersion || ENGINE_VERSION,
      items,
    };
  }

  private async store(ranked: Recommendation[]): Promise<void> {
    try {
      await saveRecommendations(
        this.database.db,
        ranked.map((r) => {
          const { detectedConcepts, activityInferred, ...stated } = r.profile;
          // Store the profile as given: an activity the engine read stays unstated.
          const profile = activityInferred ? (({ activity: _, ...rest }) => rest)(stated) : stated;
          return {
            profile: {
              id: randomUUID(),
              name: profile.name,
              ...(profile.country ? { country: profile.country } : {}),
              profile,
              conceptIds: [...new Set(detectedConcepts.map((c) => c.id))],
            },
            recommendation: { id: r.id, catalogVersion: r.catalogVersion, engineVersion: r.engineVersion, response: r, createdAt: new Date(r.createdAt) },
          };
        }),
      );
    } catch (error) {
      const wrapped = new ApiError('DATABASE_UNAVAILABLE', 'The database cannot store the batch right now; nothing was stored. Retry later, or send persist=false to rank without storing.', {
        headers: { 'retry-after': String(DATABASE_RETRY_AFTER_SECONDS) },
      });
      wrapped.cause = error;
      throw wrapped;
    }
  }
}
