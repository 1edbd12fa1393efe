/**
 * Catalog management: checks a change against the catalog's cross-file rules (the same ones
 * the seed files pass), applies it through the repository, and swaps in the rebuilt view before
 * answering, so the next request of the same client sees the change.
 */
import type { FastifyBaseLogger } from 'fastify';
import type { Database } from '../../db/client.js';
import { checkCatalogIntegrity } from '../catalog/integrity.js';
import type { Catalog, Zone } from '../catalog/schema.js';
import { storedVersionOf } from '../catalog/national/zones.js';
import { describeProblems, problem, type ApiError, type Problem } from '../errors.js';
import { archiveZone, importCatalog, putZone, type Actor, type ChangeResult } from '../repositories/catalog-admin-repository.js';
import { readCatalog } from '../repositories/catalog-repository.js';
import type { CatalogStore } from './catalog-store.js';

type PathError = NonNullable<Problem['errors']>[number];

/** JSON pointers to every `{ doc }` source reference naming `doc` inside `value`. */
function pathsOfDoc(value: unknown, doc: string, at = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => pathsOfDoc(v, doc, `${at}/${i}`));
  if (value === null || typeof value !== 'object') return [];
  const entries = Object.entries(value);
  const here = entries.some(([k, v]) => k === 'doc' && v === doc) ? [`${at}/doc`] : [];
  return [...here, ...entries.flatMap(([k, v]) => pathsOfDoc(v, doc, `${at}/${k}`))];
}

const LINE = /^(?<label>[^:]+): (?:(?<path>\/[^:]*): )?(?<message>.*)$/;
const UNLISTED_DOC = /^source document "(?<doc>[^"]+)" is not listed in sources\.json$/;

/**
 * Turns the integrity checker's lines (`zones/<id>.json: /industries/0/concepts: unknown concept "x"`)
 * into `{ path, message }` pairs pointing into the request body.
 * @param locate maps a line's label (`zones/<id>.json`, `programs/<id>.json`, `taxonomy`, …) and
 *   the line's message to the body path of the entry it is about, or undefined when it is not part of the request.
 */
export function integrityErrors(problems: string[], locate: (label: string, message: string) => { path: string; entry?: unknown } | undefined): PathError[] {
  const errors: PathError[] = [];
  for (const line of problems) {
    const match = LINE.exec(line)?.groups;
    if (!match) {
      errors.push({ path: '/body', message: line });
      continue;
    }
    const message = match.message!.replace('sources.json', 'the catalog sources');
    const where = locate(match.label!, match.message!);
    if (!where) continue;
    const doc = UNLISTED_DOC.exec(match.message!)?.groups?.doc;
    if (doc !== undefined && where.entry !== undefined) {
      for (const path of pathsOfDoc(where.entry, doc)) errors.push({ path: `${where.path}${path}`, message });
      continue;
    }
    errors.push({ path: `${where.path}${match.path ?? ''}`, message });
  }
  return errors.filter((e, i) => errors.findIndex((x) => x.path === e.path && x.message === e.message) === i);
}

function inconsistent(errors: PathError[], what: string): ApiError {
  return problem('CATALOG_INCONSISTENT', `${what}: ${describeProblems(errors)}`, { errors });
}

export interface ZoneChange extends ChangeResult {
  created: boolean;
}

export class CatalogAdminService {
  constructor(
    private readonly database: Database,
    private readonly catalogs: CatalogStore,
    private readonly log: FastifyBaseLogger,
  ) {}

  /** Creates or replaces a zone, checked against the rest of the live catalog. */
  async putZone(id: string, zone: Zone, actor: Actor): Promise<ZoneChange> {
    if (zone.id !== id) {
      throw problem('VALIDATION_FAILED', `/body/id "${zone.id}" must equal the zone id in the path, "${id}"`, {
        errors: [{ path: '/body/id', message: `must equal the zone id in the path, "${id}"` }],
      });
    }
    const label = `zones/${id}.json`;
    const result = await putZone(this.database.db, zone, actor, (live) => {
      // The zone goes last, so a clash (e.g. an incentive id used elsewhere) is reported on it.
      const candidate: Catalog = { ...live, zones: [...live.zones.filter((z) => z.id !== id), zone] };
      const errors = integrityErrors(checkCatalogIntegrity(candidate), (l) => (l === label ? { path: '/body', entry: zone } : undefined));
      if (errors.length > 0) throw inconsistent(errors, `Zone "${id}" does not fit the catalog`);
    });
    await this.catchUp(result.version);
    return result;
  }

  /** Archives a live zone; 404 when there is none with that id. */
  async archiveZone(id: string, actor: Actor): Promise<ChangeResult & { archivedAt: Date }> {
    const result = await archiveZone(this.database.db, id, actor);
    if (!result) throw problem('ZONE_NOT_FOUND', `There is no live zone with id "${id}".`);
    await this.catchUp(result.version);
    return result;
  }

  /** Replaces the whole catalog after checking all of it; nothing is written when any part fails. */
  async importCatalog(catalog: Omit<Catalog, 'version'> & { version?: string }, actor: Actor): Promise<ChangeResult> {
    const { sources, concepts, programs, zones } = catalog;
    const imported: Catalog = { sources, concepts, programs, zones, version: 'import' };
    const errors = integrityErrors(checkCatalogIntegrity(imported), (label, message) => locateInImport(imported, label, message));
    if (errors.length > 0) throw inconsistent(errors, 'The imported catalog is inconsistent; nothing was changed');
    const result = await importCatalog(this.database.db, { sources, concepts, programs, zones }, actor);
    await this.catchUp(result.version);
    return result;
  }

  /**
   * The live catalog as stored, in the shape of the seed files (re-importable). Read from the
   * database rather than from the view, so it holds exactly what an import writes.
   */
  async exportCatalog(): Promise<Catalog> {
    return readCatalog(this.database.db);
  }

  /** Swaps in the rebuilt view unless this instance already serves `version`. */
  private async catchUp(version: string): Promise<void> {
    if (storedVersionOf(this.catalogs.view.version) !== version) await this.catalogs.reload(this.log);
  }
}

function locateInImport(catalog: Catalog, label: string, message: string): { path: string; entry?: unknown } | undefined {
  const file = /^(?<kind>zones|programs)\/(?<id>.+)\.json$/.exec(label)?.groups;
  if (file) {
    const list: { id: string }[] = file.kind === 'zones' ? catalog.zones : catalog.programs;
    const index = list.findIndex((e) => e.id === file.id);
    return { path: `/body/${file.kind}/${index}`, entry: list[index] };
  }
  const id = /"(?<id>[^"]+)"/.exec(message)?.groups?.id;
  const twice = (list: { id: string }[]) => list.map((e) => e.id).lastIndexOf(id ?? '');
  if (label === 'taxonomy') {
    const index = message.includes('defined twice') ? twice(catalog.concepts) : catalog.concepts.findIndex((c) => c.id === id);
    return { path: index >= 0 ? `/body/concepts/${index}` : '/body/concepts' };
  }
  if (label === 'programs') return { path: `/body/programs/${twice(catalog.programs)}/id` };
  if (label === 'zones') return { path: `/body/zones/${twice(catalog.zones)}/id` };
  return { path: '/body' };
}
