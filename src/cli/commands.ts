/**
 * The CLI's commands. Each goes through an ApiClient, so the embedded database and a running
 * server give the same answers and the same validation messages.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { extname } from 'node:path';
import { SingleBar } from 'cli-progress';
import Table from 'cli-table3';
import stringWidth from 'string-width';
import wrapAnsi from 'wrap-ansi';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import type { Language } from '../catalog/schema.js';
import { LABELS, fill, type Labels } from '../labels.js';
import { BATCH_DEFAULT_LIMIT, BATCH_MAX_LIMIT, type BatchItem, type BatchResponse } from '../schemas/batch-dto.js';
import type { Recommendation } from '../schemas/recommendation-dto.js';
import { batchToCsv } from '../services/batch-csv.js';
import type { ApiClient } from './client.js';
import { bodyOf, CliError } from './errors.js';

/** Where the CLI writes: stdout for results, stderr for progress and messages. */
export interface Io {
  out: (text: string) => void;
  err: NodeJS.WriteStream;
  width: number;
}

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ENOENT') throw new CliError(`${file}: no such file`);
    if (code === 'EISDIR') throw new CliError(`${file}: is a directory, not a file`);
    throw new CliError(`${file}: cannot be read (${code ?? (error as Error).message})`);
  }
}

function readJson(file: string): unknown {
  const text = readText(file);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new CliError(`${file}: not valid JSON (${(error as Error).message})`);
  }
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

export interface RecommendArgs {
  file: string;
  language?: Language;
  limit: number;
  persist: boolean;
  json: boolean;
}

/**
 * `recommend profile.json`: a ranked table with the top reasons for each zone. Returns the
 * command to run once connected; the file is read first, so a bad file fails before any
 * database is opened.
 */
export function recommend(args: RecommendArgs, io: Io): (client: ApiClient) => Promise<number> {
  const data = readJson(args.file);
  if (!isObject(data)) throw new CliError(`${args.file}: expected a JSON object — a company profile, or { "profile": …, "options": … }`);
  // A file may hold a bare profile or a whole request body.
  const request: Record<string, unknown> = 'profile' in data ? { ...data } : { profile: data };
  const options = {
    ...(isObject(request.options) ? request.options : {}),
    limit: args.limit,
    persist: args.persist,
    ...(args.language ? { language: args.language } : {}),
  };
  return (client) => sendRecommend(client, args, { ...request, options }, io);
}

async function sendRecommend(client: ApiClient, args: RecommendArgs, request: object, io: Io): Promise<number> {
  const res = await client.request({ method: 'POST', url: '/v1/recommendations', body: request });
  const body = bodyOf<Recommendation>(res, `${args.file}: the profile was not accepted`);
  if (args.json) {
    io.out(`${JSON.stringify(body, null, 2)}\n`);
    return 0;
  }
  io.out(formatRecommendation(body, io.width));
  return 0;
}

/** The top reasons of one ranked zone, most telling first, in the answer's language. */
function reasons(result: Recommendation['results'][number], l: Labels): string[] {
  const [open, close] = l.cli.quotes;
  const lines: string[] = [];
  for (const m of result.explanation.matchedIndustries.slice(0, 2)) {
    const terms = m.matchedTerms.slice(0, 2).map((t) => `${open}${t}${close}`);
    lines.push(`+ ${l.relation[m.relation]}: ${m.industry}${terms.length > 0 ? ` (${terms.join(l.listSeparator)})` : ''}`);
  }
  // The count of every qualifying measure, as the API gives it; the answer lists only the best few.
  const count = result.explanation.applicableIncentiveCount;
  const first = result.explanation.applicableIncentives[0];
  if (count > 0 && first) lines.push(`+ ${fill(count === 1 ? l.cli.incentivesOne : l.cli.incentives, { n: count, title: first.title })}`);
  for (const c of result.explanation.concerns.slice(0, 2)) lines.push(`- ${c.message}`);
  return lines;
}

/**
 * Text wrapped to `columns` terminal columns, each line at most that wide: CJK characters count
 * two columns, and a sentence without spaces (Japanese, Chinese) breaks between characters, so
 * nothing is ever cut off.
 */
function wrapCell(text: string, columns: number): string {
  return text
    .split('\n')
    .map((line) => wrapAnsi(line, columns, { hard: true, trim: true }))
    .join('\n');
}

export function formatRecommendation(body: Recommendation, width: number): string {
  const l = LABELS[body.language];
  const [open, close] = l.cli.quotes;
  const concepts = body.profile.detectedConcepts.map((c) => `${c.label} (${open}${c.matchedText}${close})`);
  const head = [
    fill(body.persisted ? l.cli.headerStored : l.cli.header, {
      name: body.profile.name,
      n: body.results.length,
      language: body.language,
      catalog: body.catalogVersion,
      id: body.id,
    }),
    `${l.cli.readAs}${concepts.join(l.listSeparator) || l.cli.noConcept}`,
  ];
  // Column widths include one space of padding on each side; the reasons take what is left.
  const rankWidth = Math.max(4, stringWidth(l.cli.rank) + 2);
  const scoreWidth = Math.max(7, stringWidth(l.cli.score) + 2);
  const zoneWidth = 34;
  const whyWidth = Math.max(30, Math.min(100, width - rankWidth - scoreWidth - zoneWidth - 5));
  const table = new Table({
    head: [l.cli.rank, l.cli.score, l.cli.zone, l.cli.reasons],
    colWidths: [rankWidth, scoreWidth, zoneWidth, whyWidth],
    // Cells arrive wrapped to fit (wrapCell): cli-table3's own wrapping counts a CJK character as one column and cuts what overflows.
    wordWrap: false,
    style: { head: [], border: [] },
  });
  for (const r of body.results) {
    table.push([String(r.rank), r.score.toFixed(1), wrapCell(`${r.zone.name}\n${r.zone.id}`, zoneWidth - 2), wrapCell(reasons(r, l).join('\n'), whyWidth - 2)]);
  }
  return `${head.join('\n')}\n${table.toString()}\n`;
}

export interface ZonesListArgs {
  language: Language;
  json: boolean;
}

interface ZoneSummary {
  id: string;
  name: Record<Language, string>;
  program: { id: string };
  location: { province: Record<Language, string>; city: Record<Language, string> };
  kind: string;
}

/** `zones list`: every zone in the live catalog. */
export async function zonesList(client: ApiClient, args: ZonesListArgs, io: Io): Promise<number> {
  const items: ZoneSummary[] = [];
  for (let offset = 0; ; ) {
    const res = await client.request({ method: 'GET', url: `/v1/zones?limit=1000&offset=${offset}` });
    const page = bodyOf<{ items: ZoneSummary[]; total: number }>(res, 'Listing zones failed');
    items.push(...page.items);
    offset += page.items.length;
    if (page.items.length === 0 || offset >= page.total) break;
  }
  if (args.json) {
    io.out(`${JSON.stringify(items, null, 2)}\n`);
    return 0;
  }
  const table = new Table({ head: ['Zone id', 'Name', 'Program', 'City'], wordWrap: true, style: { head: [], border: [] } });
  for (const z of items) table.push([z.id, z.name[args.language], z.program.id, `${z.location.city[args.language]}, ${z.location.province[args.language]}`]);
  io.out(`${table.toString()}\n${items.length} zones\n`);
  return 0;
}

export interface BatchArgs {
  file: string;
  out?: string;
  language?: Language;
  limit: number;
  persist: boolean;
  /** Profiles per request; the progress bar moves once per request. */
  chunkSize: number;
}

/** Exit code of a batch in which some rows were invalid (the valid ones are still ranked and written). */
export const EXIT_INVALID_ROWS = 2;

/**
 * `batch leads.csv --out ranked.csv`: ranks every row of a CSV (or JSON) file through
 * POST /v1/recommendations/batch, in chunks, so files of any length work and a progress bar can
 * move. Writes the CSV answer (see batchToCsv) to --out or stdout; invalid rows are listed on
 * stderr and make the exit code EXIT_INVALID_ROWS.
 */
export function batch(args: BatchArgs, io: Io): (client: ApiClient) => Promise<number> {
  if (args.limit > BATCH_MAX_LIMIT) throw new CliError(`--limit ${args.limit}: at most ${BATCH_MAX_LIMIT} zones per profile in a batch`);
  const chunks = extname(args.file).toLowerCase() === '.json' ? jsonChunks(args) : csvChunks(args);
  return (client) => sendBatch(client, args, chunks, io);
}

async function sendBatch(client: ApiClient, args: BatchArgs, chunks: Chunk[], io: Io): Promise<number> {
  const total = chunks.reduce((s, c) => s + c.count, 0);
  const bar =
    io.err.isTTY && chunks.length > 1
      ? new SingleBar({ stream: io.err, format: 'Ranking [{bar}] {value}/{total} profiles | {eta_formatted} left', hideCursor: true })
      : undefined;
  bar?.start(total, 0);
  const items: BatchItem[] = [];
  let offset = 0;
  try {
    for (const chunk of chunks) {
      const query = new URLSearchParams({ limit: String(args.limit), persist: String(args.persist), ...(args.language ? { language: args.language } : {}) });
      const res = chunk.csv
        ? await client.request({ method: 'POST', url: `/v1/recommendations/batch?${query}`, body: chunk.csv, contentType: 'text/csv' })
        : await client.request({
            method: 'POST',
            url: '/v1/recommendations/batch',
            body: { profiles: chunk.profiles, options: { limit: args.limit, persist: args.persist, ...(args.language ? { language: args.language } : {}) } },
          });
      const answer = bodyOf<BatchResponse>(res, `${args.file}: the batch was not accepted`);
      for (const item of answer.items) items.push({ ...item, row: item.row + offset });
      offset += chunk.count;
      bar?.update(offset);
    }
  } finally {
    bar?.stop();
  }
  const csv = batchToCsv(items, args.limit);
  if (args.out) {
    try {
      writeFileSync(args.out, csv);
    } catch (error) {
      throw new CliError(`${args.out}: cannot be written (${(error as { code?: string }).code ?? (error as Error).message})`);
    }
  } else {
    io.out(csv);
  }
  const invalid = items.filter((i) => i.status === 'invalid');
  io.err.write(`Ranked ${items.length - invalid.length} of ${items.length} profiles${args.out ? ` into ${args.out}` : ''}.\n`);
  if (invalid.length === 0) return 0;
  io.err.write(`${invalid.length} invalid row${invalid.length === 1 ? '' : 's'}:\n`);
  for (const item of invalid.slice(0, 20)) {
    io.err.write(`  row ${item.row}${item.name ? ` (${item.name})` : ''}: ${(item.errors ?? []).map((e) => `${e.path} ${e.message}`).join('; ')}\n`);
  }
  if (invalid.length > 20) io.err.write(`  … and ${invalid.length - 20} more (see the problems column)\n`);
  return EXIT_INVALID_ROWS;
}

interface Chunk {
  count: number;
  csv?: string;
  profiles?: unknown[];
}

function csvChunks(args: BatchArgs): Chunk[] {
  const text = readText(args.file);
  let records: string[][];
  try {
    records = parse(text, { bom: true, skip_empty_lines: true, relax_column_count: true }) as string[][];
  } catch (error) {
    throw new CliError(`${args.file}: not readable as CSV (${(error as Error).message})`);
  }
  const [header, ...rows] = records;
  if (!header || rows.length === 0) throw new CliError(`${args.file}: expected a header line and at least one row`);
  const chunks: Chunk[] = [];
  for (let i = 0; i < rows.length; i += args.chunkSize) {
    const part = rows.slice(i, i + args.chunkSize);
    chunks.push({ count: part.length, csv: stringify([header, ...part]) });
  }
  return chunks;
}

function jsonChunks(args: BatchArgs): Chunk[] {
  const data = readJson(args.file);
  const profiles = Array.isArray(data) ? data : isObject(data) && Array.isArray(data.profiles) ? data.profiles : undefined;
  if (!profiles) throw new CliError(`${args.file}: expected a JSON array of profiles, or { "profiles": [...] }`);
  if (profiles.length === 0) throw new CliError(`${args.file}: has no profiles`);
  const chunks: Chunk[] = [];
  for (let i = 0; i < profiles.length; i += args.chunkSize) {
    const part = profiles.slice(i, i + args.chunkSize);
    chunks.push({ count: part.length, profiles: part });
  }
  return chunks;
}

export const DEFAULT_BATCH_LIMIT = BATCH_DEFAULT_LIMIT;
