/**
 * Route guards: `preHandler: requireRole('admin')` lets a request through only with a key of
 * that role or a stronger one. Roles are ordered: reader (reads), staff (also records lead
 * outcomes), admin (also changes the catalog and weight presets); a stronger role satisfies a weaker one. The key itself is resolved earlier, by
 * the auth plugin (src/auth/plugin.ts), which sets `request.apiKey`.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { problem, type ApiError } from '../errors.js';

/** Every role, weakest first. */
export const ROLES = ['reader', 'staff', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** The key a request authenticated with: never the key itself, only what it stands for. */
export interface AuthenticatedKey {
  id: string;
  label: string;
  role: Role;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** The API key the request carried, or null when it carried none. */
    apiKey: AuthenticatedKey | null;
  }
}

const RANK: Record<Role, number> = { reader: 1, staff: 2, admin: 3 };

/** The stronger of two roles. */
export function strongerRole(a: Role, b: Role): Role {
  return RANK[a] >= RANK[b] ? a : b;
}

/** Whether a key of role `held` may do what needs role `needed`. */
export function roleSatisfies(held: Role, needed: Role): boolean {
  return RANK[held] >= RANK[needed];
}

/**
 * The 401 every missing or unusable credential gets, with the challenge RFC 6750 asks for
 * (`error="invalid_token"` when a key was sent but is not valid).
 */
export function unauthorized(detail: string, error?: 'invalid_token'): ApiError {
  const challenge = error ? `Bearer realm="zonematch", error="${error}"` : 'Bearer realm="zonematch"';
  return problem('UNAUTHORIZED', detail, { headers: { 'www-authenticate': challenge } });
}

/** Marks a guard with the role it needs, so the auth plugin can document and enforce it early. */
export const REQUIRED_ROLE = Symbol('zonematch.requiredRole');

export type Guard = ((request: FastifyRequest, reply: FastifyReply) => Promise<void>) & { [REQUIRED_ROLE]: Role };

/**
 * A preHandler that lets a request through only with a key of `role` or stronger. The auth
 * plugin sees the marker and already enforces it before the body is validated; the guard itself
 * checks again, so it holds wherever it is used.
 */
export function requireRole(role: Role): Guard {
  const guard = async function guard(request: FastifyRequest) {
    assertRole(request.apiKey ?? null, role);
  };
  return Object.assign(guard, { [REQUIRED_ROLE]: role });
}

/** Throws the 401 or 403 a request with `key` gets where `role` is needed. */
export function assertRole(key: AuthenticatedKey | null, role: Role): void {
  if (key === null) {
    throw unauthorized(`This endpoint needs an API key with role ${role}; send it as Authorization: Bearer <key>.`);
  }
  if (!roleSatisfies(key.role, role)) {
    throw problem('FORBIDDEN', `This endpoint needs role ${role}; the key "${key.label}" has role ${key.role}.`);
  }
}
