#!/usr/bin/env node
// Recall of the built engine against the public re3d gold set (Dstl), for development only.
//
//   node scripts/re3d-recall.mjs [--engine dist/engine.js] [--re3d DIR] [--json]
//                                [--min-confidence 0.5] [--max-missed 30]
//
// re3d's schema differs from ours (see ../shared/re3d/README.md), so each of our types is
// measured against a filtered subset of re3d rows; a gold span counts as found when any
// mention of the matching type overlaps it:
//   official  <- re3d `Person` rows that name or describe a person (pronouns and
//                lowercase-only descriptions dropped). re3d persons include ordinary people,
//                so this recall is a lower bound for officials.
//   system    <- re3d `Weapon` and `MilitaryPlatform` rows that look like a named designation
//                or a proper system/platform name (see isNamedSystem below).
//   agreement <- re3d `DocumentReference` rows whose value mentions a resolution, agreement,
//                treaty, accord, memorandum or communiqué.
// Only counts, recall and missed examples are printed; nothing from re3d enters the product.
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

// ------------------------------------------------------------------ arguments
function parseArgs(argv) {
  const opts = {
    engine: join(projectRoot, 'dist/engine.js'),
    re3d: resolve(projectRoot, '../shared/re3d'),
    json: false,
    minConfidence: 0.5,
    maxMissed: 30,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--engine') opts.engine = resolve(process.cwd(), value());
    else if (a === '--re3d') opts.re3d = resolve(process.cwd(), value());
    else if (a === '--json') opts.json = true;
    else if (a === '--min-confidence') opts.minConfidence = Number(value());
    else if (a === '--max-missed') opts.maxMissed = Number(value());
    else if (a === '-h' || a === '--help') {
      console.log('usage: node scripts/re3d-recall.mjs [--engine dist/engine.js] [--re3d DIR] [--json] [--min-confidence 0.5] [--max-missed 30]');
      process.exit(0);
    } else throw new Error(`unknown argument ${a}`);
  }
  return opts;
}

// ------------------------------------------------------------------ reading re3d
/** Reads newline-delimited JSON (mongoexport); blank lines are skipped. */
function readNdjson(file) {
  const out = [];
  const lines = readFileSync(file, 'utf8').split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line) continue;
    try {
      out.push(JSON.parse(line));
    } catch (err) {
      throw new Error(`${file}:${i + 1}: ${err.message}`);
    }
  }
  return out;
}

/** Every source folder of re3d that has documents.json and entities.json. */
function loadCorpus(dir) {
  if (!existsSync(dir)) throw new Error(`re3d folder not found: ${dir} (use --re3d DIR)`);
  const documents = new Map();
  const entities = [];
  for (const name of readdirSync(dir).sort()) {
    const sub = join(dir, name);
    if (!statSync(sub).isDirectory()) continue;
    const docFile = join(sub, 'documents.json');
    const entFile = join(sub, 'entities.json');
    if (!existsSync(docFile) || !existsSync(entFile)) continue;
    for (const d of readNdjson(docFile)) documents.set(d._id, { ...d, source: name });
    for (const e of readNdjson(entFile)) entities.push(e);
  }
  return { documents, entities };
}

/**
 * re3d offsets may count code points where JavaScript counts UTF-16 units; when the stored span
 * does not match the value, the nearest occurrence of the value is used instead.
 */
function align(text, row) {
  if (text.slice(row.begin, row.end) === row.value) return { start: row.begin, end: row.end };
  let best = -1;
  for (let at = text.indexOf(row.value); at !== -1; at = text.indexOf(row.value, at + 1)) {
    if (best === -1 || Math.abs(at - row.begin) < Math.abs(best - row.begin)) best = at;
  }
  return best === -1 ? null : { start: best, end: best + row.value.length };
}

// ------------------------------------------------------------------ gold filters
const PRONOUNS = new Set([
  'i', 'me', 'my', 'mine', 'myself', 'we', 'us', 'our', 'ours', 'ourselves', 'you', 'your', 'yours',
  'yourself', 'yourselves', 'he', 'him', 'his', 'himself', 'she', 'her', 'hers', 'herself', 'it', 'its',
  'itself', 'they', 'them', 'their', 'theirs', 'themselves', 'who', 'whom', 'whose', 'one', 'someone',
  'somebody', 'anyone', 'everyone',
]);

/** Leading words that do not make a description specific ("a man", "One young girl"). */
const LEADING_DETERMINER = /^(?:a|an|the|one|another|this|that|these|those|my|his|her|its|our|their|your|some|any|each|every)\s+/i;

/**
 * (a) A re3d Person row we expect to be an official mention: not a pronoun, and with at least
 * one capital letter once a leading determiner is removed ("The Foreign Secretary" stays,
 * "a spokesman" and "One young girl" go).
 */
export function isNamedPerson(value) {
  const v = value.trim();
  if (!v || PRONOUNS.has(v.toLowerCase())) return false;
  const rest = v.replace(LEADING_DETERMINER, '');
  return /\p{Lu}/u.test(rest);
}

/** A designation: 1-4 capitals, optional hyphen or space, then a digit ("F-16", "KC-135R", "DDG 70", "S300"). */
const DESIGNATION = /\b[A-Z]{1,4}[- ]?\d/;

/** Head nouns of generic descriptions; a proper name never contains them unless it has a designation. */
const GENERIC_WORDS = new Set([
  'aircraft', 'airlifters', 'artillery', 'assets', 'attack', 'bomber', 'bombers', 'bulldozer', 'fighter',
  'fighters', 'helicopter', 'helicopters', 'jet', 'jets', 'loader', 'munition', 'munitions', 'node',
  'plane', 'planes', 'platform', 'platforms', 'rocket', 'rockets', 'ship', 'ships', 'strike', 'strikes',
  'system', 'systems', 'tank', 'tanks', 'truck', 'unit', 'vehicle', 'vehicles', 'weapon', 'weapons',
  'gun', 'guns', 'rifle', 'rifles', 'mortar', 'mortars', 'launcher', 'launchers', 'frigate', 'destroyer',
  'bridge', 'drone', 'drones', 'bomb', 'bombs', 'missile', 'missiles', 'grenade', 'grenades',
]);

/** Acronyms of generic weapon categories, which are not named systems. */
const GENERIC_ACRONYMS = new Set(['IED', 'IEDS', 'VBIED', 'VBIEDS', 'UAV', 'UAVS', 'RPA', 'RPAS', 'MANPADS', 'RPG', 'RPGS']);

/** Words that may be lowercase inside a proper name ("Charles de Gaulle", "Prince of Wales"). */
const CONNECTORS = new Set(['of', 'de', 'la', 'le', 'du', 'the', 'and', 'al', 'von', 'van', 'der']);

/**
 * (b) A re3d Weapon/MilitaryPlatform row that names a specific system or platform: either it
 * contains a designation ("KC-135R Stratotanker", "Air Force F-16 Fighting Falcons", "DDG 70"),
 * or, after a leading determiner, it is a capitalised proper name without generic nouns or
 * category acronyms ("Brimstone", "HMS Ocean", "FS Charles de Gaulle"). "aircraft", "ISIL tanks",
 * "Coalition aircraft", "VBIED" and "the U.K.'s large-deck amphibious assault ship" are dropped.
 */
export function isNamedSystem(value) {
  const v = value.trim().replace(LEADING_DETERMINER, '');
  if (!v) return false;
  if (DESIGNATION.test(v)) return true;
  if (GENERIC_ACRONYMS.has(v.toUpperCase().replace(/[^A-Z]/g, ''))) return false;
  const words = v.split(/\s+/);
  for (const w of words) {
    const bare = w.replace(/[’'](s)?$/i, '').replace(/[^\p{L}\p{N}-]/gu, '');
    if (!bare) continue;
    if (GENERIC_WORDS.has(bare.toLowerCase())) return false;
    if (CONNECTORS.has(bare.toLowerCase())) continue;
    if (!/^\p{Lu}/u.test(bare)) return false;
  }
  return /^\p{Lu}/u.test(words[0]);
}

/** Titles, ranks and offices; a Person row containing one is almost surely an official. */
const TITLE_WORDS = /\b(?:President|Prime Minister|Minister|Secretary|Secretary-General|Ambassador|Envoy|Representative|Spokes(?:man|woman|person)|Commander|Director|Chief|General|Gen|Lt|Col|Maj|Capt|Adm|Brig|Sgt|Spc|Cmdr|Commodore|Admiral|Colonel|Major|Captain|Lieutenant|Officer|Advis[eo]r|Commissioner|Chairman|Governor|King|Emir|Sheikh|Senator|Deputy|Foreign Secretary|Defen[cs]e Secretary|HE)\b/i;

/** (a') The stricter official subset: a named person row that carries a title, rank or office. */
export function isTitledPerson(value) {
  return isNamedPerson(value) && TITLE_WORDS.test(value);
}

const AGREEMENT_WORDS = /\b(?:resolutions?|agreements?|treat(?:y|ies)|accords?|memorand(?:um|a)|communiqu[eé]s?)\b/i;

/** (c) A re3d DocumentReference row about a resolution, agreement, treaty, accord, memorandum or communiqué. */
export function isAgreementReference(value) {
  return AGREEMENT_WORDS.test(value);
}

const CATEGORIES = [
  { key: 'official', label: 'officials (re3d Person)', types: ['Person'], keep: isNamedPerson },
  { key: 'official', id: 'officialTitled', label: "titled officials (re3d Person with a title, rank or office)", types: ['Person'], keep: isTitledPerson },
  { key: 'system', label: 'systems (re3d Weapon + MilitaryPlatform)', types: ['Weapon', 'MilitaryPlatform'], keep: isNamedSystem },
  { key: 'agreement', label: 'agreements (re3d DocumentReference)', types: ['DocumentReference'], keep: isAgreementReference },
];

// ------------------------------------------------------------------ measuring
function snippet(text, start, end, width = 40) {
  const a = Math.max(0, start - width);
  const b = Math.min(text.length, end + width);
  return `${a > 0 ? '…' : ''}${text.slice(a, start)}[${text.slice(start, end)}]${text.slice(end, b)}${b < text.length ? '…' : ''}`
    .replace(/\s+/g, ' ');
}

function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (!existsSync(opts.engine)) throw new Error(`engine bundle not found: ${opts.engine} (run npm run build)`);
  const engine = createRequire(import.meta.url)(opts.engine);
  if (typeof engine.analyze !== 'function') throw new Error(`${opts.engine} does not export analyze(text)`);

  const { documents, entities } = loadCorpus(opts.re3d);

  // Analyse every document once.
  const mentionsByDoc = new Map();
  const engineTotals = {};
  const errors = [];
  const t0 = process.hrtime.bigint();
  let chars = 0;
  for (const [id, doc] of documents) {
    const text = typeof doc.text === 'string' ? doc.text : '';
    chars += text.length;
    const byType = { official: [], system: [], agreement: [] };
    try {
      const result = engine.analyze(text);
      for (const entity of result.entities ?? []) {
        engineTotals[entity.type] = (engineTotals[entity.type] ?? 0) + (entity.mentions?.length ?? 0);
        const list = byType[entity.type];
        if (!list) continue;
        for (const m of entity.mentions ?? []) list.push(m);
      }
    } catch (err) {
      errors.push({ document: id, error: String(err && err.message ? err.message : err) });
    }
    mentionsByDoc.set(id, byType);
  }
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;

  const report = {
    engine: opts.engine,
    re3d: opts.re3d,
    documents: documents.size,
    characters: chars,
    analyseMs: Math.round(ms * 10) / 10,
    minConfidence: opts.minConfidence,
    engineMentions: engineTotals,
    engineErrors: errors,
    categories: {},
  };

  for (const cat of CATEGORIES) {
    const rows = entities.filter((e) => cat.types.includes(e.type));
    const confident = rows.filter((e) => (e.confidence ?? 0) >= opts.minConfidence);
    const gold = confident.filter((e) => typeof e.value === 'string' && cat.keep(e.value));
    let found = 0;
    let unaligned = 0;
    const missed = [];
    for (const row of gold) {
      const doc = documents.get(row.documentId);
      if (!doc) { unaligned++; continue; }
      const span = align(doc.text, row);
      if (!span) { unaligned++; continue; }
      const mentions = mentionsByDoc.get(row.documentId)?.[cat.key] ?? [];
      const hit = mentions.some((m) => m.start < span.end && m.end > span.start);
      if (hit) found++;
      else missed.push({ value: row.value, type: row.type, source: doc.source, context: snippet(doc.text, span.start, span.end) });
    }
    const total = gold.length - unaligned;
    report.categories[cat.id ?? cat.key] = {
      label: cat.label,
      re3dRows: rows.length,
      confidentRows: confident.length,
      gold: total,
      droppedByFilter: confident.length - gold.length,
      unaligned,
      found,
      recall: total ? found / total : null,
      missed: missed.slice(0, opts.maxMissed),
      missedTotal: missed.length,
    };
  }

  if (opts.json) {
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    return;
  }

  const pct = (r) => (r === null ? 'n/a' : `${(r * 100).toFixed(1)}%`);
  console.log(`re3d recall — ${report.documents} documents, ${report.characters} chars analysed in ${report.analyseMs} ms`);
  console.log(`engine: ${report.engine}`);
  console.log(`engine mentions: ${Object.entries(engineTotals).map(([k, v]) => `${k} ${v}`).join(', ') || 'none'}`);
  if (errors.length) console.log(`engine errors on ${errors.length} documents (first: ${errors[0].error})`);
  console.log('');
  for (const cat of CATEGORIES) {
    const c = report.categories[cat.id ?? cat.key];
    console.log(`${(cat.id ?? cat.key).padEnd(14)} recall ${pct(c.recall).padStart(6)}  (${c.found}/${c.gold})  ` +
      `— ${c.label}: ${c.re3dRows} rows, ${c.confidentRows} with confidence >= ${opts.minConfidence}, ` +
      `${c.droppedByFilter} dropped by the filter${c.unaligned ? `, ${c.unaligned} unaligned` : ''}`);
  }
  for (const cat of CATEGORIES) {
    const c = report.categories[cat.id ?? cat.key];
    if (!c.missed.length) continue;
    console.log(`\nmissed ${cat.id ?? cat.key} (${c.missed.length} of ${c.missedTotal}):`);
    for (const m of c.missed) console.log(`  ${JSON.stringify(m.value).padEnd(34)} ${m.context}`);
  }
}

try {
  main();
} catch (err) {
  console.error(`re3d-recall: ${err && err.message ? err.message : err}`);
  process.exit(1);
}
