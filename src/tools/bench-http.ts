/**
 * `npm run bench:http`: the service under load, driven by autocannon from this process while the
 * service runs in its own.
 *
 * Starts the service on embedded PGlite (a fresh temporary directory) — and a second one on the
 * real Postgres when DATABASE_URL is set — plus the echo server of bench-echo-server.ts, the
 * ceiling Fastify itself sets for a validated POST of the same request and answer size. After
 * an unreported warm-up of up to 3 s per server, at 10 and 50 connections: GET /health, the
 * echo POST, and POST /v1/recommendations with `persist: false` and with `persist: true`
 * (limit 10), each body drawn in turn from the ranking set's profiles in English, Japanese and
 * Chinese. Prints requests per second, p50/p99 latency, errors and non-2xx answers, and the
 * throughput ratios measured in the same run.
 *
 *   npm run bench:http                   10 s per scenario
 *   npm run bench:http -- --duration 5   seconds per scenario
 *   npm run bench:http -- --short        1 s per scenario; for CI: exits 1 on any error or non-2xx
 *
 * Exits 1 whenever a scenario saw an error or a non-2xx answer.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { RANKING_SET } from '../../test/ranking-set/profiles.js';
import { freePort } from './free-port.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

interface Scenario {
  name: string;
  connections: number;
  result: autocannon.Result;
}

/** Starts a child process and waits until GET <base>/health answers 200. */
async function startChild(args: string[], env: NodeJS.ProcessEnv, base: string, label: string): Promise<ChildProcess> {
  // node with tsx's loader, not the tsx binary: that would put a second process between us and the server.
  const child = spawn(process.execPath, ['--import', 'tsx', ...args], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${label} exited with ${child.exitCode}: ${stderr.trim()}`);
    try {
      if ((await fetch(`${base}/health`)).ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill('SIGKILL');
  throw new Error(`${label} did not answer /health within 60 s: ${stderr.trim()}`);
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  await exited;
  clearTimeout(timer);
}

function bodies(persist: boolean): string[] {
  return RANKING_SET.map((c) => JSON.stringify({ profile: c.profile, options: { limit: 10, persist, language: c.language } }));
}

async function load(url: string, connections: number, duration: number, method: 'GET' | 'POST', pool: string[] = []): Promise<autocannon.Result> {
  let next = 0;
  return autocannon({
    url,
    connections,
    duration,
    requests: [
      {
        method,
        headers: method === 'POST' ? { 'content-type': 'application/json' } : {},
        setupRequest: (request) => (method === 'POST' ? { ...request, body: pool[next++ % pool.length] } : request),
      },
    ],
  });
}

const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

async function main() {
  const { values } = parseArgs({ options: { short: { type: 'boolean', default: false }, duration: { type: 'string' } } });
  const duration = values.duration ? Number(values.duration) : values.short ? 1 : 10;
  if (!Number.isFinite(duration) || duration <= 0) throw new Error(`--duration must be a positive number of seconds, got ${values.duration}`);

  const children: ChildProcess[] = [];
  const tempDirs: string[] = [];
  const scenarios: Scenario[] = [];
  // The rate limiter would answer a load test with 429s (0 turns it off); the bench measures the service.
  const serviceEnv = { HOST: '127.0.0.1', LOG_LEVEL: 'warn', RATE_LIMIT_MAX: '0' };
  try {
    const targets: { label: string; base: string }[] = [];
    const pgliteDir = mkdtempSync(join(tmpdir(), 'zonematch-bench-'));
    tempDirs.push(pgliteDir);
    const pglitePort = await freePort();
    const pgliteBase = `http://127.0.0.1:${pglitePort}`;
    children.push(
      await startChild(
        ['src/server.ts'],
        { ...serviceEnv, PORT: String(pglitePort), PGLITE_DIR: join(pgliteDir, 'db'), DATABASE_URL: '' },
        pgliteBase,
        'service (PGlite)',
      ),
    );
    targets.push({ label: 'pglite', base: pgliteBase });
    if (process.env.DATABASE_URL) {
      const port = await freePort();
      const base = `http://127.0.0.1:${port}`;
      children.push(await startChild(['src/server.ts'], { ...serviceEnv, PORT: String(port) }, base, 'service (Postgres)'));
      targets.push({ label: 'postgres', base });
    }

    // The echo server answers a real recommendation of the size the service sends.
    const sample = await fetch(`${pgliteBase}/v1/recommendations`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: bodies(false)[0] });
    if (!sample.ok) throw new Error(`sample recommendation failed: ${sample.status} ${await sample.text()}`);
    const answerText = await sample.text();
    const answerFile = join(pgliteDir, 'answer.json');
    writeFileSync(answerFile, answerText);
    const echoPort = await freePort();
    const echoBase = `http://127.0.0.1:${echoPort}`;
    children.push(await startChild(['src/tools/bench-echo-server.ts', String(echoPort), answerFile], {}, echoBase, 'echo server'));

    console.log(`zonematch bench:http — node ${process.version}, ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${duration} s per scenario`);
    console.log(`answer size ${fmt(Buffer.byteLength(answerText))} bytes (limit 10); ${RANKING_SET.length} profiles in en/ja/zh, taken in turn\n`);

    const run = async (name: string, connections: number, url: string, method: 'GET' | 'POST', pool?: string[]) => {
      const result = await load(url, connections, duration, method, pool);
      scenarios.push({ name, connections, result });
      const r = result;
      console.log(
        `${name.padEnd(34)} c=${String(connections).padEnd(3)} ${fmt(r.requests.average).padStart(7)} req/s  p50 ${fmt(r.latency.p50, 1).padStart(6)} ms  p99 ${fmt(r.latency.p99, 1).padStart(6)} ms  errors ${r.errors + r.timeouts}  non-2xx ${r.non2xx}`,
      );
      return r.requests.average;
    };

    const noPersist = bodies(false);
    const persist = bodies(true);
    // Unreported warm-up, so the first measured scenario does not pay for the JIT compiling the
    // engine and the serializers while later ones run compiled code.
    const warmUp = Math.min(3, duration);
    await load(`${echoBase}/echo`, 10, warmUp, 'POST', noPersist);
    for (const { base } of targets) await load(`${base}/v1/recommendations`, 10, warmUp, 'POST', noPersist);
    for (const connections of [10, 50]) {
      const health = await run('GET /health', connections, `${pgliteBase}/health`, 'GET');
      const echo = await run('POST echo (validated, same sizes)', connections, `${echoBase}/echo`, 'POST', noPersist);
      for (const { label, base } of targets) {
        const rec = await run(`POST recommend persist:false ${label}`, connections, `${base}/v1/recommendations`, 'POST', noPersist);
        await run(`POST recommend persist:true  ${label}`, connections, `${base}/v1/recommendations`, 'POST', persist);
        console.log(
          `  ratios at c=${connections} (${label}): recommend/health ${(rec / health).toFixed(2)}×, recommend/echo ${(rec / echo).toFixed(2)}×, echo/health ${(echo / health).toFixed(2)}×`,
        );
      }
    }
  } finally {
    await Promise.all(children.map(stopChild));
    for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
  }

  const failed = scenarios.filter((s) => s.result.errors + s.result.timeouts + s.result.non2xx > 0);
  if (failed.length > 0) {
    console.error(`\n${failed.length} scenario(s) saw errors or non-2xx answers: ${failed.map((s) => `${s.name} c=${s.connections}`).join(', ')}`);
    process.exitCode = 1;
  } else {
    console.log('\nno errors, no non-2xx answers');
  }
}

await main();
