#!/usr/bin/env node
// The `zonematch` command: runs the TypeScript CLI (src/cli/main.ts) through tsx, no build step.
import { tsImport } from 'tsx/esm/api';

await tsImport('../src/cli/main.ts', import.meta.url);
