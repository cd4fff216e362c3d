/**
 * The widgets must be built before a browser can load them: like `npm start`, build them when they
 * are missing or older than their sources. `PORTICO_WIDGETS_DIR` names a build of the portal's
 * bundles to use as it is.
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildWidgets } from '../../scripts/widget-builds.js';

export default async function setup(): Promise<void> {
  const dir = process.env.PORTICO_WIDGETS_DIR;
  if (dir && !fs.existsSync(path.join(dir, 'manifest.json'))) throw new Error(`PORTICO_WIDGETS_DIR=${dir} holds no widget build (manifest.json).`);
  await buildWidgets({ ifStale: true });
}
