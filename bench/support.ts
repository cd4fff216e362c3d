/**
 * What every benchmark needs: a PostgreSQL database of its own, a real Portico server on it, load from
 * a second process, statistics, and a place to write results.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import knexFactory from 'knex';
import type { PluginDefinition } from '@portico/core';
import { loadConfig, type DatabaseConfig } from '../server/src/config.js';
import { createServer, type PorticoServer } from '../server/src/server.js';

export const ADMIN_URL = process.env.PORTICO_BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));

export interface BenchDatabase {
  url: string;
  appRole: string;
  drop(): Promise<void>;
}

/** A database and app role of the benchmark's own on the machine's PostgreSQL. */
export async function benchDatabase(name: string): Promise<BenchDatabase> {
  const run = randomBytes(3).toString('hex');
  const database = `portico_bench_${name}_${run}`;
  const appRole = `portico_bench_app_${run}`;
  const admin = knexFactory({ client: 'pg', connection: ADMIN_URL, pool: { min: 0, max: 1 } });
  await admin.raw(`create database ${database}`);
  return {
    url: Object.assign(new URL(ADMIN_URL), { pathname: `/${database}` }).toString(),
    appRole,
    async drop() {
      await admin.raw(`drop database if exists ${database} with (force)`);
      await admin.raw(`drop owned by ${appRole}`).catch(() => {});
      await admin.raw(`drop role if exists ${appRole}`).catch(() => {});
      await admin.destroy();
    },
  };
}

/** A migrated Portico server on `database`, listening on 127.0.0.1. */
export async function startPortico(database: DatabaseConfig, appRole: string, plugins: PluginDefinition[]): Promise<{ server: PorticoServer; url: string }> {
  const config = loadConfig({ PORTICO_ENV: 'test' }, { port: 0, host: '127.0.0.1', database, appRole, outboxIntervalMs: 0, logLevel: 'silent', validateResponses: false });
  const server = await createServer({ config, plugins });
  await server.migrate();
  return { server, url: await server.listen() };
}

export async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = process.hrtime.bigint();
  const value = await work();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, value };
}

export function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { runs: sorted.length, minMs: +sorted[0].toFixed(2), medianMs: +at(0.5).toFixed(2), p95Ms: +at(0.95).toFixed(2), maxMs: +sorted[sorted.length - 1].toFixed(2) };
}

export interface LoadOptions {
  url: string;
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  connections?: number;
  duration?: number;
  amount?: number;
}

export interface LoadResult {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  non2xx: number;
  errors: number;
}

/** Loads a URL with autocannon from a second process. */
export function load(options: LoadOptions): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(BENCH_DIR, 'load.mjs'), JSON.stringify(options)], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`autocannon exited with ${code}`));
      const r = JSON.parse(out);
      resolve({ requestsPerSecond: Math.round(r.requests.average), p50Ms: r.latency.p50, p99Ms: r.latency.p99, requests: r.requests.total, non2xx: r.non2xx, errors: r.errors });
    });
  });
}

/** Writes `data` as JSON to bench/results/<name>-<time>.json and returns the file's path. */
export function writeResults(name: string, data: Record<string, unknown>): string {
  const out = path.join(BENCH_DIR, 'results');
  fs.mkdirSync(out, { recursive: true });
  const file = path.join(out, `${name}-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  fs.writeFileSync(file, `${JSON.stringify({ at: new Date().toISOString(), node: process.version, ...data }, null, 2)}\n`);
  return path.relative(process.cwd(), file);
}
