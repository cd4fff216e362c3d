#!/usr/bin/env -S node --conditions=development --import tsx
// The CLI runs the TypeScript sources through tsx, so a checkout needs no build step to start.
import { main } from '../src/cli.ts';

main(process.argv.slice(2)).then((code) => {
  // `start` keeps running; every other command exits once stdout has drained (a piped OpenAPI
  // document would otherwise be cut at the pipe's buffer size).
  if (code !== 0 || process.argv[2] !== 'start') process.stdout.write('', () => process.exit(code));
});
