/**
 * Ranks many profiles in one request, as JSON or as a CSV lead list. Each row goes the one
 * recommend path of RecommendationService: checked with the app's profile schema and normalized
 * as POST /v1/recommendations does, ranked by the same `rank`, stored by the same row mapping. A bad
 * row is reported with its row number (and, for CSV, its line) and the others go on. The ranked
 * rows are stored in one transaction (all or none) unless persist is false.
 */
import { parse } from 'csv-parse/sync';
import { ENGINE_VERSION } from '../engine/index.js';
import { databaseUnavailable, problem, validationProblem } from '../errors.js';
import type { FairTurns } from '../fair-turns.js';
import { BATCH_DEFAULT_LIMIT, BATCH_MAX_PROFILES, type BatchItem, type BatchOptions, type BatchResponse, type FieldProblem } from '../schemas/batch-dto.js';
import type { Ranked, RecommendationService } from './recommendation-service.js';

/** The documented CSV columns, in the order the CSV answer and the README list them. */
export const CSV_COLUMNS = ['name', 'country', 'sector', 'technologies', 'description', 'employees', 'stage', 'needs'] as const;
type CsvColumn = (typeof CSV_COLUMNS)[number];
const REQUIRED_CSV_COLUMNS: CsvColumn[] = ['name', 'sector'];
/** Separators inside the list columns (technologies, needs): ';', or the full-width '；' a Japanese or Chinese keyboard types. */
export const CSV_LIST_SEPARATOR = /[;；]/;

/** One profile of a batch before validation: what the client sent, or why it could not be read. */
export interface BatchRow {
  row: number;
  /** CSV: the line of the file the row starts on (the header is line 1, unless blank lines come first). */
  line?: number;
  input?: unknown;
  /** Problems found while turning a CSV line into a profile. */
  errors?: FieldProblem[];
  /** Maps a path in the built profile back to what the client wrote (CSV: the column). */
  pathOf?: (profilePath: string) => string;
}

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
  let parsed: { record: string[]; raw: string }[];
  try {
    parsed = parse(text, { bom: true, skip_empty_lines: true, trim: true, relax_column_count: true, raw: true }) as unknown as {
      record: string[];
      raw: string;
    }[];
  } catch (error) {
    const { message } = error as Error;
    throw problem('INVALID_CSV', `The CSV body cannot be read: ${message}`, { errors: [{ path: '/body', message }] });
  }
  const lines = startLines(parsed.map((p) => p.raw));
  const [header, ...data] = parsed.map((p) => p.record);
  if (!header) throw problem('INVALID_CSV', 'The CSV body has no header line.', { errors: [{ path: '/body', message: 'has no header line' }] });
  const columns = header.map((h) => h.toLowerCase());
  const problems: FieldProblem[] = [];
  columns.forEach((c, i) => {
    if (!(CSV_COLUMNS as readonly string[]).includes(c))
      problems.push({ path: `/body/header/${i}`, message: `"${header[i]}" is not a known column (${CSV_COLUMNS.join(', ')})` });
    else if (columns.indexOf(c) !== i) problems.push({ path: `/body/header/${i}`, message: `column "${c}" appears twice` });
  });
  for (const c of REQUIRED_CSV_COLUMNS) if (!columns.includes(c)) problems.push({ path: '/body/header', message: `the required column "${c}" is missing` });
  if (problems.length > 0) throw validationProblem(problems);
  if (data.length === 0) throw validationProblem([{ path: '/body', message: 'has a header but no rows' }]);
  if (data.length > BATCH_MAX_PROFILES)
    throw validationProblem([{ path: '/body', message: `has ${data.length} profiles; at most ${BATCH_MAX_PROFILES} per request (split the list)` }]);
  return data.map((cells, i) => ({ ...csvRow(i + 1, columns as CsvColumn[], cells), line: lines[i + 1]! }));
}

const LINE_BREAK = /\r\n|\n|\r/g;
const BLANK_LINES = /^(?:[ \t]*(?:\r\n|\n|\r))*/;

/**
 * The line each record starts on, from the raw text of each (consecutive, together the whole
 * file): blank lines before a record belong to its raw text, and a quoted cell may span lines.
 */
function startLines(raws: string[]): number[] {
  let line = 1;
  return raws.map((raw) => {
    const start = line + (BLANK_LINES.exec(raw)![0].match(LINE_BREAK)?.length ?? 0);
    line += raw.match(LINE_BREAK)?.length ?? 0;
    return start;
  });
}

const listCell = (cell: string) =>
  cell
    .split(CSV_LIST_SEPARATOR)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);

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
        input[column] = listCell(cell);
        break;
      // Values of a fixed list are read in any case, as the console's lead list always did.
      case 'needs':
        input[column] = listCell(cell).map((s) => s.toLowerCase());
        break;
      case 'stage':
        input[column] = cell.toLowerCase();
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

/** Maps a row's problems to what the client wrote (CSV: the column), without repeats. */
function rowProblems(row: BatchRow, problems: FieldProblem[]): FieldProblem[] {
  const mapped = problems.map((p) => ({ path: row.pathOf ? row.pathOf(p.path) : p.path, message: p.message }));
  return mapped.filter((e, i) => mapped.findIndex((x) => x.path === e.path && x.message === e.message) === i);
}

function nameOf(input: unknown): string | undefined {
  const name = (input as { name?: unknown } | null)?.name;
  return typeof name === 'string' && name.trim().length > 0 ? name.trim() : undefined;
}

/** Profiles ranked in one turn (see fair-turns.ts), so one batch does not stall other requests. */
const ROWS_PER_TURN = 20;

export class BatchService {
  constructor(
    private readonly recommendations: RecommendationService,
    private readonly turns: FairTurns,
  ) {}

  /** `optionsPath` is where the options were sent (`/body/options`, or `/querystring` for CSV), for problems. */
  async run(rows: BatchRow[], options: BatchOptions, acceptLanguage: string | undefined, optionsPath = '/body/options'): Promise<BatchResponse> {
    // Once for the batch, on one catalog view: a bad option fails the whole request.
    const settings = await this.recommendations.settings(options, acceptLanguage, optionsPath, BATCH_DEFAULT_LIMIT);
    const items: BatchItem[] = [];
    const ranked: Ranked[] = [];
    for (const [i, row] of rows.entries()) {
      if (i % ROWS_PER_TURN === 0) await this.turns.take();
      const name = nameOf(row.input);
      const where = { row: row.row, ...(row.line !== undefined ? { line: row.line } : {}) };
      const checked = this.recommendations.checkProfile(row.input, '');
      // A cell that could not be read is reported together with whatever else is wrong in the row.
      const unreadable = row.errors ?? [];
      if ('errors' in checked || unreadable.length > 0) {
        const errors = rowProblems(row, [...unreadable, ...('errors' in checked ? checked.errors : [])]);
        items.push({ ...where, status: 'invalid', ...(name ? { name } : {}), errors });
        continue;
      }
      const one = this.recommendations.rank(checked.profile, options, settings);
      ranked.push(one);
      items.push({ ...where, status: 'ok', ...(name ? { name } : {}), recommendation: one.answer });
    }
    if (settings.persist && ranked.length > 0) {
      await this.turns.take(); // on PGlite, storing is synchronous work too
      await this.recommendations.store(ranked, (error) =>
        databaseUnavailable(
          'The database cannot store the batch right now; nothing was stored. Retry later, or send persist=false to rank without storing.',
          error,
        ),
      );
    }
    const succeeded = ranked.length;
    return {
      total: rows.length,
      succeeded,
      failed: rows.length - succeeded,
      language: settings.language,
      persisted: settings.persist,
      catalogVersion: ranked[0]?.answer.catalogVersion ?? settings.view.version,
      engineVersion: ranked[0]?.answer.engineVersion ?? ENGINE_VERSION,
      items,
    };
  }
}
