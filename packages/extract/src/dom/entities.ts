// Entities left encoded inside JSON-LD and meta values (`&quot;`, `&#8217;`, `M&uuml;nchen`):
// publishers often escape them twice. Decoded with htmlparser2's own tokenizer, so every HTML
// named reference (the full WHATWG table, `&auml;`, `&szlig;`, …) is known, not a short list.
import { Tokenizer, type TokenizerCallbacks } from 'htmlparser2';

const noop = (): void => {};

export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  // Markup characters are escaped first, so the tokenizer sees only text and references.
  const source = text.replace(/</g, '&lt;');
  let out = '';
  const callbacks: TokenizerCallbacks = {
    ontext: (start, end) => {
      out += source.slice(start, end);
    },
    ontextentity: (codepoint) => {
      out += String.fromCodePoint(codepoint);
    },
    onattribdata: noop,
    onattribentity: noop,
    onattribend: noop,
    onattribname: noop,
    oncdata: noop,
    onclosetag: noop,
    oncomment: noop,
    ondeclaration: noop,
    onend: noop,
    onopentagend: noop,
    onopentagname: noop,
    onprocessinginstruction: noop,
    onselfclosingtag: noop,
  };
  const tokenizer = new Tokenizer({ decodeEntities: true }, callbacks);
  tokenizer.write(source);
  tokenizer.end();
  return out;
}
