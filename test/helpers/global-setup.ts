/**
 * Runs once per test run. Migrates one embedded PGlite and saves a snapshot of it, so every
 * test file can start from a migrated database in ~0.5 s instead of migrating again. When
 * TEST_DATABASE_URL is set, also migrates a template database on that Postgres server; test
 * files clone it (CREATE DATABASE … TEMPLATE) and everything this run created is dropped at the
 * end, so the server stays reusable.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import postgres from 'postgres';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../../db/client.js';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteSnapshot: string;
    postgresTemplate: string | null;
    postgresPrefix: string;
  }
}

export default async function setup(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), 'zonematch-test-'));
  const client = new PGlite();
  const database = await openDatabase({ pglite: client });
  await database.migrate();
  const snapshot = await client.dumpDataDir('none');
  const snapshotPath = join(dir, 'migrated.tar');
  writeFileSync(snapshotPath, Buffer.from(await snapshot.arrayBuffer()));
  await client.close();
  project.provide('pgliteSnapshot', snapshotPath);

  const url = process.env.TEST_DATABASE_URL;
  const prefix = `zm_${randomBytes(4).toString('hex')}`;
  project.provide('postgresPrefix', prefix);
  project.provide('postgresTemplate', null);
  if (url) {
    const admin = postgres(url, { max: 1, onnotice: () => {} });
    const template = `${prefix}_template`;
    await admin.unsafe(`create database "${template}"`);
    const templateUrl = withDatabase(url, template);
    const pg = await openDatabase({ url: templateUrl, maxConnections: 1 });
    await pg.migrate();
    await pg.close();
    project.provide('postgresTemplate', template);
    await admin.end();
  }

  return async () => {
    rmSync(dir, { recursive: true, force: true });
    if (!url) return;
    const admin = postgres(url, { max: 1, onnotice: () => {} });
    const rows = await admin<{ datname: string }[]>`select datname from pg_database where datname like ${prefix + '%'}`;
    // Test databases first: a template cannot be dropped while a clone is being made from it.
    for (const { datname } of rows.sort((a) => (a.datname.endsWith('_template') ? 1 : -1))) {
      await admin.unsafe(`drop database if exists "${datname}" with (force)`);
    }
    await admin.end();
  };
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
