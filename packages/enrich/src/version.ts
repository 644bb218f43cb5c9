// Bump on any change that alters enrichment output: the enricher re-enriches stored articles
// whose enrichment carries another version.
export const ENRICHER_VERSION = '1.7.65';
