/**
 * The demo portal, as `npm start` serves it: Portico with every built-in plugin on the embedded
 * database (or DATABASE_URL), seeded once with the Northwind Cloud demo tenant, the standalone portal
 * at `/` and a fresh sign-in link printed for a demo admin. Extra arguments go to `portico start`
 * (e.g. `-- --port 4100`).
 */
import { runCli } from '@portico/server';
import { builtInPlugins } from '../../portico.config.js';

const code = await runCli(['start', '--demo', ...process.argv.slice(2)], { plugins: builtInPlugins() });
if (code !== 0) process.exit(code);
