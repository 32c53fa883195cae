import type { Entity, Mention } from './types';

/**
 * The mentions of one analysis as columns: mention k runs from `start[k]` to `end[k]` of `text`,
 * at 1-based `line[k]` and `column[k]`, and `nominal[k]` is 1 for a descriptive reference. Each
 * entity of the result owns one run of them (see MentionRange), in text order.
 *
 * Why columns: a mention object is 72 bytes of JavaScript heap (Node does not compress pointers)
 * and its text a string of its own. On 10 MB that was 14.5 MB of live heap at the end of every
 * pass (142,000 mentions), the largest thing live when V8 sized the heap, and V8 lets the heap
 * grow to about four times what it finds live at a full collection (see the README's memory
 * section). As columns they are 17 bytes each, off the JavaScript heap; `entity.mentions` builds
 * the objects the first time it is read, so a reader that only counts or walks positions (the
 * workspace index, the benchmark, `mentionCount`) never pays for them.
 */
export class MentionTable {
  constructor(
    readonly text: string,
    readonly start: Int32Array,
    readonly end: Int32Array,
    readonly line: Int32Array,
    readonly column: Int32Array,
    readonly nominal: Uint8Array,
  ) {}
}

/** One entity's mentions in a MentionTable: rows `from` to `from + count - 1`. */
export interface MentionRange {
  readonly table: MentionTable;
  readonly from: number;
  readonly count: number;
}

/** An entity's run of the table, and the objects once they are built. */
class EntityMentions implements MentionRange {
  built: Mention[] | undefined = undefined;
  constructor(readonly table: MentionTable, readonly from: number, readonly count: number) {}
}

/** A base class whose constructor returns the object it is given, so that a subclass adds its fields to that object. */
class Adopt {
  constructor(o: object) {
    return o;
  }
}

/**
 * An entity's run, kept in a private field added to the plain entity object (see Adopt): JSON,
 * spreading, structured cloning and deep equality do not see private fields, so they see the
 * entity as the plain object of the CLI contract. (A symbol-keyed property did the same with a
 * second Object.defineProperty per entity, about 1% of a 1 MB pass.)
 */
class RunHolder extends Adopt {
  #run: EntityMentions | undefined;
  constructor(entity: Entity, run: EntityMentions) {
    super(entity);
    this.#run = run;
  }
  static get(entity: object): EntityMentions | undefined {
    return #run in entity ? (entity as RunHolder).#run : undefined;
  }
  static drop(entity: object): void {
    if (#run in entity) (entity as RunHolder).#run = undefined;
  }
}

/** An entity whose `mentions` are rows `from` .. `from + count - 1` of `table`, built into objects when first read. */
export function entityWithMentions(
  id: string, type: Entity['type'], name: string, attributes: Entity['attributes'], table: MentionTable, from: number, count: number,
): Entity {
  const entity = { id, type, name, attributes } as Entity;
  Object.defineProperty(entity, 'mentions', MENTIONS_ACCESSOR);
  new RunHolder(entity, new EntityMentions(table, from, count));
  return entity;
}

// One accessor pair for every entity (the functions read the entity they are called on).
const MENTIONS_ACCESSOR: PropertyDescriptor = {
  enumerable: true,
  configurable: true,
  get(this: Entity): Mention[] {
    const run = RunHolder.get(this);
    const list = run ? (run.built ??= buildMentions(run)) : [];
    // From now on a plain data property: later reads cost what reading an array costs.
    Object.defineProperty(this, 'mentions', { value: list, writable: true, enumerable: true, configurable: true });
    return list;
  },
  set(this: Entity, list: Mention[]): void {
    // Mentions given by the caller replace the analysed ones, columns included.
    RunHolder.drop(this);
    Object.defineProperty(this, 'mentions', { value: list, writable: true, enumerable: true, configurable: true });
  },
};

/**
 * An entity's mentions as rows of its analysis's MentionTable, or undefined when they are not (an
 * entity made by hand, or one whose `mentions` were assigned). Rows describe the mentions as
 * analysed: a caller who changes the `mentions` array in place reads that array instead.
 */
export function mentionRange(entity: Entity): MentionRange | undefined {
  const run = RunHolder.get(entity);
  return run && run.built === undefined ? run : undefined;
}

/** The number of an entity's mentions, without building mention objects. */
export function mentionCount(entity: Entity): number {
  const run = mentionRange(entity);
  return run ? run.count : entity.mentions.length;
}

/** The start of an entity's `i`-th mention, without building mention objects (undefined past the last). */
export function mentionStart(entity: Entity, i: number): number | undefined {
  const run = mentionRange(entity);
  if (!run) return entity.mentions[i]?.start;
  return i >= 0 && i < run.count ? run.table.start[run.from + i] : undefined;
}

/**
 * The objects of one run. An entity's mentions mostly repeat a few forms ("United States" 2,209
 * times on 1 MB): a mention's text is the string of an earlier mention with the same characters
 * when there is one, compared in place, rather than a new slice each.
 */
function buildMentions(run: EntityMentions): Mention[] {
  const { table, from, count } = run;
  const { text, start: starts, end: ends, line, column, nominal } = table;
  const list = new Array<Mention>(count);
  forms.length = 0;
  for (let j = 0; j < count; j++) {
    const k = from + j;
    const start = starts[k] as number;
    const end = ends[k] as number;
    let form: string | undefined;
    for (let f = 0; f < forms.length; f++) {
      const cand = forms[f] as string;
      if (cand.length === end - start && text.startsWith(cand, start)) { form = cand; break; }
    }
    if (form === undefined) {
      form = text.slice(start, end);
      if (forms.length < MAX_FORMS) forms.push(form);
    }
    list[j] = { start, end, line: line[k] as number, column: column[k] as number, text: form, nominal: nominal[k] !== 0 };
  }
  forms.length = 0;
  return list;
}

const forms: string[] = [];
const MAX_FORMS = 6;
