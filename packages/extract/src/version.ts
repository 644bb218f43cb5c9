/** Bumped whenever output for the same input can change, so stored articles can be re-parsed. */
export const EXTRACTOR_VERSION = '0.3.1';
