import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMPONENT_NAMES, DEFAULT_WEIGHTS } from '../src/engine/index.js';
import { createApiKey } from '../src/repositories/api-key-repository.js';
import type { OutcomeStatus } from '../src/schemas/outcome-dto.js';
import { LEARN_WEIGHTS_AUTHOR, parseLearnArgs, runLearnWeights } from '../src/tools/learn-weights.js';
import {
  engineMargin,
  fitPairwiseWeights,
  isHeldOut,
  learnFromPairs,
  pairAccuracy,
  pairsFromOutcomes,
  scoredOutcomes,
  splitPairs,
  type Features,
  type ScoredOutcome,
} from '../src/services/weight-learning.js';
import { createTestApp, type TestApp } from './helpers/app.js';
import { DATABASE_KINDS } from './helpers/database.js';

/** A small deterministic generator (Park–Miller), so the synthetic data is the same on every run. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 48271) % 2147483647;
    return state / 2147483647;
  };
}

/**
 * Companies that choose zones for their logistics: each looked at three zones, invested in (or
 * visited) the one with the best logistics and declined the worst; industry fit, which the
 * default weights favour, is drawn against logistics, so the defaults order these pairs badly.
 */
function logisticsDrivenOutcomes(companies: number): ScoredOutcome[] {
  const next = random(20261205);
  const outcomes: ScoredOutcome[] = [];
  for (let c = 0; c < companies; c++) {
    const zones = [0, 1, 2].map((z) => {
      const logistics = next();
      const features = Object.fromEntries(COMPONENT_NAMES.map((n) => [n, next()])) as Features;
      features.logistics = logistics;
      features.industry = Math.min(1, Math.max(0, 1 - logistics + (next() - 0.5) * 0.3));
      return { zoneId: `zone-${c}-${z}`, features };
    });
    zones.sort((a, b) => b.features.logistics - a.features.logistics);
    const statuses: OutcomeStatus[] = [c % 2 === 0 ? 'invested' : 'visited', 'negotiating', 'declined'];
    zones.forEach((z, i) => outcomes.push({ company: `company-${c}`, zoneId: z.zoneId, status: statuses[i]!, features: z.features }));
  }
  return outcomes;
}

describe('fitting weights to lead outcomes', () => {
  const outcomes = logisticsDrivenOutcomes(200);
  const pairs = pairsFromOutcomes(outcomes);

  it('pairs every invested or visited zone with every declined zone of the same company, and nothing else', () => {
    // One preferred and one declined zone per company; "negotiating" is in neither group.
    expect(pairs).toHaveLength(200);
    for (const p of pairs) {
      expect(p.better.zoneId.startsWith(`zone-${p.company.slice('company-'.length)}-`)).toBe(true);
      expect(p.worse.zoneId.startsWith(`zone-${p.company.slice('company-'.length)}-`)).toBe(true);
      expect(p.better.features.logistics).toBeGreaterThan(p.worse.features.logistics);
    }
    expect(pairsFromOutcomes([{ company: 'a', zoneId: 'z1', status: 'contacted', features: outcomes[0]!.features }])).toEqual([]);
  });

  it('holds out whole companies, the same ones on every run', () => {
    const { train, test } = splitPairs(pairs);
    const trainCompanies = new Set(train.map((p) => p.company));
    expect(test.some((p) => trainCompanies.has(p.company))).toBe(false);
    // About 30 % of the companies, decided by a hash of the id alone.
    expect(test.length).toBeGreaterThan(40);
    expect(test.length).toBeLessThan(80);
    expect(splitPairs(pairs)).toEqual({ train, test });
    expect(isHeldOut('company-7')).toBe(isHeldOut('company-7'));
  });

  it('finds that logistics drives the investments and orders the held-out pairs better than the defaults', () => {
    const result = learnFromPairs(pairs);
    const heaviest = COMPONENT_NAMES.reduce((a, b) => (result.fitted[a] >= result.fitted[b] ? a : b));
    expect(heaviest).toBe('logistics');
    expect(result.fitted.industry).toBeLessThan(DEFAULT_WEIGHTS.industry);
    expect(COMPONENT_NAMES.reduce((s, n) => s + result.fitted[n], 0)).toBeCloseTo(1, 2);
    expect(result.pairs.test).toBeGreaterThan(0);
    expect(result.accuracy.fitted).toBeGreaterThan(0.9);
    expect(result.accuracy.defaults).toBeLessThan(0.5);
    expect(result.accuracy.fitted!).toBeGreaterThan(result.accuracy.defaults! + 0.4);
    // The same pairs give the same weights.
    expect(fitPairwiseWeights(splitPairs(pairs).train)).toEqual(result.fitted);
  });

  it('counts a tie as half a pair ordered right, and has no accuracy without pairs', () => {
    const same = outcomes[0]!.features;
    expect(pairAccuracy([{ company: 'a', better: { zoneId: 'x', features: same }, worse: { zoneId: 'y', features: same } }], DEFAULT_WEIGHTS)).toBe(0.5);
    expect(pairAccuracy([], DEFAULT_WEIGHTS)).toBeUndefined();
  });

  it('checks its arguments', () => {
    expect(parseLearnArgs(['--save', 'learned-2026', '--held-out', '0.25'])).toEqual({ save: 'learned-2026', heldOut: 0.25, json: false });
    expect(() => parseLearnArgs(['--held-out', '1.5'])).toThrow('--held-out "1.5": expected a share between 0 and 1, e.g. 0.3');
    expect(() => parseLearnArgs(['--frobnicate'])).toThrow(/Unknown option '--frobnicate'/);
  });
});

describe.each(DATABASE_KINDS)('learn-weights on recorded outcomes on %s', (kind) => {
  let t: TestApp;
  let staff = '';
  /** A zone the NEV maker's answer did not list: its outcome is scored by the engine. */
  let unlisted = '';
  const answers: Record<
    string,
    { id: string; results: { zone: { id: string }; score: number; components: Record<string, { score: number }>; penaltyFactor: number }[] }
  > = {};
  beforeAll(async () => {
    t = await createTestApp(kind);
    staff = (await createApiKey(t.database.db, { label: 'Dalian desk', role: 'staff' })).key;
    const profiles = {
      nev: { name: 'Kansai EV Components Co.', country: 'JP', sector: 'Automotive parts for new energy vehicles' },
      chips: { name: 'Shenzhen MicroCore', country: 'CN', sector: 'integrated circuit design', technologies: ['EDA'] },
    };
    for (const [key, profile] of Object.entries(profiles)) {
      answers[key] = (await t.app.inject({ method: 'POST', url: '/v1/recommendations', payload: { profile, options: { limit: 3 } } })).json();
    }
    const listed = answers.nev!.results.map((r) => r.zone.id);
    unlisted = ['shanghai-lz-hongkou', 'chengdu-cj', 'zhongguancun'].find((id) => !listed.includes(id))!;
    const record = (company: string, zone: string, status: string, reason?: string) =>
      t.app.inject({
        method: 'POST',
        url: '/v1/leads/outcomes',
        headers: { authorization: `Bearer ${staff}` },
        payload: { company, zone, status, ...(reason ? { reason } : {}) },
      });
    const nev = answers.nev!;
    const chips = answers.chips!;
    // The NEV maker first declined its top zone, then came back and invested there: the latest counts.
    for (const [company, zone, status, reason] of [
      [nev.id, nev.results[0]!.zone.id, 'declined', 'Land price'],
      [nev.id, nev.results[0]!.zone.id, 'invested'],
      [nev.id, nev.results[1]!.zone.id, 'declined', 'Too far from the port'],
      // A zone its answer did not list: scored by the engine.
      [nev.id, unlisted, 'declined', 'No plant land'],
      [chips.id, chips.results[1]!.zone.id, 'visited'],
      [chips.id, chips.results[0]!.zone.id, 'declined', 'Chose another city'],
    ] as const) {
      expect((await record(company, zone, status, reason)).statusCode).toBe(201);
    }
  });
  afterAll(async () => {
    await t.close();
  });

  it("describes each outcome by the stored answer's component scores, or the engine's for a zone the answer did not list", async () => {
    const result = await scoredOutcomes(t.database, t.app.zonematch.catalog);
    expect(result).toMatchObject({ unscored: 0, fromStoredAnswer: 4, fromEngine: 1 });
    const nevTop = answers.nev!.results[0]!;
    const outcome = result.outcomes.find((o) => o.zoneId === nevTop.zone.id && o.status === 'invested')!;
    expect(outcome.features).toEqual(Object.fromEntries(COMPONENT_NAMES.map((n) => [n, nevTop.components[n]!.score * nevTop.penaltyFactor])));
    const engine = (
      await t.app.inject({
        method: 'POST',
        url: '/v1/recommendations',
        payload: {
          profile: { name: 'Kansai EV Components Co.', country: 'JP', sector: 'Automotive parts for new energy vehicles' },
          options: { zones: [unlisted], persist: false },
        },
      })
    ).json().results[0];
    expect(result.outcomes.find((o) => o.zoneId === unlisted)!.features.industry).toBe(engine.components.industry.score * engine.penaltyFactor);
    // Two companies: 1 × 2 pairs for the NEV maker, 1 × 1 for the chip designer.
    const pairs = pairsFromOutcomes(result.outcomes);
    expect(pairs).toHaveLength(3);
    // Ordered by the engine: with the answer's (default) weights, the answer's own scores.
    const margin = engineMargin(t.app.zonematch.catalog);
    const nevPair = pairs.find((p) => p.better.zoneId === nevTop.zone.id && p.worse.zoneId === answers.nev!.results[1]!.zone.id)!;
    expect(margin(nevPair, DEFAULT_WEIGHTS)).toBeCloseTo(answers.nev!.results[0]!.score - answers.nev!.results[1]!.score, 6);
    const chipsPair = pairs.find((p) => p.better.zoneId === answers.chips!.results[1]!.zone.id)!;
    expect(margin(chipsPair, DEFAULT_WEIGHTS)).toBeCloseTo(answers.chips!.results[1]!.score - answers.chips!.results[0]!.score, 6);
  });

  it('reports the fit, saves it as a preset once, and the preset ranks', async () => {
    const out = await runLearnWeights(t.database, { heldOut: 0.5, json: false, save: 'learned' });
    expect(out).toMatch(/^Outcomes: 5 latest \(company, zone\) outcomes; 4 scored from their stored answer, 1 by the engine on the live catalog, 0 left out/);
    expect(out).toMatch(/Pairs \(invested\/visited above declined, same company\): \d to fit, \d held out\./);
    expect(out).toMatch(/\n {2}industry +0\.750 +\d\.\d{3}\n/);
    expect(out).toMatch(
      /Held-out pairs the engine orders right: fitted .+, default .+\.\nOnly \d pairs? to fit: the fitted weights follow them closely; record more outcomes before relying on them\.\nSaved as weight preset "learned": rank with options\.weightsPreset = "learned"\.\n$/,
    );
    const presets = (await t.app.inject({ method: 'GET', url: '/v1/weight-presets' })).json();
    expect(presets.items).toEqual([{ name: 'learned', weights: expect.any(Object), createdBy: LEARN_WEIGHTS_AUTHOR, createdAt: expect.any(String) }]);
    const ranked = await t.app.inject({
      method: 'POST',
      url: '/v1/recommendations',
      payload: { profile: { name: 'X', sector: 'batteries' }, options: { weightsPreset: 'learned', persist: false } },
    });
    expect(ranked.json()).toMatchObject({ weightsPreset: 'learned', weights: presets.items[0].weights });
    await expect(runLearnWeights(t.database, { heldOut: 0.5, json: false, save: 'learned' })).rejects.toThrow(
      '--save "learned": A weight preset named "learned" exists; presets are never replaced, so choose another name.',
    );
  });
});
