// newsflow-enrich: JSON Lines in, JSON Lines out.
//   stdin:  {"id", "title", "body", "url"?, "publishedAt"?, "language"?} per line
//   stdout: {"id", "language", "entities", "quotes", "attribution", "keywords", "summary",
//            "fingerprint", ...} per line; a bad line gives {"id", "error"} and the rest go on.
import { createInterface } from 'node:readline';
import { type ArticleInput, ENRICHER_VERSION, type Enrichment, enrichArticle } from '../src/index.ts';

const USAGE = `usage: newsflow-enrich < articles.jsonl > enriched.jsonl

Reads one JSON object per line: {"id", "title", "body", "url"?, "publishedAt"?, "language"?}.
Prints one JSON object per input line with the enrichment (enricher ${ENRICHER_VERSION}), or
{"id", "error"} for a line that is not a usable article.`;

if (process.argv.includes('--help') || process.argv.includes('-h')) {
  console.log(USAGE);
  process.exit(0);
}

function toRecord(id: unknown, e: Enrichment): Record<string, unknown> {
  return {
    id,
    language: e.language.code,
    languageConfidence: e.language.confidence,
    entities: e.entities.map((x) => ({
      name: x.name,
      type: x.type,
      count: x.count,
      firstOffset: x.firstOffset,
      ...(x.variants.length > 0 ? { variants: x.variants } : {}),
      ...(x.roles ? { roles: x.roles } : {}),
      ...(x.countryCode ? { countryCode: x.countryCode } : {}),
    })),
    quotes: e.quotes.map((q) => ({ text: q.text, speaker: q.speaker })),
    attribution: e.attribution,
    keywords: e.keywords,
    summary: e.summary,
    wordCount: e.wordCount,
    readingTimeMinutes: e.readingTimeMinutes,
    fingerprint: e.fingerprint.simhash,
    fingerprintLead: e.fingerprint.lead,
    fingerprintBands: e.fingerprint.bands,
    enricherVersion: e.enricherVersion,
  };
}

function parseArticle(line: string): { id: unknown; article?: ArticleInput; error?: string } {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    return { id: null, error: `invalid JSON: ${(err as Error).message}` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { id: null, error: 'not a JSON object' };
  const v = value as Record<string, unknown>;
  const id = v.id ?? null;
  if (typeof id !== 'string' && typeof id !== 'number')
    return { id, error: 'missing "id" (string or number)' };
  if (typeof v.body !== 'string') return { id, error: 'missing "body" (string)' };
  if (v.title !== undefined && typeof v.title !== 'string') return { id, error: '"title" must be a string' };
  const article: ArticleInput = { title: (v.title as string | undefined) ?? '', body: v.body };
  for (const k of ['url', 'publishedAt', 'language'] as const)
    if (typeof v[k] === 'string') article[k] = v[k];
  return { id, article };
}

const input = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
let lineNo = 0;
for await (const line of input) {
  lineNo++;
  if (line.trim() === '') continue;
  const parsed = parseArticle(line);
  let out: Record<string, unknown>;
  if (parsed.article) {
    try {
      // A stage that threw is named on stderr; the record still carries the rest.
      const enrichment = enrichArticle(parsed.article, {
        onStageError: (stage, err) =>
          process.stderr.write(
            `line ${lineNo}: enrichment stage "${stage}" failed: ${err instanceof Error ? err.message : String(err)}\n`,
          ),
      });
      out = toRecord(parsed.id, enrichment);
    } catch (err) {
      out = { id: parsed.id, error: `enrichment failed: ${(err as Error).message}` };
    }
  } else out = { id: parsed.id, line: lineNo, error: parsed.error };
  // Respect back-pressure so a large input does not pile up in memory.
  if (!process.stdout.write(`${JSON.stringify(out)}\n`))
    await new Promise((r) => process.stdout.once('drain', r));
}
