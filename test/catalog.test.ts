import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog, sourceRefsOf } from '../src/catalog/load.js';

const DOCUMENTS = join(import.meta.dirname, '../seeds/documents');
const catalog = loadCatalog();

const REQUIRED_ZONES = [
  'dalian-xinriben',
  'dalian-songmudao',
  'dalian-xizhongdao',
  'dalian-huayuankou',
  'qingdao-cj',
  'tianjin-cj',
  'shanghai-cj',
  'suzhou-cj',
  'chengdu-cj',
  'shanghai-lz-huangpu',
  'shanghai-lz-xuhui',
  'shanghai-lz-hongkou',
  'shanghai-lz-yangpu',
  'shanghai-lz-baoshan',
  'shanghai-lz-minhang',
  'shanghai-lz-bonded',
  'zhongguancun',
  'wuhan-east-lake',
  'shanghai-zhangjiang',
  'hk-shenzhen-itp',
];

// Headings are compared without spaces and width differences: the documents mix full- and half-width brackets.
const squash = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');
const documents = new Map(catalog.sources.map((s) => [s.doc, squash(readFileSync(join(DOCUMENTS, s.doc), 'utf8'))]));

describe('the reviewed catalog', () => {
  it('has every zone staff tools depend on, each with a lowercase slug id', () => {
    const ids = catalog.zones.map((z) => z.id);
    for (const id of REQUIRED_ZONES) expect(ids).toContain(id);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('gives every zone at least one priority industry (own or inherited) and one source', () => {
    const programs = new Map(catalog.programs.map((p) => [p.id, p]));
    for (const zone of catalog.zones) {
      let industries = zone.industries.length;
      for (let p = programs.get(zone.program); p; p = p.parent ? programs.get(p.parent) : undefined) industries += p.industries.length;
      expect(industries, zone.id).toBeGreaterThan(0);
      expect(zone.sources.length, zone.id).toBeGreaterThan(0);
    }
  });

  it('has a few hundred concepts, each labelled in en, ja and zh', () => {
    expect(catalog.concepts.length).toBeGreaterThanOrEqual(250);
    for (const c of catalog.concepts) {
      expect(c.labels.en.trim(), c.id).not.toBe('');
      expect(c.labels.ja.trim(), c.id).not.toBe('');
      expect(c.labels.zh.trim(), c.id).not.toBe('');
    }
  });

  it('cites only section headings that appear in the cited document', () => {
    const missing: string[] = [];
    for (const entry of [...catalog.programs, ...catalog.zones]) {
      for (const ref of sourceRefsOf(entry)) {
        const text = documents.get(ref.doc)!;
        for (const part of ref.section.split(' > ')) {
          // Measure-number suffixes ("> 7") of the 004 table are row numbers, not headings.
          if (/^\d+$/.test(part.trim())) continue;
          if (!text.includes(squash(part))) missing.push(`${entry.id}: ${ref.doc} "${part}"`);
        }
      }
    }
    expect([...new Set(missing)]).toEqual([]);
  });

  it('takes every area and distance from the document it cites', () => {
    for (const zone of catalog.zones) {
      const figures = [zone.areaKm2, zone.distancesKm?.airport, zone.distancesKm?.port, zone.distancesKm?.cityCentre];
      for (const figure of figures) {
        if (!figure) continue;
        expect(documents.get(figure.source.doc), `${zone.id} ${figure.value}`).toContain(String(figure.value));
      }
    }
  });

  it("states the Dalian areas' figures exactly as the master plan does", () => {
    const zone = (id: string) => catalog.zones.find((z) => z.id === id)!;
    expect(zone('dalian-xinriben').areaKm2?.value).toBe(28);
    expect(zone('dalian-xinriben').distancesKm).toMatchObject({ airport: { value: 15 }, port: { value: 35 }, cityCentre: { value: 40 } });
    expect(zone('dalian-songmudao').areaKm2?.value).toBe(14.92);
    expect(zone('dalian-xizhongdao').distancesKm).toMatchObject({ airport: { value: 45 }, cityCentre: { value: 65 } });
    expect(zone('dalian-huayuankou').distancesKm).toMatchObject({ airport: { value: 140 }, port: { value: 90 }, cityCentre: { value: 114 } });
    expect(zone('qingdao-cj').areaKm2?.value).toBe(10.68);
  });
});
