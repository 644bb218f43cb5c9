// Bytes → string the way a browser decides: BOM, then the HTTP charset, then a <meta>
// charset in the first bytes, then strict UTF-8, then a byte-statistics guess between
// windows-1251 (Cyrillic) and windows-1252 (Western). Shared by the crawler and WARC import.

/** How far into the document a <meta charset> is looked for. HTML's prescan reads 1024
 * bytes; pages with long scripts or styles before the declaration need more. */
const META_PRESCAN_BYTES = 8192;

const LABEL_ALIASES: Record<string, string> = {
  'x-cp1251': 'windows-1251',
  cp1251: 'windows-1251',
  cp1252: 'windows-1252',
  latin1: 'windows-1252',
  'iso-8859-1': 'windows-1252', // browsers decode ISO-8859-1 as windows-1252
  'us-ascii': 'windows-1252',
  ascii: 'windows-1252',
  utf8: 'utf-8',
};

function decoderFor(label: string): InstanceType<typeof TextDecoder> | null {
  const normal = label
    .trim()
    .toLowerCase()
    .replace(/^["']|["']$/g, '');
  const name = LABEL_ALIASES[normal] ?? normal;
  try {
    return new TextDecoder(name);
  } catch {
    return null;
  }
}

function charsetFromContentType(contentType: string | null | undefined): string | null {
  if (!contentType) return null;
  const m = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType);
  return m ? m[1]! : null;
}

function charsetFromMeta(bytes: Uint8Array): string | null {
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, META_PRESCAN_BYTES));
  const direct = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return direct ? direct[1]! : null;
}

function bomCharset(bytes: Uint8Array): { label: string; skip: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { label: 'utf-8', skip: 3 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { label: 'utf-16be', skip: 2 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { label: 'utf-16le', skip: 2 };
  return null;
}

function hasNonAscii(bytes: Uint8Array): boolean {
  for (const b of bytes) if (b >= 0x80) return true;
  return false;
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Cyrillic text in windows-1251 is dominated by bytes 0xC0–0xFF (А–я); Western text in
 * windows-1252 uses high bytes sparsely between ASCII letters. */
function guessSingleByte(bytes: Uint8Array): string {
  let high = 0;
  let cyrillicRange = 0;
  for (const b of bytes) {
    if (b >= 0x80) {
      high++;
      if (b >= 0xc0) cyrillicRange++;
    }
  }
  // A page whose high bytes are mostly letters А–я and make up over 10 % of it reads as
  // Cyrillic. Set by hand, not tuned on a corpus (no undeclared Cyrillic page in meta-dev);
  // test/decode-html.test.ts checks a Russian and a German sample.
  if (high > 0 && cyrillicRange / high > 0.8 && high / bytes.length > 0.1) return 'windows-1251';
  return 'windows-1252';
}

export function decodeHtml(bytes: Uint8Array, contentType?: string | null): string {
  const bom = bomCharset(bytes);
  if (bom) return decoderFor(bom.label)!.decode(bytes.subarray(bom.skip));
  // Bytes that are valid UTF-8 and not plain ASCII are UTF-8 whatever a <meta> says: re-saved
  // pages keep a stale Latin-1 declaration (meta-dev/fundus has such pages), while real
  // Latin-1 text with accented letters is almost never valid UTF-8.
  const fromHeader = charsetFromContentType(contentType);
  if (!fromHeader && hasNonAscii(bytes) && isValidUtf8(bytes)) return new TextDecoder('utf-8').decode(bytes);
  const declared = fromHeader ?? charsetFromMeta(bytes);
  if (declared) {
    const decoder = decoderFor(declared);
    // A page that declares UTF-8 but is not valid UTF-8 (meta-dev has one) falls through.
    if (decoder && (decoder.encoding !== 'utf-8' || isValidUtf8(bytes))) return decoder.decode(bytes);
  }
  if (isValidUtf8(bytes)) return new TextDecoder('utf-8').decode(bytes);
  return new TextDecoder(guessSingleByte(bytes)).decode(bytes);
}
