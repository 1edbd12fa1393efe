/**
 * What every reader of a seed file shares: where the seeds are, how a file is checked against its
 * schema, and the error a bad file raises (its name and the JSON path of each problem).
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TSchema } from '@sinclair/typebox';
import { TypeCompiler } from '@sinclair/typebox/compiler';

/** The repository's `seeds/` folder. */
export const DEFAULT_SEEDS_DIR = resolve(fileURLToPath(new URL('../../seeds', import.meta.url)));

/** A catalog file that does not parse or does not match its schema, or a broken cross-reference. */
export class CatalogError extends Error {
  constructor(
    message: string,
    readonly problems: string[],
  ) {
    super(message);
    this.name = 'CatalogError';
  }
}

const checkers = new Map<TSchema, ReturnType<typeof TypeCompiler.Compile>>();
function checkerFor(schema: TSchema) {
  let checker = checkers.get(schema);
  if (!checker) {
    checker = TypeCompiler.Compile(schema);
    checkers.set(schema, checker);
  }
  return checker;
}

/**
 * Validates a parsed value against a catalog schema and returns the problems as
 * `"<label>: <json path>: <message>"` lines (empty when valid).
 */
export function schemaProblems(schema: TSchema, value: unknown, label: string): string[] {
  const checker = checkerFor(schema);
  if (checker.Check(value)) return [];
  const problems: string[] = [];
  for (const error of checker.Errors(value)) {
    problems.push(`${label}: ${error.path || '/'}: ${error.message}`);
    if (problems.length >= 20) break;
  }
  return problems;
}
