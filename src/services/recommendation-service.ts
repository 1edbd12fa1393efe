/**
 * Answers recommendation requests: normalize the profile, rank with the current engine index,
 * store the profile and the answer (unless `persist: false`), and read stored answers back.
 * The ranking never needs the database; storing does, and a database fault becomes a 503 with
 * Retry-After rather than a lost or half-written answer.
 */
import { randomUUID } from 'node:crypto';
import type { ValidateFunction } from 'ajv';
import type { Database } from '../../db/client.js';
import { COMPONENT_NAMES, rankZones, resolveWeights, type EngineProfile, type Weights } from '../engine/index.js';
import { preferredLanguage } from '../negotiation.js';
import { ApiError, databaseUnavailable, problem, problemsFromSchemaErrors, validationProblem, type FieldProblem } from '../errors.js';
import {
  findRecommendation,
  findStoredAnswer,
  listHistory,
  saveRecommendations,
  type StoredProfile,
  type StoredRecommendation,
} from '../repositories/recommendation-repository.js';
import { findWeightPreset } from '../repositories/weight-preset-repository.js';
import {
  ProfileSchema,
  type History,
  type HistoryQuery,
  type ProfileInput,
  type Recommendation,
  type RecommendOptions,
  type RecommendRequest,
} from '../schemas/recommendation-dto.js';
import type { Language } from '../catalog/schema.js';
import type { Validators } from '../validation.js';
import type { CatalogView } from './catalog-view.js';
import { withSourceTitles } from './source-titles.js';
import { normalizeProfile } from './profile-normalizer.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The weights a ranking uses, and the preset they came from, if any. */
export interface ChosenWeights {
  weights: Weights;
  preset?: string;
}

/** A stored answer, the profile it ranked, and the weights (and preset) it used. */
export interface StoredAnswer extends ChosenWeights {
  answer: Recommendation;
  profile: EngineProfile;
}

/** One profile ranked: the answer, and the normalized profile it ranked (what is stored with it). */
export interface Ranked {
  answer: Recommendation;
  profile: EngineProfile;
}

/** What ranking one profile needs besides the profile, decided once per request (a batch: once for all rows). */
export interface RankSettings extends ChosenWeights {
  view: CatalogView;
  language: Language;
  /** Zones per answer. */
  limit: number;
  persist: boolean;
}

/** The options a ranking reads: those of POST /v1/recommendations, or a batch's. */
type RankOptions = Omit<RecommendOptions, 'limit'> & { limit?: number };

/**
 * The profile and answer rows for one ranked profile: the one mapping from an answer to what is
 * stored, whichever route ranked it.
 */
export function storedRows({ answer, profile }: Ranked): { profile: StoredProfile; recommendation: StoredRecommendation } {
  return {
    profile: {
      id: randomUUID(),
      name: profile.name,
      ...(profile.country ? { country: profile.country } : {}),
      profile,
      conceptIds: [...new Set(answer.profile.detectedConcepts.map((c) => c.id))],
    },
    recommendation: {
      id: answer.id,
      catalogVersion: answer.catalogVersion,
      engineVersion: answer.engineVersion,
      response: answer,
      createdAt: new Date(answer.createdAt),
    },
  };
}

export class RecommendationService {
  private readonly validateProfile: ValidateFunction<ProfileInput>;

  constructor(
    private readonly database: Database,
    private readonly catalog: () => CatalogView,
    validators: Validators,
  ) {
    // The app's body Ajv: a batch row is checked exactly as the profile of a single request.
    this.validateProfile = validators.body<ProfileInput>(ProfileSchema);
  }

  /**
   * POST /v1/recommendations: the profile (validated by the route's schema) normalized, ranked on
   * one catalog view (`view`, else the live one at the start of the call) and stored unless
   * `persist` is false.
   */
  async recommend(request: RecommendRequest, acceptLanguage: string | undefined, view: CatalogView = this.catalog()): Promise<Recommendation> {
    const options = request.options ?? {};
    const profile = normalizeProfile(request.profile);
    const settings = await this.settings(options, acceptLanguage, '/body/options', 10, view);
    const ranked = this.rank(profile, options, settings);
    if (settings.persist) await this.store([ranked], this.unavailable);
    return ranked.answer;
  }

  /**
   * Everything a request's options decide, checked once: the weights (a preset is read from the
   * database), the zone and program ids, the language, the number of zones and whether to store.
   * A bad option fails the whole request, with `path` naming where the options were sent. The
   * request ranks on `view` throughout, even if a catalog change swaps in another meanwhile.
   */
  async settings(options: RankOptions, acceptLanguage: string | undefined, path: string, defaultLimit: number, view = this.catalog()): Promise<RankSettings> {
    const chosen = await this.chooseWeights(options, path);
    for (const [key, known] of [
      ['programs', (id: string) => view.program(id) !== undefined],
      ['zones', (id: string) => view.zone(id) !== undefined],
    ] as const) {
      const unknown = (options[key] ?? []).filter((id) => !known(id));
      if (unknown.length > 0) {
        throw problem('VALIDATION_FAILED', `${path}/${key} names unknown ids: ${unknown.join(', ')}`, {
          errors: unknown.map((id) => ({ path: `${path}/${key}`, message: `"${id}" is not a known ${key === 'zones' ? 'zone' : 'program'}` })),
        });
      }
    }
    return {
      ...chosen,
      view,
      language: options.language ?? preferredLanguage(acceptLanguage),
      limit: options.limit ?? defaultLimit,
      persist: options.persist ?? true,
    };
  }

  /**
   * A profile as a client sent it, not yet validated (a batch row): checked with the app's body
   * schema for profiles and normalized, or its problems, with paths under `path`.
   */
  checkProfile(input: unknown, path: string): { profile: EngineProfile } | { errors: FieldProblem[] } {
    if (!this.validateProfile(input)) return { errors: problemsFromSchemaErrors(this.validateProfile.errors ?? [], path) };
    try {
      return { profile: normalizeProfile(input, path) };
    } catch (error) {
      if (error instanceof ApiError && error.extra.errors) return { errors: error.extra.errors };
      throw error;
    }
  }

  /** Ranks one normalized profile: the answer every route sends for it. Pure CPU; stores nothing. */
  rank(profile: EngineProfile, options: RankOptions, settings: RankSettings): Ranked {
    const { view, language, weights, preset } = settings;
    const ranking = rankZones(view.index, profile, {
      limit: settings.limit,
      language,
      weights,
      ...(options.programs ? { programs: options.programs } : {}),
      ...(options.zones ? { zones: options.zones } : {}),
      ...(options.areasPerProgram !== undefined ? { areasPerProgram: options.areasPerProgram } : {}),
      ...(options.incentives ? { incentives: options.incentives } : {}),
    });
    const answer: Recommendation = {
      id: randomUUID(),
      createdAt: new Date().toISOString(),
      catalogVersion: ranking.catalogVersion,
      engineVersion: ranking.engineVersion,
      language,
      persisted: settings.persist,
      weights,
      ...(preset ? { weightsPreset: preset } : {}),
      profile: { ...profile, detectedConcepts: ranking.detectedConcepts, activity: ranking.activity.value, activityInferred: ranking.activity.inferred },
      results: withSourceTitles(ranking.results, view, language),
      warnings: withSourceTitles(ranking.warnings, view, language),
    };
    return { answer, profile };
  }

  /**
   * Stores ranked profiles and their answers in one transaction (all or none). A database fault
   * becomes the 503 `unavailable` builds.
   */
  async store(ranked: Ranked[], unavailable: (error: unknown) => ApiError): Promise<void> {
    try {
      await saveRecommendations(this.database.db, ranked.map(storedRows));
    } catch (error) {
      throw unavailable(error);
    }
  }

  /**
   * The weights a request ranks with: its preset's (`options.weightsPreset`, read from the
   * database), else its `options.weights` merged into the defaults. A caller ranking many
   * profiles with the same options (a batch) asks once. `path` is where the options were sent,
   * for the problem's field names.
   */
  async chooseWeights(options: Pick<RecommendOptions, 'weights' | 'weightsPreset'>, path = '/body/options'): Promise<ChosenWeights> {
    const invalid = (field: string, message: string) => validationProblem([{ path: `${path}/${field}`, message }]);
    if (options.weightsPreset !== undefined) {
      if (options.weights !== undefined) throw invalid('weightsPreset', 'cannot be combined with weights; send one or the other');
      let preset;
      try {
        preset = await findWeightPreset(this.database.db, options.weightsPreset);
      } catch (error) {
        throw this.unavailable(error);
      }
      if (!preset) throw invalid('weightsPreset', `"${options.weightsPreset}" is not a known weight preset (GET /v1/weight-presets lists them)`);
      return { weights: resolveWeights(preset.weights), preset: preset.name };
    }
    try {
      return { weights: resolveWeights(options.weights) };
    } catch (error) {
      throw invalid('weights', (error as Error).message);
    }
  }

  /** Stored answers, newest first, filtered by company name part and dates (see HistoryQuerySchema). */
  async history(query: HistoryQuery): Promise<History> {
    const from = query.from !== undefined ? parseInstant(query.from, 'from', 'start') : undefined;
    const before = query.to !== undefined ? parseInstant(query.to, 'to', 'end') : undefined;
    if (from && before && from >= before) {
      throw validationProblem([{ path: '/querystring/to', message: `must not be before from (${query.from})` }]);
    }
    let page;
    try {
      page = await listHistory(
        this.database.db,
        { ...(query.company !== undefined ? { company: query.company } : {}), ...(from ? { from } : {}), ...(before ? { before } : {}) },
        { limit: query.limit, offset: query.offset },
      );
    } catch (error) {
      throw this.unavailable(error);
    }
    return {
      items: page.items.map((e) => ({
        id: e.id,
        company: { name: e.name, ...(e.country ? { country: e.country } : {}) },
        createdAt: e.createdAt.toISOString(),
        language: e.language as Language,
        ...(e.top ? { topZone: e.top } : {}),
      })),
      total: page.total,
      limit: query.limit,
      offset: query.offset,
    };
  }

  async get(id: string): Promise<unknown> {
    return this.read(id, findRecommendation);
  }

  /**
   * A stored answer with the profile it ranked (as the engine read it), and the weights it used:
   * what comparing zones and writing a brief for it start from.
   */
  async stored(id: string): Promise<StoredAnswer> {
    const { response, profile } = await this.read(id, findStoredAnswer);
    const answer = response as Recommendation;
    // Answers stored before `weights` was recorded: each component carries its weight as given.
    const first = answer.results[0];
    const weights = answer.weights ?? (first ? (Object.fromEntries(COMPONENT_NAMES.map((n) => [n, first.components[n].weight])) as Weights) : resolveWeights());
    return { answer, profile: profile as EngineProfile, weights, ...(answer.weightsPreset ? { preset: answer.weightsPreset } : {}) };
  }

  /** Reads a stored answer by id with `find`: 404 for an id that is not one, 503 when the database fails. */
  private async read<T>(id: string, find: (db: Database['db'], id: string) => Promise<T | undefined>): Promise<T> {
    const notFound = () => problem('RECOMMENDATION_NOT_FOUND', `There is no recommendation with id "${id}".`);
    if (!UUID.test(id)) throw notFound();
    let stored: T | undefined;
    try {
      stored = await find(this.database.db, id.toLowerCase());
    } catch (error) {
      throw this.unavailable(error);
    }
    if (stored === undefined) throw notFound();
    return stored;
  }

  private readonly unavailable = (error: unknown): ApiError =>
    databaseUnavailable(
      'The database cannot store or read recommendations right now; retry later, or send options.persist=false to rank without storing.',
      error,
    );
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * An ISO 8601 date or date-time from the query string, as the first instant it covers (`start`)
 * or the first instant after it (`end`: a date covers its whole UTC day). 400 naming the field
 * for anything else, including dates that do not exist (2026-02-30).
 */
function parseInstant(text: string, field: string, edge: 'start' | 'end'): Date {
  const date = ISO_DATE.exec(text);
  let instant: Date | undefined;
  if (date) {
    const [y, m, d] = [Number(date[1]), Number(date[2]), Number(date[3])];
    const day = new Date(Date.UTC(y, m - 1, d));
    if (day.getUTCFullYear() === y && day.getUTCMonth() === m - 1 && day.getUTCDate() === d)
      instant = edge === 'start' ? day : new Date(day.getTime() + 86_400_000);
  } else if (ISO_DATE_TIME.test(text) && !Number.isNaN(Date.parse(text))) {
    instant = new Date(Date.parse(text) + (edge === 'end' ? 1 : 0));
  }
  if (instant === undefined) {
    const message = `"${text}" is not an ISO 8601 date (2026-12-05) or date-time with a time zone (2026-12-05T09:30:00Z)`;
    throw validationProblem([{ path: `/querystring/${field}`, message }]);
  }
  return instant;
}
