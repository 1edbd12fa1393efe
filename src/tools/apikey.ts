/**
 * `npm run apikey -- <command>`: manages the API keys staff tools authenticate with, on the
 * database the server uses (DATABASE_URL, else the PGlite directory PGLITE_DIR).
 *
 *   create --role reader|staff|admin --label "…"   prints the new key once (on stdout, alone)
 *   list [--json]                            every key, never the key itself
 *   revoke <id>                              refused from the next request on
 *
 * Exit codes: 0 done, 1 failed (database in use, unknown id, bad configuration), 2 bad usage.
 */
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config.js';
import type { Role } from '../auth/guard.js';
import { createApiKey, isRole, listApiKeys, revokeApiKey, type ApiKeyRecord } from '../repositories/api-key-repository.js';
import { CommandError, openToolDatabase } from './tool-database.js';

const USAGE = `usage:
  npm run apikey -- create --role reader|staff|admin --label "<who or what the key is for>"
  npm run apikey -- list [--json]
  npm run apikey -- revoke <id>`;

class UsageError extends Error {}

async function main(argv: string[]): Promise<void> {
  const { positionals, values } = parse(argv);
  const [command, ...rest] = positionals;
  if (command === undefined || command === 'help' || values.help) {
    console.log(USAGE);
    return;
  }
  if (!['create', 'list', 'revoke'].includes(command)) throw new UsageError(`unknown command "${command}"`);

  // Check the arguments before the database is opened: a typo should not wait for a migration.
  if (command === 'create') {
    if (!isRole(values.role)) throw new UsageError('create needs --role reader, --role staff or --role admin');
    if (!values.label?.trim()) throw new UsageError('create needs --label "<who or what the key is for>"');
    if (rest.length > 0) throw new UsageError(`create takes no positional arguments (got "${rest.join(' ')}")`);
  } else if (command === 'revoke') {
    if (rest.length !== 1) throw new UsageError('revoke needs exactly one key id (see apikey -- list)');
  } else if (rest.length > 0) {
    throw new UsageError(`list takes no positional arguments (got "${rest.join(' ')}")`);
  }

  const database = await openToolDatabase(loadConfig());
  try {
    if (command === 'create') {
      const { key, record } = await createApiKey(database.db, { label: values.label!, role: values.role as Role });
      console.error(`Created ${record.role} key "${record.label}" (id ${record.id}). This is the only time it is shown; store it now:`);
      console.log(key);
    } else if (command === 'list') {
      const keys = await listApiKeys(database.db);
      if (values.json) console.log(JSON.stringify(keys, null, 2));
      else console.log(formatTable(keys));
    } else {
      const id = rest[0]!;
      const result = await revokeApiKey(database.db, id);
      if (result.status === 'not-found') throw new CommandError(`no API key with id "${id}" (see apikey -- list)`);
      const { record } = result;
      if (result.status === 'already-revoked') {
        console.log(`Key ${record.id} ("${record.label}") was already revoked on ${record.revokedAt!.toISOString()}.`);
      } else {
        console.log(`Revoked ${record.role} key ${record.id} ("${record.label}"); it is refused from the next request on.`);
      }
    }
  } finally {
    await database.close();
  }
}

function parse(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        role: { type: 'string' },
        label: { type: 'string' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

function formatTable(keys: ApiKeyRecord[]): string {
  if (keys.length === 0) return 'No API keys yet; create one with: npm run apikey -- create --role admin --label "…"';
  const rows = [
    ['id', 'role', 'label', 'key starts', 'created', 'last used', 'status'],
    ...keys.map((k) => [
      k.id,
      k.role,
      k.label,
      `${k.prefix}…`,
      minute(k.createdAt),
      k.lastUsedAt ? minute(k.lastUsedAt) : 'never',
      k.revokedAt ? `revoked ${minute(k.revokedAt)}` : 'active',
    ]),
  ];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((cell, i) => cell.padEnd(widths[i]!)).join('  ').trimEnd()).join('\n');
}

/** `2026-11-30 12:34Z` (UTC). */
function minute(date: Date): string {
  return `${date.toISOString().slice(0, 16).replace('T', ' ')}Z`;
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof UsageError) {
    console.error(`apikey: ${error.message}\n${USAGE}`);
    process.exit(2);
  }
  if (error instanceof CommandError || error instanceof ConfigError) {
    console.error(`apikey: ${error.message}`);
    process.exit(1);
  }
  console.error('apikey: failed:', error);
  process.exit(1);
});
