/**
 * Ranks many profiles on every core: a piscina worker pool whose workers each hold the engine
 * index of one catalog version. The answers are the engine's own (`rankZones`), in the order of
 * the profiles; the pool only spreads the work.
 */
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { Catalog } from '../catalog/schema.js';
import type { EngineProfile, RankOptions, RankResult } from '../engine/index.js';

/** Profiles per task: large enough that sending a task costs little next to ranking it. */
const CHUNK = 25;

// Under tsx (development, tests) the worker is TypeScript and needs the same loader; built, it is JavaScript.
const typescript = import.meta.url.endsWith('.ts');
const WORKER = new URL(`./ranking-worker.${typescript ? 'ts' : 'js'}`, import.meta.url).href;

export class RankingPool {
  private readonly pool: Piscina;

  /** @param threads workers to start (default: one per available core) */
  constructor(
    readonly catalog: Catalog,
    threads = availableParallelism(),
  ) {
    this.pool = new Piscina({
      filename: WORKER,
      workerData: { catalog },
      minThreads: threads,
      maxThreads: threads,
      ...(typescript ? { execArgv: ['--import', 'tsx'] } : {}),
    });
  }

  /** The engine's answer for each profile, in order. */
  async rankMany(profiles: readonly EngineProfile[], options: RankOptions): Promise<RankResult[]> {
    const chunks: EngineProfile[][] = [];
    for (let i = 0; i < profiles.length; i += CHUNK) chunks.push(profiles.slice(i, i + CHUNK));
    const answers = await Promise.all(chunks.map(async (chunk) => JSON.parse((await this.pool.run({ profiles: chunk, options })) as string) as RankResult[]));
    return answers.flat();
  }

  close(): Promise<void> {
    return this.pool.destroy();
  }
}
