/**
 * Where webhooks may go. A tenant's staff choose the URL, so it must never become a way into the
 * server's own network (SSRF): https only in production; never an address that is loopback, private,
 * link-local (cloud metadata), carrier-grade NAT, multicast or unspecified — checked when the endpoint
 * is saved (for a clear 400) and again for every address a name resolves to when sending, on the
 * very connection made (so a name that later resolves elsewhere, DNS rebinding, is refused too).
 * A development server may allow such addresses explicitly (`allowPrivateAddresses`).
 */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { BlockList, isIP } from 'node:net';
import { problems } from '@portico/core';

export interface AddressPolicy {
  /** Accept loopback and private addresses (a development machine, tests). Never in production. */
  allowPrivateAddresses: boolean;
  /** Refuse plain http. */
  requireHttps: boolean;
}

const blocked = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12], ['192.0.0.0', 24],
  ['192.0.2.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['198.51.100.0', 24], ['203.0.113.0', 24], ['224.0.0.0', 4], ['240.0.0.0', 4],
] as const) blocked.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of [['::', 128], ['::1', 128], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8], ['2001:db8::', 32], ['64:ff9b::', 96]] as const) blocked.addSubnet(net, prefix, 'ipv6');

/** Whether an IP address is one no webhook may reach (IPv4-mapped IPv6 is read as its IPv4). */
export function isBlockedAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return blocked.check(mapped[1], 'ipv4');
  const family = isIP(address);
  if (family === 0) return true;
  return blocked.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

function refuse(message: string): never {
  throw problems.invalidField('/url', message);
}

/** Checks a URL as saved: its scheme, no credentials in it, and every address its host names now. */
export async function checkEndpointUrl(raw: string, policy: AddressPolicy): Promise<string> {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return refuse('is not a URL.');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') refuse('must be an https URL.');
  if (url.protocol === 'http:' && policy.requireHttps) refuse('must be an https URL: deliveries carry your programme’s data.');
  if (url.username || url.password) refuse('must not carry a user name or password; the signature authenticates each delivery.');
  if (url.hash) refuse('must not have a #fragment.');
  if (!policy.allowPrivateAddresses) {
    const host = url.hostname.replace(/^\[|\]$/g, '');
    let addresses: string[];
    try {
      addresses = isIP(host) ? [host] : (await lookupAll(host)).map((a) => a.address);
    } catch {
      return refuse(`names a host that does not resolve (${host}).`);
    }
    if (addresses.some(isBlockedAddress)) refuse('points at a private, loopback or link-local address, which webhooks may not reach.');
  }
  return url.toString();
}

function lookupAll(host: string): Promise<LookupAddress[]> {
  return new Promise((resolve, reject) => dnsLookup(host, { all: true }, (error, addresses) => (error ? reject(error) : resolve(addresses))));
}

/**
 * The `lookup` of the connection a delivery makes: resolves as usual, and fails the connection when an
 * address is blocked, so what was checked is what is connected to.
 */
export function guardedLookup(policy: AddressPolicy) {
  return (hostname: string, options: object, callback: (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, '', 0);
      if (!policy.allowPrivateAddresses && addresses.some((a) => isBlockedAddress(a.address))) {
        const refused: NodeJS.ErrnoException = new Error(`${hostname} resolves to a private, loopback or link-local address; webhooks may not reach it.`);
        refused.code = 'EADDRBLOCKED';
        return callback(refused, '', 0);
      }
      if ((options as { all?: boolean }).all) return callback(null, addresses);
      return callback(null, addresses[0].address, addresses[0].family);
    });
  };
}
