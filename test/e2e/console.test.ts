/**
 * The staff console, end to end: the real app listening on an ephemeral port, driven through
 * Debian's Chromium by playwright-core. Every expectation about zones is taken from the API's
 * own answer for the same profile, never hard-coded, so the tests follow the engine's tuning.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const ARTIFACTS = resolve(ROOT, 'test-artifacts');
const BROWSER_TEST_MS = 90_000;

/** A Japanese maker of automotive parts, as staff would type it in. */
const PROFILE = {
  name: '東海精密部品株式会社',
  sector: '自動車部品',
  country: 'JP',
  technologies: ['電動パワートレイン', '軽量化'],
  size: { employees: 1200 },
  stage: 'large',
  needs: ['land', 'talent'],
};

interface Ranked {
  rank: number;
  score: number;
  zone: { id: string; name: string };
  components: Record<string, { score: number; weight: number; contribution: number }>;
  explanation: {
    summary: string;
    matchedIndustries: { industry: string; matchedTerms: string[]; source: { doc: string; section: string } }[];
    applicableIncentives: { id: string }[];
    applicableIncentiveCount: number;
    concerns: { code: string }[];
  };
}
interface Recommendation {
  id: string;
  language: string;
  results: Ranked[];
}

describe('the console page and its assets', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp('pglite');
  });
  afterAll(async () => {
    await t.close();
  });

  it('serves the page at / and /r/:id as HTML to a browser', async () => {
    for (const url of ['/', '/r/4b0f2a9e-0000-4000-8000-000000000000']) {
      const res = await t.app.inject({ method: 'GET', url, headers: { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' } });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(res.body).toContain('<script type="module" src="/assets/app.js"></script>');
    }
  });

  it('serves scripts and styles with the Accept headers browsers send for them', async () => {
    const css = await t.app.inject({ method: 'GET', url: '/assets/console.css', headers: { accept: 'text/css' } });
    expect(css.statusCode).toBe(200);
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
    const js = await t.app.inject({ method: 'GET', url: '/assets/app.js', headers: { accept: '*/*' } });
    expect(js.statusCode).toBe(200);
    expect(js.headers['content-type']).toBe('application/javascript; charset=utf-8');
    expect(js.body).toContain("from './api.js'");
  });

  it('serves the map offline: d3 from node_modules, country outlines cut from world-atlas, the provinces from public/geo', async () => {
    for (const file of ['d3-array.min.js', 'd3-geo.min.js']) {
      const js = await t.app.inject({ method: 'GET', url: `/assets/vendor/${file}`, headers: { accept: '*/*' } });
      expect(js.statusCode).toBe(200);
      expect(js.headers['content-type']).toBe('application/javascript; charset=utf-8');
      expect(js.body).toMatch(/^\/\/ https:\/\/d3js\.org\/d3-(array|geo)\/ v3\./);
    }
    const missing = await t.app.inject({ method: 'GET', url: '/assets/vendor/jquery.js', headers: { accept: '*/*' } });
    expect(missing.statusCode).toBe(404);
    expect(missing.headers['content-type']).toBe('application/problem+json; charset=utf-8');

    const countries = await t.app.inject({ method: 'GET', url: '/assets/geo/china-region.json', headers: { accept: '*/*' } });
    expect(countries.statusCode).toBe(200);
    const region = countries.json() as { type: string; features: { id: string; properties: { name: string; china: boolean } }[] };
    expect(region.type).toBe('FeatureCollection');
    expect(
      region.features
        .filter((f) => f.properties.china)
        .map((f) => f.properties.name)
        .sort(),
    ).toEqual(['China', 'Hong Kong', 'Macao']);
    expect(region.features.map((f) => f.properties.name)).toEqual(expect.arrayContaining(['Japan', 'South Korea', 'Mongolia', 'Vietnam']));

    const provinces = await t.app.inject({ method: 'GET', url: '/assets/geo/china-provinces.json', headers: { accept: '*/*' } });
    expect(provinces.statusCode).toBe(200);
    const ids = (provinces.json() as { features: { id: string }[] }).features.map((f) => f.id);
    expect(ids).toHaveLength(32);
    expect(ids).toEqual(expect.arrayContaining(['CN-BJ', 'CN-SH', 'CN-LN', 'CN-GD', 'CN-XJ', 'CN-XZ']));
  });

  it('answers a missing asset with a 404 problem, and the API still refuses non-JSON Accept headers', async () => {
    const missing = await t.app.inject({ method: 'GET', url: '/assets/missing.js', headers: { accept: '*/*' } });
    expect(missing.statusCode).toBe(404);
    expect(missing.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(missing.json()).toMatchObject({ code: 'NOT_FOUND', instance: '/assets/missing.js' });
    const api = await t.app.inject({ method: 'GET', url: '/v1/zones', headers: { accept: 'text/css' } });
    expect(api.statusCode).toBe(406);
    expect(api.json().code).toBe('NOT_ACCEPTABLE');
    const unknown = await t.app.inject({ method: 'GET', url: '/v1/nothing-here' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.headers['content-type']).toBe('application/problem+json; charset=utf-8');
  });
});

describe('the staff console in Chromium', () => {
  let t: TestApp;
  let base: string;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  /** Uncaught page errors and Content-Security-Policy violations, per page. */
  const pageErrors: string[] = [];
  let firstRanking: string[] = [];
  let permalink = '';

  const watch = (p: Page) => {
    p.on('pageerror', (error) => pageErrors.push(`${p.url()}: ${error.message}`));
    p.on('console', (message) => {
      if (message.type() === 'error' && /CSP violation|Content Security Policy|Refused to/i.test(message.text()))
        pageErrors.push(`${p.url()}: ${message.text()}`);
    });
    return p;
  };

  const recommend = async (profile: object, language: string, limit = 10): Promise<Recommendation> => {
    const res = await t.app.inject({ method: 'POST', url: '/v1/recommendations', payload: { profile, options: { limit, language, persist: false } } });
    expect(res.statusCode).toBe(200);
    return res.json();
  };

  const cardIds = (p: Page) => p.$$eval('#cards > li.card', (cards) => cards.map((c) => (c as HTMLElement).dataset.zoneId ?? ''));

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(`The console's browser tests need Chromium at ${CHROMIUM}: apt-get install -y chromium (.ci/run does this).`);
    }
    t = await createTestApp('pglite');
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    context = await browser.newContext({ viewport: { width: 1440, height: 1000 }, locale: 'en-US', acceptDownloads: true });
    // Report every Content-Security-Policy violation (the service sends a strict policy) as an error.
    await context.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`)),
    );
    page = watch(await context.newPage());
    await page.goto(`${base}/`);
    await page.waitForSelector('body[data-ready="true"]');
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it(
    'ranks a Japanese automotive profile exactly as the API does, with the bar and the reasons on the first card',
    async () => {
      await page.fill('#f-name', PROFILE.name);
      await page.fill('#f-sector', PROFILE.sector);
      for (const technology of PROFILE.technologies) {
        await page.fill('#f-technologies', technology);
        await page.press('#f-technologies', 'Enter');
      }
      await page.selectOption('#f-country', PROFILE.country);
      await page.selectOption('#f-stage', PROFILE.stage);
      await page.fill('#f-employees', String(PROFILE.size.employees));
      for (const need of PROFILE.needs) await page.check(`#need-${need}`);
      expect(await page.$$eval('#f-technologies-tokens li > span', (spans) => spans.map((s) => s.textContent))).toEqual(PROFILE.technologies);

      await page.click('#profile-submit');
      await page.waitForURL(/\/r\/[0-9a-f-]{36}$/);
      await page.waitForSelector('#cards > li.card');

      const api = await recommend(PROFILE, 'en');
      expect(api.results.length).toBeGreaterThan(1);
      firstRanking = await cardIds(page);
      expect(firstRanking).toEqual(api.results.map((r) => r.zone.id));
      expect(await page.$$eval('#overview > li', (items) => items.map((i) => (i as HTMLElement).dataset.zoneId))).toEqual(firstRanking);

      const top = api.results[0]!;
      const card = page.locator('#cards > li.card').first();
      expect(await card.getAttribute('data-zone-id')).toBe(top.zone.id);
      expect(await card.locator('.zone-name').textContent()).toBe(top.zone.name);
      expect(await card.locator('.score-value').textContent()).toBe(String(top.score));
      expect(await card.locator('.summary').textContent()).toBe(top.explanation.summary);

      // The stacked bar: one segment per component that added points, as wide as its points.
      const segments = await card
        .locator('.bar .segment')
        .evaluateAll((nodes) => nodes.map((n) => ({ component: (n as HTMLElement).dataset.component, width: (n as HTMLElement).style.width })));
      const expected = Object.entries(top.components)
        .filter(([, c]) => c.contribution > 0)
        .map(([component, c]) => ({ component, width: `${c.contribution}%` }));
      expect(segments).toEqual(expected);
      expect(await card.locator('.bar-values li').count()).toBe(9);
      expect(await page.locator('#legend .legend-items li').count()).toBe(9);

      // The reasons: each matched industry with the company's own words highlighted and its source.
      const industries = card.locator('.industries > li');
      expect(await industries.locator('.industry-name').allTextContents()).toEqual(top.explanation.matchedIndustries.map((i) => i.industry));
      expect(top.explanation.matchedIndustries.length).toBeGreaterThan(0);
      expect(await industries.first().locator('.terms mark').allTextContents()).toEqual(top.explanation.matchedIndustries[0]!.matchedTerms);
      expect(await industries.first().locator('.source cite').textContent()).toBe(top.explanation.matchedIndustries[0]!.source.section);
      const highlighted = await card.locator('.your-words mark').allTextContents();
      expect(highlighted.length).toBeGreaterThan(0);
      for (const word of highlighted) expect(top.explanation.matchedIndustries.some((i) => i.matchedTerms.includes(word))).toBe(true);
      expect(await card.locator('.incentives > li').count()).toBe(top.explanation.applicableIncentives.length);
      // More measures qualify than the answer lists: the heading says how many in all.
      expect(top.explanation.applicableIncentiveCount).toBeGreaterThan(top.explanation.applicableIncentives.length);
      expect(await card.locator('h4', { hasText: `of ${top.explanation.applicableIncentiveCount})` }).count()).toBe(1);
      expect(await card.locator('.concerns > li').count()).toBe(top.explanation.concerns.length);

      // The permalink names the stored recommendation, which holds the same ranking.
      permalink = (await page.locator('#permalink').getAttribute('href')) ?? '';
      expect(permalink).toBe(page.url());
      const stored = await t.app.inject({ method: 'GET', url: new URL(permalink).pathname.replace('/r/', '/v1/recommendations/') });
      expect(stored.statusCode).toBe(200);
      expect((stored.json() as Recommendation).results.map((r) => r.zone.id)).toEqual(firstRanking);

      mkdirSync(ARTIFACTS, { recursive: true });
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: resolve(ARTIFACTS, 'console-results.png') });
      // The README's picture: refreshed on request (ZM_UPDATE_SCREENSHOT=1) so a test run leaves the work tree clean.
      if (process.env.ZM_UPDATE_SCREENSHOT === '1') await page.screenshot({ path: resolve(ROOT, 'docs/console.png') });
      expect(pageErrors).toEqual([]);
    },
    BROWSER_TEST_MS,
  );

  it(
    'opens the zone view from a card with everything the catalog holds, by keyboard',
    async () => {
      const zoneId = firstRanking[0]!;
      const zone = (await t.app.inject({ method: 'GET', url: `/v1/zones/${zoneId}` })).json();
      const opener = page.locator(`#cards > li.card[data-zone-id="${zoneId}"] button.open-zone`);
      await opener.focus();
      await page.keyboard.press('Enter');
      await page.waitForSelector('#zone-dialog[open] #zone-body .zone-section');
      expect(await page.locator('#zone-title').textContent()).toBe(zone.name.en);
      const sections = page.locator('#zone-body .zone-section');
      const items = async (heading: string) =>
        sections
          .filter({ has: page.locator('h3', { hasText: heading }) })
          .locator('ul > li')
          .count();
      expect(await items('Priority industries')).toBe(zone.industries.length);
      expect(await items('Incentives')).toBe(zone.incentives.length);
      expect(await items('Partner countries')).toBe(zone.partners.length);
      expect(await items('Source documents')).toBe(zone.sources.length);
      expect(await page.locator('#zone-body .zone-summary').textContent()).toBe(zone.summary.en);
      await page.keyboard.press('Escape');
      await page.waitForFunction(() => !(document.querySelector('#zone-dialog') as HTMLDialogElement).open);
      expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.zoneId)).toBe(zoneId);
    },
    BROWSER_TEST_MS,
  );

  it(
    'switches the labels and the explanations to Chinese',
    async () => {
      const before = page.url();
      await page.selectOption('#language', 'zh');
      await page.waitForURL((url) => url.href !== before && /\/r\/[0-9a-f-]{36}$/.test(url.pathname));
      await page.waitForSelector('#cards > li.card');
      expect(await page.getAttribute('html', 'lang')).toBe('zh-Hans');
      expect(await page.locator('#profile-heading').textContent()).toBe('企业概况');
      expect(await page.locator('label[for="f-name"] [data-i18n="field.name"]').textContent()).toBe('企业名称');
      expect(await page.locator('#profile-submit').textContent()).toBe('园区排名');
      expect(await page.locator('#results-heading').textContent()).toBe('园区排名');
      expect(await page.locator('#leads-heading').textContent()).toBe('客户清单');
      const card = page.locator('#cards > li.card').first();
      expect(await card.locator('h4').first().textContent()).toBe('匹配的产业');
      expect(await card.locator('.score-label').textContent()).toBe('得分');

      const api = await recommend(PROFILE, 'zh');
      expect(await cardIds(page)).toEqual(api.results.map((r) => r.zone.id));
      expect(await card.locator('.zone-name').textContent()).toBe(api.results[0]!.zone.name);
      expect(await card.locator('.summary').textContent()).toBe(api.results[0]!.explanation.summary);
      permalink = page.url();
      expect(pageErrors).toEqual([]);
    },
    BROWSER_TEST_MS,
  );

  it(
    'reopens the permalink in a new page with the same ranking and the profile filled in',
    async () => {
      const second = watch(await context.newPage());
      await second.goto(permalink);
      await second.waitForSelector('body[data-ready="true"]');
      await second.waitForSelector('#cards > li.card');
      expect(await cardIds(second)).toEqual(await cardIds(page));
      expect(await cardIds(second)).toEqual(firstRanking);
      expect(await second.locator('#f-name').inputValue()).toBe(PROFILE.name);
      expect(await second.locator('#f-sector').inputValue()).toBe(PROFILE.sector);
      expect(await second.$$eval('#f-technologies-tokens li > span', (spans) => spans.map((s) => s.textContent))).toEqual(PROFILE.technologies);
      expect(await second.locator('#need-land').isChecked()).toBe(true);
      await second.close();

      const missing = watch(await context.newPage());
      await missing.goto(`${base}/r/00000000-0000-4000-8000-000000000000`);
      await missing.waitForSelector('body[data-ready="true"]');
      expect(await missing.locator('#results-status').textContent()).toBe('此链接没有对应的已保存结果。');
      expect(await missing.locator('#cards > li').count()).toBe(0);
      await missing.close();
      expect(pageErrors).toEqual([]);
    },
    BROWSER_TEST_MS,
  );

  it(
    'warns a foreign company whose activity China’s negative list closes, before the ranking, with the titled source on each card',
    async () => {
      const stored = await t.app.inject({
        method: 'POST',
        url: '/v1/recommendations',
        payload: { profile: { name: 'Hale & Partners LLP', sector: 'Legal services', country: 'US' }, options: { limit: 3, language: 'zh' } },
      });
      expect(stored.statusCode).toBe(200);
      const answer = stored.json();
      expect(answer.warnings).toHaveLength(1);
      const warned = watch(await context.newPage());
      await warned.goto(`${base}/r/${answer.id}`);
      await warned.waitForSelector('#cards > li.card');
      const alert = warned.locator('.negative-list');
      expect(await alert.count()).toBe(1);
      expect(await alert.textContent()).toContain(answer.warnings[0].message);
      expect(await alert.textContent()).toContain(answer.warnings[0].source.title);
      // Sources read by their titles; the file name is only a tooltip.
      const firstSource = warned.locator('#cards > li.card .source').first();
      expect(await firstSource.locator('.source-title').count()).toBe(1);
      expect(await firstSource.textContent()).not.toMatch(/\d{3}_[0-9a-f]{16}\.txt/);
      await warned.close();
      expect(pageErrors).toEqual([]);
    },
    BROWSER_TEST_MS,
  );

  it(
    'shows client-side hints and the server’s problem details next to the field',
    async () => {
      // Back to English: the shown result is ranked again in English under a new permalink.
      const zhUrl = page.url();
      await page.selectOption('#language', 'en');
      await page.waitForURL((u) => u.href !== zhUrl);
      await page.waitForSelector('#results[aria-busy="false"]');
      await page.click('#profile-reset');
      await page.waitForFunction(() => document.querySelectorAll('#f-technologies-tokens li').length === 0);
      const url = page.url();
      await page.fill('#f-sector', 'Semiconductor equipment');
      await page.click('#profile-submit');
      expect(await page.locator('#f-name-error').textContent()).toBe('Please fill this in.');
      expect(await page.locator('#f-name').getAttribute('aria-invalid')).toBe('true');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-name');
      expect(page.url()).toBe(url);

      // A value only the server can judge: drop the browser's pattern so the API sees "12a".
      await page.fill('#f-name', 'Shenzhen Test Devices');
      await page.evaluate(() => document.querySelector('#f-isic')?.removeAttribute('pattern'));
      await page.fill('#f-isic', '12a');
      await page.click('#profile-submit');
      await page.waitForSelector('#f-isic-error:not([hidden])');
      const res = await t.app.inject({
        method: 'POST',
        url: '/v1/recommendations',
        payload: { profile: { name: 'Shenzhen Test Devices', sector: 'Semiconductor equipment', isic: '12a' } },
      });
      expect(res.statusCode).toBe(400);
      const problem = res.json();
      const isicError = problem.errors.find((e: { path: string }) => e.path === '/body/profile/isic');
      expect(isicError).toBeDefined();
      // The server's words for the field, said by the console in its own language.
      expect(isicError.message).toBe('must be an ISIC Rev.4 code of 2 to 4 digits, e.g. 2610');
      expect(await page.locator('#f-isic-error').textContent()).toBe('An ISIC code has 2 to 4 digits. (profile/isic)');
      expect(await page.locator('#form-error').textContent()).toContain(problem.detail);
      expect(page.url()).toBe(url);
      expect(pageErrors).toEqual([]);
    },
    BROWSER_TEST_MS,
  );

  it(
    'sends the API key entered in the header and shows the service’s refusal of a wrong one',
    async () => {
      await page.fill('#f-isic', '');
      const url = page.url();
      await page.click('#api-key-box summary');
      await page.fill('#api-key', 'zm_not-a-key');
      await page.click('#profile-submit');
      const refusal = await t.app.inject({
        method: 'POST',
        url: '/v1/recommendations',
        headers: { authorization: 'Bearer zm_not-a-key' },
        payload: { profile: { name: 'Shenzhen Test Devices', sector: 'Semiconductor equipment' } },
      });
      expect(refusal.statusCode).toBe(401);
      await page.waitForFunction(
        () => !document.querySelector('#form-error')!.hasAttribute('hidden') && document.querySelector('#form-error')!.textContent!.includes('API key'),
      );
      expect(await page.locator('#form-error').textContent()).toBe(
        `The service answered: ${refusal.json().detail} The service wants a valid API key: enter it under “API key” at the top.`,
      );
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('api-key');
      expect(page.url()).toBe(url);

      await page.fill('#api-key', '');
      await page.click('#profile-submit');
      await page.waitForURL((u) => u.href !== url);
      const api = await recommend({ name: 'Shenzhen Test Devices', sector: 'Semiconductor equipment' }, 'en');
      expect(await cardIds(page)).toEqual(api.results.map((r) => r.zone.id));
      expect(pageErrors).toEqual([]);
    },
    BROWSER_TEST_MS,
  );

  it(
    'sends an uploaded CSV to the batch API as it is and downloads the ranked CSV, a bad row with its line and problems',
    async () => {
      const rows = [
        {
          name: '株式会社中部オートパーツ',
          country: 'jp',
          sector: '自動車部品',
          technologies: '電動パワートレイン;軽量化',
          description: 'ティア1サプライヤー、大連に工場を検討',
          employees: '800',
          stage: 'large',
          needs: 'land;talent',
        },
        {
          name: 'Kowloon Chip Design Ltd',
          country: 'HK',
          sector: 'integrated circuit design',
          technologies: 'EDA; chip design',
          description: 'Fabless design house, 40 engineers,\nlooking for "R&D" space',
          employees: '40',
          stage: 'startup',
          needs: 'rnd_collaboration;financing',
        },
        { name: 'Broken Row Ltd', country: 'JP', sector: 'auto parts', technologies: '', description: '', employees: 'many', stage: 'huge', needs: '' },
        {
          name: '苏州生物医药有限公司',
          country: 'DE',
          sector: '生物医药',
          technologies: '抗体药物',
          description: '创新药研发',
          employees: '',
          stage: '',
          needs: '',
        },
      ];
      const header = ['name', 'country', 'sector', 'technologies', 'description', 'employees', 'stage', 'needs'] as const;
      const quote = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
      // The file line each row starts on: the header is line 1, and a quoted line break moves the rows after it.
      const lineOfRow = (i: number) => 2 + i + rows.slice(0, i).reduce((n, r) => n + (r.description.match(/\n/g)?.length ?? 0), 0);
      // As a spreadsheet saves it: BOM, CRLF, quoted fields with commas and doubled quotes.
      const csv = `\ufeff${[header.join(','), ...rows.map((r) => header.map((h) => quote(r[h])).join(','))].join('\r\n')}\r\n`;

      await page.locator('#leads').scrollIntoViewIfNeeded();
      await page.setInputFiles('#lead-file', { name: 'leads.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
      await page.waitForSelector('#lead-start:not([disabled])');
      expect(await page.locator('#lead-progress-label').textContent()).toBe('leads.csv is ready to be scored.');
      // The file goes to the server's parser as it is: one batch request, text/csv.
      const [request] = await Promise.all([page.waitForRequest((r) => r.url().includes('/v1/recommendations/batch')), page.click('#lead-start')]);
      expect(request.headers()['content-type']).toBe('text/csv');
      expect(request.postData()).toBe(csv.slice(1)); // the browser reads the file as text without its BOM
      await page.waitForSelector('#lead-download:not([hidden])');
      expect(await page.locator('#lead-progress-label').textContent()).toBe('Done: 3 scored, 1 with errors.');
      expect(await page.locator('#lead-table tbody tr').count()).toBe(4);
      // The bad row: its line in the file (header = line 1) and its problems in the console's words.
      const bad = page.locator('#lead-table tbody tr.invalid');
      expect(await bad.locator('td').nth(1).textContent()).toBe(String(lineOfRow(2)));
      expect(lineOfRow(2)).toBe(5);
      expect(await bad.locator('.error-text').textContent()).toBe(
        'Line 5: employees: “many” is not a number; stage: must be one of startup, sme, large, listed',
      );

      const [download] = await Promise.all([page.waitForEvent('download'), page.click('#lead-download')]);
      expect(download.suggestedFilename()).toBe('leads-ranked.csv');
      const text = readFileSync((await download.path())!, 'utf8');
      const records: Record<string, string>[] = parse(text, { columns: true, bom: true, skip_empty_lines: true });
      expect(records).toHaveLength(4);
      expect(Object.keys(records[0]!)).toEqual([
        'lead_rank',
        'line',
        'name',
        'status',
        'top_score',
        'zone_1_id',
        'zone_1_name',
        'zone_1_score',
        'zone_2_id',
        'zone_2_name',
        'zone_2_score',
        'zone_3_id',
        'zone_3_name',
        'zone_3_score',
        'permalink',
        'problems',
      ]);

      // Each good lead's zones are the API's answer for the same profile; leads come best first, the bad row last.
      const good = rows.filter((r) => r.name !== 'Broken Row Ltd');
      const expected = await Promise.all(
        good.map(async (r) => {
          const profile: Record<string, unknown> = { name: r.name, sector: r.sector, country: r.country };
          profile.technologies = r.technologies.split(';').map((s) => s.trim());
          profile.description = r.description;
          if (r.employees) profile.size = { employees: Number(r.employees) };
          if (r.stage) profile.stage = r.stage;
          if (r.needs) profile.needs = r.needs.split(';');
          return { name: r.name, answer: await recommend(profile, 'en', 3) };
        }),
      );
      expected.sort(
        (a, b) =>
          b.answer.results[0]!.score - a.answer.results[0]!.score || rows.findIndex((r) => r.name === a.name) - rows.findIndex((r) => r.name === b.name),
      );
      expect(records.map((r) => r.name)).toEqual([...expected.map((e) => e.name), 'Broken Row Ltd']);
      records.slice(0, 3).forEach((record, i) => {
        const answer = expected[i]!.answer;
        expect(record.lead_rank).toBe(String(i + 1));
        expect(record.line).toBe(String(lineOfRow(rows.findIndex((r) => r.name === record.name))));
        expect(record.status).toBe('ok');
        expect(record.top_score).toBe(String(answer.results[0]!.score));
        expect([record.zone_1_id, record.zone_2_id, record.zone_3_id]).toEqual(answer.results.map((r) => r.zone.id));
        expect(record.zone_1_name).toBe(answer.results[0]!.zone.name);
        expect(record.permalink).toMatch(new RegExp(`^${base}/r/[0-9a-f-]{36}$`));
        expect(record.problems).toBe('');
      });
      expect(records[3]).toMatchObject({
        lead_rank: '',
        line: '5',
        status: 'invalid',
        problems: 'employees: “many” is not a number; stage: must be one of startup, sme, large, listed',
      });
      expect(pageErrors).toEqual([]);
    },
    BROWSER_TEST_MS,
  );

  it(
    'stacks into one column at tablet width without sideways scrolling',
    async () => {
      await page.setViewportSize({ width: 820, height: 1180 });
      const layout = await page.evaluate(() => {
        const box = (selector: string) => document.querySelector(selector)!.getBoundingClientRect();
        return {
          formLeft: box('.profile-panel').left,
          resultsLeft: box('#results').left,
          resultsTop: box('#results').top,
          formBottom: box('.profile-panel').bottom,
          overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        };
      });
      expect(layout.resultsLeft).toBe(layout.formLeft);
      expect(layout.resultsTop).toBeGreaterThan(layout.formBottom);
      expect(layout.overflow).toBe(0);
    },
    BROWSER_TEST_MS,
  );
});
