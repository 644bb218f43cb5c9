import type { Request, RequestHandler, Response, Router } from 'express';
import type { z } from 'zod';
import { requireRole } from '../http/auth.ts';

/** Who may call a route: anyone, any valid key, or admin keys only. */
export type Access = 'public' | 'reader' | 'admin';

export interface ResponseSpec {
  description: string;
  schema?: z.ZodType;
  /** Defaults to application/json. */
  contentType?: string;
}

/** One operation, described once: express registers it and the OpenAPI document reads it. */
export interface RouteSpec {
  method: 'get' | 'post' | 'patch' | 'delete';
  /** Express syntax (`/v1/articles/:id`); the document turns `:id` into `{id}`. */
  path: string;
  operationId: string;
  summary: string;
  tag: string;
  access: Access;
  query?: z.ZodObject;
  params?: z.ZodObject;
  body?: z.ZodType;
  responses: Record<number, ResponseSpec>;
}

type Handler = (req: Request, res: Response) => unknown;

/** The API's routes with their specs, in registration order. */
export class RouteCatalog {
  readonly routes: RouteSpec[] = [];

  /** Registers `handler` on `router` behind the spec's access check, and records the spec. */
  add(router: Router, spec: RouteSpec, handler: Handler, ...before: RequestHandler[]): void {
    this.routes.push(spec);
    router[spec.method](spec.path, requireRole(spec.access), ...before, handler as RequestHandler);
  }
}
