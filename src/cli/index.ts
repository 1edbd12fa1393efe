/**
 * `zonematch`: the project's one command line — for staff who work with files (recommend, batch,
 * zones) and for operators (API keys, the national catalogue). Works on the configured database
 * directly (DATABASE_URL, else embedded PGlite in PGLITE_DIR — the same configuration as the
 * server), or, for the API commands, with `--server URL` against a running server.
 *
 * Exit codes: 0 done; 1 a usage, file, validation, database or server problem (one message on
 * stderr); 2 a batch in which some rows were invalid (the others are ranked and written).
 */
import { parseArgs } from 'node:util';
import { LANGUAGES, type Language } from '../catalog/schema.js';
import { batch, DEFAULT_BATCH_LIMIT, recommend, zonesList, type Io } from './commands.js';
import type { ApiClient } from './client.js';
import { apikey, catalogue, type DatabaseAction } from './database-commands.js';
import { CliError } from './errors.js';

const USAGE = `Usage: zonematch <command> [options]

Commands:
  recommend <profile.json>        rank zones for one company profile (a profile, or { profile, options })
  batch <leads.csv|.json> [--out ranked.csv]
                                  rank every row; writes one CSV line per row (stdout without --out)
  zones list                      the zones in the live catalog
  catalogue import [--json]       import the 2018 national catalogue into the database
  catalogue coverage [--top N] [--json]
                                  how many of its leading-industry phrases map to the taxonomy (no database)
  apikey create --role reader|staff|admin --label "<who or what the key is for>"
                                  a new API key, printed once, alone on stdout
  apikey list [--json]            every key, never the key itself
  apikey revoke <id>              refused from the next request on

Options:
  --server URL     use a running server instead of the database (DATABASE_URL / PGLITE_DIR)
  --key KEY        API key sent as Authorization: Bearer (default: $ZONEMATCH_API_KEY)
  --lang en|ja|zh  language of names and explanations (default en)
  --limit N        zones per profile (recommend: default 5; batch: default ${DEFAULT_BATCH_LIMIT}, at most 10)
  --no-persist     do not store the profiles and answers
  --json           print JSON instead of a table or text
  --top N          catalogue: the N most frequent unmapped phrases (default 30)
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
  role: { type: 'string' },
  label: { type: 'string' },
  top: { type: 'string' },
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
  } else if (command === 'apikey' || command === 'catalogue') {
    if (values.server)
      throw usageError(`${command} works on the database directly; run it without --server (stop a server that holds the PGlite directory first)`);
    const json = values.json ?? false;
    return runOnDatabase(
      command === 'apikey'
        ? apikey(
            rest,
            { json, ...(values.role !== undefined ? { role: values.role } : {}), ...(values.label !== undefined ? { label: values.label } : {}) },
            io,
            usageError,
          )
        : catalogue(rest, { json, top: positiveInt('top', values.top, 30) }, io, usageError),
      env,
    );
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

/** Runs a database command on the configured database (DATABASE_URL, else PGLITE_DIR), migrated. */
async function runOnDatabase(action: DatabaseAction, env: NodeJS.ProcessEnv): Promise<number> {
  if (!action.needsDatabase) return action.run();
  const [{ loadConfig }, { CommandError, openToolDatabase }] = await Promise.all([import('../config.js'), import('../tools/tool-database.js')]);
  const config = loadConfig(env);
  let database;
  try {
    database = await openToolDatabase(config);
  } catch (error) {
    // The held-directory message, which says to stop the server (these commands have no --server).
    if (error instanceof CommandError) throw new CliError(error.message);
    throw error;
  }
  try {
    return await action.run(database, config.databaseUrl ? 'the database at DATABASE_URL' : `the embedded database in ${config.pgliteDir}`);
  } finally {
    await database.close();
  }
}

/**
 * One command line, as the `zonematch` process runs it: failures become one message on
 * `io.err` and an exit code. Tests call this in-process.
 */
export async function main(argv: string[], io: Io, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  try {
    return await run(argv, io, env);
  } catch (error) {
    if (error instanceof CliError || (error instanceof Error && error.name === 'ConfigError')) {
      io.err.write(`zonematch: ${error.message}\n`);
      return error instanceof CliError ? error.exitCode : 1;
    }
    io.err.write(`zonematch: failed: ${(error as Error).stack ?? String(error)}\n`);
    return 1;
  }
}
