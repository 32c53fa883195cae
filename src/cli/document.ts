import type { AnalysisResult, Entity, EntityType, Relation } from '../engine/index';

/** The document object of the CLI contract: `file` for files and stdin, `id` for --jsonl-in lines. */
export type DocumentObject = ({ file: string } | { id: string | number }) & {
  entities: Entity[];
  relations: Relation[];
};

/** The name a document goes by in text and CSV output: its path, or its id from --jsonl-in. */
export function documentName(doc: DocumentObject): string {
  return 'file' in doc ? doc.file : String(doc.id);
}

/**
 * Builds the document object. The requested types are enforced here as well as in the engine, so
 * the output honours --types even if an engine stage reports a supporting entity; relations are
 * kept only when both ends are still in the document, so no id in the output dangles.
 */
export function toDocument(
  key: { file: string } | { id: string | number },
  result: AnalysisResult,
  types: readonly EntityType[] | undefined,
): DocumentObject {
  if (!types) return { ...key, entities: result.entities, relations: result.relations };
  const entities = result.entities.filter((e) => types.includes(e.type));
  const ids = new Set(entities.map((e) => e.id));
  const relations = result.relations.filter((r) => ids.has(r.source) && ids.has(r.target));
  return { ...key, entities, relations };
}
