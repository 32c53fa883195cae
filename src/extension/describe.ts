import type { AttributeValue, Entity } from '../engine';
import type { DocumentAnalysis } from './analysis';

/** Display labels for entity types, singular and plural. */
export const TYPE_LABELS = {
  official: { one: 'Official', many: 'Officials' },
  system: { one: 'Weapon system', many: 'Systems' },
  agreement: { one: 'Agreement', many: 'Agreements' },
  country: { one: 'Country', many: 'Countries' },
} as const;

/** Which attributes each card shows, in order, with their labels. */
export const ATTRIBUTE_LABELS: Readonly<Record<Entity['type'], ReadonlyArray<readonly [string, string]>>> = {
  official: [
    ['title', 'Title'],
    ['country', 'Country'],
    ['organization', 'Organisation'],
    ['offices', 'Offices held (knowledge base)'],
    ['members', 'Members'],
  ],
  system: [
    ['designation', 'Designation'],
    ['family', 'Variant of'],
    ['kind', 'Kind'],
    ['category', 'Category'],
    ['origin', 'Origin'],
    ['manufacturer', 'Manufacturer'],
    ['natoName', 'NATO name'],
    ['description', 'Description'],
  ],
  agreement: [
    ['kind', 'Kind'],
    ['acronym', 'Acronym'],
    ['parties', 'Parties'],
    ['signatories', 'Signatories'],
    ['date', 'Date'],
  ],
  country: [],
};

/**
 * Formats an attribute for display. Lists may hold entity ids (members, signatories); those are
 * shown by the entity's name, looked up in the full result so hidden types still read well.
 */
export function formatAttribute(value: AttributeValue | undefined, analysis: DocumentAnalysis): string | undefined {
  if (value === undefined || value === '' || value === false) return undefined;
  if (Array.isArray(value)) {
    const names = value.map((v) => nameOf(v, analysis)).filter((v) => v.length > 0);
    return names.length ? names.join(', ') : undefined;
  }
  return typeof value === 'string' ? nameOf(value, analysis) : String(value);
}

function nameOf(value: string, analysis: DocumentAnalysis): string {
  const shown = analysis.byId.get(value);
  if (shown) return shown.name;
  if (/^[a-z]+:/.test(value)) {
    const any = analysis.result.entities.find((e) => e.id === value);
    if (any) return any.name;
  }
  return value;
}

/** A short one-line detail: title and country for officials, kind and origin otherwise. */
export function entityDetail(entity: Entity, analysis: DocumentAnalysis): string {
  const keys = entity.type === 'official' ? ['title', 'country'] : entity.type === 'system' ? ['kind', 'origin'] : ['kind', 'parties'];
  const parts = keys.map((k) => formatAttribute(entity.attributes[k], analysis)).filter((v): v is string => !!v);
  const n = entity.mentions.length;
  parts.push(`${n} mention${n === 1 ? '' : 's'}`);
  return parts.join(' · ');
}
