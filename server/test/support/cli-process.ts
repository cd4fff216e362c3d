/**
 * The `portico` CLI as a person runs it: a real process, its output and its exit code; and an emailed
 * sign-in link followed as a browser follows it.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// The sources, as `npm run portico` runs them (the installed bin runs the same, compiled), with the
// checkout's plugins (portico.config.ts at the root).
const CLI = fileURLToPath(new URL('../../src/cli.ts', import.meta.url));
const CONFIG = fileURLToPath(new URL('../../../portico.config.ts', import.meta.url));

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface RunningCli extends Run {
  kill(): Promise<number | null>;
  /** Resolves with all the output so far once it matches `pattern` (or rejects when the process ends first). */
  waitForOutput(pattern: RegExp): Promise<string>;
}

export function portico(args: string[], env: Record<string, string>, untilOutput?: RegExp): Promise<RunningCli> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--conditions=portico-source', '--import', 'tsx', CLI, ...args], {
      env: { PATH: process.env.PATH!, LOG_LEVEL: 'warn', PORTICO_CONFIG: CONFIG, ...env },
      cwd: path.dirname(CLI),
    });
    let stdout = '';
    let stderr = '';
    const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
    const kill = async () => {
      child.kill('SIGTERM');
      return exited;
    };
    const waiting = new Set<() => void>();
    const waitForOutput = (pattern: RegExp) =>
      new Promise<string>((found, failed) => {
        const check = () => {
          if (pattern.test(stdout)) {
            waiting.delete(check);
            found(stdout);
          }
        };
        waiting.add(check);
        check();
        void exited.then(() => failed(new Error(`The process ended before printing ${pattern}:\n${stdout}\n${stderr}`)));
      });
    child.stdout.on('data', (d) => {
      stdout += d;
      for (const check of [...waiting]) check();
      if (untilOutput?.test(stdout)) resolve({ code: null, stdout, stderr, kill, waitForOutput });
    });
    child.stderr.on('data', (d) => (stderr += d));
    void exited.then((code) => resolve({ code, stdout, stderr, kill, waitForOutput }));
  });
}

/** Follows an emailed sign-in link as a browser does: opens the page, then submits its form. */
export async function signInWithLink(base: string, link: string): Promise<{ page: Response; confirmed: Response; cookie: string | null }> {
  const { pathname, search } = new URL(link);
  const page = await fetch(`${base}${pathname}${search}`);
  const token = new URLSearchParams(search).get('token')!;
  const confirmed = await fetch(`${base}/sign-in/link`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: base, 'sec-fetch-site': 'same-origin', 'sec-fetch-mode': 'navigate' },
    body: new URLSearchParams({ token }).toString(),
  });
  const cookie = confirmed.headers.getSetCookie().map((c) => c.split(';')[0]).find((c) => /portico_session=/.test(c)) ?? null;
  return { page, confirmed, cookie };
}

