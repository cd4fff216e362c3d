#!/usr/bin/env node
// The installed CLI runs the compiled JavaScript; a checkout runs the sources with `npm run portico`.
import { main } from '../dist/cli.js';

main(process.argv.slice(2)).then((code) => {
  // `start` keeps running; every other command exits once stdout has drained (a piped OpenAPI
  // document would otherwise be cut at the pipe's buffer size).
  if (code !== 0 || process.argv[2] !== 'start') process.stdout.write('', () => process.exit(code));
});
