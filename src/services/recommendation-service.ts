/**
 * Answers recommendation requests: normalize the profile, rank with the current engine index,
 * store the profile and the answer (unless `persist: false`), and read stored answers back.
 * The ranking never needs the database; storing does, and a database fault becomes a 503 with
 * Retry-After rather than a lost or half-written answer.
 */
import { randomUUID } from 'node:crypto';
import type { Database } from '../../db/client.js';
import { rankZones, resolveWeights } from '../engine/index.js';
import { preferredLanguage } from '../negotiation.js';
import { ApiError } from '../errors.js';
import { findRecommendation, saveRecommendation } from '../repositories/recommendation-repository.js';
import type { Recommendation, RecommendRequest } from '../schemas/recommendation-dto.js';
import type { CatalogView } from './catalog-view.js';
import { normalizeProfile } from './profile-normalizer.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Seconds a client should wait before retrying when the database is down. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

export class RecommendationService {
  constructor(
    private readonly database: Database,
    private readonly catalog: () => CatalogView,
  ) {}

  /**
   * Ranks on one catalog view, taken once: `view` when the caller already holds one (a batch
   * ranks all its rows on the view it started with), else the live one at the start of the call.
   * A catalog swap while the request runs does not affect it.
   */
  async recommend(request: RecommendRequest, acceptLanguage: string | undefined, view: CatalogView = this.catalog()): Promise<Recommendation> {
    const options = request.options ?? {};
    const profile = normalizeProfile(request.profile);
    let weights;
    try {
      weights = resolveWeights(options.weights);
    } catch (error) {
      throw new ApiError('VALIDATION_FAILED', `/body/options/weights ${(error as Error).message}`, {
        errors: [{ path: '/body/options/weights', message: (error as Error).message }],
      });
    }
    for (const [key, known] of [
      ['programs', (id: string) => view.program(id) !== undefined],
      ['zones', (id: string) => view.zone(id) !== undefined],
    ] as const) {
      const unknown = (options[key] ?? []).filter((id) => !known(id));
      if (unknown.length > 0) {
        throw new ApiError('VALIDATION_FAILED', `/body/options/${key} names unknown ids: ${unknown.join(', ')}`, {
          errors: unknown.map((id) => ({ path: `/body/options/${key}`, message: `"${id}" is not a known ${key === 'zones' ? 'zone' : 'program'}` })),
        });
      }
    }
    const language = options.language ?? preferredLanguage(acceptLanguage);
    const ranking = rankZones(view.index, profile, {
      limit: options.limit ?? 10,
      language,
      weights,
      ...(options.programs ? { programs: options.programs } : {}),
      ...(options.zones ? { zones: options.zones } : {}),
      ...(options.areasPerProgram !== undefined ? { areasPerProgram: options.areasPerProgram } : {}),
      ...(options.incentives ? { incentives: options.incentives } : {}),
    });
    const persist = options.persist ?? true;
    const createdAt = new Date();
    const response: Recommendation = {
      id: randomUUID(),
      createdAt: createdAt.toISOString(),
      catalogVersion: ranking.catalogVersion,
      engineVersion: ranking.engineVersion,
      language,
      persisted: persist,
      profile: { ...profile, detectedConcepts: ranking.detectedConcepts, activity: ranking.activity.value, activityInferred: ranking.activity.inferred },
      results: ranking.results,
    };
    if (persist) {
      try {
        await saveRecommendation(
          this.database.db,
          { id: randomUUID(), name: profile.name, ...(profile.country ? { country: profile.country } : {}), profile, conceptIds: [...new Set(ranking.detectedConcepts.map((c) => c.id))] },
          { id: response.id, catalogVersion: response.catalogVersion, engineVersion: response.engineVersion, response, createdAt },
        );
      } catch (error) {
        throw this.unavailable(error);
      }
    }
    return response;
  }

  async get(id: string): Promise<unknown> {
    if (!UUID.test(id)) throw new ApiError('RECOMMENDATION_NOT_FOUND', `There is no recommendation with id "${id}".`);
    let stored: unknown;
    try {
      stored = await findRecommendation(this.database.db, id.toLowerCase());
    } catch (error) {
      throw this.unavailable(error);
    }
    if (stored === undefined) throw new ApiError('RECOMMENDATION_NOT_FOUND', `There is no recommendation with id "${id}".`);
    return stored;
  }

  private unavailable(error: unknown): ApiError {
    const wrapped = new ApiError('DATABASE_UNAVAILABLE', 'The database cannot store or read recommendations right now; retry later, or send options.persist=false to rank without storing.', {
      headers: { 'retry-after': String(DATABASE_RETRY_AFTER_SECONDS) },
    });
    wrapped.cause = error;
    return wrapped;
  }
}
