import { buildContext, extractMentions } from './src/entities/mentions.ts';
import { nameSpans } from './src/entities/spans.ts';
import { tokenize } from './src/text/tokens.ts';
const text = process.argv[2]!;
const tokens = tokenize(text);
console.log(nameSpans(text, tokens).map((s) => s.tokens.map((t) => t.text).join('_')).join(' | '));
for (const m of extractMentions(buildContext(text, tokens))) console.log(m.type, JSON.stringify(m.name), m.role ?? '');
