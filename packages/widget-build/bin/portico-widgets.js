#!/usr/bin/env node
// `portico-widgets build`: builds a plugin's widgets into dist/widgets (see the package README).
import { main } from '../dist/cli.js';

process.exitCode = await main(process.argv.slice(2));
