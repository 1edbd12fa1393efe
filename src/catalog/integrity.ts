/**
 * Cross-file rules a schema cannot express: unique ids, resolvable references, an acyclic
 * taxonomy, programs that exist, sources that are listed. Used by the loader and by catalog
 * writes through the API.
 */
import type { Catalog, Program, Zone } from './schema.js';
import { programChain, resolveTaxonomy } from './resolve.js';

function duplicates(ids: string[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const id of ids) (seen.has(id) ? dup : seen).add(id);
  return [...dup].sort();
}

/** Returns one line per broken rule; an empty list means the catalog is consistent. */
export function checkCatalogIntegrity(catalog: Catalog): string[] {
  const problems: string[] = [];
  const conceptIds = new Set(catalog.concepts.map((c) => c.id));
  const programIds = new Set(catalog.programs.map((p) => p.id));
  const docs = new Set(catalog.sources.map((s) => s.doc));

  for (const id of duplicates(catalog.concepts.map((c) => c.id))) problems.push(`taxonomy: concept id "${id}" is defined twice`);
  for (const id of duplicates(catalog.programs.map((p) => p.id))) problems.push(`programs: program id "${id}" is defined twice`);
  for (const id of duplicates(catalog.zones.map((z) => z.id))) problems.push(`zones: zone id "${id}" is defined twice`);

  for (const concept of catalog.concepts) {
    if (concept.parent !== null && !conceptIds.has(concept.parent)) {
      problems.push(`taxonomy: concept "${concept.id}" has unknown parent "${concept.parent}"`);
    }
  }
  for (const id of resolveTaxonomy(catalog.concepts).cyclic) problems.push(`taxonomy: concept "${id}" is its own ancestor`);

  const incentiveOwners = new Map<string, string>();
  const checkEntry = (label: string, entry: Program | Zone) => {
    const conceptRef = (where: string, id: string) => {
      if (!conceptIds.has(id)) problems.push(`${label}: ${where}: unknown concept "${id}"`);
    };
    entry.industries.forEach((industry, i) => industry.concepts.forEach((c) => conceptRef(`/industries/${i}/concepts`, c)));
    entry.platforms.forEach((platform, i) => platform.concepts.forEach((c) => conceptRef(`/platforms/${i}/concepts`, c)));
    entry.incentives.forEach((incentive, i) => {
      incentive.eligibility.concepts?.forEach((c) => conceptRef(`/incentives/${i}/eligibility/concepts`, c));
      const owner = incentiveOwners.get(incentive.id);
      if (owner) problems.push(`${label}: /incentives/${i}/id: incentive id "${incentive.id}" is also used by ${owner}`);
      else incentiveOwners.set(incentive.id, label);
    });
    for (const id of duplicates(entry.industries.map((x) => x.id))) problems.push(`${label}: /industries: industry id "${id}" is used twice`);
    const refs = [
      ...entry.sources,
      ...entry.industries.map((x) => x.source),
      ...entry.incentives.map((x) => x.source),
      ...entry.restrictions.map((x) => x.source),
      ...entry.targets.map((x) => x.source),
      ...entry.partners.map((x) => x.source),
      ...entry.platforms.map((x) => x.source),
    ];
    for (const ref of refs) {
      if (!docs.has(ref.doc)) problems.push(`${label}: source document "${ref.doc}" is not listed in sources.json`);
    }
  };

  for (const program of catalog.programs) {
    checkEntry(`programs/${program.id}.json`, program);
    if (program.parent !== undefined && !programIds.has(program.parent)) {
      problems.push(`programs/${program.id}.json: /parent: unknown program "${program.parent}"`);
    }
  }
  for (const zone of catalog.zones) {
    const label = `zones/${zone.id}.json`;
    checkEntry(label, zone);
    if (!programIds.has(zone.program)) problems.push(`${label}: /program: unknown program "${zone.program}"`);
    if (zone.industries.length === 0 && inheritedIndustryCount(catalog, zone) === 0) {
      problems.push(`${label}: /industries: the zone has no priority industry, own or inherited`);
    }
  }
  return [...new Set(problems)];
}

function inheritedIndustryCount(catalog: Catalog, zone: Zone): number {
  const programs = new Map(catalog.programs.map((p) => [p.id, p]));
  return programChain(programs, zone.program).reduce((n, p) => n + p.industries.length, 0);
}
