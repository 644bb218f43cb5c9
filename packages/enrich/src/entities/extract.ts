// The entity stage: tokens → name spans → typed mentions → merged entities.
import type { Token } from '../text/tokens.ts';
import type { Entity } from '../types.ts';
import { buildContext, extractMentions, type Mention } from './mentions.ts';
import { resolveEntities } from './resolve.ts';

export interface EntityResult {
  entities: Entity[];
  /** Every mention with the canonical name of the entity it was merged into. */
  mentions: Array<Mention & { entity: Entity }>;
}

export function extractEntities(text: string, tokens: Token[]): EntityResult {
  const mentions = extractMentions(buildContext(text, tokens));
  const entities = resolveEntities(mentions);
  return { entities, mentions: linkMentions(mentions, entities) };
}

function linkMentions(mentions: Mention[], entities: Entity[]): Array<Mention & { entity: Entity }> {
  const byName = new Map<string, Entity>();
  for (const e of entities) {
    for (const n of [e.name, ...e.variants])
      if (!byName.has(`${e.type}|${n}`)) byName.set(`${e.type}|${n}`, e);
  }
  const out: Array<Mention & { entity: Entity }> = [];
  for (const m of mentions) {
    const name = m.name.replace(/['’]s$/, '');
    const e =
      byName.get(`${m.type}|${m.name}`) ??
      (m.type !== 'unknown' ? byName.get(`${m.type}|${name}`) : undefined) ??
      byName.get(`person|${name}`) ??
      byName.get(`organization|${name}`) ??
      byName.get(`place|${name}`) ??
      (m.canonical ? byName.get(`place|${m.canonical}`) : undefined);
    if (e) out.push({ ...m, entity: e });
  }
  return out;
}
