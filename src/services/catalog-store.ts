/**
 * The live catalog view, built from the database and swapped whole when the catalog changes. A
 * request takes `app.zonematch.catalog` once at its start, so swapping the reference never
 * disturbs requests already running: they finish on the view they took, new ones get the new view.
 *
 * With several instances on one Postgres, each one LISTENs on `zonematch_catalog`; a committed
 * change NOTIFYs its new version and every instance whose view has another version reloads.
 */
import type { FastifyBaseLogger } from 'fastify';
import type { Database } from '../../db/client.js';
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
function catalogueModeOf(view: CatalogView): Config['catalogue'] {
  return view.program(CATALOGUE_PROGRAM_ID) ? 'national' : 'seed';
}

export interface CatalogListener {
  /** Stops listening; call before closing the database. */
  stop(): Promise<void>;
}

/**
 * Owns the live catalog view: what it was built with, reloading it, and listening for changes
 * other instances commit. One per app (decorated as `app.zonematch.catalogs`).
 */
export class CatalogStore {
  #view: CatalogView;
  #running: Promise<CatalogView> | undefined;
  #queued: Promise<CatalogView> | undefined;

  constructor(
    readonly database: Database,
    view: CatalogView,
  ) {
    this.#view = view;
  }

  /** The view requests read now; take it once per request. */
  get view(): CatalogView {
    return this.#view;
  }

  /**
   * Rebuilds the view from the database and swaps it in. Reloads run one at a time; a call made
   * while one runs waits for it and then reads again (calls made meanwhile share that second
   * read), so the view swapped in last is never older than the database at any call.
   */
  reload(log?: FastifyBaseLogger): Promise<CatalogView> {
    if (this.#queued) return this.#queued;
    if (!this.#running) return this.#run(log);
    const queued = this.#running
      .then(
        () => undefined,
        () => undefined,
      )
      .then(() => {
        this.#queued = undefined;
        return this.#run(log);
      });
    this.#queued = queued;
    return queued;
  }

  #run(log?: FastifyBaseLogger): Promise<CatalogView> {
    const started = (async () => {
      const previous = this.#view.version;
      const view = await buildCatalogView(this.database, { catalogue: catalogueModeOf(this.#view) });
      this.#view = view;
      if (view.version !== previous) log?.info({ catalogVersion: view.version, previous, zones: view.zoneIds.length }, 'catalog reloaded');
      return view;
    })();
    this.#running = started;
    const done = () => {
      if (this.#running === started) this.#running = undefined;
    };
    void started.then(done, done);
    return started;
  }

  /**
   * On Postgres, listens for catalog changes committed by any instance and reloads when the
   * announced version differs from this instance's view (on every reconnection it also compares
   * with the stored version, to catch up on what it missed). On PGlite there is only this
   * process, which reloads itself after its own changes: nothing to listen to.
   */
  async listen(log: FastifyBaseLogger): Promise<CatalogListener> {
    const listen = this.database.listen;
    if (!listen) return { stop: async () => {} };
    let stopped = false;
    const reloadIf = (reason: string, version: string | undefined) => {
      if (stopped || version === undefined || version === storedVersionOf(this.#view.version)) return;
      log.info({ reason, catalogVersion: version, current: this.#view.version }, 'catalog changed elsewhere; reloading');
      this.reload(log).catch((error: unknown) => log.error({ err: error }, 'catalog reload failed'));
    };
    const subscription = await listen(
      CATALOG_CHANNEL,
      (payload) => reloadIf('notify', payload),
      () => {
        readCatalogVersion(this.database.db).then(
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
}
