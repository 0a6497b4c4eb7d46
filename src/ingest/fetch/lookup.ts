/**
 * A DNS lookup for node:http that answers only with addresses a fetch may reach. The request
 * connects to the address this function returns, so the address checked is the address used:
 * a name that resolves to a public address for a first check and to 127.0.0.1 for the
 * connection (DNS rebinding) cannot get past it.
 */
import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from 'node:dns';
import type { LookupFunction } from 'node:net';
import { assertPublic, type PrivatePolicy } from './address.js';

/** Resolves a host name to all its addresses; replaceable so tests can play a hostile resolver. */
export type Resolver = (host: string, family: number) => Promise<LookupAddress[]>;

export const systemResolver: Resolver = (host, family) =>
  new Promise((resolve, reject) => {
    dnsLookup(host, { all: true, family, verbatim: true }, (err, addresses) => (err ? reject(err) : resolve(addresses)));
  });

/**
 * The addresses of `host` that may be fetched from. Blocked ones are dropped; when none is
 * left the error names the host and the first address refused.
 */
export async function vettedAddresses(host: string, family: number, policy: PrivatePolicy, resolve: Resolver = systemResolver): Promise<LookupAddress[]> {
  const all = await resolve(host, family);
  if (!all.length) throw new Error(`${host}: no address found`);
  const ok = all.filter((a) => {
    try {
      assertPublic(a.address, policy, host);
      return true;
    } catch {
      return false;
    }
  });
  // None left: the error names the host and the first address refused.
  if (!ok.length) assertPublic(all[0]!.address, policy, host);
  return ok;
}

/** The `lookup` option of http.request: answers one address or all, as node:net asks. */
export function guardedLookup(policy: PrivatePolicy, resolve: Resolver = systemResolver): LookupFunction {
  return (hostname: string, options: LookupOptions, callback: (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void) => {
    vettedAddresses(hostname, Number(options.family ?? 0) || 0, policy, resolve).then(
      (addresses) => {
        if (options.all) callback(null, addresses);
        else callback(null, addresses[0]!.address, addresses[0]!.family);
      },
      (err: NodeJS.ErrnoException) => callback(err, options.all ? [] : '', 0),
    );
  };
}
