// @newsflow/crawler: the crawler service (the process itself is src/main.ts). The WARC importer
// behind its `import-warc` command lives in @newsflow/crawl.
export { IMPORT_DEPTH, importWarc, type WarcImportOptions, type WarcImportSummary } from '@newsflow/crawl';
