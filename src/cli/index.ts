/**
 * `zonematch`: the command line for staff who work with files. Works on the configured database
 * directly (DATABASE_URL, else embedded PGlite in PGLITE_DIR — the same configuration as the
 * server), or with `--server URL` against a running server.
 *
 * Exit codes: 0 done; 1 a usage, file, validation, database or server problem (one message on
 * stderr); 2 a batch in which some rows were invalid (the others are ranked and written).
 */
import { parseArgs } from 'node:util';
import { LANGUAGES, type Language } from '../catalog/schema.js';
import { batch, DEFAULT_BATCH_LIMIT, recommend, zonesList, type Io } from './commands.js';
import type { ApiClient } from './client.js';
import { CliError } from './errors.js';

const USAGE = `Usage: zonematch <command> [options]

Commands:
  recommend <profile.json>        rank zones for one company profile (a profile, or { profile, options })
  batch <leads.csv|.json> [--out ranked.csv]
                                  rank every row; writes one CSV line per row (stdout without --out)
  zones list                      the zones in the live catalog
  catalogue import                import the 2018 national catalogue into the database

Options:
  --server URL     use a running server instead of the database (DATABASE_URL / PGLITE_DIR)
  --key KEY        API key sent as Authorization: Bearer (default: $ZONEMATCH_API_KEY)
  --lang en|ja|zh  language of names and explanations (default en)
  --limit N        zones per profile (recommend: default 5; batch: default ${DEFAULT_BATCH_LIMIT}, at most 10)
  --no-persist     do not store the profiles and answers
  --json           print the API's JSON instead of a table (recommend, zones list)
  -h, --help       this help

Exit codes: 0 done, 1 error, 2 batch finished with invalid rows.`;

const OPTIONS = {
  server: { type: 'string' },
  key: { type: 'string' },
  lang: { type: 'string' },
  limit: { type: 'string' },
  out: { type: 'string', short: 'o' },
  'no-persist': { type: 'boolean' },
  json: { type: 'boolean' },
  'chunk-size': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

function usageError(message: string): CliError {
  return new CliError(`${message}\n\n${USAGE}`);
}

function positiveInt(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw usageError(`--${name} "${value}": expected a whole number of at least 1`);
  return n;
}

function languageOf(value: string | undefined): Language | undefined {
  if (value === undefined) return undefined;
  if (!(LANGUAGES as readonly string[]).includes(value)) throw usageError(`--lang "${value}": expected one of ${LANGUAGES.join(', ')}`);
  return value as Language;
}

/** Runs one command line; returns the exit code. Messages go to `io.err`, results to `io.out`. */
export async function run(argv: string[], io: Io, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw usageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (values.help || !command || command === 'help') {
    io.out(`${USAGE}\n`);
    return command || values.help ? 0 : 1;
  }
  const language = languageOf(values.lang);
  const persist = !values['no-persist'];
  const key = values.key ?? env.ZONEMATCH_API_KEY;

  // Check the command line, and read the input files, before opening anything.
  let action: (client: ApiClient) => Promise<number>;
  if (command === 'recommend') {
    const [file, ...extra] = rest;
    if (!file || extra.length > 0) throw usageError('recommend takes exactly one profile file');
    const limit = positiveInt('limit', values.limit, 5);
    action = recommend({ file, limit, persist, json: values.json ?? false, ...(language ? { language } : {}) }, io);
  } else if (command === 'batch') {
    const [file, ...extra] = rest;
    if (!file || extra.length > 0) throw usageError('batch takes exactly one CSV or JSON file');
    const limit = positiveInt('limit', values.limit, DEFAULT_BATCH_LIMIT);
    const chunkSize = positiveInt('chunk-size', values['chunk-size'], 50);
    action = batch({ file, limit, persist, chunkSize, ...(values.out ? { out: values.out } : {}), ...(language ? { language } : {}) }, io);
  } else if (command === 'zones' && rest[0] === 'list' && rest.length === 1) {
    action = (client) => zonesList(client, { language: language ?? 'en', json: values.json ?? false }, io);
  } else if (command === 'catalogue' && rest[0] === 'import' && rest.length === 1) {
    if (values.server) throw usageError('catalogue import works on the database directly; run it without --server (stop a server that holds the PGlite directory first)');
    action = (client) => catalogueImport(client, io);
  } else {
    throw usageError(`Unknown command "${[command, ...rest].join(' ')}"`);
  }

  // Loaded only now: the app and the database drivers take a while, and a bad file is refused without them.
  const { embeddedClient, serverClient } = await import('./client.js');
  const base = values.server ? serverClient(values.server) : await embeddedClient(env);
  const client: ApiClient = key
    ? { ...base, request: (r) => base.request({ ...r, headers: { authorization: `Bearer ${key}`, ...r.headers } }), close: () => base.close() }
    : base;
  try {
    return await action(client);
  } finally {
    await client.close();
  }
}

async function catalogueImport(client: ApiClient, io: Io): Promise<number> {
  if (!client.database) throw new CliError('catalogue import needs the database (run without --server)');
  const { importNationalCatalogue } = await import('../catalog/national/import.js');
  let summary;
  try {
    summary = await importNationalCatalogue(client.database.db);
  } catch (error) {
    // A malformed file or an unseeded database: the importer's message says which.
    if (error instanceof Error && /^Catalogue\w*Error$/.test(error.name)) throw new CliError(`catalogue import failed: ${error.message}`);
    throw error;
  }
  const c = summary.coverage;
  io.out(
    [
      `Imported the national catalogue into ${client.target}: ${summary.zones} zones (${summary.inserted} new, ${summary.updated} updated, ${summary.unchanged} unchanged, ${summary.deleted} removed).`,
      `Leading-industry phrases mapped to taxonomy concepts: ${(c.share * 100).toFixed(1)} % (${c.mappedPhrases} of ${c.phrases}); zones without any concept: ${c.zonesWithoutConcepts}.`,
      '',
    ].join('\n'),
  );
  return 0;
}
