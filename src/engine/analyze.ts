import type { AnalysisResult, AnalyzeOptions, Entity, EntityType, Mention, Relation } from './types';
import { ALL_TYPES } from './types';
import { LineIndex, sentenceIds, tokenize } from './text';
import type { Tokens } from './text';
import type { Span } from './spans';
import { resolveOverlaps } from './spans';
import { OfficialRecognizer } from './officials';
import { SystemRecognizer, compileSystems } from './systems';
import { AgreementRecognizer, compileAgreements } from './agreements';
import { findCountries } from './countryMentions';
import { findRelations, signingClauses, type Clauses } from './relations';
import { sortedOrder } from './order';

/** A reusable analyser: knowledge bases are compiled once and shared by every call. */
export interface Analyzer {
  analyze(text: string): AnalysisResult;
}

/** Turns a name into the slug part of an entity id ("Sergey Shoigu" -> "sergey-shoigu"). */
export function slug(name: string): string {
  // ASCII names (most of them) need neither Unicode normalisation nor the Unicode-property
  // expression, which costs tens of milliseconds to compile in a fresh process.
  if (/^[\x00-\x7f]*$/.test(name)) {
    const a = name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
    return a.slice(0, 80) || 'entity';
  }
  const s = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '');
  return s.slice(0, 80) || 'entity';
}

/** Builds an analyser for the given options (types to report, user knowledge base). */
export function createAnalyzer(options: AnalyzeOptions = {}): Analyzer {
  const types = new Set<EntityType>(options.types ?? ALL_TYPES);
  const systemsKb = compileSystems(options.userEntries ?? []);
  const agreementsKb = compileAgreements(options.userEntries ?? []);
  // Token arrays (and the per-token scratch arrays kept with them) are reused from one call to
  // the next (see tokenize): analyses are synchronous, so the previous call's tokens are no
  // longer in use. Fresh memory is what large texts cost most here (first touch of new pages:
  // a 10 MB text took twice as long per MB as 1 MB until these were pooled), so the pool stays
  // as large as the largest text this analyser has seen, about 40 bytes per token (20 MB for
  // 10 MB of text), until the analyser itself is dropped.
  let pool: Tokens | undefined;
  return {
    analyze(text: string): AnalysisResult {
      return run(text);
    },
  };
  function run(text: string): AnalysisResult {
    const found = recognize(text);
    const lines = new LineIndex(text);
    const { entities } = assemble(text, found.spans, found.people, lines);
    const relations: Relation[] = findRelations(found.clauses, entities);
    // Entity ids are unique, so the kept entities are those of a wanted type; when that is all of
    // them (the default, every type) the list is returned as it is rather than copied.
    const kept = new Set<string>();
    let all = true;
    for (let k = 0; k < entities.length; k++) {
      const e = entities[k] as Entity;
      if (types.has(e.type)) kept.add(e.id); else all = false;
    }
    return {
      entities: all ? entities : entities.filter((e) => kept.has(e.id)),
      relations: relations.filter((r) => kept.has(r.source) && kept.has(r.target)),
    };
  }

  /**
   * Tokens and recognisers. A function of its own so that the tokens and the recognisers' tables
   * are garbage by the time the result is built (unless the tokens stay as the pool): on 10 MB
   * they are tens of megabytes that would otherwise add to the peak.
   */
  function recognize(text: string): { spans: Span[]; people: ReturnType<OfficialRecognizer['describe']>; clauses: Clauses } {
    // Stage order matters: tokens and sentences first; officials before agreements, because
    // signatories and parties of an agreement come from the people around it; countries last,
    // as supporting mentions that never overlap a primary one.
    const tokens = tokenize(text, pool);
    pool = tokens;
    const sentences = sentenceIds(tokens);
    const officials = new OfficialRecognizer(text, tokens);
    // concat, not push(...spread): a spread of a million spans overflows the call stack.
    const spans: Span[] = officials.run()
      .concat(new SystemRecognizer(text, tokens, sentences, systemsKb).run())
      .concat(new AgreementRecognizer(text, tokens, agreementsKb).run());
    const primary = resolveOverlaps(spans, text.length);
    const countries = findCountries(text, tokens, primary);
    return { spans: primary.concat(countries), people: officials.describe(), clauses: signingClauses(tokens, sentences) };
  }
}

/** Groups spans into entities, names them and gives them stable ids. Exported for the stage benchmarks. */
export function assemble(
  text: string,
  spans: Span[],
  people: Map<string, { name: string; attributes: Record<string, string | string[] | boolean> }>,
  lines: LineIndex,
): { entities: Entity[]; keyToId: Map<string, string> } {
  // Spans are grouped by index, and each span's line and column are worked out beforehand in
  // one pass in the order the spans come (two ascending runs: primary mentions, then countries).
  // Looked up entity by entity instead, the offsets jump across the whole text, and those
  // look-ups were about 3 ms of assemble's 10 on 1 MB (see LineIndex.positions).
  const spanLine = new Int32Array(spans.length);
  const spanColumn = new Int32Array(spans.length);
  lines.positions(spans.length, (k) => (spans[k] as Span).start, spanLine, spanColumn);
  const at: SpanPositions = { spans, line: spanLine, column: spanColumn };
  const byKey = new Map<string, number[]>();
  for (let k = 0; k < spans.length; k++) {
    const key = (spans[k] as Span).key;
    const list = byKey.get(key);
    if (list) list.push(k); else byKey.set(key, [k]);
  }
  const entities: Entity[] = [];
  const keyToId = new Map<string, string>();
  const usedIds = new Map<string, number>();
  const groups: Array<[string, number[]]> = [];
  byKey.forEach((list, key) => {
    if (key.startsWith('g:')) { groups.push([key, list]); return; }
    const first = spans[list[0] as number] as Span;
    let name = first.name;
    const attributes: Record<string, string | string[] | boolean | number> = {};
    // for...in visits own keys in the order Object.entries does (attribute objects are plain
    // literals), without building an array of pairs per span.
    for (let j = 0; j < list.length; j++) {
      const attrs = (spans[list[j] as number] as Span).attributes;
      for (const k in attrs) if (attributes[k] === undefined) attributes[k] = attrs[k] as string | string[] | boolean;
    }
    if (first.type === 'system' && attributes['kind'] === undefined && attributes['description'] !== undefined) attributes['kind'] = attributes['description'];
    if (first.type === 'official') {
      const p = people.get(key);
      if (!p) return;
      name = p.name;
      Object.assign(attributes, p.attributes);
    }
    entities.push(makeEntity(text, first.type, name, attributes, list, at, usedIds, keyToId, key));
  });
  for (const [key, list] of groups) {
    const memberKeys = (spans[list[0] as number] as Span).attributes['members'] as string[];
    const members = memberKeys.map((k) => people.get(k)).filter((p): p is NonNullable<typeof p> => !!p);
    const attributes: Record<string, string | string[] | boolean | number> = { group: true, members: memberKeys.map((k) => keyToId.get(k) ?? k) };
    const countries = members.map((m) => m.attributes['country']).filter((c): c is string => typeof c === 'string');
    if (countries.length) attributes['country'] = countries.join('; ');
    const titles = [...new Set(members.map((m) => m.attributes['title']).filter((c): c is string => typeof c === 'string'))];
    if (titles.length === 1) attributes['title'] = titles[0] as string;
    entities.push(makeEntity(text, 'official', members.map((m) => m.name).join('; '), attributes, list, at, usedIds, keyToId, key));
  }
  // By first mention, stably, on packed numeric keys (see sortedOrder) rather than a comparator
  // call per comparison.
  const firstStarts = new Array<number>(entities.length);
  for (let k = 0; k < entities.length; k++) firstStarts[k] = ((entities[k] as Entity).mentions[0] as Mention).start;
  const byFirst = sortedOrder(firstStarts);
  const sorted = new Array<Entity>(entities.length);
  for (let k = 0; k < entities.length; k++) sorted[k] = entities[byFirst[k] as number] as Entity;
  return { entities: sorted, keyToId };
}

/** The spans being assembled, with the line and column of each (by index). */
interface SpanPositions {
  spans: Span[];
  line: Int32Array;
  column: Int32Array;
}

function makeEntity(
  text: string, type: EntityType, name: string, attributes: Record<string, string | string[] | boolean | number>,
  list: number[], at: SpanPositions, usedIds: Map<string, number>, keyToId: Map<string, string>, key: string,
): Entity {
  // usedIds maps each id in use to the next suffix worth trying after it: many entities can share
  // a name (descriptive agreements are all "memorandum of understanding"), and counting up from 2
  // every time was quadratic in their number. Ids are never released, so skipping the suffixes
  // already found taken gives the same id as counting from 2.
  const base = `${type}:${slug(name)}`;
  let id = base;
  let n = usedIds.get(base) ?? 2;
  if (usedIds.has(base)) {
    id = `${base}-${n}`;
    while (usedIds.has(id)) { n++; id = `${base}-${n}`; }
    usedIds.set(base, n + 1);
  }
  if (!usedIds.has(id)) usedIds.set(id, 2);
  keyToId.set(key, id);
  const spans = at.spans;
  // Spans arrive in text order from the recognisers' sorted output; sort only when they do not
  // (a stable sort of the indices by start, as sorting the spans themselves was).
  let ordered = true;
  for (let k = 1; k < list.length && ordered; k++) if ((spans[list[k] as number] as Span).start < (spans[list[k - 1] as number] as Span).start) ordered = false;
  const order = ordered ? list : list.slice().sort((a, b) => (spans[a] as Span).start - (spans[b] as Span).start);
  const mentions: Mention[] = [];
  // An entity's mentions mostly repeat a few forms ("United States" 2,209 times on 1 MB): the
  // text of a mention is the string of an earlier mention with the same characters when there is
  // one, compared in place, instead of a new slice each. Mention strings are most of what the
  // result allocates, and all of it survives into the result (profile: the mention line was the
  // top line of assemble, with garbage collection a fifth of it).
  mentionForms.length = 0;
  for (let j = 0; j < order.length; j++) {
    const k = order[j] as number;
    const s = spans[k] as Span;
    const start = s.start;
    const end = s.end;
    let form: string | undefined;
    for (let f = 0; f < mentionForms.length; f++) {
      const cand = mentionForms[f] as string;
      if (cand.length === end - start && text.startsWith(cand, start)) { form = cand; break; }
    }
    if (form === undefined) {
      form = text.slice(start, end);
      if (mentionForms.length < MAX_MENTION_FORMS) mentionForms.push(form);
    }
    mentions.push({ start, end, line: at.line[k] as number, column: at.column[k] as number, text: form, nominal: s.nominal });
  }
  return { id, type, name, attributes, mentions };
}

/** Distinct mention texts of the entity being built (see makeEntity), at most MAX_MENTION_FORMS. */
const mentionForms: string[] = [];
const MAX_MENTION_FORMS = 6;

// Built on first use, not at module load: the command line and the extension create their own
// analysers, and compiling the knowledge bases a second time for an unused default one was a
// third of the command line's start-up.
let defaultAnalyzer: Analyzer | undefined;

/** Finds officials, systems and agreements in `text` and resolves who-is-who. */
export function analyze(text: string, options?: AnalyzeOptions): AnalysisResult {
  return options ? createAnalyzer(options).analyze(text) : (defaultAnalyzer ??= createAnalyzer()).analyze(text);
}
