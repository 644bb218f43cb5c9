export type EntityType = 'person' | 'organization' | 'place';

/** One person, organisation or place, with every variant of its name merged. */
export interface Entity {
  /** Canonical name: the fullest form the article uses ("Ararat Mirzoyan", "United States"). */
  name: string;
  type: EntityType;
  /** Stable key for indexed lookups across articles ("person:ararat mirzoyan", "place:US"). */
  key: string;
  /** Mentions in the article, demonyms included for places. */
  count: number;
  /** Offset of the first mention in the analysed text (the body, or the title when the body is empty). */
  firstOffset: number;
  /** Other names the article uses for it ("Mirzoyan", "Minister Mirzoyan"). */
  variants: string[];
  /** Roles stated in the text ("Armenian Foreign Minister"); people only. */
  roles?: string[];
  /** ISO 3166-1 alpha-2 code for countries and places of a known country. */
  countryCode?: string;
}

export interface Quote {
  text: string;
  /** Canonical name of the speaking entity, or null where the text does not say. */
  speaker: string | null;
  offset: number;
}

/** Who reports the story and whom they cite ("Caliber.Az reports citing Armenian media"). */
export interface Attribution {
  reportedBy: string | null;
  citing: string[];
}

export interface Language {
  /** ISO 639-1 code, or null when the text is too short or the language has no 639-1 code. */
  code: string | null;
  /** ISO 639-3 code as detected. */
  code3: string | null;
  /** 0..1: how clearly the best language beats the next one, discounted for short texts. */
  confidence: number;
  source: 'detected' | 'given' | 'none';
}

export interface Fingerprint {
  /** 64-bit SimHash of the body's content words, 16 lowercase hex characters. */
  simhash: string;
  /** 64-bit SimHash of the body's first 120 words: finds copies cut short. */
  lead: string;
  /** LSH band keys of both hashes ("b0:96"…, "l0:3f"…), for an indexed candidate lookup. */
  bands: string[];
}

export interface Enrichment {
  enricherVersion: string;
  language: Language;
  entities: Entity[];
  quotes: Quote[];
  attribution: Attribution;
  /** Ranked, lower-case. */
  keywords: string[];
  /** 2–3 sentences of the article, in article order. */
  summary: string[];
  wordCount: number;
  readingTimeMinutes: number;
  fingerprint: Fingerprint;
  /** Normalised content words of the title, for story similarity. */
  titleTerms: string[];
  /** Distinctive terms of the article with weights, for story similarity. */
  storyTerms: Array<{ term: string; weight: number }>;
}

export interface ArticleInput {
  title: string;
  body: string;
  url?: string;
  language?: string;
  publishedAt?: string;
}
