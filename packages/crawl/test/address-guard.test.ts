import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { PageFetcher } from '../src/fetch/page-fetcher.ts';
import { AddressGuard, BlockedAddressError, type HostResolver } from '../src/safety/address-guard.ts';
import { classifyAddress, isAddressAllowed } from '../src/safety/address-policy.ts';

describe('classifyAddress', () => {
  const cases: Array<[string, string | null]> = [
    ['10.1.2.3', 'private'],
    ['172.20.0.1', 'private'],
    ['192.168.1.1', 'private'],
    ['127.0.0.1', 'loopback'],
    ['127.255.255.254', 'loopback'],
    ['169.254.1.1', 'link_local'],
    ['169.254.169.254', 'metadata'],
    ['100.64.0.1', 'cgnat'],
    ['100.127.255.255', 'cgnat'],
    ['0.0.0.0', 'unspecified'],
    ['224.0.0.1', 'multicast'],
    ['255.255.255.255', 'reserved'],
    ['::1', 'loopback'],
    ['::', 'unspecified'],
    ['fe80::1', 'link_local'],
    ['fd12:3456::1', 'private'],
    ['fd00:ec2::254', 'metadata'],
    ['ff02::1', 'multicast'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:7f00:1', 'loopback'],
    ['::ffff:169.254.169.254', 'metadata'],
    ['64:ff9b::a00:1', 'private'],
    ['2002:c0a8:101::1', 'private'],
    ['[::1]', 'loopback'],
    ['93.184.216.34', null],
    ['8.8.8.8', null],
    ['100.128.0.1', null],
    ['172.32.0.1', null],
    ['2606:4700::1111', null],
    ['::ffff:8.8.8.8', null],
  ];
  for (const [address, expected] of cases) {
    it(`${address} → ${expected ?? 'public'}`, () => assert.equal(classifyAddress(address), expected));
  }

  it('lets allowPrivate open private ranges but never metadata or multicast', () => {
    assert.equal(isAddressAllowed('10.0.0.1', false), false);
    assert.equal(isAddressAllowed('10.0.0.1', true), true);
    assert.equal(isAddressAllowed('127.0.0.1', true), true);
    assert.equal(isAddressAllowed('169.254.169.254', true), false);
    assert.equal(isAddressAllowed('fd00:ec2::254', true), false);
    assert.equal(isAddressAllowed('224.0.0.1', true), false);
    assert.equal(isAddressAllowed('93.184.216.34', false), true);
  });

  it('throws on a non-address', () => assert.throws(() => classifyAddress('example.com'), TypeError));
});

describe('AddressGuard', () => {
  const fixed =
    (...addresses: string[]): HostResolver =>
    async () =>
      addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));

  it('refuses a host resolving to a private address', async () => {
    const guard = new AddressGuard({ resolver: fixed('10.0.0.7') });
    await assert.rejects(guard.resolve('intranet.example'), (error: unknown) => {
      assert.ok(error instanceof BlockedAddressError);
      assert.equal(error.category, 'private');
      return true;
    });
  });

  it('refuses a host when any one of its answers is blocked', async () => {
    const guard = new AddressGuard({ resolver: fixed('93.184.216.34', '127.0.0.1') });
    await assert.rejects(guard.resolve('mixed.example'), BlockedAddressError);
  });

  it('refuses IP literals without resolving', async () => {
    let calls = 0;
    const guard = new AddressGuard({
      resolver: async () => {
        calls++;
        return [];
      },
    });
    await assert.rejects(guard.resolve('169.254.169.254'), BlockedAddressError);
    await assert.rejects(guard.resolve('[fd00:ec2::254]'), BlockedAddressError);
    assert.equal(calls, 0);
  });

  it('pins the socket lookup to the answer it checked', async () => {
    // A rebinding resolver: public first, loopback afterwards.
    const answers = ['93.184.216.34', '127.0.0.1'];
    const guard = new AddressGuard({
      resolver: async () => [{ address: answers.shift() ?? '127.0.0.1', family: 4 }],
    });
    assert.deepEqual(await guard.resolve('rebind.example'), [{ address: '93.184.216.34', family: 4 }]);
    const looked = await new Promise((resolve, reject) =>
      guard.lookup('rebind.example', { all: true }, (error, addresses) =>
        error ? reject(error) : resolve(addresses),
      ),
    );
    assert.deepEqual(looked, [{ address: '93.184.216.34', family: 4 }]);
  });

  it('re-checks at socket lookup time once the checked answer expired', async () => {
    const answers = ['93.184.216.34', '127.0.0.1'];
    const guard = new AddressGuard({
      cacheTtlMs: 0,
      resolver: async () => [{ address: answers.shift() ?? '127.0.0.1', family: 4 }],
    });
    await guard.resolve('rebind.example');
    const error = await new Promise((resolve) =>
      guard.lookup('rebind.example', {}, (lookupError) => resolve(lookupError)),
    );
    assert.ok(error instanceof BlockedAddressError);
  });
});

describe('fetchPage SSRF refusal (no traffic leaves loopback)', () => {
  let port = 0;
  let connections = 0;
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end('<p>local</p>');
  });
  server.on('connection', () => connections++);

  before(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  after(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('refuses a name resolving to loopback before connecting', async () => {
    const resolved: string[] = [];
    const fetcher = new PageFetcher({
      resolver: async (host) => {
        resolved.push(host);
        return [{ address: '127.0.0.1', family: 4 }];
      },
    });
    const before = connections;
    const result = await fetcher.fetch(`http://news.example:${port}/article`);
    await fetcher.close();
    assert.deepEqual(!result.ok && [result.kind, result.reason], ['permanent', 'private_address']);
    assert.deepEqual(resolved, ['news.example']);
    assert.equal(connections, before, 'no connection was opened');
  });

  it('refuses a loopback IP literal before connecting', async () => {
    const fetcher = new PageFetcher();
    const before = connections;
    const result = await fetcher.fetch(`http://127.0.0.1:${port}/`);
    await fetcher.close();
    assert.equal(!result.ok && result.reason, 'private_address');
    assert.equal(connections, before);
  });

  it('refuses a redirect hop into the metadata address, even with allowPrivate', async () => {
    const redirecting = createServer((_req, res) => {
      res.writeHead(302, { location: 'http://metadata.example/latest/meta-data/' });
      res.end();
    });
    await new Promise<void>((resolve) => redirecting.listen(0, '127.0.0.1', resolve));
    const redirectPort = (redirecting.address() as AddressInfo).port;
    // metadata.example answers the metadata address once (the hop's pre-check), loopback
    // after that: even a broken pre-check could only ever connect to loopback.
    let metadataAnswers = 0;
    const fetcher = new PageFetcher({
      allowPrivate: true,
      dnsCacheTtlMs: 0,
      resolver: async (host) => [
        {
          address: host === 'metadata.example' && metadataAnswers++ === 0 ? '169.254.169.254' : '127.0.0.1',
          family: 4,
        },
      ],
    });
    const result = await fetcher.fetch(`http://site.example:${redirectPort}/`);
    await fetcher.close();
    redirecting.closeAllConnections();
    await new Promise((resolve) => redirecting.close(resolve));
    assert.equal(!result.ok && result.reason, 'private_address');
    assert.equal(!result.ok && result.url, 'http://metadata.example/latest/meta-data/');
    assert.equal(result.redirects.length, 1);
    assert.equal(metadataAnswers, 1);
  });

  it('connects through the guard, not system DNS, when private targets are allowed', async () => {
    const fetcher = new PageFetcher({
      allowPrivate: true,
      resolver: async () => [{ address: '127.0.0.1', family: 4 }],
    });
    // `demo-site.test` does not exist in DNS: reaching the server proves the pinned lookup.
    const result = await fetcher.fetch(`http://demo-site.test:${port}/`);
    await fetcher.close();
    assert.equal(result.ok && Buffer.from(result.body).toString(), '<p>local</p>');
  });

  it('refuses when the socket lookup sees a rebinding answer', async () => {
    // Loopback (allowed here) at the check, the metadata address at the socket lookup. Even
    // if the pre-check were broken the first answer is loopback: no traffic can leave.
    const answers = ['127.0.0.1', '169.254.169.254'];
    const resolved: string[] = [];
    const fetcher = new PageFetcher({
      allowPrivate: true,
      dnsCacheTtlMs: 0, // the socket lookup resolves again after the pre-check
      resolver: async () => {
        const address = answers.shift() ?? '127.0.0.1';
        resolved.push(address);
        return [{ address, family: 4 }];
      },
    });
    const before = connections;
    const result = await fetcher.fetch(`http://rebind.example:${port}/`);
    await fetcher.close();
    assert.deepEqual(resolved, ['127.0.0.1', '169.254.169.254']);
    assert.equal(!result.ok && result.reason, 'private_address');
    assert.equal(connections, before);
  });
});
