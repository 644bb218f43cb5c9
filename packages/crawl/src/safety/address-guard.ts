// The SSRF guard: resolves a host, refuses blocked addresses, and hands the *checked*
// address to the socket (undici `connect.lookup`), so a DNS answer that changes between the
// check and the connection (DNS rebinding) can never reach a blocked address.
import { lookup as dnsLookup } from 'node:dns/promises';
import { isIP, type LookupFunction } from 'node:net';
import { classifyAddress, isAddressAllowed } from './address-policy.ts';
import type { AddressCategory } from './address-ranges.ts';

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/** Resolves a host name to its addresses; injectable so tests never touch real DNS. */
export type HostResolver = (hostname: string) => Promise<ResolvedAddress[]>;

export interface AddressGuardOptions {
  /** Open private, loopback, link-local and CGNAT ranges (never metadata or multicast). */
  allowPrivate?: boolean;
  resolver?: HostResolver;
  /**
   * How long a checked answer is reused. 30 s keeps one lookup per host per burst of
   * fetches without outliving typical news-site DNS TTLs (60–300 s); not tuned further.
   */
  cacheTtlMs?: number;
}

/** Raised when a host resolves (or is) an address the policy refuses. */
export class BlockedAddressError extends Error {
  readonly code = 'ERR_BLOCKED_ADDRESS';
  readonly hostname: string;
  readonly address: string;
  readonly category: AddressCategory;
  constructor(hostname: string, address: string, category: AddressCategory) {
    super(`refusing ${hostname}: ${address} is a ${category} address`);
    this.name = 'BlockedAddressError';
    this.hostname = hostname;
    this.address = address;
    this.category = category;
  }
}

export const systemResolver: HostResolver = async (hostname) => {
  const answers = await dnsLookup(hostname, { all: true, verbatim: true });
  return answers.map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 }));
};

export class AddressGuard {
  readonly allowPrivate: boolean;
  private readonly resolver: HostResolver;
  private readonly cacheTtlMs: number;
  private readonly cache = new Map<string, { addresses: ResolvedAddress[]; expiresAt: number }>();

  constructor(options: AddressGuardOptions = {}) {
    this.allowPrivate = options.allowPrivate ?? false;
    this.resolver = options.resolver ?? systemResolver;
    this.cacheTtlMs = options.cacheTtlMs ?? 30_000;
  }

  /**
   * The addresses a connection to `hostname` may use. Every answer is checked: a host with
   * one blocked address among public ones is refused outright, since which one a socket
   * picks is not ours to decide. Throws BlockedAddressError or the resolver's error.
   */
  async resolve(hostname: string): Promise<ResolvedAddress[]> {
    const host = hostname.replace(/^\[|\]$/g, '');
    const literal = isIP(host);
    if (literal !== 0) {
      this.assertAllowed(host, host);
      return [{ address: host, family: literal === 6 ? 6 : 4 }];
    }
    const cached = this.cache.get(host);
    if (cached && cached.expiresAt > Date.now()) return cached.addresses;
    const addresses = await this.resolver(host);
    if (addresses.length === 0)
      throw Object.assign(new Error(`no address for ${host}`), { code: 'ENOTFOUND' });
    for (const { address } of addresses) this.assertAllowed(host, address);
    this.cache.set(host, { addresses, expiresAt: Date.now() + this.cacheTtlMs });
    return addresses;
  }

  /** A `net.connect` lookup that only ever yields addresses this guard approved. */
  readonly lookup: LookupFunction = (hostname, options, callback) => {
    this.resolve(hostname).then(
      (addresses) => {
        const wanted = options.family === 4 || options.family === 6 ? options.family : 0;
        const usable = wanted === 0 ? addresses : addresses.filter((a) => a.family === wanted);
        if (usable.length === 0) {
          const error = Object.assign(new Error(`no IPv${wanted} address for ${hostname}`), {
            code: 'ENOTFOUND',
          });
          callback(error, '', 0);
          return;
        }
        if (options.all) {
          (callback as unknown as (e: null, a: ResolvedAddress[]) => void)(null, usable);
        } else {
          callback(null, usable[0]!.address, usable[0]!.family);
        }
      },
      (error: NodeJS.ErrnoException) => callback(error, '', 0),
    );
  };

  private assertAllowed(hostname: string, address: string): void {
    if (isAddressAllowed(address, this.allowPrivate)) return;
    throw new BlockedAddressError(hostname, address, classifyAddress(address)!);
  }
}
