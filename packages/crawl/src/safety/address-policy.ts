// Classifies one IP address against the blocked ranges, unwrapping IPv6 forms that embed IPv4.
import { BlockList, isIP } from 'node:net';
import {
  type AddressCategory,
  BLOCKED_RANGES,
  CATEGORIES_OPENED_BY_ALLOW_PRIVATE,
} from './address-ranges.ts';

const listsByCategory: Array<[AddressCategory, BlockList]> = [];
for (const range of BLOCKED_RANGES) {
  let entry = listsByCategory.find(([category]) => category === range.category);
  if (!entry) {
    entry = [range.category, new BlockList()];
    listsByCategory.push(entry);
  }
  entry[1].addSubnet(range.network, range.prefix, range.family);
}
// Metadata first, so 169.254.169.254 reports 'metadata' rather than 'link_local'.
listsByCategory.sort(([a], [b]) => Number(b === 'metadata') - Number(a === 'metadata'));

/** The category of a blocked address, or null for an ordinary public address. Throws on a non-IP. */
export function classifyAddress(address: string): AddressCategory | null {
  const bare = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const family = isIP(bare);
  if (family === 0) throw new TypeError(`not an IP address: ${address}`);
  if (family === 6) {
    const embedded = embeddedIpv4(bare);
    if (embedded) return classifyAddress(embedded);
  }
  const type = family === 4 ? 'ipv4' : 'ipv6';
  for (const [category, list] of listsByCategory) {
    if (list.check(bare, type)) return category;
  }
  return null;
}

/** Whether a connection to this address is permitted under the given policy. */
export function isAddressAllowed(address: string, allowPrivate: boolean): boolean {
  const category = classifyAddress(address);
  if (category === null) return true;
  return allowPrivate && CATEGORIES_OPENED_BY_ALLOW_PRIVATE.has(category);
}

// IPv4-mapped (::ffff:a.b.c.d), IPv4-compatible (::a.b.c.d), NAT64 (64:ff9b::/96) and
// 6to4 (2002:AABB:CCDD::/48) all reach an IPv4 host; judge them by that host.
function embeddedIpv4(address: string): string | null {
  const words = expandIpv6(address);
  if (!words) return null;
  const toV4 = (hi: number, lo: number) => `${hi >> 8}.${hi & 0xff}.${lo >> 8}.${lo & 0xff}`;
  const zeroPrefix = words.slice(0, 5).every((w) => w === 0);
  if (zeroPrefix && words[5] === 0xffff) return toV4(words[6]!, words[7]!);
  if (zeroPrefix && words[5] === 0 && (words[6] !== 0 || words[7]! > 1)) return toV4(words[6]!, words[7]!);
  if (words[0] === 0x64 && words[1] === 0xff9b && words.slice(2, 6).every((w) => w === 0)) {
    return toV4(words[6]!, words[7]!);
  }
  if (words[0] === 0x2002) return toV4(words[1]!, words[2]!);
  return null;
}

function expandIpv6(address: string): number[] | null {
  let text = address.toLowerCase();
  const v4Tail = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (v4Tail) {
    const [a, b, c, d] = v4Tail[1]!.split('.').map(Number) as [number, number, number, number];
    text = `${text.slice(0, v4Tail.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = '', tail] = text.split('::');
  const headWords = head ? head.split(':') : [];
  const tailWords = tail ? tail.split(':') : [];
  const missing = 8 - headWords.length - tailWords.length;
  if (tail === undefined && missing !== 0) return null;
  const all = [...headWords, ...new Array(Math.max(0, missing)).fill('0'), ...tailWords];
  return all.length === 8 ? all.map((w) => Number.parseInt(w, 16)) : null;
}
