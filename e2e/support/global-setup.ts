/**
 * The widgets must be built before a browser can load them: like `npm start`, build them when they
 * are missing or older than their sources. `PORTICO_WIDGETS_DIR` names a build to use as it is.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export default function setup(): void {
  const dir = process.env.PORTICO_WIDGETS_DIR;
  if (dir) {
    if (!fs.existsSync(path.join(dir, 'manifest.json'))) throw new Error(`PORTICO_WIDGETS_DIR=${dir} holds no widget build (manifest.json).`);
    return;
  }
  execFileSync(process.execPath, ['packages/widgets/scripts/build.mjs', '--if-stale'], { stdio: 'inherit' });
}
