/**
 * The server's key ring: AES-256-GCM for secrets stored at rest, HMAC-SHA256 for derived values.
 * Sub-keys are derived from the one configured secret (HKDF) so that encryption and signing never
 * share a key.
 */
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { KeyRing } from '@portico/core';
import type { PorticoConfig } from './config.js';

function decodeKey(raw: string): Buffer {
  const key = /^[0-9a-f]+$/i.test(raw) && raw.length % 2 === 0 ? Buffer.from(raw, 'hex') : Buffer.from(raw, 'base64');
  if (key.length < 32) throw new Error('PORTICO_SECRET_KEY must hold at least 32 bytes (e.g. `openssl rand -base64 32`).');
  return key;
}

/** The configured key; outside production a generated one kept in the data folder (or in memory for tests). */
export function resolveSecretKey(config: PorticoConfig): Buffer {
  if (config.secretKey) return decodeKey(config.secretKey);
  if (config.mode === 'production') throw new Error('PORTICO_SECRET_KEY is required in production.');
  if (config.database.kind === 'pglite' && config.database.dataDir === null) return randomBytes(32);
  const file = path.join(config.dataDir, 'secret.key');
  if (!fs.existsSync(file)) {
    fs.mkdirSync(config.dataDir, { recursive: true });
    fs.writeFileSync(file, randomBytes(32).toString('base64'), { mode: 0o600 });
  }
  return decodeKey(fs.readFileSync(file, 'utf8').trim());
}

export function createKeyRing(master: Buffer): KeyRing {
  const derive = (purpose: string) => Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), `portico:${purpose}`, 32));
  const encryptionKey = derive('seal');
  const signingKey = derive('sign');
  return {
    seal(plaintext) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', encryptionKey, iv);
      const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      return `v1.${iv.toString('base64url')}.${cipher.getAuthTag().toString('base64url')}.${body.toString('base64url')}`;
    },
    open(sealed) {
      const [version, iv, tag, body] = sealed.split('.');
      if (version !== 'v1' || !iv || !tag || body === undefined) throw new Error('Not a sealed value.');
      const decipher = createDecipheriv('aes-256-gcm', encryptionKey, Buffer.from(iv, 'base64url'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
    },
    sign(data) {
      return createHmac('sha256', signingKey).update(data).digest('base64url');
    },
  };
}
