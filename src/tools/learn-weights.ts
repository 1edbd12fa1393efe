/**
 * `npm run learn-weights [-- --save NAME] [--note TEXT] [--held-out SHARE] [--json]`: fits the six
 * component weights to the recorded lead outcomes (invested or visited zones above the declined
 * ones of the same company; see src/services/weight-learning.ts), and reports how often the fitted
 * and the default weights order the held-out pairs right. `--save NAME` stores the fitted weights
 * as a weight preset, used by sending options.weightsPreset: "NAME".
 *
 * Works on the database the server uses (DATABASE_URL, else PGLITE_DIR) and its live catalog.
 * Exit codes: 0 done, 1 failed (database in use, nothing to fit, name taken), 2 bad usage.
 */
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { Database } from '../../db/client.js';
import { COMPONENT_NAMES } from '../engine/index.js';
import { ApiError } from '../errors.js';
import { ConfigError, loadConfig } from '../config.js';
import { buildCatalogView } from '../services/catalog-store.js';
import { HELD_OUT_SHARE, learnWeights, type LearningReport } from '../services/weight-learning.js';
import { savePreset } from '../services/weight-presets.js';
import { CommandError, openToolDatabase } from './tool-database.js';

const USAGE = `usage: npm run learn-weights -- [--save NAME] [--note "…"] [--held-out SHARE] [--json]
  --save NAME       store the fitted weights as weight preset NAME (options.weightsPreset)
  --note TEXT       a note kept with the preset
  --held-out SHARE  share of companies whose pairs are kept out of the fit for the check (default ${HELD_OUT_SHARE})
  --json            print the report as JSON`;

class UsageError extends Error {}

/** Who a preset saved by this tool says created it. */
export const LEARN_WEIGHTS_AUTHOR = 'learn-weights';

export interface LearnArgs {
  save?: string;
  note?: string;
  heldOut: number;
  json: boolean;
}

export function parseLearnArgs(argv: string[]): LearnArgs {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { save: { type: 'string' }, note: { type: 'string' }, 'held-out': { type: 'string' }, json: { type: 'boolean' } },
      strict: true,
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const heldOut = values['held-out'] === undefined ? HELD_OUT_SHARE : Number(values['held-out']);
  if (!(heldOut > 0 && heldOut < 1)) throw new UsageError(`--held-out "${values['held-out']}": expected a share between 0 and 1, e.g. 0.3`);
  return {
    ...(values.save !== undefined ? { save: values.save } : {}),
    ...(values.note !== undefined ? { note: values.note } : {}),
    heldOut,
    json: values.json ?? false,
  };
}

/** Below this many training pairs the report warns that the fit says little. */
const FEW_PAIRS = 30;

const percent = (x: number | undefined) => (x === undefined ? 'n/a (no held-out pairs)' : `${(x * 100).toFixed(1)} %`);

export function formatReport(report: LearningReport): string {
  const lines = [
    `Outcomes: ${report.outcomes} latest (company, zone) outcomes; ${report.fromStoredAnswer} scored from their stored answer, ${report.fromEngine} by the engine on the live catalog, ${report.unscored} left out (zone no longer in the catalog).`,
    `Pairs (invested/visited above declined, same company): ${report.pairs.train} to fit, ${report.pairs.test} held out.`,
    '',
    `  component     default  fitted`,
    ...COMPONENT_NAMES.map((n) => `  ${n.padEnd(12)}  ${report.defaults[n].toFixed(3).padStart(7)}  ${report.fitted[n].toFixed(3).padStart(6)}`),
    '',
    `Held-out pairs the engine orders right: fitted ${percent(report.accuracy.fitted)}, default ${percent(report.accuracy.defaults)}.`,
    ...(report.pairs.train < FEW_PAIRS
      ? [
          `Only ${report.pairs.train} pair${report.pairs.train === 1 ? '' : 's'} to fit: the fitted weights follow them closely; record more outcomes before relying on them.`,
        ]
      : []),
  ];
  return `${lines.join('\n')}\n`;
}

/** Runs the tool on an open database; returns what to print. */
export async function runLearnWeights(database: Database, args: LearnArgs, catalogue: 'seed' | 'national' = 'seed'): Promise<string> {
  const view = await buildCatalogView(database, { catalogue });
  const report = await learnWeights(database, view, args.heldOut);
  let out = args.json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report);
  if (args.save !== undefined) {
    if (report.pairs.train === 0) throw new CommandError(`nothing to fit: no pair to learn from, so no preset "${args.save}" was saved`);
    try {
      await savePreset(database, { name: args.save, weights: report.fitted, ...(args.note ? { note: args.note } : {}) }, LEARN_WEIGHTS_AUTHOR);
    } catch (error) {
      if (error instanceof ApiError) throw new CommandError(`--save "${args.save}": ${error.detail}`);
      throw error;
    }
    if (!args.json) out += `Saved as weight preset "${args.save}": rank with options.weightsPreset = "${args.save}".\n`;
  }
  return out;
}

async function main(argv: string[]): Promise<void> {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(USAGE);
    return;
  }
  const args = parseLearnArgs(argv);
  const config = loadConfig();
  const database = await openToolDatabase(config);
  try {
    process.stdout.write(await runLearnWeights(database, args, config.catalogue));
  } finally {
    await database.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    if (error instanceof UsageError) {
      console.error(`learn-weights: ${error.message}\n${USAGE}`);
      process.exit(2);
    }
    if (error instanceof CommandError || error instanceof ConfigError) {
      console.error(`learn-weights: ${error.message}`);
      process.exit(1);
    }
    console.error(error);
    process.exit(1);
  });
}
