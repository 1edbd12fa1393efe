/**
 * Learning the six component weights from what happened to leads (`npm run learn-weights`).
 *
 * Data: the latest outcome of every (company, zone) pair. Within one company, each zone it
 * invested in or visited should rank above each zone it declined: one *pair* per such
 * (better, worse) zone couple. Each side is described by its component scores for the company's
 * stored profile (times the penalty factor, as the score applies it), taken from the stored
 * answer when it listed the zone and otherwise from the engine on the live catalog.
 *
 * Fit: pairwise logistic regression (a Bradley–Terry / RankNet-style model). The engine's score
 * is Σ w_c·s_c / Σw, so a pair is ordered right when w · (s_better − s_worse) > 0; we minimise
 * mean log(1 + exp(−w · d)) + λ‖w‖² over non-negative w by projected gradient descent from the
 * default weights, then scale the weights to sum to 1 (the score divides by their sum anyway).
 *
 * Check: pairs are split by company (a hash of its id, so the split is the same on every run and
 * no company sits on both sides), the fit sees only the training part, and the report gives, on
 * the held-out part, the share of pairs each set of weights orders right (a tie counts half). For
 * recorded outcomes "ordered right" is decided by the engine itself (`scoreZones` with those
 * weights), so the check holds whatever the scoring formula; the linear model is only how the
 * fit searches.
 */
import { createHash } from 'node:crypto';
import type { Database } from '../../db/client.js';
import type { Language } from '../catalog/schema.js';
import { COMPONENT_NAMES, DEFAULT_WEIGHTS, rankZones, scoreZones, type ComponentName, type EngineProfile, type Weights } from '../engine/index.js';
import { latestOutcomesForLearning } from '../repositories/lead-outcome-repository.js';
import type { OutcomeStatus } from '../schemas/outcome-dto.js';
import type { Recommendation } from '../schemas/recommendation-dto.js';
import type { CatalogView } from './catalog-view.js';

export type Features = Record<ComponentName, number>;

/** Outcomes that put a zone above the declined ones of the same company. */
export const PREFERRED_STATUSES: readonly OutcomeStatus[] = ['invested', 'visited'];

/** The profile an outcome was recorded against, for scoring its zone again with other weights. */
export interface RankedFor {
  profile: EngineProfile;
  language: Language;
}

/** One side of a pair: a zone and its component scores (and the profile they are for, from recorded outcomes). */
export interface PairSide {
  zoneId: string;
  features: Features;
  rankedFor?: RankedFor;
}

/** One company's preferred zone and one it declined, described by their component scores. */
export interface OutcomePair {
  company: string;
  better: PairSide;
  worse: PairSide;
}

/** One (company, zone) outcome with the component scores of that zone for the company's profile. */
export interface ScoredOutcome extends PairSide {
  company: string;
  status: OutcomeStatus;
}

const side = ({ zoneId, features, rankedFor }: ScoredOutcome): PairSide => ({ zoneId, features, ...(rankedFor ? { rankedFor } : {}) });

/** Every (preferred, declined) zone couple within each company, in a stable order. */
export function pairsFromOutcomes(outcomes: readonly ScoredOutcome[]): OutcomePair[] {
  const byCompany = new Map<string, ScoredOutcome[]>();
  for (const o of outcomes) byCompany.set(o.company, [...(byCompany.get(o.company) ?? []), o]);
  const pairs: OutcomePair[] = [];
  for (const [company, list] of [...byCompany].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const sorted = [...list].sort((a, b) => (a.zoneId < b.zoneId ? -1 : 1));
    for (const better of sorted.filter((o) => PREFERRED_STATUSES.includes(o.status))) {
      for (const worse of sorted.filter((o) => o.status === 'declined')) {
        pairs.push({ company, better: side(better), worse: side(worse) });
      }
    }
  }
  return pairs;
}

/** Share of companies whose pairs are held out for the check (default). */
export const HELD_OUT_SHARE = 0.3;

/** Whether a company's pairs belong to the held-out part: a hash of its id, the same on every run. */
export function isHeldOut(company: string, share = HELD_OUT_SHARE): boolean {
  return createHash('sha256').update(company).digest().readUInt32BE(0) / 2 ** 32 < share;
}

export function splitPairs(pairs: readonly OutcomePair[], share = HELD_OUT_SHARE): { train: OutcomePair[]; test: OutcomePair[] } {
  const train: OutcomePair[] = [];
  const test: OutcomePair[] = [];
  for (const p of pairs) (isHeldOut(p.company, share) ? test : train).push(p);
  return { train, test };
}

const difference = (p: OutcomePair) => COMPONENT_NAMES.map((n) => p.better.features[n] - p.worse.features[n]);

/** How far `weights` put a pair's better zone above its worse one (negative: below). */
export type Margin = (pair: OutcomePair, weights: Weights) => number;

/** The linear model's margin: w · (s_better − s_worse). */
export const linearMargin: Margin = (pair, weights) => difference(pair).reduce((s, d, i) => s + d * weights[COMPONENT_NAMES[i]!], 0);

/** The engine's margin: each side's zone scored by `scoreZones` for its own profile with `weights` (sides need `rankedFor`). */
export function engineMargin(view: CatalogView): Margin {
  const score = (side: PairSide, weights: Weights) => {
    const { profile, language } = side.rankedFor!;
    return scoreZones(view.index, profile, { language, weights, zones: [side.zoneId] })[0]?.score ?? 0;
  };
  return (pair, weights) => score(pair.better, weights) - score(pair.worse, weights);
}

/** Share of pairs `weights` order right (the better zone scores higher); a tie counts half. Undefined without pairs. */
export function pairAccuracy(pairs: readonly OutcomePair[], weights: Weights, margin: Margin = linearMargin): number | undefined {
  if (pairs.length === 0) return undefined;
  let right = 0;
  for (const p of pairs) {
    const m = margin(p, weights);
    right += m > 1e-9 ? 1 : m < -1e-9 ? 0 : 0.5;
  }
  return right / pairs.length;
}

export interface FitOptions {
  /** L2 penalty λ (default 0.001): keeps the weights finite when the pairs can be separated. */
  l2?: number;
  /** Gradient steps (default 3000) and step size (default 1). */
  iterations?: number;
  learningRate?: number;
}

/**
 * Fits non-negative weights by pairwise logistic regression (see the module comment); returns
 * them scaled to sum to 1, rounded to 3 decimals. Deterministic: same pairs, same weights. Falls
 * back to the defaults when the fit leaves every weight at zero.
 */
export function fitPairwiseWeights(pairs: readonly OutcomePair[], options: FitOptions = {}): Weights {
  const l2 = options.l2 ?? 0.001;
  const iterations = options.iterations ?? 3000;
  const rate = options.learningRate ?? 1;
  const diffs = pairs.map(difference);
  const total = COMPONENT_NAMES.reduce((s, n) => s + DEFAULT_WEIGHTS[n], 0);
  // Start from the defaults, scaled so a typical difference moves the logit noticeably.
  let w = COMPONENT_NAMES.map((n) => (DEFAULT_WEIGHTS[n] / total) * 5);
  if (diffs.length > 0) {
    for (let step = 0; step < iterations; step++) {
      const gradient = w.map((wi) => 2 * l2 * wi);
      for (const d of diffs) {
        const margin = d.reduce((s, di, i) => s + di * w[i]!, 0);
        // d/dw log(1 + e^(−m)) = −d · σ(−m)
        const pull = 1 / (1 + Math.exp(margin));
        for (let i = 0; i < d.length; i++) gradient[i]! -= (d[i]! * pull) / diffs.length;
      }
      w = w.map((wi, i) => Math.max(0, wi - rate * gradient[i]!));
    }
  }
  const sum = w.reduce((s, x) => s + x, 0);
  if (!(sum > 0)) return { ...DEFAULT_WEIGHTS };
  return Object.fromEntries(COMPONENT_NAMES.map((n, i) => [n, Math.round((w[i]! / sum) * 1000) / 1000])) as Weights;
}

/** What `learn-weights` found: the pairs, the fitted weights, and both sets' accuracy on the held-out part. */
export interface LearningReport {
  /** Latest (company, zone) outcomes read, and those left out because their zone has left the live catalog. */
  outcomes: number;
  unscored: number;
  /** Scored from the stored answer / by the engine on the live catalog. */
  fromStoredAnswer: number;
  fromEngine: number;
  pairs: { train: number; test: number };
  fitted: Weights;
  defaults: Weights;
  /** Share of held-out pairs ordered right (by the engine, for recorded outcomes); undefined when no pair is held out. */
  accuracy: { fitted?: number; defaults?: number };
}

/** Fits on the training pairs and checks both weight sets on the held-out ones, ordering pairs by `margin`. */
export function learnFromPairs(
  pairs: readonly OutcomePair[],
  share = HELD_OUT_SHARE,
  margin: Margin = linearMargin,
  options: FitOptions = {},
): Pick<LearningReport, 'pairs' | 'fitted' | 'defaults' | 'accuracy'> {
  const { train, test } = splitPairs(pairs, share);
  const fitted = fitPairwiseWeights(train, options);
  const defaults = { ...DEFAULT_WEIGHTS };
  const fittedAccuracy = pairAccuracy(test, fitted, margin);
  const defaultAccuracy = pairAccuracy(test, defaults, margin);
  return {
    pairs: { train: train.length, test: test.length },
    fitted,
    defaults,
    accuracy: { ...(fittedAccuracy !== undefined ? { fitted: fittedAccuracy } : {}), ...(defaultAccuracy !== undefined ? { defaults: defaultAccuracy } : {}) },
  };
}

/**
 * The recorded outcomes with their component scores: the latest outcome of each (company, zone),
 * scored for the profile of the recommendation it was recorded against.
 */
export async function scoredOutcomes(
  database: Database,
  view: CatalogView,
): Promise<{ outcomes: ScoredOutcome[]; unscored: number; fromStoredAnswer: number; fromEngine: number }> {
  const rows = await latestOutcomesForLearning(database.db);
  const outcomes: ScoredOutcome[] = [];
  let unscored = 0;
  let fromStoredAnswer = 0;
  let fromEngine = 0;
  for (const row of rows) {
    const answer = row.response as Recommendation;
    // Only zones of the live catalog: the check scores every pair again with the engine.
    if (!view.zone(row.zoneId)) {
      unscored++;
      continue;
    }
    let result = answer.results.find((r) => r.zone.id === row.zoneId);
    if (result) fromStoredAnswer++;
    else {
      result = rankZones(view.index, row.profile as EngineProfile, { limit: 1, language: answer.language, zones: [row.zoneId] }).results[0];
      if (result) fromEngine++;
    }
    if (!result) {
      unscored++;
      continue;
    }
    const { components, penaltyFactor } = result;
    outcomes.push({
      company: String(row.companyId),
      zoneId: row.zoneId,
      status: row.status,
      features: Object.fromEntries(COMPONENT_NAMES.map((n) => [n, components[n].score * penaltyFactor])) as Features,
      rankedFor: { profile: row.profile as EngineProfile, language: answer.language },
    });
  }
  return { outcomes, unscored, fromStoredAnswer, fromEngine };
}

/** Reads the outcomes, builds the pairs, fits and checks with the engine: the whole of `learn-weights` but saving. */
export async function learnWeights(database: Database, view: CatalogView, share = HELD_OUT_SHARE): Promise<LearningReport> {
  const { outcomes, unscored, fromStoredAnswer, fromEngine } = await scoredOutcomes(database, view);
  return {
    outcomes: outcomes.length + unscored,
    unscored,
    fromStoredAnswer,
    fromEngine,
    ...learnFromPairs(pairsFromOutcomes(outcomes), share, engineMargin(view)),
  };
}
