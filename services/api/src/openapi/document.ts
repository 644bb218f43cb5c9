import { z } from 'zod';
import type { RouteCatalog, RouteSpec } from './catalog.ts';

const PROBLEM = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
  })
  .describe('RFC 9457 problem details');

/** JSON Schema 2020-12 (OpenAPI 3.1's dialect) of a zod schema, as requests see it. */
function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): Record<string, unknown> {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as Record<
    string,
    unknown
  >;
  return rest;
}

export function openApiPath(expressPath: string): string {
  return expressPath.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
}

function parameters(spec: RouteSpec) {
  const list: Record<string, unknown>[] = [];
  for (const [where, schema] of [
    ['path', spec.params],
    ['query', spec.query],
  ] as const) {
    if (!schema) continue;
    const object = jsonSchema(schema, 'input') as {
      properties?: Record<string, Record<string, unknown>>;
      required?: string[];
    };
    for (const [name, property] of Object.entries(object.properties ?? {})) {
      const { description, ...propertySchema } = property;
      list.push({
        name,
        in: where,
        required: where === 'path' || (object.required ?? []).includes(name),
        ...(typeof description === 'string' ? { description } : {}),
        schema: propertySchema,
      });
    }
  }
  return list;
}

function operation(spec: RouteSpec) {
  const responses: Record<string, unknown> = {};
  for (const [status, response] of Object.entries(spec.responses)) {
    const contentType = response.contentType ?? 'application/json';
    responses[status] = {
      description: response.description,
      ...(response.schema
        ? { content: { [contentType]: { schema: jsonSchema(response.schema, 'output') } } }
        : {}),
    };
  }
  const problem = {
    content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
  };
  if (spec.query || spec.body) responses['400'] ??= { description: 'Invalid input', ...problem };
  if (spec.access !== 'public') {
    responses['401'] ??= { description: 'Missing or unknown API key', ...problem };
    responses['429'] ??= { description: 'Rate limit exceeded (see RateLimit-* headers)', ...problem };
  }
  if (spec.access === 'admin')
    responses['403'] ??= { description: 'The key is not an admin key', ...problem };
  return {
    operationId: spec.operationId,
    summary: spec.summary,
    tags: [spec.tag],
    ...(spec.access === 'public' ? { security: [] } : {}),
    ...(spec.access === 'admin' ? { 'x-required-role': 'admin' } : {}),
    parameters: parameters(spec),
    ...(spec.body
      ? {
          requestBody: {
            required: true,
            content: { 'application/json': { schema: jsonSchema(spec.body, 'input') } },
          },
        }
      : {}),
    responses,
  };
}

/** The OpenAPI 3.1 document of every route in the catalog. */
export function buildOpenApiDocument(catalog: RouteCatalog, info: { version: string }) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const spec of catalog.routes) {
    const path = openApiPath(spec.path);
    paths[path] ??= {};
    paths[path][spec.method] = operation(spec);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'newsflow API',
      version: info.version,
      description:
        'Articles crawled, extracted and enriched by newsflow, plus the operator API. ' +
        'Send an API key as `Authorization: Bearer <key>` or `X-API-Key`; errors are application/problem+json.',
    },
    paths,
    components: {
      schemas: { Problem: jsonSchema(PROBLEM, 'output') },
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer' },
        apiKey: { type: 'apiKey', in: 'header', name: 'X-API-Key' },
      },
    },
    security: [{ bearer: [] }, { apiKey: [] }],
  };
}
