// @newsflow/crawler: the crawler service's reusable parts (the process itself is src/main.ts).
export { IMPORT_DEPTH, importWarc, type WarcImportOptions, type WarcImportSummary } from './warc-import.ts';
