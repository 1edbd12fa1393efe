import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import stringWidth from 'string-width';
import { openDatabase } from '../db/client.js';
import { LABELS } from '../src/labels.js';
import { PROFILE_EXAMPLES } from '../src/schemas/examples.js';
import { createTestApp, type TestApp } from './helpers/app.js';
import { spawnCommand, zonematch } from './helpers/cli.js';
import { createMigratedPgliteDir, createTestDatabase, DATABASE_KINDS, type TestDatabase } from './helpers/database.js';

// Command lines run in this process (src/cli/index.ts `main`), except the smoke tests that spawn the bin.
const CLI_TIMEOUT = 180_000;

const PROFILE = {
  name: 'Kansai EV Components Co.',
  sector: 'Automotive parts for new energy vehicles',
  country: 'JP',
  technologies: ['battery management systems'],
  size: { employees: 850 },
  needs: ['land'],
};

/** The Japanese request example's profile. */
const PROFILE_EXAMPLES_JA = PROFILE_EXAMPLES[1]!.profile;

const LEADS_CSV = [
  'name,country,sector,technologies,description,employees,stage,needs',
  'Kansai EV Components Co.,JP,Automotive parts for new energy vehicles,battery management systems,,850,large,land',
  'Broken Co,Japan,,,,,,',
  '深圳微芯科技,CN,集成电路设计,EDA;芯片封装,,40,startup,financing',
].join('\n');

let dir: string;
const file = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'zonematch-cli-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('the zonematch CLI on files that are wrong', () => {
  // Bad files are refused before any database is opened: no PGLITE_DIR is touched.
  const env = { PGLITE_DIR: '/nonexistent/never-created' };

  // A spawned smoke test: the bin runs the CLI, and its message and exit code reach the shell.
  it('names a missing file and exits 1', { timeout: CLI_TIMEOUT }, async () => {
    const run = await spawnCommand(process.execPath, ['bin/zonematch.js', 'recommend', join(dir, 'nope.json')], env);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`zonematch: ${join(dir, 'nope.json')}: no such file\n`);
  });

  it('names a file that is not JSON and exits 1', { timeout: CLI_TIMEOUT }, async () => {
    const path = file('broken.json', '{ "name": "Acme", ');
    const run = await zonematch(['recommend', path], env);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(new RegExp(`^zonematch: ${path}: not valid JSON \\(.+\\)\\n$`));
  });

  it(
    'refuses a JSON array as a profile, an unknown command and a bad option with usage',
    async () => {
      const path = file('array.json', '[1, 2]');
      const array = await zonematch(['recommend', path], env);
      expect(array.code).toBe(1);
      expect(array.stderr).toBe(`zonematch: ${path}: expected a JSON object — a company profile, or { "profile": …, "options": … }\n`);
      const unknown = await zonematch(['frobnicate'], env);
      expect(unknown.code).toBe(1);
      expect(unknown.stderr).toMatch(/^zonematch: Unknown command "frobnicate"\n\nUsage: zonematch <command>/);
      const lang = await zonematch(['zones', 'list', '--lang', 'fr'], env);
      expect(lang.code).toBe(1);
      expect(lang.stderr).toMatch(/^zonematch: --lang "fr": expected one of en, ja, zh\n/);
    },
    CLI_TIMEOUT,
  );

  it('refuses a batch file without rows', { timeout: CLI_TIMEOUT }, async () => {
    const path = file('empty.csv', 'name,sector\n');
    const run = await zonematch(['batch', path], env);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`zonematch: ${path}: expected a header line and at least one row\n`);
  });
});

describe('zonematch catalogue coverage', () => {
  it('maps the national catalogue against the taxonomy without a database and lists the top unmapped phrases', { timeout: CLI_TIMEOUT }, async () => {
    const run = await zonematch(['catalogue', 'coverage', '--top', '2'], { PGLITE_DIR: '/nonexistent/never-created' });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines.slice(0, 4).join('\n')).toMatch(
      /^zones: 2543\nphrases mapped: \d+ of \d+ \(\d+\.\d\d %\); distinct phrases: \d+ of \d+\nzones with every phrase mapped: \d+; zones without any concept: \d+\nmost frequent unmapped phrases \(zones\):$/,
    );
    expect(lines.slice(4)).toEqual([
      expect.stringMatching(/^ {2} 1\. .+ \(\d+\)$/),
      expect.stringMatching(/^ {2} 2\. .+ \(\d+\)$/),
      // Then where the catalogue zones are: names, cities, coordinates, the zones not placed.
      expect.stringMatching(/^names in en and ja: (\d+) of \1 \(100\.00 %\)$/),
      expect.stringMatching(/^with a city: \d+ of \d+ \(9\d\.\d\d %\); with a county or district: \d+ of \d+ \(\d+\.\d\d %\)$/),
      expect.stringMatching(/^with coordinates: \d+ of \d+ \(9\d\.\d\d %\) \(the county's seat for \d+, else the city's\)$/),
      expect.stringMatching(/^(every zone is placed|not placed \(\d+\): .+)$/),
      '',
    ]);
    const json = await zonematch(['catalogue', 'coverage', '--top', '2', '--json'], { PGLITE_DIR: '/nonexistent/never-created' });
    const report = JSON.parse(json.stdout);
    expect(report.zones).toBe(2543);
    expect(report.topUnmapped).toHaveLength(2);
    expect(report.places.withCoordinates / report.places.zones).toBeGreaterThanOrEqual(0.95);
    expect(lines[1]).toContain(`(${(report.share * 100).toFixed(2)} %)`);
  });

  it('refuses --server for the commands that work on the database', async () => {
    const run = await zonematch(['catalogue', 'import', '--server', 'http://127.0.0.1:1']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^zonematch: catalogue works on the database directly; run it without --server/);
  });
});

describe.each(DATABASE_KINDS)('the zonematch CLI on the database directly (%s)', (kind) => {
  let env: Record<string, string | undefined>;
  let database: TestDatabase | undefined;
  beforeAll(async () => {
    if (kind === 'postgres') {
      database = await createTestDatabase('postgres');
      env = { DATABASE_URL: database.url };
    } else {
      env = { DATABASE_URL: undefined, PGLITE_DIR: await createMigratedPgliteDir(join(dir, 'pglite')) };
    }
  }, CLI_TIMEOUT);
  afterAll(async () => {
    await database?.destroy();
  });

  it(
    'recommend prints a ranked table with the top reasons',
    async () => {
      const run = await zonematch(['recommend', file('profile.json', JSON.stringify(PROFILE)), '--limit', '3'], env);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      const lines = run.stdout.split('\n');
      expect(lines[0]).toMatch(/^Kansai EV Components Co\. — top 3 zones \(en, catalog \w+, stored as [0-9a-f-]{36}\)$/);
      expect(lines[1]).toMatch(/^Read as: .*Automotive parts and components \(“automotive parts”\)/);
      expect(run.stdout).toMatch(/│ # +│ Score │ Zone +│ Top reasons +│/);
      // The Shin-Nihon area's own core industry is NEV vehicles and core parts: first, with an exact fit.
      const firstRow = lines.findIndex((l) => /│ 1 +│/.test(l));
      expect(lines.slice(firstRow, firstRow + 5).join('\n')).toMatch(/dalian-xinriben/);
      expect(lines[firstRow]).toMatch(/│ 1 +│ \d+\.\d +│ China-Japan \(Dalian\) Model Zone +│ \+ exact fit: /);
      expect(run.stdout.match(/│ [123] +│ \d+\.\d/g)).toHaveLength(3);
    },
    CLI_TIMEOUT,
  );

  it(
    'recommend --lang ja --json answers in Japanese',
    async () => {
      const run = await zonematch(
        ['recommend', file('profile-ja.json', JSON.stringify({ profile: PROFILE })), '--lang', 'ja', '--limit', '1', '--json', '--no-persist'],
        env,
      );
      expect(run.code).toBe(0);
      const body = JSON.parse(run.stdout);
      expect(body).toMatchObject({ language: 'ja', persisted: false });
      expect(body.results).toHaveLength(1);
      expect(body.results[0].explanation.summary).toMatch(/点/);
    },
    CLI_TIMEOUT,
  );

  it(
    'recommend shows the problems of a profile that fails validation and exits 1',
    async () => {
      const path = file('invalid.json', JSON.stringify({ name: 'Acme', country: 'Japan', employees: 5 }));
      const run = await zonematch(['recommend', path], env);
      expect(run.code).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr).toBe(
        [
          `zonematch: ${path}: the profile was not accepted: The request is not valid (VALIDATION_FAILED, 400)`,
          '  /profile/sector: is required',
          '  /profile/employees: is not a known field',
          '  /profile/country: must be a two-letter ISO 3166-1 country code, e.g. JP',
          '',
        ].join('\n'),
      );
    },
    CLI_TIMEOUT,
  );

  it(
    'batch --out writes one ranked line per row and lists the invalid ones, exiting 2',
    async () => {
      const out = join(dir, `ranked-${kind}.csv`);
      const run = await zonematch(['batch', file('leads.csv', LEADS_CSV), '--out', out, '--chunk-size', '2'], env);
      expect(run.code).toBe(2);
      // stderr is not a terminal here: no progress bar, only the summary.
      expect(run.stderr).toBe(
        [
          `Ranked 2 of 3 profiles into ${out}.`,
          '1 invalid row:',
          '  row 2 (Broken Co): /sector is required; /country must be a two-letter ISO 3166-1 country code, e.g. JP',
          '',
        ].join('\n'),
      );
      const [header, ...rows] = parse(readFileSync(out, 'utf8')) as string[][];
      expect(header).toEqual([
        'row',
        'status',
        'name',
        'rank1_zone',
        'rank1_name',
        'rank1_score',
        'rank2_zone',
        'rank2_name',
        'rank2_score',
        'rank3_zone',
        'rank3_name',
        'rank3_score',
        'recommendation_id',
        'problems',
      ]);
      expect(rows.map((r) => r.slice(0, 3))).toEqual([
        ['1', 'ok', 'Kansai EV Components Co.'],
        ['2', 'invalid', 'Broken Co'],
        // Row 3 went in the second request: its row number still counts from the file's start.
        ['3', 'ok', '深圳微芯科技'],
      ]);
      expect(rows[0]![3]).toBe('dalian-xinriben');
      expect(rows[2]![12]).toMatch(/^[0-9a-f-]{36}$/);
      expect(rows[1]![13]).toBe('/sector is required | /country must be a two-letter ISO 3166-1 country code, e.g. JP');
    },
    CLI_TIMEOUT,
  );

  it(
    'zones list prints every zone of the catalog',
    async () => {
      const run = await zonematch(['zones', 'list'], env);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/\n20 zones\n$/);
      expect(run.stdout).toMatch(/│ zhongguancun +│ Zhongguancun Science Park +│ national-high-tech +│ Beijing, Beijing +│/);
    },
    CLI_TIMEOUT,
  );
  // Last in this block: afterwards the database also holds the national catalogue.
  it(
    'catalogue import loads the national catalogue and reports its coverage',
    async () => {
      const run = await zonematch(['catalogue', 'import'], env);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(
        /^Imported the national catalogue into the (embedded database in .+|database at DATABASE_URL): 2543 zones \(2543 new, 0 updated, 0 unchanged, 0 removed\)\.\nLeading-industry phrases mapped to taxonomy concepts: \d+\.\d % \(\d+ of \d+\); zones without any concept: \d+\.\n$/,
      );
      const again = await zonematch(['catalogue', 'import'], env);
      expect(again.stdout).toMatch(/: 2543 zones \(0 new, 0 updated, 2543 unchanged, 0 removed\)\./);
    },
    CLI_TIMEOUT,
  );
});

describe('the zonematch CLI next to a server on the same PGlite directory', () => {
  it(
    'says clearly when a server holds the PGlite directory',
    async () => {
      const pgliteDir = await createMigratedPgliteDir(join(dir, 'held-pglite'));
      const held = await openDatabase({ pgliteDir });
      try {
        const run = await zonematch(['zones', 'list'], { DATABASE_URL: undefined, PGLITE_DIR: pgliteDir });
        expect(run.code).toBe(1);
        expect(run.stderr).toBe(
          `zonematch: The PGlite directory ${pgliteDir} is in use by another zonematch process; stop it, or set PGLITE_DIR to another directory. A running server holds it: pass --server http://HOST:PORT to use that server instead.\n`,
        );
      } finally {
        await held.close();
      }
    },
    CLI_TIMEOUT,
  );
});

describe.each(DATABASE_KINDS)('the zonematch CLI against a running server (%s)', (kind) => {
  let t: TestApp;
  let server: string;
  beforeAll(async () => {
    t = await createTestApp(kind);
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    server = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await t.close();
  });
  // The database variables point nowhere usable: everything must go through the server.
  const env = () => ({ DATABASE_URL: undefined, PGLITE_DIR: '/nonexistent/never-created' });

  it(
    'recommend --server stores the answer on the server',
    async () => {
      const run = await zonematch(['recommend', file('server-profile.json', JSON.stringify(PROFILE)), '--server', server, '--json', '--limit', '2'], env());
      expect(run.code).toBe(0);
      const body = JSON.parse(run.stdout);
      expect(body.results.map((r: { rank: number }) => r.rank)).toEqual([1, 2]);
      const stored = await t.app.inject({ method: 'GET', url: `/v1/recommendations/${body.id}` });
      expect(stored.json()).toEqual(body);
    },
    CLI_TIMEOUT,
  );

  it(
    'batch --server ranks the file through the server, and its companies become leads',
    async () => {
      const out = join(dir, `server-ranked-${kind}.csv`);
      const run = await zonematch(['batch', file('server-leads.csv', LEADS_CSV), '--server', server, '--out', out], env());
      expect(run.code).toBe(2);
      const rows = (parse(readFileSync(out, 'utf8')) as string[][]).slice(1);
      expect(rows.map((r) => r[1])).toEqual(['ok', 'invalid', 'ok']);
      const leads = (await t.app.inject({ method: 'GET', url: '/v1/zones/dalian-xinriben/leads' })).json();
      expect(leads.items[0].company.name).toBe('Kansai EV Components Co.');
    },
    CLI_TIMEOUT,
  );

  it(
    'zones list --server --lang zh lists the zones in Chinese',
    async () => {
      const run = await zonematch(['zones', 'list', '--server', server, '--lang', 'zh'], env());
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/│ zhongguancun +│ 中关村科技园区 +│/);
    },
    CLI_TIMEOUT,
  );

  it(
    'says clearly when the server cannot be reached',
    async () => {
      // A port that was free a moment ago: nothing listens there.
      const probe = createServer();
      await new Promise<void>((done) => probe.listen(0, '127.0.0.1', done));
      const port = (probe.address() as AddressInfo).port;
      await new Promise((done) => probe.close(done));
      const run = await zonematch(['zones', 'list', '--server', `http://127.0.0.1:${port}`], env());
      expect(run.code).toBe(1);
      expect(run.stderr).toBe(`zonematch: Cannot reach the server at http://127.0.0.1:${port}: ECONNREFUSED\n`);
    },
    CLI_TIMEOUT,
  );
});

/** The text of one column of a cli-table3 table, row by row, its wrapped lines joined. */
function column(table: string, index: number): string[] {
  const rows: string[] = [];
  let current: string[] | undefined;
  for (const line of table.split('\n')) {
    if (line.startsWith('├') || line.startsWith('└')) {
      if (current) rows.push(current.join(''));
      current = [];
    } else if (line.startsWith('│') && current) {
      current.push(line.split('│')[index + 1]!.trim());
    }
  }
  return rows;
}

/** A Japanese chip-equipment maker with needs few zones serve: its answers carry long concerns. */
const CONCERNED = {
  name: '東海精密機器株式会社',
  sector: '半導体製造装置の精密部品',
  country: 'JP',
  technologies: ['真空ポンプ'],
  needs: ['bonded_trade', 'listing', 'cross_border_data'],
  attributes: { exportSharePct: 70 },
};

describe('zonematch recommend in its own language, in-process against a server', () => {
  let t: TestApp;
  let server: string;
  beforeAll(async () => {
    t = await createTestApp('pglite');
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    server = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await t.close();
  });

  const recommendIn = async (language: 'ja' | 'zh', profile: object, limit: number) => {
    const run = await zonematch([
      'recommend',
      file(`inproc-${language}.json`, JSON.stringify(profile)),
      '--server',
      server,
      '--lang',
      language,
      '--limit',
      String(limit),
    ]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const id = /([0-9a-f-]{36})/.exec(run.stdout.split('\n')[0]!)![1]!;
    const answer = (await t.app.inject({ method: 'GET', url: `/v1/recommendations/${id}` })).json();
    return { out: run.stdout, answer };
  };

  it('prints its labels in Japanese and states the incentive count the API gives', async () => {
    const { out, answer } = await recommendIn('ja', PROFILE_EXAMPLES_JA, 3);
    const l = LABELS.ja.cli;
    const lines = out.split('\n');
    expect(lines[0]).toBe(`${PROFILE_EXAMPLES_JA.name} — 上位3ゾーン（ja、カタログ ${answer.catalogVersion}、保存ID ${answer.id}）`);
    expect(lines[1]!.startsWith(l.readAs)).toBe(true);
    expect(out).toMatch(new RegExp(`│ ${l.rank} +│ ${l.score} +│ ${l.zone} +│ ${l.reasons} +│`));
    // The top zone qualifies for more measures than the answer lists: the count is the API's, not the list's length.
    const top = answer.results[0].explanation;
    expect(top.applicableIncentiveCount).toBeGreaterThan(top.applicableIncentives.length);
    const reasons = column(out, 3);
    expect(reasons).toHaveLength(3);
    expect(reasons[0]).toContain(`+ 適用可能な優遇策${top.applicableIncentiveCount}件（例：${top.applicableIncentives[0].title}）`);
    expect(out).not.toMatch(/incentives|Top reasons|exact fit/);
  });

  it('never cuts a Japanese or Chinese concern, and keeps every line within the terminal width', async () => {
    for (const language of ['ja', 'zh'] as const) {
      const { out, answer } = await recommendIn(language, CONCERNED, 5);
      const reasons = column(out, 3).map((r) => r.replace(/\s+/g, ''));
      const shown = answer.results.flatMap((r: { explanation: { concerns: { message: string }[] } }, i: number) =>
        r.explanation.concerns.slice(0, 2).map((c) => ({ row: i, message: c.message.replace(/\s+/g, '') })),
      );
      expect(shown.length, language).toBeGreaterThan(0);
      for (const { row, message } of shown) expect(reasons[row], language).toContain(message);
      expect(out).not.toContain('…');
      for (const line of out.split('\n').slice(2)) expect(stringWidth(line), line).toBeLessThanOrEqual(100);
    }
  });

  it('prints its labels in Chinese', async () => {
    const { out, answer } = await recommendIn('zh', CONCERNED, 2);
    expect(out.split('\n')[0]).toBe(`${CONCERNED.name} — 前2个园区（zh，目录 ${answer.catalogVersion}，已保存为 ${answer.id}）`);
    expect(out).toMatch(/│ 排名 +│ 评分 +│ 园区 +│ 主要理由 +│/);
  });
});
