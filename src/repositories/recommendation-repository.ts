/** Stores company profiles and the recommendations answered for them. */
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { companyProfiles, recommendations } from '../../db/schema.js';

export interface StoredProfile {
  id: string;
  name: string;
  country?: string;
  profile: unknown;
  conceptIds: string[];
}

export interface StoredRecommendation {
  id: string;
  catalogVersion: string;
  engineVersion: string;
  response: unknown;
  createdAt: Date;
}

/** Writes a profile and its recommendation in one transaction: both or neither. */
export async function saveRecommendation(db: Db, profile: StoredProfile, recommendation: StoredRecommendation): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.insert(companyProfiles).values({
      id: profile.id,
      name: profile.name,
      country: profile.country ?? null,
      profile: profile.profile,
      conceptIds: profile.conceptIds,
      createdAt: recommendation.createdAt,
    });
    await tx.insert(recommendations).values({
      id: recommendation.id,
      profileId: profile.id,
      catalogVersion: recommendation.catalogVersion,
      engineVersion: recommendation.engineVersion,
      response: recommendation.response,
      createdAt: recommendation.createdAt,
    });
  });
}

/** The stored response body, or undefined. */
export async function findRecommendation(db: Db, id: string): Promise<unknown | undefined> {
  const [row] = await db.select({ response: recommendations.response }).from(recommendations).where(eq(recommendations.id, id));
  return row?.response;
}
