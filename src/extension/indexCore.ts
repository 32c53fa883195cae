// The pure part of the workspace entity index: which entities of different articles are the same,
// and the maps that answer "where else is this one mentioned". No 'vscode' import, so the index
// benchmark runs it in plain Node exactly as the extension does.
// From the engine's leaf modules, not its index: the index would load the recognisers with the
// extension (see loadEngine in analysis.ts).
import { PRIMARY_TYPES, type AnalysisResult, type Entity, type EntityType } from '../engine/types';
import { decodeArticle } from '../engine/input';
import type { Analyzer } from '../engine';
import { mentionCount } from '../engine/mentionTable';

/** One article as the index holds it: the engine's result for the primary types only. */
export interface IndexedArticle {
  /** The article's URI as a string (the index's key). */
  readonly uri: string;
  readonly result: AnalysisResult;
  /** Why the article was not analysed (size limit, binary), or undefined when it was. */
  readonly skipped: string | undefined;
}

/** The same official, system or agreement across articles: same type and normalised name. */
export interface WorkspaceEntity {
  /** `type:normalised name`; stable across articles and reloads. */
  readonly key: string;
  readonly type: EntityType;
  /** The canonical name as the engine wrote it in the first article indexed with it. */
  readonly name: string;
  /** The entity as it appears in each article, keyed by article URI. */
  readonly occurrences: Map<string, Entity>;
}

/**
 * The identity of an entity across articles, or undefined for entities the index leaves out:
 * countries (a supporting type) and group references such as "both ministers", whose "name" is a
 * list of members that means nothing outside its article. The engine already normalises system
 * designations ("S300" and "С-300" are both "S-300"), so the key only folds case, width and spacing.
 */
export function workspaceKey(entity: Entity): string | undefined {
  if (!PRIMARY_TYPES.includes(entity.type) || entity.attributes['group'] === true) return undefined;
  return `${entity.type}:${normaliseName(entity.name)}`;
}

/** Folds a name for comparison: compatibility forms, case and runs of white space. */
export function normaliseName(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * Keeps only what the index needs from a result: primary entities (groups included, for the
 * export) and the relations between them. Country entities are most of the mentions in a typical
 * article and nothing in the index shows them, so dropping them keeps ten thousand articles small.
 */
export function primaryResult(result: AnalysisResult): AnalysisResult {
  const entities = result.entities.filter((e) => PRIMARY_TYPES.includes(e.type));
  if (entities.length === result.entities.length) return result;
  const ids = new Set(entities.map((e) => e.id));
  return { entities, relations: result.relations.filter((r) => ids.has(r.source) && ids.has(r.target)) };
}

/** The outcome of reading one article file for the index. */
export type ArticleRead = { readonly result: AnalysisResult; readonly skipped: undefined } | { readonly result: AnalysisResult; readonly skipped: string };

const EMPTY: AnalysisResult = { entities: [], relations: [] };

/**
 * Decodes and analyses the bytes of one article file, the way both the extension's index and the
 * benchmark do it. An engine failure on one file becomes a skip reason instead of an exception, so
 * one odd article cannot stop the indexing of the others.
 */
export function analyseArticleBytes(bytes: Uint8Array, analyzer: Analyzer, maxBytes: number): ArticleRead {
  const decoded = decodeArticle(bytes, { maxBytes });
  if (!decoded.ok) return { result: EMPTY, skipped: decoded.reason };
  try {
    return { result: primaryResult(analyzer.analyze(decoded.text)), skipped: undefined };
  } catch (error) {
    return { result: EMPTY, skipped: `analysis failed: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/**
 * Articles and workspace entities, updated one article at a time. Replacing an article first
 * removes what its previous version contributed, so an edit that renames or drops an entity leaves
 * no stale occurrence behind, and an entity with no article left disappears.
 */
export class WorkspaceIndexCore {
  private readonly articlesByUri = new Map<string, IndexedArticle>();
  private readonly entitiesByKey = new Map<string, WorkspaceEntity>();

  /** Adds or replaces one article. */
  set(uri: string, result: AnalysisResult, skipped?: string): void {
    this.delete(uri);
    const article: IndexedArticle = { uri, result, skipped };
    this.articlesByUri.set(uri, article);
    for (const entity of result.entities) {
      const key = workspaceKey(entity);
      if (!key || mentionCount(entity) === 0) continue;
      let workspaceEntity = this.entitiesByKey.get(key);
      if (!workspaceEntity) {
        workspaceEntity = { key, type: entity.type, name: entity.name, occurrences: new Map() };
        this.entitiesByKey.set(key, workspaceEntity);
      }
      workspaceEntity.occurrences.set(uri, entity);
    }
  }

  /** Removes an article; returns false when it was not indexed. */
  delete(uri: string): boolean {
    const previous = this.articlesByUri.get(uri);
    if (!previous) return false;
    this.articlesByUri.delete(uri);
    for (const entity of previous.result.entities) {
      const key = workspaceKey(entity);
      const workspaceEntity = key && this.entitiesByKey.get(key);
      if (!workspaceEntity) continue;
      workspaceEntity.occurrences.delete(uri);
      if (workspaceEntity.occurrences.size === 0) this.entitiesByKey.delete(workspaceEntity.key);
    }
    return true;
  }

  clear(): void {
    this.articlesByUri.clear();
    this.entitiesByKey.clear();
  }

  article(uri: string): IndexedArticle | undefined {
    return this.articlesByUri.get(uri);
  }

  articles(): IterableIterator<IndexedArticle> {
    return this.articlesByUri.values();
  }

  get articleCount(): number {
    return this.articlesByUri.size;
  }

  entity(key: string): WorkspaceEntity | undefined {
    return this.entitiesByKey.get(key);
  }

  /** The workspace entity an article's entity belongs to, if the index keeps that kind. */
  entityOf(entity: Entity): WorkspaceEntity | undefined {
    const key = workspaceKey(entity);
    return key ? this.entitiesByKey.get(key) : undefined;
  }

  entities(): IterableIterator<WorkspaceEntity> {
    return this.entitiesByKey.values();
  }

  get entityCount(): number {
    return this.entitiesByKey.size;
  }

  /**
   * Workspace entities whose name matches a symbol-search query, at most `limit` of them. VS Code
   * asks providers to match loosely and scores the results itself, so a query matches when its
   * characters appear in order in the name, ignoring case, spaces and hyphens ("s400" finds "S-400").
   */
  search(query: string, limit = Number.POSITIVE_INFINITY): WorkspaceEntity[] {
    const wanted = foldForSearch(query);
    const found: WorkspaceEntity[] = [];
    for (const entity of this.entitiesByKey.values()) {
      if (found.length >= limit) break;
      if (isSubsequence(wanted, foldForSearch(entity.name))) found.push(entity);
    }
    return found;
  }
}

function foldForSearch(text: string): string {
  return normaliseName(text).replace(/[\s\-\u2010-\u2015]+/g, '');
}

function isSubsequence(needle: string, haystack: string): boolean {
  let i = 0;
  for (let j = 0; i < needle.length && j < haystack.length; j++) {
    if (needle.charCodeAt(i) === haystack.charCodeAt(j)) i++;
  }
  return i === needle.length;
}
