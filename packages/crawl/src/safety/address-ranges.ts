// Address ranges a crawler must not be steered into (server-side request forgery).
// Sources: IANA IPv4/IPv6 Special-Purpose Address Registries (RFC 6890 and updates),
// plus the cloud metadata endpoints. Categories decide what `allowPrivate` opens up.

/** Why an address is refused; 'metadata', 'unspecified', 'multicast' and 'reserved' are never allowed. */
export type AddressCategory =
  | 'private'
  | 'loopback'
  | 'link_local'
  | 'cgnat'
  | 'metadata'
  | 'multicast'
  | 'unspecified'
  | 'reserved';

export interface AddressRange {
  readonly network: string;
  readonly prefix: number;
  readonly family: 'ipv4' | 'ipv6';
  readonly category: AddressCategory;
}

/** Categories a source may open with `allowPrivate` (the local demo and test sites need these). */
export const CATEGORIES_OPENED_BY_ALLOW_PRIVATE: ReadonlySet<AddressCategory> = new Set([
  'private',
  'loopback',
  'link_local',
  'cgnat',
]);

// Order matters: the first matching range names the category, so the metadata hosts come
// before the link-local and unique-local ranges that contain them.
export const BLOCKED_RANGES: readonly AddressRange[] = [
  { network: '169.254.169.254', prefix: 32, family: 'ipv4', category: 'metadata' }, // AWS, GCP, Azure, …
  { network: '169.254.170.2', prefix: 32, family: 'ipv4', category: 'metadata' }, // AWS ECS task metadata
  { network: '100.100.100.200', prefix: 32, family: 'ipv4', category: 'metadata' }, // Alibaba Cloud
  { network: 'fd00:ec2::254', prefix: 128, family: 'ipv6', category: 'metadata' }, // AWS over IPv6
  { network: '0.0.0.0', prefix: 8, family: 'ipv4', category: 'unspecified' }, // "this network"
  { network: '10.0.0.0', prefix: 8, family: 'ipv4', category: 'private' },
  { network: '100.64.0.0', prefix: 10, family: 'ipv4', category: 'cgnat' }, // RFC 6598 shared space
  { network: '127.0.0.0', prefix: 8, family: 'ipv4', category: 'loopback' },
  { network: '169.254.0.0', prefix: 16, family: 'ipv4', category: 'link_local' },
  { network: '172.16.0.0', prefix: 12, family: 'ipv4', category: 'private' },
  { network: '192.0.0.0', prefix: 24, family: 'ipv4', category: 'reserved' }, // IETF protocol assignments
  { network: '192.0.2.0', prefix: 24, family: 'ipv4', category: 'reserved' }, // TEST-NET-1
  { network: '192.88.99.0', prefix: 24, family: 'ipv4', category: 'reserved' }, // 6to4 relay anycast
  { network: '192.168.0.0', prefix: 16, family: 'ipv4', category: 'private' },
  { network: '198.18.0.0', prefix: 15, family: 'ipv4', category: 'reserved' }, // benchmarking
  { network: '198.51.100.0', prefix: 24, family: 'ipv4', category: 'reserved' }, // TEST-NET-2
  { network: '203.0.113.0', prefix: 24, family: 'ipv4', category: 'reserved' }, // TEST-NET-3
  { network: '224.0.0.0', prefix: 4, family: 'ipv4', category: 'multicast' },
  { network: '240.0.0.0', prefix: 4, family: 'ipv4', category: 'reserved' }, // includes broadcast
  { network: '::', prefix: 128, family: 'ipv6', category: 'unspecified' },
  { network: '::1', prefix: 128, family: 'ipv6', category: 'loopback' },
  { network: '100::', prefix: 64, family: 'ipv6', category: 'reserved' }, // discard-only
  { network: '2001:db8::', prefix: 32, family: 'ipv6', category: 'reserved' }, // documentation
  { network: 'fc00::', prefix: 7, family: 'ipv6', category: 'private' }, // unique local
  { network: 'fe80::', prefix: 10, family: 'ipv6', category: 'link_local' },
  { network: 'fec0::', prefix: 10, family: 'ipv6', category: 'reserved' }, // deprecated site-local
  { network: 'ff00::', prefix: 8, family: 'ipv6', category: 'multicast' },
];
