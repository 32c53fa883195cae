// Compact readings of an analysis for rule tests: each entity or mention as one string, so a test
// states the whole expected outcome of a sentence in one deepEqual.
import { analyze } from '../../../src/engine/analyze';

/** Each entity of a type with its mentions, as "name: text | text". */
export function entities(text: string, type: string): string[] {
  return analyze(text).entities.filter((e) => e.type === type).map((e) => `${e.name}: ${e.mentions.map((m) => m.text).join(' | ')}`);
}

/** Each official's mentions, as "name: text | text". */
export function officials(text: string): string[] {
  return entities(text, 'official');
}

/** Every mention of a type in text order, as "text → name". */
export function mentions(text: string, type: string): string[] {
  const out: Array<[number, string]> = [];
  for (const e of analyze(text).entities) if (e.type === type) for (const m of e.mentions) out.push([m.start, `${m.text} → ${e.name}`]);
  return out.sort((a, b) => a[0] - b[0]).map((x) => x[1]);
}

/** Each official's name and title attribute, as "name (title)". */
export function titles(text: string): string[] {
  return analyze(text).entities.filter((e) => e.type === 'official').map((e) => `${e.name} (${String(e.attributes['title'] ?? '')})`);
}

/** Each agreement's mentions, as "text | text", in the order of the entities. */
export function agreementLinks(text: string): string[] {
  return analyze(text).entities.filter((e) => e.type === 'agreement').map((e) => e.mentions.map((m) => m.text).join(' | '));
}
