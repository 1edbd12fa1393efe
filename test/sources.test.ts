/**
 * Sources a client can check: every source document with its title, issuer, date and kind, and
 * the passage each citation points to.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sourceRefsOf } from '../src/catalog/load.js';
import { CATALOGUE_SOURCE } from '../src/catalog/national/zones.js';
import { CatalogView } from '../src/services/catalog-view.js';
import { findExcerpt } from '../src/services/excerpt.js';
import { SourceService } from '../src/services/source-service.js';
import { createTestApp, seedFiles, type TestApp } from './helpers/app.js';

const DOCUMENTS = join(import.meta.dirname, '../seeds/documents');
const SHARED = join(import.meta.dirname, '../../shared');

describe('the shipped documents', () => {
  it('are unchanged copies of the shared sources', () => {
    for (const doc of [
      '000_e949d19d91dea074.txt',
      '001_eaf0b4e527a92ad6.txt',
      '002_db68afa89548ec08.txt',
      '003_97a4b1e478b23a38.txt',
      '004_e8e0f5f3c6ae9580.txt',
    ]) {
      expect(readFileSync(join(DOCUMENTS, doc), 'utf8'), doc).toBe(readFileSync(join(SHARED, 'seeds', doc), 'utf8'));
    }
    expect(readFileSync(join(DOCUMENTS, 'negative-list-2024.csv'), 'utf8')).toBe(readFileSync(join(SHARED, 'data/negative-list-2024.csv'), 'utf8'));
  });

  it('hold every section the catalog cites, each a passage that starts with its last heading', () => {
    const catalog = seedFiles();
    const refs = new Map<string, { doc: string; section: string }>();
    for (const entry of [...catalog.programs, ...catalog.zones])
      for (const ref of sourceRefsOf(entry)) if (ref.doc.endsWith('.txt')) refs.set(`${ref.doc}\0${ref.section}`, ref);
    expect(refs.size).toBeGreaterThan(60);
    const squash = (s: string) => s.normalize('NFKC').replace(/[\s#]+/g, '');
    for (const { doc, section } of refs.values()) {
      const found = findExcerpt(readFileSync(join(DOCUMENTS, doc), 'utf8'), section);
      expect('text' in found, `${doc} ${section}`).toBe(true);
      if (!('text' in found)) continue;
      const last = section.split(' > ').at(-1)!;
      // A table item starts with its number; a heading passage with the heading itself.
      expect(squash(found.text).startsWith(/^\d+$/.test(last) ? `${last}.` : squash(last)), `${doc} ${section}: ${found.text.slice(0, 40)}`).toBe(true);
      expect(found.text.length, `${doc} ${section}`).toBeGreaterThan(40);
    }
  });

  it('end a passage at the next heading of the same level', () => {
    const text = '一、总则\n\n（一）目标\n到2025年……。\n（二）原则\n坚持开放。\n二、任务\n做好工作。';
    expect(findExcerpt(text, '一、总则 > （一）目标')).toEqual({ text: '（一）目标\n到2025年……。', truncated: false });
    expect(findExcerpt(text, '一、总则')).toEqual({ text: '一、总则\n\n（一）目标\n到2025年……。\n（二）原则\n坚持开放。', truncated: false });
    expect(findExcerpt(text, '一、总则 > （三）保障')).toEqual({ missing: '（三）保障' });
  });
});

describe('excerpts of the 2018 national catalogue', () => {
  it('return the cited row as column: value lines, found by its code', () => {
    const catalog = seedFiles();
    const view = new CatalogView({ ...catalog, sources: [...catalog.sources, CATALOGUE_SOURCE] });
    const service = new SourceService(() => view);
    expect(service.get('china-dev-zones-2018.csv')).toMatchObject({ doc: 'china-dev-zones-2018.csv', textAvailable: true });
    const { text } = service.excerpt('china-dev-zones-2018.csv', 'row 627: G422031 武汉东湖新技术开发区');
    expect(text.split('\n').slice(0, 4)).toEqual(['seq: 314', 'code: G422031', 'name_zh: 武汉东湖新技术开发区', 'province: 湖北省']);
    expect(() => service.excerpt('china-dev-zones-2018.csv', 'row 1: G999999 无此开发区')).toThrow(/has no section/);
  });
});

describe('GET /v1/sources', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('lists every source document with its title in three languages, issuer, date and kind', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/v1/sources' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.total).toBe(6);
    for (const item of body.items) {
      expect(Object.keys(item.title).sort(), item.doc).toEqual(['en', 'ja', 'zh']);
      expect(Object.keys(item.issuer).sort(), item.doc).toEqual(['en', 'ja', 'zh']);
      expect(item.kind, item.doc).toMatch(/^(law|regulation|order|notice|plan|catalogue|announcement|news_report)$/);
      expect(item.textAvailable, item.doc).toBe(true);
    }
    expect(body.items.find((s: { doc: string }) => s.doc === '001_eaf0b4e527a92ad6.txt')).toMatchObject({
      kind: 'plan',
      date: '2022-09-21',
      issuer: { zh: '中华人民共和国科学技术部' },
    });
  });

  it('gives one document by its file name', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/v1/sources/negative-list-2024.csv' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ doc: 'negative-list-2024.csv', kind: 'order', date: '2024-09-06', language: 'zh' });
  });

  it('answers 404 with a problem for a document it does not know', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/v1/sources/999_nope.txt' });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({ code: 'SOURCE_NOT_FOUND', detail: 'There is no source document "999_nope.txt" (GET /v1/sources lists them).' });
  });

  it('returns the cited passage of a section', async () => {
    const section = '四、保障措置 > (二) 政策保障 > 2. 人材政策';
    const res = await t.app.inject({ method: 'GET', url: `/v1/sources/000_e949d19d91dea074.txt/excerpt?section=${encodeURIComponent(section)}` });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ doc: '000_e949d19d91dea074.txt', section, truncated: false });
    expect(body.title.en).toContain('Dalian');
    expect(body.text.startsWith('### 2. 人材政策')).toBe(true);
    expect(body.text).toContain('「5+22」');
    expect(body.text).not.toContain('3. インフラ政策');
  });

  it('returns a negative-list section as its measures, naming the ones not transcribed', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/v1/sources/negative-list-2024.csv/excerpt?section=${encodeURIComponent('五、交通运输、仓储和邮政业')}`,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().text).toBe('五、交通运输、仓储和邮政业\n8. 国内水上运输公司须由中方控股。\n(Not transcribed: measures 9, 10, 11.)');
  });

  it('answers 404 naming the section a document does not have', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/v1/sources/000_e949d19d91dea074.txt/excerpt?section=${encodeURIComponent('四、保障措置 > (九) 月面基地')}`,
    });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({
      code: 'SECTION_NOT_FOUND',
      errors: [{ path: '/querystring/section', message: 'no section "(九) 月面基地" (of "四、保障措置 > (九) 月面基地") in 000_e949d19d91dea074.txt' }],
    });
  });

  it("gives every source an answer cites its title in the answer's language, and the negative-list warning at the top", async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/v1/recommendations',
      payload: {
        profile: { name: 'Korea Press Wire', sector: 'News agency', country: 'KR', needs: ['talent'] },
        options: { language: 'ja', limit: 5, persist: false },
      },
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.warnings).toEqual([
      {
        code: 'NEGATIVE_LIST_PROHIBITED',
        measure: 23,
        kind: 'prohibited',
        transcribed: true,
        text: '報道機関（通信社を含むがこれに限らない）への投資を禁止する。',
        message:
          '中国の外商投資参入ネガティブリスト（2024年版）第23項は、貴社の事業分野への外資の投資を禁止しています：報道機関（通信社を含むがこれに限らない）への投資を禁止する。',
        matchedBy: { field: 'sector', text: 'news agency' },
        source: {
          doc: 'negative-list-2024.csv',
          section: '十一、文化、体育和娱乐业',
          title: '外商投資参入特別管理措置（ネガティブリスト）（2024年版）、国家発展改革委員会・商務部令第23号（一部転記：29項目中22項目）',
        },
      },
    ]);
    const titles = new Map(seedFiles().sources.map((s) => [s.doc, s.title.ja]));
    const cited = JSON.stringify(body.results).match(/"source":\{[^}]*\}/g) ?? [];
    expect(cited.length).toBeGreaterThan(10);
    for (const text of cited) {
      const source = JSON.parse(text.slice('"source":'.length));
      expect(source.title, text).toBe(titles.get(source.doc));
    }
    for (const result of body.results) expect(result.explanation.concerns[0].code).toBe('NEGATIVE_LIST_PROHIBITED');
  });

  it('answers 400 naming the field when the section is missing', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/v1/sources/000_e949d19d91dea074.txt/excerpt' });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('VALIDATION_FAILED');
    expect(JSON.stringify(res.json().errors)).toContain('section');
  });
});
