import type { AnalysisResult, AnalyzeOptions, Entity, EntityType, Relation } from './types';
import { ALL_TYPES } from './types';
import { LineIndex, headroom, isAscii, sentenceIds, tokenize } from './text';
import type { Tokens } from './text';
import type { Span, SpanColumns } from './spans';
import { NO_ATTRIBUTES, resolveOverlapColumns, spanColumns } from './spans';
import { OfficialRecognizer, type OfficialSpans } from './officials';
import { SystemRecognizer, compileSystems, type SystemsKb } from './systems';
import { AgreementRecognizer, compileAgreements } from './agreements';
import { findCountryMentions, type CountryMentions } from './countryMentions';
import { findRelations, signingClauses, type Clauses } from './relations';
import { sortedOrder } from './order';
import { MentionTable, entityWithMentions, mentionStart } from './mentionTable';

/** A reusable analyser: knowledge bases are compiled once and shared by every call. */
export interface Analyzer {
  analyze(text: string): AnalysisResult;
}

/** Turns a name into the slug part of an entity id ("Sergey Shoigu" -> "sergey-shoigu"). */
export function slug(name: string): string {
  // ASCII names (most of them) need neither Unicode normalisation nor the Unicode-property
  // expression, which costs tens of milliseconds to compile in a fresh process.
  if (isAscii(name)) return asciiSlug(name);
  // Names whose only other characters are general punctuation ("Iran–Russia memorandum", with
  // an en dash; curly quotes): those characters are no letters or digits before or after NFKD,
  // so they separate runs as ASCII punctuation does, and the name takes the ASCII path as well
  // (the Unicode path set up ICU's property tables in a fresh command line for one en dash).
  if (/^[\x00-\x7f\u2010-\u205e]*$/.test(name)) return asciiSlug(name.replace(/[\u2010-\u205e]/g, ' '));
  const s = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '');
  return s.slice(0, 80) || 'entity';
}

/**
 * slug of an ASCII name: `name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '')`,
 * cut to 80 characters, as one scan of the lower-cased name that joins its runs of letters and
 * digits with '-' (profile: the two regular-expression replacements were the top line of slug,
 * asked once per entity).
 */
function asciiSlug(name: string): string {
  const lower = name.toLowerCase();
  let out = '';
  let runStart = -1;
  for (let k = 0; k <= lower.length; k++) {
    const c = k < lower.length ? lower.charCodeAt(k) : 0;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) { if (runStart < 0) runStart = k; continue; }
    if (runStart < 0) continue;
    // A name that is one run of letters and digits is returned without a copy.
    if (out === '' && runStart === 0 && k === lower.length) { out = lower; break; }
    out = out === '' ? lower.slice(runStart, k) : `${out}-${lower.slice(runStart, k)}`;
    runStart = -1;
  }
  return out.slice(0, 80) || 'entity';
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
  // as large as the largest text this analyser has seen, about 19 bytes per token off the
  // JavaScript heap (spelling ids, starts and flags, two byte and two integer scratch arrays:
  // 32 MB for the 1.7 million tokens of 10 MB), until the analyser itself is dropped.
  let pool: Tokens | undefined;
  // assemble's typed arrays, kept likewise (see MentionScratch).
  const mentionScratch = new MentionScratch();
  return {
    analyze(text: string): AnalysisResult {
      return run(text);
    },
  };
  function run(text: string): AnalysisResult {
    const { entities, clauses } = entitiesOf(text);
    const relations: Relation[] = findRelations(clauses, entities);
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
   * The entities and the signing clauses. A function of its own so that the spans, people and
   * country mentions they were built from are garbage while relations are found (about 10 MB
   * on 10 MB that run() would otherwise hold to the end).
   */
  function entitiesOf(text: string): { entities: Entity[]; clauses: Clauses } {
    const found = recognize(text);
    const lines = new LineIndex(text);
    const entities = assembleFound(text, found, lines, mentionScratch);
    return { entities, clauses: found.clauses };
  }

  /**
   * The spans the three recognisers keep after overlaps are resolved, as columns (see
   * SpanColumns). A function of its own, with the officials' list taken out of `officials`, so
   * that no frame still refers to the span objects or their lists once they are copied.
   */
  function primarySpans(text: string, tokens: Tokens, sentences: Int32Array, officials: { spans: OfficialSpans | undefined }): SpanColumns {
    const officialSpans = officials.spans as OfficialSpans;
    officials.spans = undefined;
    // concat, not push(...spread): a spread of a million spans overflows the call stack. The
    // officials' spans stay in their compact form (see OfficialSpans) through overlap resolution,
    // which writes the kept ones to the columns (see resolveOverlapColumns).
    const systemSpans = new SystemRecognizer(text, tokens, sentences, systemsKb).run();
    const agreementSpans = new AgreementRecognizer(text, tokens, agreementsKb).run();
    return resolveOverlapColumns(officialSpans, systemSpans.concat(agreementSpans), text.length);
  }

  /**
   * Tokens and recognisers. A function of its own so that the tokens and the recognisers' tables
   * are garbage by the time the result is built (unless the tokens stay as the pool): on 10 MB
   * they are tens of megabytes that would otherwise add to the peak.
   */
  function recognize(text: string): Found {
    // Stage order matters: tokens and sentences first; officials before agreements, because
    // signatories and parties of an agreement come from the people around it; countries last,
    // as supporting mentions that never overlap a primary one.
    const tokens = tokenize(text, pool);
    pool = tokens;
    const sentences = sentenceIds(tokens);
    const officials = findOfficials(text, tokens, systemsKb);
    const people = officials.people;
    const primary = primarySpans(text, tokens, sentences, officials);
    // Country mentions stay in their compact arrays (see CountryMentions); assemble numbers them
    // after the primary spans, as the concatenated list of spans they were did.
    const countries = findCountryMentions(text, tokens, primary);
    return { spans: primary, countries, people, clauses: signingClauses(tokens, sentences) };
  }
}

/**
 * The officials' spans and people. The recogniser is described as soon as it has run, in a
 * function of its own so that nothing refers to it afterwards: its people, indexes and stage-3
 * caches (about 14 MB live on 10 MB) are garbage while the other recognisers run, instead of
 * living (and being promoted and marked) until the end of recognize. describe reads the people
 * only, which nothing after run changes.
 */
function findOfficials(text: string, tokens: Tokens, systemsKb: SystemsKb): { spans: OfficialSpans | undefined; people: ReturnType<OfficialRecognizer['describe']> } {
  const officials = new OfficialRecognizer(text, tokens, systemsKb);
  const spans = officials.runCompact();
  return { spans, people: officials.describe() };
}

/**
 * Groups spans into entities, names them and gives them stable ids. `countries` (the country
 * mentions, see findCountryMentions) come after the spans, as if they were spans of their own
 * with the shared empty attributes. Exported for the stage benchmarks.
 */
export function assemble(
  text: string,
  spans: Span[],
  people: People,
  lines: LineIndex,
  countries?: CountryMentions,
): { entities: Entity[]; keyToId: Map<string, string> } {
  return buildEntities(text, groupSpans(spanColumns(spans), people, lines, countries), people);
}

type People = Map<string, { name: string; attributes: Record<string, string | string[] | boolean> }>;

/**
 * assemble's two halves as the analyser runs them: the spans (80,000 objects and their array on
 * 10 MB, about 8 MB of heap) are read by groupSpans and dropped from `found` before the entities
 * and their mentions (about 15 MB that survive into the result) are built. Live together they
 * were the largest live heap of a pass, and V8 lets the heap grow to about four times what it
 * finds live at a full collection.
 */
function assembleFound(text: string, found: Found, lines: LineIndex, scratch: MentionScratch): Entity[] {
  const grouped = groupSpans(found.spans, found.people, lines, found.countries, scratch);
  found.spans = NO_SPANS;
  found.countries = undefined;
  return buildEntities(text, grouped, found.people).entities;
}

const NO_SPANS: SpanColumns = spanColumns([]);

/** What the recognisers found (see recognize). */
interface Found {
  spans: SpanColumns;
  countries: CountryMentions | undefined;
  people: People;
  clauses: Clauses;
}

/**
 * What assemble reads of the spans (see groupSpans): the mentions' positions, their groups by
 * key, and each group's type, name and merged attributes, so that building the entities reads no
 * span.
 */
interface Grouped {
  at: MentionFacts;
  groupKeys: string[];
  groupStart: Int32Array;
  members: Int32Array;
  /** Per group: the entity's type, name and attributes; attributes undefined = no entity (an official with no person). */
  types: EntityType[];
  names: string[];
  attributes: Array<Record<string, string | string[] | boolean | number> | undefined>;
  /** Groups (indices into groupKeys) whose key is a group of officials ("g:..."), and their members' keys, in the same order. */
  groups: number[];
  groupMembers: string[][];
}

/**
 * The entities of groupSpans' groups, in its group order (ids are numbered in that order): one
 * per key, then the groups of officials; sorted by first mention. Three functions, so that the
 * optimised code of the big loops (groupSpans, buildEntities) holds neither the groups of
 * officials nor the final sort. Groups read the attribute objects of people, which have many
 * shapes: compiled into the loops' function, those reads threw its optimised code away ("wrong
 * map") in 5 to 8 of 10 warm passes on 1 MB, and the next pass then ran unoptimised until the
 * loops were compiled again.
 */
function buildEntities(text: string, grouped: Grouped, people: People): { entities: Entity[]; keyToId: Map<string, string> } {
  // Every mention of the groups fits: entities take at most all of them.
  const rows = tableRows(text, grouped.members.length);
  const { entities, keyToId, usedIds } = buildKeyEntities(grouped, rows);
  const { groups, groupMembers, groupStart, members, groupKeys } = grouped;
  for (let j = 0; j < groups.length; j++) {
    const g = groups[j] as number;
    const { name, attributes } = groupNameAndAttributes(groupMembers[j] as string[], people, keyToId);
    entities.push(makeEntity('official', name, attributes, members, groupStart[g] as number, groupStart[g + 1] as number, grouped.at, usedIds, keyToId, groupKeys[g] as string, rows));
  }
  return { entities: byFirstMention(entities), keyToId };
}

/** buildEntities' loop: one entity per key except groups of officials. */
function buildKeyEntities(grouped: Grouped, rows: TableRows): { entities: Entity[]; keyToId: Map<string, string>; usedIds: Map<string, number> } {
  const { groupKeys, groupStart, members, types, names, attributes, at } = grouped;
  const entities: Entity[] = [];
  const keyToId = new Map<string, string>();
  const usedIds = new Map<string, number>();
  for (let g = 0; g < groupKeys.length; g++) {
    const attrs = attributes[g];
    if (attrs === undefined) continue;
    entities.push(makeEntity(types[g] as EntityType, names[g] as string, attrs, members, groupStart[g] as number, groupStart[g + 1] as number, at, usedIds, keyToId, groupKeys[g] as string, rows));
  }
  return { entities, keyToId, usedIds };
}

/** assemble's reading of the spans: mention facts, grouping by key, and each group's type, name and attributes. */
function groupSpans(
  spans: SpanColumns,
  people: People,
  lines: LineIndex,
  countries: CountryMentions | undefined,
  scratch?: MentionScratch,
): Grouped {
  // Mentions are numbered: 0..p-1 are the spans, p..n-1 the country mentions. What makeEntity
  // reads of each (start, end, nominal, line, column) is copied into typed arrays in one pass in
  // that order, so building the mentions reads no span objects (scattered over the heap).
  const p = spans.count;
  const n = p + (countries ? countries.count : 0);
  const arrays = scratch ? scratch.take(n) : mentionArrays(n);
  const at: MentionFacts = arrays;
  at.start.set(spans.start.subarray(0, p));
  at.end.set(spans.end.subarray(0, p));
  at.nominal.set(spans.nominal.subarray(0, p));
  if (countries) {
    at.start.set(countries.start.subarray(0, countries.count), p);
    at.end.set(countries.end.subarray(0, countries.count), p);
  }
  // Each mention's line and column are worked out beforehand in one pass in the order the
  // mentions come (two ascending runs: primary mentions, then countries). Looked up entity by
  // entity instead, the offsets jump across the whole text, and those look-ups were about 3 ms of
  // assemble's 10 on 1 MB (see LineIndex.positions).
  const starts = at.start;
  lines.positions(n, (k) => starts[k] as number, at.line, at.column);
  // Mentions are grouped by key into one flat index array (a counting sort: the mentions of group
  // g are members[groupStart[g] .. groupStart[g + 1]), in input order), with keys numbered in
  // order of first appearance, which is the order the Map of per-key arrays this replaced
  // iterated in. Neighbouring spans often share their key string (a person's, a country's), so
  // the Map is asked only when the key changes.
  const groupOf = arrays.groupOf;
  const spanKeys = spans.key;
  const spanAttributes = spans.attributes;
  const groupIndex = new Map<string, number>();
  const groupKeys: string[] = [];
  let sizes = new Int32Array(64);
  let lastKey: string | undefined;
  let lastGroup = -1;
  const countryGroup = countries ? new Int32Array(countries.keys.length).fill(-1) : undefined;
  for (let k = 0; k < n; k++) {
    let key: string;
    let c = -1;
    if (k < p) key = spanKeys[k] as string;
    else {
      // A country's group is found once per country, not per mention.
      c = (countries as CountryMentions).country[k - p] as number;
      const g = (countryGroup as Int32Array)[c] as number;
      if (g >= 0) { groupOf[k] = g; sizes[g] = (sizes[g] as number) + 1; continue; }
      key = (countries as CountryMentions).keys[c] as string;
    }
    let g = lastGroup;
    if (key !== lastKey) {
      const found = groupIndex.get(key);
      if (found === undefined) {
        g = groupKeys.length;
        groupIndex.set(key, g);
        groupKeys.push(key);
        if (g >= sizes.length) { const grown = new Int32Array(sizes.length * 2); grown.set(sizes); sizes = grown; }
      } else g = found;
      lastKey = key;
      lastGroup = g;
    }
    if (c >= 0) (countryGroup as Int32Array)[c] = g;
    groupOf[k] = g;
    sizes[g] = (sizes[g] as number) + 1;
  }
  const groupCount = groupKeys.length;
  const groupStart = new Int32Array(groupCount + 1);
  for (let g = 0; g < groupCount; g++) groupStart[g + 1] = (groupStart[g] as number) + (sizes[g] as number);
  const members = arrays.members;
  const fill = groupStart.slice(0, groupCount);
  for (let k = 0; k < n; k++) { const g = groupOf[k] as number; members[fill[g] as number] = k; fill[g] = (fill[g] as number) + 1; }
  const types = new Array<EntityType>(groupCount);
  const names = new Array<string>(groupCount);
  const attributesOf = new Array<Record<string, string | string[] | boolean | number> | undefined>(groupCount);
  const groups: number[] = [];
  const groupMembers: string[][] = [];
  for (let g = 0; g < groupCount; g++) {
    const key = groupKeys[g] as string;
    const from = groupStart[g] as number;
    if (key.startsWith('g:')) {
      groups.push(g);
      // Group keys come from the officials' recogniser, never from country mentions.
      groupMembers.push((spans.attributes[members[from] as number] as Record<string, string | string[] | boolean>)['members'] as string[]);
      continue;
    }
    const to = groupStart[g + 1] as number;
    const k0 = members[from] as number;
    const type: EntityType = k0 < p ? (spans.type[k0] as EntityType) : 'country';
    let name = k0 < p ? (spans.name[k0] as string) : ((countries as CountryMentions).names[(countries as CountryMentions).country[k0 - p] as number] as string);
    const attributes: Record<string, string | string[] | boolean | number> = {};
    // for...in visits own keys in the order Object.entries does (attribute objects are plain
    // literals), without building an array of pairs per span. A span whose attributes object is
    // the previous span's (a recogniser's shared facts) or the shared empty one (country
    // mentions have that one) adds nothing: only keys still undefined are copied, so merging an
    // object a second time is a no-op.
    let merged: Record<string, string | string[] | boolean> | undefined;
    for (let j = from; j < to; j++) {
      const k = members[j] as number;
      if (k >= p) continue;
      const attrs = spanAttributes[k] as Record<string, string | string[] | boolean>;
      if (attrs === merged || attrs === NO_ATTRIBUTES) continue;
      merged = attrs;
      for (const a in attrs) if (attributes[a] === undefined) attributes[a] = attrs[a] as string | string[] | boolean;
    }
    if (type === 'system' && attributes['kind'] === undefined && attributes['description'] !== undefined) attributes['kind'] = attributes['description'];
    if (type === 'official') {
      const person = people.get(key);
      if (!person) continue;
      name = person.name;
      Object.assign(attributes, person.attributes);
    }
    types[g] = type;
    names[g] = name;
    attributesOf[g] = attributes;
  }
  return { at, groupKeys, groupStart, members, types, names, attributes: attributesOf, groups, groupMembers };
}

/**
 * Entities by first mention, stably, on packed numeric keys (see sortedOrder) rather than a
 * comparator call per comparison.
 */
function byFirstMention(entities: Entity[]): Entity[] {
  const firstStarts = new Array<number>(entities.length);
  for (let k = 0; k < entities.length; k++) firstStarts[k] = mentionStart(entities[k] as Entity, 0) as number;
  const byFirst = sortedOrder(firstStarts);
  const sorted = new Array<Entity>(entities.length);
  for (let k = 0; k < entities.length; k++) sorted[k] = entities[byFirst[k] as number] as Entity;
  return sorted;
}

/** The name and attributes of a group of officials ("the defence ministers of A and B"); see assemble. */
function groupNameAndAttributes(
  memberKeys: string[],
  people: Map<string, { name: string; attributes: Record<string, string | string[] | boolean> }>,
  keyToId: Map<string, string>,
): { name: string; attributes: Record<string, string | string[] | boolean | number> } {
  const memberPeople = memberKeys.map((k) => people.get(k)).filter((m): m is NonNullable<typeof m> => !!m);
  // Members are entity ids: a member whose mentions all gave way to longer spans has no entity,
  // and its internal key is no id a reader or an exporter can follow (its name still counts).
  const memberIds: string[] = [];
  for (const k of memberKeys) { const id = keyToId.get(k); if (id !== undefined) memberIds.push(id); }
  const attributes: Record<string, string | string[] | boolean | number> = { group: true, members: memberIds };
  // The members' countries, each once ("Both leaders" of one government: "United States"), and
  // only when every member's is known: "Defense Secretary Lloyd Austin met Japanese Defense
  // Minister Minoru Kihara. The two ministers ..." is no Japanese group, whatever Austin's country.
  const countryNames = memberPeople.map((m) => m.attributes['country']);
  if (memberPeople.length === memberKeys.length && countryNames.length > 0 && countryNames.every((c) => typeof c === 'string')) {
    attributes['country'] = [...new Set(countryNames as string[])].join('; ');
  }
  const titles = [...new Set(memberPeople.map((m) => m.attributes['title']).filter((c): c is string => typeof c === 'string'))];
  if (titles.length === 1) attributes['title'] = titles[0] as string;
  return { name: memberPeople.map((m) => m.name).join('; '), attributes };
}

/** The typed arrays groupSpans fills, n entries each: MentionFacts, each mention's group and the mentions by group. */
interface MentionArrays extends MentionFacts {
  groupOf: Int32Array;
  members: Int32Array;
}

/** MentionArrays made for one call (nominal zeroed, as the others need not be: groupSpans writes every entry). */
function mentionArrays(n: number): MentionArrays {
  return { start: new Int32Array(n), end: new Int32Array(n), nominal: new Uint8Array(n), line: new Int32Array(n), column: new Int32Array(n), groupOf: new Int32Array(n), members: new Int32Array(n) };
}

/**
 * groupSpans' typed arrays, kept by an analyser from one call to the next (the token arrays are
 * kept likewise, see createAnalyzer): 25 bytes per mention, 3.5 MB for the 140,000 mentions of
 * 10 MB, were new memory at every call that lived through assemble, outlived the young
 * generation and was given back only at the next full collection, several calls later. Views
 * taken by one call are valid until the next `take`.
 */
export class MentionScratch {
  private ints = new Int32Array(0);
  private bytes = new Uint8Array(0);
  /** Views of n entries: every Int32Array one of six disjoint parts of one buffer; nominal zeroed. */
  take(n: number): MentionArrays {
    // With room to spare (see headroom): sized to exactly n, the next version of an article that
    // is being typed in, one mention longer, would make them anew.
    if (this.ints.length < 6 * n) {
      const room = n + headroom(n);
      this.ints = new Int32Array(6 * room);
      this.bytes = new Uint8Array(room);
    }
    const ints = this.ints;
    const part = (k: number): Int32Array => ints.subarray(k * n, (k + 1) * n);
    const nominal = this.bytes.subarray(0, n);
    nominal.fill(0);
    return { start: part(0), end: part(1), line: part(2), column: part(3), groupOf: part(4), members: part(5), nominal };
  }
}

/** What a mention of assemble's numbering is made of (by index). */
interface MentionFacts {
  start: Int32Array;
  end: Int32Array;
  /** 1 for a descriptive reference. */
  nominal: Uint8Array;
  line: Int32Array;
  column: Int32Array;
}

function makeEntity(
  type: EntityType, name: string, attributes: Record<string, string | string[] | boolean | number>,
  members: Int32Array, from: number, to: number, at: MentionFacts, usedIds: Map<string, number>, keyToId: Map<string, string>, key: string,
  rows: TableRows,
): Entity {
  // usedIds maps each id in use to the next suffix worth trying after it: many entities can share
  // a name (descriptive agreements are all "memorandum of understanding"), and counting up from 2
  // every time was quadratic in their number. Ids are never released, so skipping the suffixes
  // already found taken gives the same id as counting from 2.
  const base = `${type}:${slug(name)}`;
  let id = base;
  const taken = usedIds.get(base);
  if (taken === undefined) usedIds.set(base, 2);
  else {
    let n = taken;
    id = `${base}-${n}`;
    while (usedIds.has(id)) { n++; id = `${base}-${n}`; }
    usedIds.set(base, n + 1);
    usedIds.set(id, 2);
  }
  keyToId.set(key, id);
  const starts = at.start;
  // Mentions arrive in text order from the recognisers' sorted output; sort only when they do
  // not (a stable sort of the indices by start, as sorting the spans themselves was).
  let ordered = true;
  for (let k = from + 1; k < to && ordered; k++) if ((starts[members[k] as number] as number) < (starts[members[k - 1] as number] as number)) ordered = false;
  // In order, the members are read in place: a view of them per entity was garbage at once.
  const order = ordered ? undefined : Array.from(members.subarray(from, to)).sort((a, b) => (starts[a] as number) - (starts[b] as number));
  const count = to - from;
  // The mentions are copied into the result's columns (see MentionTable); their objects are
  // built only if a reader asks for `entity.mentions`.
  const table = rows.table;
  const row0 = rows.next;
  for (let j = 0; j < count; j++) {
    const k = (order === undefined ? members[from + j] : order[j]) as number;
    const r = row0 + j;
    table.start[r] = starts[k] as number;
    table.end[r] = at.end[k] as number;
    table.line[r] = at.line[k] as number;
    table.column[r] = at.column[k] as number;
    table.nominal[r] = at.nominal[k] as number;
  }
  rows.next = row0 + count;
  return entityWithMentions(id, type, name, attributes, table, row0, count);
}

/** The result's mention columns being filled by makeEntity: `next` is the first free row. */
interface TableRows {
  table: MentionTable;
  next: number;
}

/** Columns for at most `n` mentions of `text`: four integer columns in one buffer, and the flags. */
function tableRows(text: string, n: number): TableRows {
  const ints = new Int32Array(4 * n);
  const part = (k: number): Int32Array => ints.subarray(k * n, (k + 1) * n);
  return { table: new MentionTable(text, part(0), part(1), part(2), part(3), new Uint8Array(n)), next: 0 };
}


// Built on first use, not at module load: the command line and the extension create their own
// analysers, and compiling the knowledge bases a second time for an unused default one was a
// third of the command line's start-up.
let defaultAnalyzer: Analyzer | undefined;

/** Finds officials, systems and agreements in `text` and resolves who-is-who. */
export function analyze(text: string, options?: AnalyzeOptions): AnalysisResult {
  return options ? createAnalyzer(options).analyze(text) : (defaultAnalyzer ??= createAnalyzer()).analyze(text);
}
