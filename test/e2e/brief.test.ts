/**
 * The client brief: its HTML and JSON through app.inject, then the page in Debian's Chromium
 * (playwright-core), printed to A4 PDF. Expectations about zones come from the stored answer,
 * never hard-coded, so the tests follow the engine's tuning.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PDFDocument } from 'pdf-lib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { LABELS } from '../../src/labels.js';
import { createApiKey } from '../../src/repositories/api-key-repository.js';
import { PROFILE_EXAMPLES } from '../../src/schemas/examples.js';
import { createTestApp, type TestApp } from '../helpers/app.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const ARTIFACTS = resolve(ROOT, 'test-artifacts');
const BROWSER_TEST_MS = 90_000;

/** The Japanese example: a NEV parts maker, every field filled in. */
const JAPANESE = PROFILE_EXAMPLES[1]!;
const HOSTILE_NAME = '<script>alert("x")</script> & <b>Co</b>';

interface Answer {
  id: string;
  results: { zone: { id: string; name: string }; score: number; explanation: { summary: string } }[];
}

describe('the client brief over HTTP', () => {
  let t: TestApp;
  let answer: Answer;
  beforeAll(async () => {
    t = await createTestApp('pglite');
    answer = (await t.app.inject({ method: 'POST', url: '/v1/recommendations', payload: JAPANESE })).json();
  });
  afterAll(async () => {
    await t.close();
  });

  const brief = (query = '', id = answer.id) =>
    t.app.inject({ method: 'GET', url: `/r/${id}/brief${query}`, headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' } });

  it("serves the top three zones in the answer's language as HTML with a stylesheet and no script or inline style", async () => {
    const res = await brief();
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['content-security-policy']).toMatch(/script-src 'self'/);
    expect(res.body).toMatch(/^<!doctype html>\n<html lang="ja">/);
    expect(res.body).toContain('<link rel="stylesheet" href="/assets/brief.css">');
    expect(res.body).not.toMatch(/<script|<style| style=| on[a-z]+=/i);
    const ids = [...res.body.matchAll(/<section class="zone" id="zone-([a-z0-9-]+)"/g)].map((m) => m[1]);
    expect(ids).toEqual(answer.results.slice(0, 3).map((r) => r.zone.id));
    expect(res.body).toContain(`<h2 id="profile-heading">${LABELS.ja.brief.profile}</h2>`);
    const css = await t.app.inject({ method: 'GET', url: '/assets/brief.css', headers: { accept: 'text/css' } });
    expect(css.statusCode).toBe(200);
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
  });

  it('briefs a shortlist in the order given, in another language when asked', async () => {
    const res = await brief('?zones=zhongguancun,dalian-xinriben&lang=zh');
    expect(res.body).toMatch(/<html lang="zh-Hans">/);
    expect([...res.body.matchAll(/<section class="zone" id="zone-([a-z0-9-]+)"/g)].map((m) => m[1])).toEqual(['zhongguancun', 'dalian-xinriben']);
    expect(res.body).toContain(LABELS.zh.brief.concerns);
    expect(res.body).not.toContain(LABELS.ja.brief.concerns);
  });

  it('gives the same content as JSON', async () => {
    const res = await t.app.inject({ method: 'GET', url: `/v1/recommendations/${answer.id}/brief` });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ recommendationId: answer.id, language: 'ja', profile: { name: JAPANESE.profile.name, needs: JAPANESE.profile.needs } });
    expect(body.profile.recognisedIndustries.length).toBeGreaterThan(0);
    expect(body.zones.map((z: { id: string; score: number; summary: string }) => [z.id, z.score, z.summary])).toEqual(
      answer.results.slice(0, 3).map((r) => [r.zone.id, r.score, r.explanation.summary]),
    );
  });

  it('escapes every text from the profile', async () => {
    const hostile = (
      await t.app.inject({
        method: 'POST',
        url: '/v1/recommendations',
        payload: { profile: { ...JAPANESE.profile, name: HOSTILE_NAME, technologies: ['<img src=x onerror=alert(1)>'] } },
      })
    ).json();
    const res = await brief('', hostile.id);
    expect(res.body).not.toContain('<script>alert');
    expect(res.body).not.toContain('<img src=x');
    expect(res.body).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;Co&lt;/b&gt;');
  });

  it('needs a reader key, as the API does, when the server runs with AUTH_REQUIRED=true', async () => {
    const guarded = await buildApp({
      config: { logLevel: 'silent', authRequired: true },
      database: t.database,
      catalog: t.app.zonematch.catalog,
      logger: false,
    });
    try {
      const url = `/r/${answer.id}/brief`;
      const anonymous = await guarded.inject({ method: 'GET', url });
      expect(anonymous.statusCode).toBe(401);
      expect(anonymous.json()).toMatchObject({
        code: 'UNAUTHORIZED',
        detail: 'This endpoint needs an API key with role reader; send it as Authorization: Bearer <key>.',
      });
      const { key } = await createApiKey(t.database.db, { label: 'brief reader', role: 'reader' });
      const keyed = await guarded.inject({ method: 'GET', url, headers: { authorization: `Bearer ${key}` } });
      expect(keyed.statusCode).toBe(200);
      // Without AUTH_REQUIRED the page is open, like the rest of the read API.
      expect((await brief()).statusCode).toBe(200);
    } finally {
      await guarded.close();
    }
  });

  it('answers problems for an unknown answer, an unknown zone, too many zones and an unknown language', async () => {
    const cases: [string, string, number, object][] = [
      ['4b0f2a9e-0000-4000-8000-000000000000', '', 404, { code: 'RECOMMENDATION_NOT_FOUND' }],
      [answer.id, '?zones=atlantis', 404, { code: 'ZONE_NOT_FOUND', detail: 'There is no zone "atlantis" in the catalog.' }],
      [answer.id, '?zones=a,b,c,d,e,f', 400, { errors: [{ path: '/querystring/zones', message: 'names 6 zones; give 1 to 5' }] }],
      [answer.id, '?lang=fr', 400, { errors: [{ path: '/querystring/lang', message: 'must be one of: en, ja, zh' }] }],
    ];
    for (const [id, query, status, problem] of cases) {
      const res = await brief(query, id);
      expect(res.statusCode, query).toBe(status);
      expect(res.headers['content-type']).toBe('application/problem+json; charset=utf-8');
      expect(res.json()).toMatchObject(problem);
    }
  });
});

describe('the client brief in Chromium', () => {
  let t: TestApp;
  let base: string;
  let browser: Browser;
  let page: Page;
  let answer: Answer;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(`The brief's browser tests need Chromium at ${CHROMIUM}: apt-get install -y chromium fonts-noto-cjk`);
    }
    t = await createTestApp('pglite');
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
    answer = (await t.app.inject({ method: 'POST', url: '/v1/recommendations', payload: JAPANESE })).json();
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    const context = await browser.newContext({ viewport: { width: 1280, height: 1000 }, locale: 'ja-JP' });
    await context.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`)),
    );
    page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(message.text());
    });
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it(
    'prints the brief of a Japanese profile with three zones to at most four A4 pages',
    async () => {
      const response = await page.goto(`${base}/r/${answer.id}/brief`);
      expect(response?.status()).toBe(200);
      await page.waitForLoadState('networkidle');
      expect(pageErrors).toEqual([]);
      expect(await page.locator('h1').textContent()).toBe(`${JAPANESE.profile.name}様 向け 中国の投資先ゾーンのご提案`);
      expect(await page.locator('section.zone h2').allTextContents()).toEqual(answer.results.slice(0, 3).map((r, i) => `${i + 1} ${r.zone.name}`));
      // The stylesheet applied (the profile's facts are laid out in a grid), fonts loaded.
      expect(await page.locator('.facts').evaluate((el) => getComputedStyle(el).display)).toBe('grid');
      await page.evaluate(() => document.fonts.ready);

      const pdf = await page.pdf({ format: 'A4', printBackground: false });
      mkdirSync(ARTIFACTS, { recursive: true });
      writeFileSync(resolve(ARTIFACTS, 'brief-ja.pdf'), pdf);
      const pages = (await PDFDocument.load(pdf)).getPageCount();
      console.log(`brief of 3 zones (ja): ${pages} A4 pages, ${pdf.length} bytes`);
      expect(pages).toBeGreaterThanOrEqual(1);
      expect(pages).toBeLessThanOrEqual(4);
      // Every page is A4: 210 × 297 mm, 595.3 × 841.9 pt (Chromium rounds to its own units).
      for (const p of (await PDFDocument.load(pdf)).getPages()) {
        expect(Math.abs(p.getWidth() - 595.3)).toBeLessThan(1.5);
        expect(Math.abs(p.getHeight() - 841.9)).toBeLessThan(1.5);
      }
    },
    BROWSER_TEST_MS,
  );

  it(
    'prints a Chinese brief of five zones without a single page error',
    async () => {
      const zones = answer.results.slice(0, 5).map((r) => r.zone.id);
      await page.goto(`${base}/r/${answer.id}/brief?lang=zh&zones=${zones.join(',')}`);
      await page.waitForLoadState('networkidle');
      expect(pageErrors).toEqual([]);
      expect(await page.locator('html').getAttribute('lang')).toBe('zh-Hans');
      expect(await page.locator('section.zone').count()).toBe(zones.length);
      const pdf = await page.pdf({ format: 'A4' });
      writeFileSync(resolve(ARTIFACTS, 'brief-zh-5.pdf'), pdf);
      console.log(`brief of ${zones.length} zones (zh): ${(await PDFDocument.load(pdf)).getPageCount()} A4 pages`);
    },
    BROWSER_TEST_MS,
  );
});
