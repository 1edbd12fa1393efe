import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_WEIGHTS } from '../src/engine/index.js';
import { createApiKey } from '../src/repositories/api-key-repository.js';
import { PROFILE_EXAMPLES } from '../src/schemas/examples.js';
import { createTestApp, type TestApp } from './helpers/app.js';
import { DATABASE_KINDS } from './helpers/database.js';
import { COMPONENT_NAMES } from '../src/engine/types.js';

const PROFILE = PROFILE_EXAMPLES[0]!.profile;
const LOGISTICS_FIRST = { ...DEFAULT_WEIGHTS, industry: 0.1, logistics: 0.7 };

describe.each(DATABASE_KINDS)('weight presets on %s', (kind) => {
  let t: TestApp;
  const keys = { staff: '', admin: '' };
  beforeAll(async () => {
    t = await createTestApp(kind);
    keys.staff = (await createApiKey(t.database.db, { label: 'Dalian desk', role: 'staff' })).key;
    keys.admin = (await createApiKey(t.database.db, { label: 'Head office', role: 'admin' })).key;
  });
  afterAll(async () => {
    await t.close();
  });

  const save = (body: object, key = keys.admin) =>
    t.app.inject({ method: 'POST', url: '/v1/weight-presets', payload: body, headers: { authorization: `Bearer ${key}` } });
  const recommend = (options: object) =>
    t.app.inject({ method: 'POST', url: '/v1/recommendations', payload: { profile: PROFILE, options: { language: 'en', ...options } } });

  it('saves a preset with all six weights, the admin key’s label and a time, and lists it', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/v1/weight-presets' })).json()).toEqual({ items: [], total: 0 });
    const res = await save({ name: 'logistics-first', weights: { industry: 0.1, logistics: 0.7 }, note: 'Export-driven plants' });
    expect(res.statusCode).toBe(201);
    const preset = {
      name: 'logistics-first',
      weights: LOGISTICS_FIRST,
      createdBy: 'Head office',
      note: 'Export-driven plants',
      createdAt: expect.stringMatching(/Z$/),
    };
    expect(res.json()).toEqual(preset);
    expect((await t.app.inject({ method: 'GET', url: '/v1/weight-presets' })).json()).toEqual({ items: [preset], total: 1 });
  });

  it('never replaces a preset, and refuses bad names, unusable weights and keys without admin', async () => {
    const again = await save({ name: 'logistics-first', weights: { industry: 1 } });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({
      code: 'WEIGHT_PRESET_EXISTS',
      detail: 'A weight preset named "logistics-first" exists; presets are never replaced, so choose another name.',
    });
    const name = await save({ name: 'Logistics First', weights: {} });
    expect(name.statusCode).toBe(400);
    expect(name.json().errors).toEqual([
      { path: '/body/name', message: "must be lower-case letters, digits, '.', '_' or '-', starting with a letter or digit, at most 64 characters" },
    ]);
    const zero = await save({ name: 'nothing', weights: Object.fromEntries(COMPONENT_NAMES.map((n) => [n, 0])) });
    expect(zero.statusCode).toBe(400);
    expect(zero.json().errors).toEqual([{ path: '/body/weights', message: 'at least one weight must be above zero' }]);
    const staff = await save({ name: 'staff-made', weights: {} }, keys.staff);
    expect(staff.statusCode).toBe(403);
    expect(staff.json().detail).toBe('This endpoint needs role admin; the key "Dalian desk" has role staff.');
  });

  it('ranks with a preset named in the options, and the answer says so and lists the weights used', async () => {
    const withPreset = (await recommend({ weightsPreset: 'logistics-first', persist: false })).json();
    const withWeights = (await recommend({ weights: LOGISTICS_FIRST, persist: false })).json();
    expect(withPreset.weightsPreset).toBe('logistics-first');
    expect(withPreset.weights).toEqual(LOGISTICS_FIRST);
    expect(withPreset.results).toEqual(withWeights.results);
    expect(withWeights.weightsPreset).toBeUndefined();
    // The default answer names no preset and lists the default weights.
    const plain = (await recommend({ persist: false })).json();
    expect(plain.weights).toEqual(DEFAULT_WEIGHTS);
    expect(plain.weightsPreset).toBeUndefined();
    expect(plain.results.map((r: { zone: { id: string } }) => r.zone.id)).not.toEqual(withPreset.results.map((r: { zone: { id: string } }) => r.zone.id));
  });

  it('keeps the preset with the stored answer, and compares with it', async () => {
    const stored = (await recommend({ weightsPreset: 'logistics-first' })).json();
    expect((await t.app.inject({ method: 'GET', url: `/v1/recommendations/${stored.id}` })).json()).toEqual(stored);
    const zones = stored.results.slice(0, 2).map((r: { zone: { id: string } }) => r.zone.id);
    const comparison = (await t.app.inject({ method: 'GET', url: `/v1/recommendations/${stored.id}/compare?zones=${zones.join(',')}` })).json();
    expect(comparison).toMatchObject({ weights: LOGISTICS_FIRST, weightsPreset: 'logistics-first' });
    expect(comparison.zones.map((z: { score: number }) => z.score)).toEqual(stored.results.slice(0, 2).map((r: { score: number }) => r.score));
  });

  it('refuses an unknown preset, and a preset together with weights, naming the field', async () => {
    const unknown = await recommend({ weightsPreset: 'nope' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json()).toMatchObject({
      code: 'VALIDATION_FAILED',
      errors: [{ path: '/body/options/weightsPreset', message: '"nope" is not a known weight preset (GET /v1/weight-presets lists them)' }],
    });
    const both = await recommend({ weightsPreset: 'logistics-first', weights: { industry: 1 } });
    expect(both.statusCode).toBe(400);
    expect(both.json().errors).toEqual([{ path: '/body/options/weightsPreset', message: 'cannot be combined with weights; send one or the other' }]);
  });

  it('applies a preset to every profile of a batch, JSON or CSV', async () => {
    const json = await t.app.inject({
      method: 'POST',
      url: '/v1/recommendations/batch',
      payload: {
        profiles: [PROFILE, { name: 'Beijing Chips', sector: 'integrated circuit design' }],
        options: { weightsPreset: 'logistics-first', persist: false },
      },
    });
    expect(json.statusCode).toBe(200);
    for (const item of json.json().items) expect(item.recommendation).toMatchObject({ weightsPreset: 'logistics-first', weights: LOGISTICS_FIRST });
    const csv = 'name,sector\nBeijing Chips,integrated circuit design\n';
    const ok = await t.app.inject({
      method: 'POST',
      url: '/v1/recommendations/batch?weightsPreset=logistics-first&persist=false',
      payload: csv,
      headers: { 'content-type': 'text/csv' },
    });
    expect(ok.json().items[0].recommendation.weightsPreset).toBe('logistics-first');
    const unknown = await t.app.inject({
      method: 'POST',
      url: '/v1/recommendations/batch?weightsPreset=nope',
      payload: csv,
      headers: { 'content-type': 'text/csv' },
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors).toEqual([
      { path: '/querystring/weightsPreset', message: '"nope" is not a known weight preset (GET /v1/weight-presets lists them)' },
    ]);
  });
});
