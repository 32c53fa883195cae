/**
 * Relations between entities and the agreement attributes that follow from them: who signed an
 * agreement (officials in the same sentence before a signing verb), and its parties (their
 * countries, a hyphenated pair in its name, or the countries named in the sentence).
 */
import type { Spelling, Tokens } from './text';
import { reserveMemoBits, spellingFacts } from './text';
import { radixOrder, startLookup } from './order';
import type { Entity, Mention, Relation } from './types';
import { mentionCount, mentionRange, mentionStart } from './mentionTable';
import { countryPairOfWord } from './countries';

// A set rather than an anchored alternation: it is asked about every token of the text.
const SIGNING = new Set(['signed', 'sign', 'signs', 'signing', 'inked', 'concluded', 'finalized', 'finalised', 'initialed', 'agreed']);
/** Words and marks after which a new clause starts, so earlier officials are not its subject. */
const CLAUSE_BREAK = new Set(['that', 'said', 'says', 'noted', 'added', 'stated', 'announced', 'after', 'when', 'while', 'because', ';', ':']);

/**
 * Whether a word is a signing verb or a clause break, cached with its spelling: the loop below
 * asks at every token, and two set look-ups per token were a tenth of a small article's analysis.
 */
const RELATION_KNOWN = reserveMemoBits(3);
const MEMO_SIGNING = RELATION_KNOWN << 1;
const MEMO_CLAUSE_BREAK = RELATION_KNOWN << 2;
/** The shift that brings MEMO_SIGNING and MEMO_CLAUSE_BREAK down to the low bits of a byte (see findSigningVerbs). */
const ROLE_SHIFT = Math.log2(RELATION_KNOWN) + 1;
function relationFacts(t: Spelling): number {
  return (SIGNING.has(t.lower) ? MEMO_SIGNING : 0) | (CLAUSE_BREAK.has(t.lower) ? MEMO_CLAUSE_BREAK : 0);
}
function relationRole(t: Spelling): number {
  return spellingFacts(t, RELATION_KNOWN, relationFacts) & (MEMO_SIGNING | MEMO_CLAUSE_BREAK);
}

/**
 * What relations need from the tokens, kept once the tokens are gone: where each sentence starts,
 * and per sentence its first signing verb and where that verb's clause starts.
 */
export interface Clauses {
  /** Offset of each sentence's first token, ascending (sentence ids are in text order). */
  sentenceStarts: Int32Array;
  /** Sentence -> offset of its first signing verb. */
  verbs: Map<number, number>;
  /**
   * Sentence -> where the clause of its signing verb starts: a signer must be its subject, not the
   * speaker of a reporting clause ("The secretary noted that the two countries signed ...").
   */
  clauseStart: Map<number, number>;
  /**
   * Sentence -> the span after a passive signing verb and its "by" where the signers are named
   * ("The pact was signed by President A and Chancellor B, ..."): [start, end) offsets, ending at
   * the first ';', ':' or comma not followed by another name or "and".
   */
  passive: Map<number, [number, number]>;
}

/** Reads the signing verbs and sentence starts off the tokens (see Clauses). */
export function signingClauses(toks: Tokens, sentences: Int32Array): Clauses {
  const starts = toks.start;
  const n = toks.length;
  const sentenceStarts = sentenceStartsOf(starts, sentences, n);
  const verbs = new Map<number, number>();
  const clauseStart = new Map<number, number>();
  const passive = new Map<number, [number, number]>();
  findSigningVerbs(toks.ids, toks.spellings, starts, sentences, n, verbs, clauseStart, passive);
  return { sentenceStarts, verbs, clauseStart, passive };
}

/** signingClauses' loop, in a function of its own (see sentenceStartsOf). */
function findSigningVerbs(
  ids: Int32Array, spellings: readonly Spelling[], starts: Int32Array, sentences: Int32Array, n: number,
  verbs: Map<number, number>, clauseStart: Map<number, number>, passive: Map<number, [number, number]>,
): void {
  let boundary = -1;
  let boundarySentence = -1;
  // The roles by spelling id, worked out once per spelling: the loop then reads a byte per token
  // rather than its spelling and memo (profile, 1 MB: those loads were most of the loop).
  const roles = new Uint8Array(spellings.length);
  for (let id = 0; id < spellings.length; id++) roles[id] = relationRole(spellings[id] as Spelling) >>> ROLE_SHIFT;
  for (let i = 0; i < n; i++) {
    if (roles[ids[i] as number] === 0) continue;
    const sp = spellings[ids[i] as number] as Spelling;
    const role = relationRole(sp);
    const s = sentences[i] ?? 0;
    if (s !== boundarySentence) { boundary = -1; boundarySentence = s; }
    if ((role & MEMO_CLAUSE_BREAK) !== 0) boundary = (starts[i] as number) + sp.text.length;
    if ((role & MEMO_SIGNING) !== 0 && !verbs.has(s)) {
      verbs.set(s, starts[i] as number);
      clauseStart.set(s, boundary);
      if (i + 1 < n && (spellings[ids[i + 1] as number] as Spelling).lower === 'by' && sentences[i + 1] === s) {
        passive.set(s, [starts[i + 1] as number, passiveEnd(ids, spellings, starts, sentences, n, i + 2, s)]);
      }
    }
  }
}

/**
 * Where the signers after "signed by" end: at the sentence's end, a ';' or ':', or a comma that no
 * capitalised word or "and" follows (a comma inside "A, B and C" goes on). At most 40 tokens.
 */
function passiveEnd(ids: Int32Array, spellings: readonly Spelling[], starts: Int32Array, sentences: Int32Array, n: number, from: number, s: number): number {
  let k = from;
  for (; k < n && k < from + 40 && sentences[k] === s; k++) {
    const t = (spellings[ids[k] as number] as Spelling).text;
    if (t === ';' || t === ':') break;
    if (t === ',') {
      const next = k + 1 < n ? spellings[ids[k + 1] as number] as Spelling : undefined;
      if (next === undefined || !(next.lower === 'and' || next.cap)) break;
    }
  }
  return k < n ? (starts[k] as number) : Number.MAX_SAFE_INTEGER;
}

/**
 * The start offset of each sentence id. A function of its own (as is each of its loops, and
 * signingClauses' own loop) so that no function here has a loop followed by code that has not
 * run yet: V8 compiles a long loop
 * while it runs (on-stack replacement), with no feedback yet for the code after it, and on 100 KB
 * and 1 MB that compiled loop was entered again on every call and left ("insufficient type
 * feedback") at the code after it.
 */
function sentenceStartsOf(starts: Int32Array, sentences: Int32Array, n: number): Int32Array {
  const sentenceStarts = new Int32Array(n > 0 ? (sentences[n - 1] as number) + 1 : 0).fill(-1);
  fillSentenceStarts(sentenceStarts, starts, sentences, n);
  // A sentence id can be left without tokens (a line break right after closing quotes): give it
  // the next sentence's start, so the search below, which takes the last of equal starts, never
  // answers with it. The last id always has tokens.
  fillEmptySentences(sentenceStarts);
  return sentenceStarts;
}

function fillSentenceStarts(sentenceStarts: Int32Array, starts: Int32Array, sentences: Int32Array, n: number): void {
  // Each sentence's first token: only where the sentence id changes is there anything to write
  // (profile, 1 MB: a write per token, backwards, was this stage's top line).
  let prev = -1;
  for (let i = 0; i < n; i++) {
    const s = sentences[i] as number;
    if (s === prev) continue;
    prev = s;
    if (sentenceStarts[s] === -1) sentenceStarts[s] = starts[i] as number;
  }
}

function fillEmptySentences(sentenceStarts: Int32Array): void {
  for (let s = sentenceStarts.length - 2; s >= 0; s--) if (sentenceStarts[s] === -1) sentenceStarts[s] = sentenceStarts[s + 1] as number;
}

/** The sentence of the last token starting at or before `offset` (0 before the first). */
export function sentenceAt(clauses: Clauses, offset: number): number {
  const starts = clauses.sentenceStarts;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) { const mid = (lo + hi + 1) >> 1; if ((starts[mid] as number) <= offset) lo = mid; else hi = mid - 1; }
  return lo;
}

/** sentenceAt for many offsets (see startLookup). */
export function sentenceLookup(clauses: Clauses): (offset: number) => number {
  const starts = clauses.sentenceStarts;
  return startLookup(starts, starts.length, starts.length > 0 ? (starts[starts.length - 1] as number) : 0);
}

/** Derives signatory and party relations, and fills `parties`/`signatories` on agreements. */
export function findRelations(clauses: Clauses, entities: Entity[]): Relation[] {
  const relations: Relation[] = [];
  const { verbs, clauseStart } = clauses;
  const sentenceOf = sentenceLookup(clauses);
  // Mentions by sentence, for the only sentences asked about below: those with a signing verb
  // and those where an agreement is first mentioned (profile: filing every mention of the text
  // was the top line of this function).
  // Loops over entities and mentions are indexed: for...of allocated an iterator result per step
  // wherever this function ran unoptimised (heap profile: "next" in findRelations, about 1 MB per
  // 1 MB pass, for 13,864 mentions).
  // A flag per sentence rather than a set: it is asked at every mention of the text.
  const wanted = new Uint8Array(clauses.sentenceStarts.length + 1);
  let anyWanted = false;
  for (const s of verbs.keys()) { wanted[s] = 1; anyWanted = true; }
  for (let x = 0; x < entities.length; x++) {
    const e = entities[x] as Entity;
    const first = e.type === 'agreement' ? mentionStart(e, 0) : undefined;
    if (first !== undefined) { wanted[sentenceOf(first)] = 1; anyWanted = true; }
    // (And the next mention's, after a first one in the opening sentence: see the parties below.)
    const second = first !== undefined && sentenceOf(first) === 0 ? mentionStart(e, 1) : undefined;
    if (second !== undefined) wanted[sentenceOf(second)] = 1;
  }
  const bySentence = new Map<number, Array<{ e: Entity; start: number }>>();
  if (anyWanted) for (let x = 0; x < entities.length; x++) {
    const e = entities[x] as Entity;
    // Only officials (signers) and countries (parties) are looked for below: the mentions of
    // systems and agreements, a quarter of all on 1 MB, are not filed.
    if (e.type !== 'official' && e.type !== 'country') continue;
    const run = mentionRange(e);
    const count = run ? run.count : e.mentions.length;
    for (let y = 0; y < count; y++) {
      const start = run ? (run.table.start[run.from + y] as number) : (e.mentions[y] as Mention).start;
      const s = sentenceOf(start);
      if (wanted[s] !== 1) continue;
      const list = bySentence.get(s);
      if (list) list.push({ e, start }); else bySentence.set(s, [{ e, start }]);
    }
  }
  // Per-sentence facts are computed once per sentence, not once per mention: a sentence can hold
  // thousands of mentions in hostile input, and per-mention scans of it would be quadratic.
  // (Filled by a loop: the pairs an array of them needs were garbage at once.)
  const names = new Map<string, string>();
  const officialById = new Map<string, Entity>();
  for (let x = 0; x < entities.length; x++) {
    const e = entities[x] as Entity;
    names.set(e.id, e.name);
    if (e.type === 'official') officialById.set(e.id, e);
  }
  // An official's countries, read from its attributes for the signatories only (profile, 1 MB:
  // splitting every official's attribute up front was this function's top line).
  const countryOf = (id: string): readonly string[] => {
    const c = officialById.get(id)?.attributes['country'];
    return typeof c === 'string' ? c.split('; ') : NO_COUNTRIES;
  };
  const signersOf = new Map<number, string[]>();
  const signers = (s: number): string[] => {
    let out = signersOf.get(s);
    if (out) return out;
    out = [];
    const verb = verbs.get(s);
    if (verb !== undefined) {
      for (const o of bySentence.get(s) ?? []) {
        if (o.e.type !== 'official' || o.start > verb || o.start < (clauseStart.get(s) ?? -1)) continue;
        // A group signs through its members, each by the id of its own entity. When a member has
        // no entity (all its mentions gave way to longer spans), it cannot be a relation's source
        // and its name would come out as an id: the group itself signs instead.
        const members = o.e.attributes['members'];
        if (Array.isArray(members) && members.length > 0 && allNamed(members, names)) out.push(...(members as string[]));
        else out.push(o.e.id);
      }
    }
    signersOf.set(s, out);
    return out;
  };
  // Country mentions of the whole text by start (stably, as a stable sort of them in entity
  // order), as typed arrays: start and the index of the country entity. Lists of numbers and of
  // names built by pushes, then sorted and mapped again, were 5,800 entries each per MB (heap
  // profile: pushes in findRelations about 4 MB per pass on 10 MB).
  let countryCount = 0;
  let maxStart = 0;
  for (let x = 0; x < entities.length; x++) {
    const e = entities[x] as Entity;
    if (e.type !== 'country') continue;
    countryCount += mentionCount(e);
  }
  const countryStarts = new Int32Array(countryCount);
  const countryEntity = new Int32Array(countryCount);
  for (let x = 0, j = 0; x < entities.length; x++) {
    const e = entities[x] as Entity;
    if (e.type !== 'country') continue;
    const run = mentionRange(e);
    const count = run ? run.count : e.mentions.length;
    for (let y = 0; y < count; y++, j++) {
      const start = run ? (run.table.start[run.from + y] as number) : (e.mentions[y] as Mention).start;
      countryStarts[j] = start;
      countryEntity[j] = x;
      if (start > maxStart) maxStart = start;
    }
  }
  const order = radixOrder(countryStarts, maxStart <= 0 ? 0 : 32 - Math.clz32(maxStart), undefined, 0);
  const cStarts = new Int32Array(countryCount);
  const cEntity = new Int32Array(countryCount);
  for (let k = 0; k < countryCount; k++) { const o = order[k] as number; cStarts[k] = countryStarts[o] as number; cEntity[k] = countryEntity[o] as number; }
  /** The first country mention starting at or after `start` (an index into cStarts). */
  const firstCountryFrom = (start: number): number => {
    let lo = 0;
    let hi = cStarts.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if ((cStarts[mid] as number) < start) lo = mid + 1; else hi = mid; }
    return lo;
  };
  const countryByName = new Map(entities.filter((e) => e.type === 'country').map((e) => [e.name, e.id]));
  // The loop below allocates per agreement and per mention only what it keeps: a stamp per
  // sentence instead of a set of sentences done, sets made at their first entry, a mention's
  // fields read off its run without a row object, its text sliced only when it has a dash for
  // pairedCountries, and indexed loops instead of iterators (heap profile, 10 MB, --promoted:
  // Set, values, next, rowOf and findRelations itself were 9 MB of the 48 MB that outlived the
  // young generation).
  const doneIn = new Int32Array(clauses.sentenceStarts.length + 1);
  for (let x = 0; x < entities.length; x++) {
    const a = entities[x] as Entity;
    if (a.type !== 'agreement') continue;
    const stamp = x + 1;
    let signatories: Set<string> | undefined;
    const given = a.attributes['parties'];
    let parties: Set<string> | undefined = Array.isArray(given) && given.length > 0 ? new Set<string>(given as string[]) : undefined;
    const run = mentionRange(a);
    const count = run ? run.count : a.mentions.length;
    let allNominal = true;
    for (let y = 0; y < count; y++) {
      let start: number;
      let end: number;
      const m = run ? undefined : (a.mentions[y] as Mention);
      if (run) {
        const k = run.from + y;
        start = run.table.start[k] as number;
        end = run.table.end[k] as number;
        if (run.table.nominal[k] === 0) allNominal = false;
      } else {
        start = (m as Mention).start;
        end = (m as Mention).end;
        if (!(m as Mention).nominal) allNominal = false;
      }
      const s = sentenceOf(start);
      const verb = verbs.get(s);
      if (verb !== undefined && verb < start && doneIn[s] !== stamp) {
        doneIn[s] = stamp;
        const ids = signers(s);
        for (let k = 0; k < ids.length; k++) (signatories ??= new Set<string>()).add(ids[k] as string);
      }
      // "The pact was signed by President A and Chancellor B": the officials after "by".
      const by = verb !== undefined && verb > start ? clauses.passive.get(s) : undefined;
      if (by !== undefined && doneIn[s] !== stamp) {
        doneIn[s] = stamp;
        const list = bySentence.get(s);
        if (list) for (let k = 0; k < list.length; k++) {
          const o = list[k] as { e: Entity; start: number };
          if (o.e.type !== 'official' || o.start < by[0] || o.start >= by[1]) continue;
          const members = o.e.attributes['members'];
          signatories ??= new Set<string>();
          if (Array.isArray(members) && members.length > 0 && allNamed(members, names)) for (let j = 0; j < members.length; j++) signatories.add(members[j] as string);
          else signatories.add(o.e.id);
        }
      }
      // A hyphenated pair in the mention ("U.S.-India", "Iran-Russia") names the parties: country
      // mentions inside it (at most 8), or, as the mention's span takes the words, the pair's own words.
      const from = firstCountryFrom(start);
      let to = from;
      while (to < cStarts.length && (cStarts[to] as number) < end && to - from < 8) to++;
      if (to - from >= 2) {
        parties ??= new Set<string>();
        for (let k = from; k < to; k++) parties.add((entities[cEntity[k] as number] as Entity).name);
      } else if (run ? hasDash(run.table.text, start, end) : hasDash((m as Mention).text, 0, (m as Mention).text.length)) {
        const pair = pairedCountries(run ? run.table.text.slice(start, end) : (m as Mention).text);
        if (pair.length > 0) { parties ??= new Set<string>(); for (let k = 0; k < pair.length; k++) parties.add(pair[k] as string); }
      }
    }
    const signatoryIds = signatories ? [...signatories] : NO_COUNTRIES;
    for (let k = 0; k < signatoryIds.length; k++) {
      const id = signatoryIds[k] as string;
      relations.push({ type: 'signatory', source: id, target: a.id });
      const cs = countryOf(id);
      if (cs.length > 0) { parties ??= new Set<string>(); for (let j = 0; j < cs.length; j++) parties.add(cs[j] as string); }
    }
    if (parties === undefined) {
      // Otherwise the countries named in the sentence that introduces it, when there are two or
      // more; or, when that is the headline (the text's first line) and names fewer, those of the
      // sentence of the next mention ("... as hostage deal enters second phase", then "The hostage
      // deal brokered by Egypt, Qatar and the United States").
      for (let y = 0; y < count && y < 2; y++) {
        const start = run ? (run.table.start[run.from + y] as number) : (a.mentions[y] as Mention).start;
        const line = run ? (run.table.line[run.from + y] as number) : (a.mentions[y] as Mention).line;
        const list = bySentence.get(sentenceOf(start));
        // The distinct country names, in order of first mention.
        const cs: string[] = [];
        if (list) for (let k = 0; k < list.length; k++) {
          const o = list[k] as { e: Entity; start: number };
          if (o.e.type === 'country' && !cs.includes(o.e.name)) cs.push(o.e.name);
        }
        if (cs.length >= 2) { parties = new Set<string>(cs); break; }
        // (Not for a resolution, whose next sentence names its voters: "3 abstentions (China, ...)".)
        if (line !== 1 || a.attributes['kind'] === 'resolution') break;
      }
    }
    if (signatoryIds.length) a.attributes['signatories'] = signatoryIds.map((id) => names.get(id) ?? id);
    const partyNames = parties ? [...parties] : NO_COUNTRIES;
    if (partyNames.length) a.attributes['parties'] = partyNames as string[];
    // An agreement known only by description ("a memorandum of understanding") is named after its
    // parties, so hovers, the tree and exports say which one it is: "Iran–Russia memorandum of understanding".
    // (Not a knowledge-base agreement a reference found by its year, "the 2015 nuclear deal",
    // which keeps its own name: see knownByYearAndTopic in agreements.ts.)
    if (allNominal && a.attributes['date'] === undefined) {
      const base = a.name.replace(/^[$€£]?\s*[\d.,]+(?:-\w+){0,2}\s*(?:billion|million|trillion|bn|mn)?\s*/i, '').trim() || String(a.attributes['kind'] ?? 'agreement');
      // (A base that names its pair already, "Iran-Russia agreement", keeps it as written.)
      a.name = partyNames.length >= 2 && pairedCountries(base).length === 0 ? `${partyNames.slice().sort().join('–')} ${base}` : base;
    }
    for (let k = 0; k < partyNames.length; k++) {
      const c = countryByName.get(partyNames[k] as string);
      if (c) relations.push({ type: 'party', source: c, target: a.id });
    }
  }
  return relations;
}

/**
 * The two countries of the first word of an agreement's mention that is a hyphenated or dashed
 * pair ("U.S.-India agreement", "the Iran–Russia deal", "Japan-U.S. Security Treaty"), by their
 * names; none when its parts are not two different countries.
 */
export function pairedCountries(text: string): string[] {
  const m = PAIR.exec(text);
  const pair = m ? countryPairOfWord(m[1] as string) : undefined;
  return pair ? [pair[0].name, pair[1].name] : [];
}

/** Two capitalised words or dotted abbreviations joined by a hyphen or an en dash, as a word of their own. */
const PAIR = /(?:^|\s)([A-Z][A-Za-z.]*[-\u2013][A-Z][A-Za-z.]*)(?=\s|$)/;

/** No countries, signatories or parties (see findRelations). */
const NO_COUNTRIES: readonly string[] = [];

/** Whether every id of a group's members names an entity (see findRelations' signers). */
function allNamed(members: readonly unknown[], names: Map<string, string>): boolean {
  for (let k = 0; k < members.length; k++) if (!names.has(members[k] as string)) return false;
  return true;
}

/** Whether text[start, end) has a hyphen or an en dash, without which PAIR cannot match. */
function hasDash(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) { const c = text.charCodeAt(k); if (c === 45 || c === 0x2013) return true; }
  return false;
}
