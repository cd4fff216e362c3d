import { pino, type Logger as PinoLogger } from 'pino';

export type { PinoLogger };

export function createLogger(level: string): PinoLogger {
  return pino({
    level,
    base: { service: 'portico' },
    // Credentials never reach the logs, whatever a handler logs.
    redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]', '*.token', '*.password'],
  });
}
