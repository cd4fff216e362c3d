// npm run build:widgets [-- --if-stale]: the portal's bundles and every workspace plugin's widgets.
import { buildWidgets } from './widget-builds.js';

const ifStale = process.argv.includes('--if-stale');
const { built, ms } = await buildWidgets({ ifStale });
console.log(built.length ? `Widgets built in ${ms} ms: ${built.join(', ')}.` : 'Widgets are up to date.');
