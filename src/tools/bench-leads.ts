/**
 * `npm run bench:leads`: GET /v1/zones/:id/leads over many stored company profiles.
 *
 * Stores N synthetic profiles (default 100,000: thirty sectors in three languages, one company
 * in ten submitted twice; with --detailed, also the 48 detailed profiles of the ranking set, with
 * technologies, products and a description) in a database of its own — embedded PGlite in memory, or, when
 * DATABASE_URL is set, a new database on that server that is dropped at the end — through the
 * service's own write path (saveRecommendations, 1,000 per transaction, which keeps the
 * companies tables current), then times the leads of five zones from broad (Shin-Nihon: most
 * profiles name one of its concepts) to narrow, three times each, through the real app.
 *
 *   npm run bench:leads
 *   npm run bench:leads -- --profiles 20000
 *   npm run bench:leads -- --detailed    add the ranking set's detailed profiles
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npm run bench:leads
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { cpus } from 'node:os';
import { parseArgs } from 'node:util';
import postgres from 'postgres';
import { openDatabase } from '../../db/client.js';
import { buildApp } from '../app.js';
import { loadCatalog } from '../catalog/load.js';
import { loadConfig } from '../config.js';
import { ENGINE_VERSION, rankZones } from '../engine/index.js';
import { readCatalog, seedCatalog } from '../repositories/catalog-repository.js';
import { analyzeTables, saveRecommendations } from '../repositories/recommendation-repository.js';
import { CatalogView } from '../services/catalog-view.js';
import { normalizeProfile } from '../services/profile-normalizer.js';
import { RANKING_SET } from '../../test/ranking-set/profiles.js';

const SECTORS = [
  'new energy vehicle parts',
  '新能源汽车零部件',
  '半導体設計',
  'integrated circuit packaging',
  'biomedicine',
  '医疗器械',
  'cross-border e-commerce',
  '保税物流',
  'software outsourcing',
  'industrial robots',
  'fine chemicals',
  'hydrogen fuel cells',
  'financial services',
  'tourism',
  'cultural and creative industries',
  'elderly care services',
  'artificial intelligence',
  'big data platform',
  'wind power equipment',
  'food processing',
  'textiles',
  'furniture',
  'restaurant chain',
  'coal mining',
  'steel rolling',
  'optoelectronics',
  'lithium battery materials',
  'CNC machine tools',
  'cosmetics',
  'port logistics',
];
const ZONES = ['dalian-xinriben', 'shanghai-zhangjiang', 'qingdao-cj', 'shanghai-lz-bonded', 'chengdu-cj'];

const { values } = parseArgs({ options: { profiles: { type: 'string', default: '100000' }, detailed: { type: 'boolean', default: false } } });
const count = Number(values.profiles);
if (!Number.isInteger(count) || count < 1) throw new Error(`--profiles must be a positive integer, got ${values.profiles}`);

// On a real server, a database of our own, dropped at the end.
const serverUrl = process.env.DATABASE_URL;
const benchDb = `zm_bench_${randomBytes(4).toString('hex')}`;
const admin = serverUrl ? postgres(serverUrl, { max: 1, onnotice: () => {} }) : undefined;
if (admin) await admin.unsafe(`create database ${benchDb}`);
try {
  const url = serverUrl ? Object.assign(new URL(serverUrl), { pathname: `/${benchDb}` }).toString() : undefined;
  const database = await openDatabase(url ? { url } : { pgliteDir: 'memory://' });
  await database.migrate();
  await seedCatalog(database.db, loadCatalog());
  const view = new CatalogView(await readCatalog(database.db));
  const app = await buildApp({ config: { ...loadConfig({}), logLevel: 'silent' }, database, catalog: view, logger: false });

  // Short profiles (a sector, a country, a size) and, with --detailed, the ranking set's
  // (technologies, products, a description to analyze at every scoring), each with its concepts
  // as the engine detects them, as the recommendation route stores them.
  const inputs = [
    ...SECTORS.map((sector, i) => ({ name: `template ${i}`, sector, country: i % 3 === 0 ? 'JP' : 'CN', size: { employees: 10 + i * 37 } })),
    ...(values.detailed ? RANKING_SET.map((c) => c.profile) : []),
  ];
  const templates = inputs.map((input) => {
    const profile = normalizeProfile(input);
    const concepts = [...new Set(rankZones(view.index, profile, { limit: 1, language: 'en' }).detectedConcepts.map((c) => c.id))];
    return { profile, concepts };
  });
  let started = performance.now();
  const companies = Math.floor(count * 0.9);
  for (let i = 0; i < count; i += 1000) {
    const rows = [];
    for (let j = i; j < Math.min(count, i + 1000); j++) {
      const template = templates[j % templates.length]!;
      const name = `Company ${j % companies}`;
      const profile = {
        id: randomUUID(),
        name,
        ...(template.profile.country ? { country: template.profile.country } : {}),
        profile: { ...template.profile, name },
        conceptIds: template.concepts,
      };
      // The answer itself is left out (a few bytes instead of ~37 KB): leads never read it.
      const recommendation = {
        id: randomUUID(),
        catalogVersion: view.index.catalogVersion,
        engineVersion: ENGINE_VERSION,
        response: { bench: true },
        createdAt: new Date(Date.now() - j * 1000),
      };
      rows.push({ profile, recommendation });
    }
    await saveRecommendations(database.db, rows);
  }
  await analyzeTables(database.db);
  console.log(`zonematch bench:leads — node ${process.version}, ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'cpu'}, ${database.driver}`);
  console.log(
    `stored ${count.toLocaleString('en-US')} profiles (${companies.toLocaleString('en-US')} companies${values.detailed ? '; short and detailed' : ''}) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );

  for (const zone of ZONES) {
    const times: number[] = [];
    let body: { matching: number; candidates: number } | undefined;
    for (let k = 0; k < 3; k++) {
      started = performance.now();
      const res = await app.inject({ method: 'GET', url: `/v1/zones/${zone}/leads?limit=50` });
      times.push(performance.now() - started);
      if (res.statusCode !== 200) throw new Error(`${zone}: ${res.statusCode} ${res.body}`);
      body = res.json();
    }
    times.sort((a, b) => a - b);
    console.log(
      `${zone.padEnd(20)} matching ${String(body!.matching).padStart(6)}  scored ${String(body!.candidates).padStart(5)}  top 50 in ${times[1]!.toFixed(0).padStart(5)} ms (median of 3; best ${times[0]!.toFixed(0)} ms)`,
    );
  }
  await app.close();
  await database.close();
} finally {
  if (admin) {
    await admin.unsafe(`drop database if exists ${benchDb} with (force)`);
    await admin.end();
  }
}
