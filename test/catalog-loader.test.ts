import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CatalogError, DEFAULT_SEEDS_DIR, loadCatalog } from '../src/catalog/load.js';

const copies: string[] = [];
function copySeeds(): string {
  const dir = mkdtempSync(join(tmpdir(), 'zonematch-seeds-'));
  cpSync(DEFAULT_SEEDS_DIR, dir, { recursive: true });
  copies.push(dir);
  return dir;
}
function problemsOf(dir: string): string[] {
  try {
    loadCatalog(dir);
  } catch (error) {
    if (error instanceof CatalogError) return error.problems;
    throw error;
  }
  return [];
}
function editJson(path: string, edit: (value: any) => void) {
  const value = JSON.parse(readFileSync(path, 'utf8'));
  edit(value);
  writeFileSync(path, JSON.stringify(value, null, 2));
}

afterEach(() => {
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('loading the catalog files', () => {
  it('names the file and the JSON path of a schema problem', () => {
    const dir = copySeeds();
    editJson(join(dir, 'zones/dalian-xinriben.json'), (zone) => {
      zone.industries[0].name.ja = '';
    });
    expect(problemsOf(dir)).toContain('zones/dalian-xinriben.json: /industries/0/name/ja: Expected string length greater or equal to 1');
  });

  it('names the file of a JSON syntax error', () => {
    const dir = copySeeds();
    writeFileSync(join(dir, 'zones/qingdao-cj.json'), '{ "id": "qingdao-cj", ');
    const problems = problemsOf(dir);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^zones\/qingdao-cj\.json: \/: not valid JSON/);
  });

  it('reports a concept reference that does not resolve', () => {
    const dir = copySeeds();
    editJson(join(dir, 'zones/shanghai-lz-xuhui.json'), (zone) => {
      zone.industries[0].concepts.push('no-such-concept');
    });
    expect(problemsOf(dir)).toEqual([expect.stringMatching(/^zones\/shanghai-lz-xuhui\.json: \/industries\/0\/concepts: unknown concept "no-such-concept"$/)]);
  });

  it('reports a zone whose id does not match its file name', () => {
    const dir = copySeeds();
    editJson(join(dir, 'zones/chengdu-cj.json'), (zone) => {
      zone.id = 'chengdu-x';
    });
    expect(problemsOf(dir)).toContain('zones/chengdu-cj.json: /id: zone id "chengdu-x" must match the file name "chengdu-cj"');
  });

  it('reports a source document that sources.json does not list', () => {
    const dir = copySeeds();
    editJson(join(dir, 'zones/tianjin-cj.json'), (zone) => {
      zone.sources[0].doc = '009_0000000000000000.txt';
    });
    expect(problemsOf(dir)).toContain('zones/tianjin-cj.json: source document "009_0000000000000000.txt" is not listed in sources.json');
  });

  it('gives the same version for the same files and a new one when a file changes', () => {
    const dir = copySeeds();
    const before = loadCatalog(dir).version;
    expect(loadCatalog(dir).version).toBe(before);
    editJson(join(dir, 'zones/suzhou-cj.json'), (zone) => {
      zone.summary.en += ' (edited)';
    });
    expect(loadCatalog(dir).version).not.toBe(before);
  });
});
