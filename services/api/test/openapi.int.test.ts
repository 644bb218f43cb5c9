// The OpenAPI document is valid OpenAPI 3.1 and describes exactly the routes express serves.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Validator } from '@seriousme/openapi-schema-validator';
import { openApiPath } from '../src/openapi/document.ts';
import { type Harness, startHarness } from './harness.ts';

interface Layer {
  route?: { path: string; methods: Record<string, boolean> };
  handle: { stack?: Layer[] };
}

/** Every `METHOD /path` registered on the app's routers (mounted at the root). */
function expressOperations(stack: Layer[]): string[] {
  const operations: string[] = [];
  for (const layer of stack) {
    if (layer.route) {
      for (const method of Object.keys(layer.route.methods))
        operations.push(`${method.toUpperCase()} ${openApiPath(layer.route.path)}`);
    } else if (Array.isArray(layer.handle.stack)) {
      operations.push(...expressOperations(layer.handle.stack));
    }
  }
  return operations;
}

describe('OpenAPI document', { timeout: 120_000 }, () => {
  let api: Harness;
  let document: { openapi: string; paths: Record<string, Record<string, { operationId: string }>> };

  before(async () => {
    api = await startHarness('openapi');
    const response = await fetch(`${api.base}/openapi.json`);
    assert.equal(response.status, 200);
    document = (await response.json()) as typeof document;
  });
  after(() => api?.close());

  it('validates against the OpenAPI 3.1 schema', async () => {
    assert.equal(document.openapi, '3.1.0');
    const validator = new Validator();
    const result = await validator.validate(document as never);
    assert.deepEqual(result.errors ?? [], []);
    assert.equal(result.valid, true);
  });

  it('documents every /v1 route express serves, and nothing else', () => {
    const router = (api.app as unknown as { router: { stack: Layer[] } }).router;
    const served = expressOperations(router.stack)
      .filter((operation) => operation.split(' ')[1]!.startsWith('/v1/'))
      .sort();
    const documented = Object.entries(document.paths)
      .flatMap(([path, methods]) => Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`))
      .sort();
    assert.deepEqual(documented, served);
    assert.ok(served.length >= 15, `${served.length} operations`);
  });

  it('gives each operation a unique id, and describes the article list parameters', () => {
    const ids = Object.values(document.paths).flatMap((methods) =>
      Object.values(methods).map((op) => op.operationId),
    );
    assert.equal(new Set(ids).size, ids.length);
    const list = document.paths['/v1/articles']!.get as unknown as { parameters: { name: string }[] };
    const names = list.parameters.map((parameter) => parameter.name).sort();
    assert.deepEqual(names, [
      'author',
      'cursor',
      'entity',
      'fields',
      'from',
      'language',
      'limit',
      'q',
      'section',
      'source',
      'story',
      'to',
    ]);
  });

  it('renders /docs from the same document', async () => {
    const response = await fetch(`${api.base}/docs`);
    assert.equal(response.status, 200);
    const html = await response.text();
    for (const id of ['listArticles', 'streamArticles', 'replayFailures', 'pipelineStatus'])
      assert.match(html, new RegExp(`id="${id}"`));
  });
});
