import { Counter, type Registry } from 'prom-client';

/**
 * The parser's own metrics, by source. The alert rules in infra/monitoring/rules read them: new
 * articles per source (a source gone silent), and articles stored per page parsed (a site whose
 * template changed yields listing pages or empty bodies instead of articles).
 */
export function createParserMetrics(registry: Registry) {
  const pages = new Counter({
    name: 'newsflow_parser_pages_total',
    help: 'Fetched pages parsed, by source and the page type the extractor found.',
    labelNames: ['source', 'page_type'] as const,
    registers: [registry],
  });
  const articles = new Counter({
    name: 'newsflow_parser_articles_total',
    help: 'Article pages by source and outcome: created (a new article), updated, unchanged, or empty (no title or body: not stored).',
    labelNames: ['source', 'outcome'] as const,
    registers: [registry],
  });
  const notStored = new Counter({
    name: 'newsflow_parser_pages_not_stored_total',
    help: "Pages the parser did not store as articles, by source, page type and the extractor's reason (front-page, section-front, service-page, no-body, …).",
    labelNames: ['source', 'page_type', 'reason'] as const,
    registers: [registry],
  });
  return {
    pageParsed(source: string, pageType: string) {
      pages.inc({ source, page_type: pageType });
    },
    pageNotStored(source: string, pageType: string, reason: string) {
      notStored.inc({ source, page_type: pageType, reason });
    },
    article(source: string, outcome: 'created' | 'updated' | 'unchanged' | 'empty') {
      articles.inc({ source, outcome });
    },
  };
}
export type ParserMetrics = ReturnType<typeof createParserMetrics>;
