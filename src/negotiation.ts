/**
 * Content negotiation (Accept, Accept-Language) through `negotiator`, the parser Express and
 * Fastify's own plugins use: quality values, `q=0` exclusions, wildcards and language prefixes
 * (`ja-JP` → `ja`) handled once, for every route.
 */
import Negotiator from 'negotiator';
import { LANGUAGES, type Language } from './catalog/schema.js';

/** The offered media type the Accept header prefers (the first offered on a tie, or when the header is absent or empty), or undefined when it admits none. */
export function preferredMediaType(accept: string | undefined, offered: readonly string[]): string | undefined {
  return new Negotiator({ headers: { accept: accept || '*/*' } }).mediaType([...offered]);
}

/** The first of en/ja/zh in an Accept-Language header by quality, else en. */
export function preferredLanguage(acceptLanguage: string | undefined): Language {
  return (new Negotiator({ headers: { 'accept-language': acceptLanguage || '*' } }).language([...LANGUAGES]) as Language | undefined) ?? 'en';
}
