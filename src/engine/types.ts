/** The entity types the engine reports; `country` is a supporting type that scorers ignore. */
export type EntityType = 'official' | 'system' | 'agreement' | 'country';

export const PRIMARY_TYPES: readonly EntityType[] = ['official', 'system', 'agreement'];
export const ALL_TYPES: readonly EntityType[] = ['official', 'system', 'agreement', 'country'];

/** One occurrence of an entity in the text. Offsets are UTF-16 code units, end exclusive. */
export interface Mention {
  start: number;
  end: number;
  /** 1-based line and column (column in UTF-16 code units) of `start`. */
  line: number;
  column: number;
  /** Always equal to `text.slice(start, end)` of the analysed text. */
  text: string;
  /** True for descriptive references ("his Russian counterpart", "the MOU"). */
  nominal: boolean;
}

/** Attribute values are plain JSON so results can be cached, exported and sent across processes. */
export type AttributeValue = string | number | boolean | string[];

export interface OfficialAttributes {
  title?: string;
  country?: string;
  organization?: string;
  /** Set on group references ("Both leaders"): the member entity ids. */
  group?: boolean;
  members?: string[];
}

export interface SystemAttributes {
  /** Normalised designation, e.g. "S-300" for "S300" or "С-300". */
  designation?: string;
  /** The descriptor as written next to the mention ("air defense missile system"). */
  kind?: string;
  /** Knowledge-base facts. */
  category?: string;
  origin?: string;
  manufacturer?: string;
  natoName?: string;
  description?: string;
  /** True when the system is not in the knowledge base (found by designation pattern only). */
  unknown?: boolean;
}

export interface AgreementAttributes {
  kind?: string;
  parties?: string[];
  signatories?: string[];
  date?: string;
  acronym?: string;
}

export interface Entity {
  /** Stable for the same input, unique within the document: `type:slug`. */
  id: string;
  type: EntityType;
  /** Canonical name ("Sergey Shoigu", "S-300", "memorandum of understanding"). */
  name: string;
  attributes: Record<string, AttributeValue>;
  /** In text order. */
  mentions: Mention[];
}

export type RelationType = 'signatory' | 'party' | 'counterpart' | 'member' | 'origin';

export interface Relation {
  type: RelationType;
  source: string;
  target: string;
}

export interface AnalysisResult {
  entities: Entity[];
  relations: Relation[];
}

/** A user-supplied knowledge-base entry (literal phrases, never regular expressions). */
export interface UserEntry {
  type: 'official' | 'system' | 'agreement';
  name: string;
  aliases?: string[];
  attributes?: Record<string, string>;
}

export interface AnalyzeOptions {
  /** Which types to report; default all. */
  types?: readonly EntityType[];
  /** Extra entries from the user's workspace knowledge base. */
  userEntries?: readonly UserEntry[];
}
