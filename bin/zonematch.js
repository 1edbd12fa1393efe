#!/usr/bin/env node
// The `zonematch` command: runs the TypeScript CLI (src/cli/index.ts) through tsx, no build step.
import { tsImport } from 'tsx/esm/api';

await tsImport('../src/cli/index.ts', import.meta.url);
