/**
 * API keys: created, listed, revoked, and resolved for a request. A key is shown once, when it
 * is created; the database keeps only its SHA-256 (see `apiKeys` in db/schema.ts for why a fast
 * hash is the right one for 256-bit random keys).
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { apiKeys } from '../../db/schema.js';
import type { AuthenticatedKey, Role } from '../auth/guard.js';

export const ROLES: readonly Role[] = ['reader', 'admin'];

/** `zm_` and 32 random bytes in base64url (43 characters). */
export const API_KEY_PATTERN = /^zm_[A-Za-z0-9_-]{43}$/;

/** How many leading characters of a key `list` shows (the `zm_` and 7 more: 42 of 256 bits). */
const PREFIX_LENGTH = 10;

/** How stale `last_used_at` may get before a request refreshes it (saves a write per request). */
const LAST_USED_RESOLUTION_MS = 60_000;

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
  if (!isRole(input.role)) throw new Error(`Unknown role ${JSON.stringify(input.role)}; use reader or admin`);
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

/** Revokes a key by id; from the next request on, the key is refused. */
export async function revokeApiKey(db: Db, id: string): Promise<RevokeResult> {
  if (!UUID.test(id)) return { status: 'not-found' };
  const [revoked] = await db
    .update(apiKeys)
    .set({ revokedAt: new Date() })
    .where(and(eq(apiKeys.id, id), isNull(apiKeys.revokedAt)))
    .returning();
  if (revoked) return { status: 'revoked', record: toRecord(revoked) };
  const [existing] = await db.select().from(apiKeys).where(eq(apiKeys.id, id));
  return existing ? { status: 'already-revoked', record: toRecord(existing) } : { status: 'not-found' };
}

/**
 * The live (not revoked) key a request presented, or null. Looked up on every request, with no
 * cache, so a revocation holds from the next request on, on every instance.
 */
export async function findActiveApiKey(db: Db, key: string, now: Date = new Date()): Promise<AuthenticatedKey | null> {
  if (!API_KEY_PATTERN.test(key)) return null;
  const [row] = await db
    .select({ id: apiKeys.id, label: apiKeys.label, role: apiKeys.role, lastUsedAt: apiKeys.lastUsedAt })
    .from(apiKeys)
    .where(and(eq(apiKeys.keyHash, hashApiKey(key)), isNull(apiKeys.revokedAt)));
  if (!row || !isRole(row.role)) return null;
  if (row.lastUsedAt === null || now.getTime() - row.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    await db.update(apiKeys).set({ lastUsedAt: now }).where(eq(apiKeys.id, row.id));
  }
  return { id: row.id, label: row.label, role: row.role };
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
