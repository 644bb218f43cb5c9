import { Router } from 'express';
import type { RouteCatalog } from '../openapi/catalog.ts';
import { buildOpenApiDocument, openApiPath } from '../openapi/document.ts';
import { page } from '../status-page/html.ts';

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

/** `/openapi.json` (OpenAPI 3.1, from the route catalog) and `/docs`, a page rendered from it. */
export function docsRouter(catalog: RouteCatalog, version: string): Router {
  const router = Router();
  let document: ReturnType<typeof buildOpenApiDocument> | undefined;
  // Built on first use, once every router has registered its routes.
  const openApi = () => {
    document ??= buildOpenApiDocument(catalog, { version });
    return document;
  };
  router.get('/openapi.json', (_req, res) => {
    res.json(openApi());
  });
  router.get('/docs', (_req, res) => {
    const doc = openApi();
    const sections = catalog.routes.map((spec) => {
      const operation = doc.paths[openApiPath(spec.path)]![spec.method] as {
        parameters: { name: string; in: string; required: boolean; description?: string; schema: unknown }[];
        responses: Record<string, { description: string }>;
      };
      const params = operation.parameters
        .map(
          (p) =>
            `<tr><td><code>${escapeHtml(p.name)}</code></td><td>${p.in}${p.required ? ', required' : ''}</td><td>${escapeHtml(p.description ?? '')} <code>${escapeHtml(JSON.stringify(p.schema))}</code></td></tr>`,
        )
        .join('');
      const responses = Object.entries(operation.responses)
        .map(([status, r]) => `<li><b>${status}</b> ${escapeHtml(r.description)}</li>`)
        .join('');
      return `<section id="${spec.operationId}"><h3><span class="method">${spec.method.toUpperCase()}</span> <code>${escapeHtml(spec.path)}</code> <small>${spec.access}</small></h3>
<p>${escapeHtml(spec.summary)}</p>${params ? `<table><tr><th>parameter</th><th>in</th><th>schema</th></tr>${params}</table>` : ''}<ul>${responses}</ul></section>`;
    });
    res.type('html').send(
      page(
        'newsflow API',
        `<h1>newsflow API <small>${escapeHtml(version)}</small></h1>
<p>${escapeHtml(doc.info.description)} The machine-readable document: <a href="/openapi.json">/openapi.json</a> (OpenAPI 3.1).</p>
${sections.join('\n')}`,
      ),
    );
  });
  return router;
}
