#!/usr/bin/env -S node --conditions=development --import tsx
// The CLI runs the TypeScript sources through tsx, so a checkout needs no build step to start.
import { main } from '../src/cli.ts';

main(process.argv.slice(2)).then((code) => {
  if (code !== 0 || process.argv[2] !== 'start') process.exit(code);
});
