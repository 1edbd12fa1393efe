import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../db/client.js';
import { buildApp } from '../src/app.js';
import { API_KEY_PATTERN } from '../src/repositories/api-key-repository.js';
import { CatalogView } from '../src/services/catalog-view.js';
import { seedFiles } from './helpers/app.js';
import { spawnCommand, zonematch, type CliRun } from './helpers/cli.js';
import { createMigratedPgliteDir, createTestDatabase, DATABASE_KINDS, type TestDatabase } from './helpers/database.js';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/;

/** Runs `zonematch apikey …` in this process, on the database `env` points at. */
function apikey(args: string[], env: Record<string, string>): Promise<CliRun> {
  return zonematch(['apikey', ...args], { DATABASE_URL: '', PGLITE_DIR: '', ...env });
}

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'zonematch-apikey-'));
  dirs.push(dir);
  return dir;
};

describe.each(DATABASE_KINDS)('zonematch apikey on %s', (kind) => {
  let env: Record<string, string>;
  let pgDatabase: TestDatabase | undefined;
  beforeAll(async () => {
    if (kind === 'postgres') {
      pgDatabase = await createTestDatabase('postgres');
      env = { DATABASE_URL: pgDatabase.url! };
    } else {
      env = { PGLITE_DIR: await createMigratedPgliteDir(join(tempDir(), 'pglite')) };
    }
  });
  afterAll(async () => {
    await pgDatabase?.destroy();
  });

  /** Opens the database the command used (for PGlite only while no command runs: it is locked). */
  async function withApp<T>(use: (inject: (key: string) => Promise<number>) => Promise<T>): Promise<T> {
    const database: Database = pgDatabase ?? (await openDatabase({ pgliteDir: env.PGLITE_DIR }));
    const app = await buildApp({ config: { logLevel: 'silent' }, database, catalog: new CatalogView(seedFiles()), logger: false });
    try {
      await app.ready();
      return await use(async (key) => (await app.inject({ method: 'GET', url: '/v1/concepts', headers: { authorization: `Bearer ${key}` } })).statusCode);
    } finally {
      await app.close();
      if (!pgDatabase) await database.close();
    }
  }

  it('creates a key that the API accepts, lists it without the key, and revokes it', { timeout: 240_000 }, async () => {
    const created = await apikey(['create', '--role', 'admin', '--label', 'Dalian desk'], env);
    expect(created.stderr).toMatch(
      new RegExp(`^Created admin key "Dalian desk" \\(id ${UUID.source}\\)\\. This is the only time it is shown; store it now:\\n$`),
    );
    expect(created.code).toBe(0);
    // stdout is the key and nothing else, so `npm run -s apikey -- create … > key.txt` works.
    const key = created.stdout.trimEnd();
    expect(created.stdout).toBe(`${key}\n`);
    expect(key).toMatch(API_KEY_PATTERN);
    const id = UUID.exec(created.stderr)![0];

    const reader = await apikey(['create', '--role', 'reader', '--label', '苏州 CRM'], env);
    expect(reader.code).toBe(0);

    const table = await apikey(['list'], env);
    expect(table.code).toBe(0);
    const lines = table.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^id\s+role\s+label\s+key starts\s+created\s+last used\s+status$/);
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(new RegExp(`^${id}\\s+admin\\s+Dalian desk\\s+${key.slice(0, 10)}…\\s+\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\dZ\\s+never\\s+active$`));
    expect(lines[2]).toContain('苏州 CRM');
    expect(table.stdout).not.toContain(key);
    expect(table.stdout).not.toContain(reader.stdout.trim());

    const json = await apikey(['list', '--json'], env);
    expect(json.code).toBe(0);
    const listed = JSON.parse(json.stdout);
    expect(listed.map((k: { label: string; role: string }) => [k.label, k.role])).toEqual([
      ['Dalian desk', 'admin'],
      ['苏州 CRM', 'reader'],
    ]);
    expect(json.stdout).not.toContain(key);

    await withApp(async (status) => {
      expect(await status(key)).toBe(200);
      expect(await status(`${key}x`)).toBe(401);
    });

    const revoked = await apikey(['revoke', id], env);
    expect(revoked).toEqual({ code: 0, stdout: `Revoked admin key ${id} ("Dalian desk"); it is refused from the next request on.\n`, stderr: '' });
    const again = await apikey(['revoke', id], env);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(new RegExp(`^Key ${id} \\("Dalian desk"\\) was already revoked on \\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z\\.\\n$`));

    await withApp(async (status) => {
      expect(await status(key)).toBe(401);
      expect(await status(reader.stdout.trim())).toBe(200);
    });

    const after = await apikey(['list'], env);
    expect(after.stdout.split('\n')[1]).toMatch(/\s+revoked \d{4}-\d\d-\d\d \d\d:\d\dZ$/);
    // The key was used once before it was revoked.
    expect(after.stdout.split('\n')[1]).not.toContain('never');

    const unknown = await apikey(['revoke', '00000000-0000-4000-8000-000000000000'], env);
    expect(unknown).toEqual({
      code: 1,
      stdout: '',
      stderr: 'zonematch: no API key with id "00000000-0000-4000-8000-000000000000" (see zonematch apikey list)\n',
    });
  });
});

describe('zonematch apikey, usage and the PGlite lock', () => {
  it.each([
    [['create', '--label', 'x'], 'apikey create needs --role reader, --role staff or --role admin'],
    [['create', '--role', 'owner', '--label', 'x'], 'apikey create needs --role reader, --role staff or --role admin'],
    [['create', '--role', 'admin'], 'apikey create needs --label "<who or what the key is for>"'],
    [['revoke'], 'apikey revoke needs exactly one key id (see zonematch apikey list)'],
    [['rotate'], 'Unknown command "apikey rotate"'],
  ])('refuses %j with exit code 1 and the usage', async (args, message) => {
    // No database is opened for a usage error: a locked directory would not matter.
    const result = await apikey(args, { PGLITE_DIR: join(tempDir(), 'unused') });
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(new RegExp(`^zonematch: ${message.replace(/[()|"<>]/g, '\\$&')}\n\nUsage: zonematch <command>`));
    expect(result.code).toBe(1);
  });

  it('says clearly when the server holds the PGlite directory', { timeout: 120_000 }, async () => {
    const dir = await createMigratedPgliteDir(join(tempDir(), 'pglite'));
    const server = await openDatabase({ pgliteDir: dir });
    try {
      const result = await apikey(['list'], { PGLITE_DIR: dir });
      expect(result).toEqual({
        code: 1,
        stdout: '',
        stderr: `zonematch: The PGlite directory ${dir} is in use by another zonematch process; stop it, or set PGLITE_DIR to another directory. That is most likely the running server: PGlite lets one process at a time use its directory, so stop the server, run this command, and start the server again (or run both against a shared Postgres with DATABASE_URL, where they can work at the same time).\n`,
      });
    } finally {
      await server.close();
    }
  });

  it('stops with one line naming a bad variable', async () => {
    const result = await apikey(['list'], { DATABASE_URL: 'mysql://db' });
    expect(result).toEqual({
      code: 1,
      stdout: '',
      stderr: 'zonematch: Invalid DATABASE_URL="mysql://db": expected a postgres:// URL (unset it to use embedded PGlite)\n',
    });
  });

  // A spawned smoke test: the npm script reaches the CLI, its exit code and stderr reach the shell.
  it('npm run apikey is zonematch apikey', { timeout: 120_000 }, async () => {
    const result = await spawnCommand('npm', ['run', '-s', 'apikey', '--', 'rotate'], { PGLITE_DIR: join(tempDir(), 'unused') });
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^zonematch: Unknown command "apikey rotate"\n\nUsage: zonematch <command>/);
    expect(result.code).toBe(1);
  });
});
