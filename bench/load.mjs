// Loads one URL with autocannon from its own process (so the load generator does not share the
// server's event loop) and prints autocannon's result as JSON on stdout.
//   node bench/load.mjs '{"url": "...", "method": "GET", "headers": {}, "body": null, "duration": 10, "connections": 10}'
import autocannon from 'autocannon';

const options = JSON.parse(process.argv[2]);
const result = await autocannon({
  url: options.url,
  method: options.method ?? 'GET',
  headers: options.headers ?? {},
  body: options.body ?? undefined,
  connections: options.connections ?? 10,
  ...(options.amount ? { amount: options.amount } : { duration: options.duration ?? 10 }),
});
process.stdout.write(JSON.stringify(result));
