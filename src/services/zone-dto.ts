/** Maps resolved zones and programs to the API's response shapes. */
import type { Program } from '../catalog/schema.js';
import type { ZoneDetailDto, ZoneSummaryDto } from '../schemas/catalog-dto.js';
import type { CatalogView, ResolvedZone } from './catalog-view.js';

const originOf = (x: { origin: 'zone' | 'program'; programId?: string }) => (x.programId ? { origin: x.origin, programId: x.programId } : { origin: x.origin });

export function toZoneSummary(view: ResolvedZone): ZoneSummaryDto {
  const { zone } = view;
  const program = view.programs[0];
  return {
    id: zone.id,
    name: zone.name,
    program: { id: zone.program, name: program?.name ?? zone.name },
    location: zone.location,
    kind: zone.kind,
    ...(zone.areaKm2 ? { areaKm2: zone.areaKm2.value } : {}),
    completeness: zone.completeness,
    industries: view.industries.map((i) => ({ id: i.id, name: i.name, level: i.level, concepts: i.concepts, ...originOf(i) })),
  };
}

export function toZoneDetail(view: ResolvedZone, catalog: CatalogView): ZoneDetailDto {
  const { zone } = view;
  return {
    id: zone.id,
    name: zone.name,
    summary: zone.summary,
    program: { id: zone.program, name: view.programs[0]?.name ?? zone.name },
    programs: view.programs.map((p) => p.id),
    kind: zone.kind,
    location: zone.location,
    ...(zone.areaKm2 ? { areaKm2: zone.areaKm2 } : {}),
    ...(zone.distancesKm ? { distancesKm: zone.distancesKm } : {}),
    completeness: zone.completeness,
    ...(zone.catalogueCodes ? { catalogueCodes: zone.catalogueCodes } : {}),
    industries: view.industries,
    incentives: view.incentives,
    restrictions: view.restrictions,
    targets: view.targets,
    partners: view.partners,
    platforms: view.platforms,
    sources: view.sources.map((s) => {
      const title = catalog.sourceTitle(s.doc);
      return title ? { ...s, title } : s;
    }),
  };
}

export function toProgramDto(program: Program, zoneIds: string[]) {
  return { ...program, zones: zoneIds };
}
