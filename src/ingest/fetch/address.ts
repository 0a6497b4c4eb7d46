/**
 * Which network addresses a fetch may reach. A URL from a feed or a redirect is chosen by
 * someone else: without this check it could point Sitrep at the machine's own services, the
 * local network or a cloud's metadata endpoint (169.254.169.254 hands out credentials), and
 * the answer would be stored and served (server-side request forgery).
 *
 * Only global unicast addresses pass. The check runs on the URL's host when it is a literal,
 * on every address DNS returns (lookup.ts), and on the address the socket actually connected
 * to, so a name that resolves differently the second time (DNS rebinding) gains nothing.
 */
import ipaddr from 'ipaddr.js';

/**
 * Addresses ipaddr.js calls unicast that are still not the public internet: cloud endpoints
 * that answer only from inside the cloud.
 */
const EXTRA_BLOCKED: { cidr: string; why: string }[] = [
  // Azure's wireserver (instance metadata and agent traffic) sits at a public-looking address.
  { cidr: '168.63.129.16/32', why: 'a cloud metadata address' },
  // IPv4-compatible IPv6 (::a.b.c.d, deprecated by RFC 4291) would carry any IPv4 address past the IPv4 check.
  { cidr: '::/96', why: 'an IPv4-compatible IPv6 address' },
];
const EXTRA = EXTRA_BLOCKED.map((e) => ({ range: ipaddr.parseCIDR(e.cidr), why: e.why }));

/** ipaddr.js range names, said the way a person reads them in an error. */
const RANGE_NAMES: Record<string, string> = {
  private: 'a private (RFC 1918) address',
  loopback: 'a loopback address',
  linkLocal: 'a link-local address (cloud metadata lives here)',
  uniqueLocal: 'a unique-local (private IPv6) address',
  carrierGradeNat: 'a carrier-grade NAT (shared) address',
  multicast: 'a multicast address',
  unspecified: 'the unspecified address',
  broadcast: 'the broadcast address',
  reserved: 'a reserved address',
};

/** Why `address` may not be fetched from, or null when it is a global unicast address. */
export function blockedReason(address: string): string | null {
  let ip: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    // process() turns ::ffff:a.b.c.d into a.b.c.d, so a mapped address is judged as IPv4;
    // parse() also reads the decimal, octal and hex IPv4 forms (2130706433, 0177.0.0.1, 0x7f.1).
    ip = ipaddr.process(address.replace(/^\[|\]$/g, '').replace(/%.*$/, ''));
  } catch {
    return 'not an IP address';
  }
  const metadata = ip.toString() === '169.254.169.254' || ip.toString() === 'fd00:ec2::254';
  if (metadata) return 'a cloud metadata address';
  const range = ip.range();
  if (range !== 'unicast') return RANGE_NAMES[range] ?? `a special-purpose address (${range})`;
  for (const e of EXTRA) if (ip.kind() === e.range[0].kind() && ip.match(e.range)) return e.why;
  return null;
}

/** Whether `host` (a URL's hostname) is an IP literal rather than a name. */
export function isIpLiteral(host: string): boolean {
  return ipaddr.isValid(host.replace(/^\[|\]$/g, ''));
}

export class BlockedAddressError extends Error {
  readonly code = 'blocked-address';
  constructor(readonly address: string, reason: string, host?: string) {
    super(`refused ${host && host !== address ? `${host} (${address})` : address}: ${reason}; pass --allow-private to fetch from it`);
  }
}

/**
 * Which non-public addresses a fetch may still reach: none (false), all (true: tests, a local
 * mirror), or the listed ranges only ("10.20.0.0/16,127.0.0.1": one intranet, nothing else).
 */
export type PrivatePolicy = boolean | string[];

/** The ranges of a policy, checked once: a bad range is an error naming it. */
export function parsePolicy(ranges: string): string[] {
  return ranges.split(',').map((r) => r.trim()).filter(Boolean).map((r) => {
    const bare = r.replace(/^\[|\]$/g, '');
    const cidr = r.includes('/') ? r : ipaddr.isValid(bare) ? `${bare}/${ipaddr.parse(bare).kind() === 'ipv4' ? 32 : 128}` : r;
    if (!ipaddr.isValidCIDR(cidr)) throw new Error(`${r} is not an IP address or CIDR range`);
    return cidr;
  });
}

function allowedByPolicy(address: string, policy: PrivatePolicy): boolean {
  if (typeof policy === 'boolean') return policy;
  const ip = ipaddr.process(address);
  return policy.some((cidr) => {
    const range = ipaddr.parseCIDR(cidr);
    return range[0].kind() === ip.kind() && ip.match(range);
  });
}

/** Throws when `address` is not public and the policy does not allow it. */
export function assertPublic(address: string, policy: PrivatePolicy, host?: string): void {
  const why = blockedReason(address);
  if (why && !(why !== 'not an IP address' && allowedByPolicy(address, policy))) throw new BlockedAddressError(address, why, host);
}
