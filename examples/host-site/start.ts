/**
 * `npm run example:host`: Portico's demo on http://localhost:4000 and Northwind Cloud's own site on
 * http://127.0.0.1:4100 (another site: the demo tenant allows that embed origin), in one process.
 */
import { startPorticoDemo } from './portico-demo.js';
import { startHostSite } from './server.js';

const PORTICO_PORT = Number(process.env.PORT ?? 4000);
const HOST_PORT = Number(process.env.HOST_SITE_PORT ?? 4100);

/** A port already taken (often `npm start`, which this example does not need: it starts its own portal) is said plainly. */
async function orExit<T>(starting: Promise<T>): Promise<T> {
  try {
    return await starting;
  } catch (error) {
    const e = error as NodeJS.ErrnoException & { name?: string };
    if (e.name === 'PortInUseError' || /already in use/.test(e.message)) {
      console.error(`${e.message}\nThis example starts its own Portico demo on port ${PORTICO_PORT}: stop \`npm start\` first, or run PORT=<n> npm run example:host.`);
      process.exit(1);
    }
    throw error;
  }
}

// The host site first, so Portico can be told its exact origin.
const host = await orExit(startHostSite({ port: HOST_PORT, porticoUrl: `http://localhost:${PORTICO_PORT}` }));
const portico = await orExit(startPorticoDemo({ port: PORTICO_PORT, embedOrigin: host.origin }));
host.setApiKey(portico.apiKey);

const allowed: string[] = (await portico.server.database.knex('tenants').where({ id: portico.tenantId }).first('embed_origins'))?.embedOrigins ?? [];
console.log(`
Northwind Cloud (the host site): ${host.origin}/
  Sign in as a demo partner there; its page shows Portico widgets in Northwind's colours.
Portico (the demo portal):       ${portico.url}/
  The host backend holds a new API key named "Northwind host-site example" (earlier ones are revoked).
`);
if (!allowed.includes(host.origin)) {
  console.warn(`Warning: the demo tenant does not allow ${host.origin} as an embed origin (it allows ${allowed.join(', ') || 'none'}); add it under Settings → Embedding.`);
}

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await host.close();
  await portico.close();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
