/**
 * Builds the live catalog view and swaps it in when the catalog changes. A request takes
 * `app.zonematch.catalog` once at its start, so swapping the reference never disturbs requests
 * already running: they finish on the view they took, new ones get the new view.
 *
 * With several instances on one Postgres, each one LISTENs on `zonematch_catalog`; a committed
 * change NOTIFYs its new version and every instance whose view has another version reloads.
 */
import type { FastifyBaseLogger } from 'fastify';
import type { Database } from '../../db/client.js';
import type { AppState } from '../app.js';
import { CATALOG_CHANNEL, readCatalog } from '../repositories/catalog-repository.js';
import { readCatalogVersion } from '../repositories/catalog-admin-repository.js';
import { readCatalogueZones } from '../repositories/catalogue-zone-repository.js';
import { CATALOGUE_PROGRAM_ID, storedVersionOf, withNationalCatalogue } from '../catalog/national/zones.js';
import type { Config } from '../config.js';
import { CatalogView } from './catalog-view.js';

export interface CatalogViewOptions {
  /**
   * national: add the imported 2018 national catalogue's zones (those no seed zone links to) as
   * catalogue-level zones of the program `national-catalogue`. Default seed.
   */
  catalogue?: Config['catalogue'];
}

/**
 * The one place the live catalog view is built from the database: start-up and every reload
 * call it, so whatever the view should contain is decided here.
 */
export async function buildCatalogView(database: Database, options: CatalogViewOptions = {}): Promise<CatalogView> {
  const catalog = await readCatalog(database.db);
  if (options.catalogue !== 'national') return new CatalogView(catalog);
  // The view's version is the stored one plus the national catalogue's content (see withNationalCatalogue).
  return new CatalogView(withNationalCatalogue(catalog, await readCatalogueZones(database.db)));
}

/** Which catalogue a view was built with, so a reload rebuilds it the same way. */
export function catalogueModeOf(view: CatalogView): Config['catalogue'] {
  return view.program(CATALOGUE_PROGRAM_ID) ? 'national' : 'seed';
}

interface ReloadSlot {
  running?: Promise<CatalogView>;
  queued?: Promise<CatalogView>;
}
const slots = new WeakMap<AppState, ReloadSlot>();

/**
 * Rebuilds the view from the database and swaps it into `state`. Reloads run one at a time;
 * a call made while one runs waits for it and then reads again (calls made meanwhile share that
 * second read), so the view swapped in last is never older than the database at any call.
 */
export function reloadCatalog(state: AppState, log?: FastifyBaseLogger): Promise<CatalogView> {
  let slot = slots.get(state);
  if (!slot) {
    slot = {};
    slots.set(state, slot);
  }
  const current = slot;
  const run = (): Promise<CatalogView> => {
    const started = (async () => {
      const previous = state.catalog.version;
      const view = await buildCatalogView(state.database, { catalogue: catalogueModeOf(state.catalog) });
      state.catalog = view;
      if (view.version !== previous) log?.info({ catalogVersion: view.version, previous, zones: view.zoneIds.length }, 'catalog reloaded');
      return view;
    })();
    current.running = started;
    void started.then(
      () => {
        if (current.running === started) current.running = undefined;
      },
      () => {
        if (current.running === started) current.running = undefined;
      },
    );
    return started;
  };
  if (current.queued) return current.queued;
  if (!current.running) return run();
  const queued = current.running.then(
    () => undefined,
    () => undefined,
  ).then(() => {
    current.queued = undefined;
    return run();
  });
  current.queued = queued;
  return queued;
}

export interface CatalogListener {
  /** Stops listening; call before closing the database. */
  stop(): Promise<void>;
}

/**
 * On Postgres, listens for catalog changes committed by any instance and reloads when the
 * announced version differs from this instance's view (on every reconnection it also compares
 * with the stored version, to catch up on what it missed). On PGlite there is only this process,
 * which reloads itself after its own changes: nothing to listen to.
 */
export async function startCatalogListener(state: AppState, log: FastifyBaseLogger): Promise<CatalogListener> {
  const listen = state.database.listen;
  if (!listen) return { stop: async () => {} };
  let stopped = false;
  const reloadIf = (reason: string, version: string | undefined) => {
    if (stopped || version === undefined || version === storedVersionOf(state.catalog.version)) return;
    log.info({ reason, catalogVersion: version, current: state.catalog.version }, 'catalog changed elsewhere; reloading');
    reloadCatalog(state, log).catch((error: unknown) => log.error({ err: error }, 'catalog reload failed'));
  };
  const subscription = await listen(
    CATALOG_CHANNEL,
    (payload) => reloadIf('notify', payload),
    () => {
      readCatalogVersion(state.database.db).then(
        (stored) => reloadIf('listen', stored?.version),
        (error: unknown) => log.error({ err: error }, 'reading the catalog version failed'),
      );
    },
  );
  return {
    stop: async () => {
      stopped = true;
      await subscription.close();
    },
  };
}
