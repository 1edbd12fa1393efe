/**
 * API keys: created, listed, revoked, and resolved for a request. A key is shown once, when it
 * is created; the database keeps only its SHA-256 (see `apiKeys` in db/schema.ts for why a fast
 * hash is the right one for 256-bit random keys).
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { LRUCache } from 'lru-cache';
import type { Db } from '../../db/client.js';
import { apiKeys } from '../../db/schema.js';
import { ROLES, type AuthenticatedKey, type Role } from '../auth/guard.js';

export { ROLES };

/** `zm_` and 32 random bytes in base64url (43 characters). */
export const API_KEY_PATTERN = /^zm_[A-Za-z0-9_-]{43}$/;

/** How many leading characters of a key `list` shows (the `zm_` and 7 more: 42 of 256 bits). */
const PREFIX_LENGTH = 10;

/** How stale `last_used_at` may get before a request refreshes it (saves a write per request). */
const LAST_USED_RESOLUTION_MS = 60_000;

/** How long a resolved key may be used without asking the database again (see trustResolvedKeys). */
export const KEY_CACHE_TTL_MS = 30_000;

/** Revocations are announced on this channel (NOTIFY, delivered on commit), payload the key id. */
export const API_KEY_CHANNEL = 'zonematch_api_keys';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface ApiKeyRecord {
  id: string;
  label: string;
  role: Role;
  /** The first characters of the key, to tell keys apart; never enough to use it. */
  prefix: string;
  createdAt: Date;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
}

export function generateApiKey(): string {
  return `zm_${randomBytes(32).toString('base64url')}`;
}

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** Creates a key; the returned `key` is the only time the plain key exists outside the caller. */
export async function createApiKey(db: Db, input: { label: string; role: Role }): Promise<{ key: string; record: ApiKeyRecord }> {
  const label = input.label.trim();
  if (label === '') throw new Error('A key needs a non-empty label');
  if (!isRole(input.role)) throw new Error(`Unknown role ${JSON.stringify(input.role)}; use ${ROLES.slice(0, -1).join(', ')} or ${ROLES.at(-1)}`);
  const key = generateApiKey();
  const [row] = await db
    .insert(apiKeys)
    .values({ id: randomUUID(), label, role: input.role, keyHash: hashApiKey(key), prefix: key.slice(0, PREFIX_LENGTH) })
    .returning();
  return { key, record: toRecord(row!) };
}

/** Every key, revoked ones included, oldest first. */
export async function listApiKeys(db: Db): Promise<ApiKeyRecord[]> {
  const rows = await db.select().from(apiKeys).orderBy(asc(apiKeys.createdAt), asc(apiKeys.id));
  return rows.map(toRecord);
}

export type RevokeResult = { status: 'revoked' | 'already-revoked'; record: ApiKeyRecord } | { status: 'not-found' };

/**
 * Revokes a key by id; from the next request on, the key is refused: this process forgets the
 * keys it resolved, and the revocation is announced to every other (API_KEY_CHANNEL).
 */
export async function revokeApiKey(db: Db, id: string): Promise<RevokeResult> {
  if (!UUID.test(id)) return { status: 'not-found' };
  const revoked = await db.transaction(async (tx) => {
    const [row] = await tx
      .update(apiKeys)
      .set({ revokedAt: new Date() })
      .where(and(eq(apiKeys.id, id), isNull(apiKeys.revokedAt)))
      .returning();
    if (row) await tx.execute(sql`select pg_notify(${API_KEY_CHANNEL}, ${id})`);
    return row;
  });
  if (revoked) {
    forgetResolvedKeys(db);
    return { status: 'revoked', record: toRecord(revoked) };
  }
  const [existing] = await db.select().from(apiKeys).where(eq(apiKeys.id, id));
  return existing ? { status: 'already-revoked', record: toRecord(existing) } : { status: 'not-found' };
}

interface ResolvedKey {
  key: AuthenticatedKey;
  /** When `last_used_at` was last written, in ms; null: never. */
  lastUsedAt: number | null;
}

interface KeyCache {
  entries: LRUCache<string, ResolvedKey>;
  /** Counts forgetResolvedKeys calls: a lookup that began before one must not store its answer. */
  generation: number;
  /** How many trustResolvedKeys holders there are; the cache goes with the last. */
  holders: number;
}

const caches = new WeakMap<Db, KeyCache>();

/**
 * Lets findActiveApiKey keep the live keys it resolves on `db` for up to KEY_CACHE_TTL_MS, so a
 * request with a key costs no query. Only for a process that hears of every revocation: the one
 * process on PGlite, or one listening on API_KEY_CHANNEL (see the auth plugin). Unknown and
 * revoked keys are never kept: a key created elsewhere works from its first request.
 * @param ttlMs how long a key is kept, if this call creates the cache (tests shorten it).
 * @returns a function that ends this holder's trust; the cache goes when no holder is left.
 */
export function trustResolvedKeys(db: Db, ttlMs = KEY_CACHE_TTL_MS): () => void {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = { entries: new LRUCache({ max: 10_000, ttl: ttlMs }), generation: 0, holders: 0 }));
  cache.holders++;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    if (--cache.holders === 0 && caches.get(db) === cache) caches.delete(db);
  };
}

/** Forgets every key resolved on `db`: one was revoked, or revocations may have been missed. */
export function forgetResolvedKeys(db: Db): void {
  const cache = caches.get(db);
  if (!cache) return;
  cache.entries.clear();
  cache.generation++;
}

/**
 * The live (not revoked) key a request presented, or null: from the database, or from what this
 * process resolved in the last KEY_CACHE_TTL_MS where it may keep that (trustResolvedKeys).
 */
export async function findActiveApiKey(db: Db, key: string, now: Date = new Date()): Promise<AuthenticatedKey | null> {
  if (!API_KEY_PATTERN.test(key)) return null;
  const hash = hashApiKey(key);
  const cache = caches.get(db);
  let resolved = cache?.entries.get(hash);
  if (!resolved) {
    const generation = cache?.generation;
    const [row] = await db
      .select({ id: apiKeys.id, label: apiKeys.label, role: apiKeys.role, lastUsedAt: apiKeys.lastUsedAt })
      .from(apiKeys)
      .where(and(eq(apiKeys.keyHash, hash), isNull(apiKeys.revokedAt)));
    if (!row || !isRole(row.role)) return null;
    resolved = { key: { id: row.id, label: row.label, role: row.role }, lastUsedAt: row.lastUsedAt?.getTime() ?? null };
    // Not when a revocation was heard while this lookup ran: the row read may be the old one.
    // (One heard later clears the entry.)
    if (cache && caches.get(db) === cache && cache.generation === generation) cache.entries.set(hash, resolved);
  }
  if (resolved.lastUsedAt === null || now.getTime() - resolved.lastUsedAt > LAST_USED_RESOLUTION_MS) {
    await db.update(apiKeys).set({ lastUsedAt: now }).where(eq(apiKeys.id, resolved.key.id));
    resolved.lastUsedAt = now.getTime();
  }
  return { ...resolved.key };
}

function toRecord(row: typeof apiKeys.$inferSelect): ApiKeyRecord {
  if (!isRole(row.role)) throw new Error(`api_keys row ${row.id} has unknown role ${row.role}`);
  return {
    id: row.id,
    label: row.label,
    role: row.role,
    prefix: row.prefix,
    createdAt: row.createdAt,
    revokedAt: row.revokedAt,
    lastUsedAt: row.lastUsedAt,
  };
}
