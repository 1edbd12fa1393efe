/**
 * Turns a validated profile into the engine's normalized form: trimmed text, upper-case
 * country, de-duplicated lists in a fixed order. Checks what a schema cannot: that the country
 * is an assigned ISO 3166-1 code.
 */
import { NEEDS } from '../catalog/schema.js';
import type { EngineProfile } from '../engine/types.js';
import { validationProblem } from '../errors.js';
import type { ProfileInput } from '../schemas/recommendation-dto.js';

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });
// User-assigned and special codes that ICU names but ISO 3166-1 does not assign to a country.
const NOT_COUNTRIES = /^(AA|Q[M-Z]|X[A-Z]|ZZ|EU|EZ|UN)$/;

// ICU's lookup costs microseconds on every request; there are only 676 two-letter codes.
const countryCodes = new Map<string, boolean>();

export function isCountryCode(code: string): boolean {
  let known = countryCodes.get(code);
  if (known === undefined) {
    known = assigned(code);
    if (/^[A-Z]{2}$/.test(code)) countryCodes.set(code, known);
  }
  return known;
}

function assigned(code: string): boolean {
  if (NOT_COUNTRIES.test(code)) return false;
  try {
    const name = regionNames.of(code);
    return name !== undefined && name !== code;
  } catch {
    return false;
  }
}

const cleanList = (items: string[] | undefined) => [...new Set((items ?? []).map((s) => s.trim()).filter((s) => s.length > 0))];

export function normalizeProfile(input: ProfileInput, path = '/body/profile'): EngineProfile {
  const name = input.name.trim();
  const sector = input.sector.trim();
  const problems: { path: string; message: string }[] = [];
  if (name.length === 0) problems.push({ path: `${path}/name`, message: 'must not be blank' });
  if (sector.length === 0) problems.push({ path: `${path}/sector`, message: 'must not be blank' });
  const country = input.country?.toUpperCase();
  if (country !== undefined && !isCountryCode(country)) {
    problems.push({ path: `${path}/country`, message: `"${input.country}" is not an ISO 3166-1 alpha-2 country code` });
  }
  if (problems.length > 0) {
    throw validationProblem(problems);
  }
  const needs = new Set(input.needs ?? []);
  const description = input.description?.trim();
  return {
    name,
    sector,
    ...(country ? { country } : {}),
    ...(input.isic ? { isic: input.isic } : {}),
    technologies: cleanList(input.technologies),
    products: cleanList(input.products),
    ...(description ? { description } : {}),
    size: { ...input.size },
    ...(input.stage ? { stage: input.stage } : {}),
    ...(input.activity ? { activity: input.activity } : {}),
    needs: NEEDS.filter((n) => needs.has(n)),
    attributes: { ...input.attributes },
  };
}
