// Builds the benchmark corpora. Everything here is deterministic: the same seed gives the same
// bytes on every machine, so figures from different runs and different machines compare the
// same text. Only the project's own sample articles (seeds/*.txt) and text generated here from
// lists written for this file are used; the optional re3d corpus is read at bench time from
// ../shared/re3d and never copied into the repository.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const ROOT = resolve(here, '..');
export const SEEDS_DIR = join(ROOT, 'seeds');
export const SEED_ARTICLE = 'iran-russia-s300.txt';
export const CORPUS_SEED = 0x5eed2026;

/** Mulberry32: a tiny PRNG, good enough to vary text and fully reproducible from one integer. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = (r, list) => list[Math.floor(r() * list.length)];

/** The sample articles in a stable (sorted) order. */
export function readSeeds() {
  return readdirSync(SEEDS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ name: f, text: readFileSync(join(SEEDS_DIR, f), 'utf8') }));
}

// Lists written for this benchmark. Names come from many languages so the corpus is not one
// article repeated; they are invented combinations, not people from any gold set.
const FIRST = [
  'Sergey', 'Hossein', 'Lloyd', 'Oleksii', 'Rajnath', 'Ellen', 'David', 'Mark', 'Jonathan', 'Michael',
  'Anna', 'Pedro', 'Mehmet', 'Yuki', 'Amara', 'Lars', 'Fatima', 'Kwame', 'Ingrid', 'Rahul',
  'Sofia', 'Tomasz', 'Ahmed', 'Mei', 'Carlos', 'Olga', 'Jean-Pierre', 'Aisha', 'Hiroshi', 'Nadia',
  'Viktor', 'Grace', 'Omar', 'Elena', 'Dmitri', 'Priya', 'Kofi', 'Marta', 'Javier', 'Leila',
];
const LAST = [
  'Shoigu', 'Dehqan', 'Austin', 'Reznikov', 'Singh', 'Lord', 'Trachtenberg', 'Esper', 'Hoffman', 'Pompeo',
  'Kowalski', 'Okafor', 'Tanaka', 'Lindqvist', 'Haddad', 'Mensah', 'Novak', 'Ferreira', 'Yilmaz', 'Petrov',
  'Andersen', 'Kim', 'Moreau', 'Rossi', 'Nakamura', 'Abubakar', 'Schmidt', 'Ivanova', 'Guerrero', 'Rahimi',
  'Chen', 'Popescu', 'Osei', 'Kovalenko', 'Bergström', "O'Neill", 'Van der Berg', 'Al-Mansouri', 'Dubois', 'Sato',
];
// The people of the sample articles, as (first, last) pairs to be replaced by invented names.
const SEED_PEOPLE = [
  ['Sergey', 'Shoigu'], ['Hossein', 'Dehqan'], ['Leonid', 'Ivashov'], ['Lloyd', 'Austin'], ['Carlito', 'Galvez'],
  ['Oleksii', 'Reznikov'], ['Sabrina', 'Singh'], ['Rajnath', 'Singh'], ['Ellen', 'Lord'], ['David', 'Trachtenberg'],
  ['Mark', 'Esper'], ['Jonathan', 'Hoffman'], ['Michael', 'Pompeo'], ['Jim', 'Garamone'],
];
// Countries with their demonyms; a country of a sample article is swapped with its demonym.
const COUNTRIES = [
  ['Iran', 'Iranian'], ['Russia', 'Russian'], ['Turkey', 'Turkish'], ['India', 'Indian'], ['Ukraine', 'Ukrainian'],
  ['Philippines', 'Philippine'], ['Poland', 'Polish'], ['Japan', 'Japanese'], ['Brazil', 'Brazilian'],
  ['Egypt', 'Egyptian'], ['Norway', 'Norwegian'], ['Kenya', 'Kenyan'], ['Vietnam', 'Vietnamese'],
  ['Germany', 'German'], ['France', 'French'], ['Indonesia', 'Indonesian'], ['Greece', 'Greek'], ['Chile', 'Chilean'],
];
const SEED_COUNTRIES = ['Iran', 'Russia', 'Turkey', 'India', 'Ukraine', 'Philippines'];
// Weapon-system designations of the kind analysts meet, in the spellings articles use.
const SYSTEMS = [
  'S-300', 'S-400', 'S-500', 'S300', 'F-35', 'F-16', 'Su-35', 'MiG-29', 'C-130J', 'HIMARS', 'Patriot', 'NASAMS',
  'Tor-M2', 'Pantsir-S1', 'T-90', 'Leopard 2', 'M1 Abrams', 'J-20', 'Iskander-M', 'THAAD', 'Bayraktar TB2',
  'Javelin', 'Kalibr', 'SSC-8', '9M729', 'KC-135R', 'Eurofighter Typhoon', 'Rafale', 'BrahMos', 'IRIS-T',
];
const SEED_SYSTEMS = String.raw`S-?300|S-?400|F-35|C-130J|SSC-8|9M729|THAAD|Patriot`;

const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Rewrites one paragraph with the article's own cast: people, countries, systems and numbers, in
 * one left-to-right pass so a replacement is never replaced again. Numbers keep their length (and
 * years stay years) so the text keeps its shape.
 */
function vary(paragraph, cast, r) {
  return paragraph.replace(cast.pattern, (m) => {
    const mapped = cast.map.get(m);
    if (mapped !== undefined) return mapped;
    const system = cast.systems[m.replace('-', '')];
    if (system !== undefined) return system;
    if (!/^\d+$/.test(m)) return m;
    if (m.length === 4 && (m.startsWith('19') || m.startsWith('20'))) return (r() < 0.5 ? '19' : '20') + String(Math.floor(r() * 100)).padStart(2, '0');
    let out = String(1 + Math.floor(r() * 9));
    for (let k = 1; k < m.length; k++) out += Math.floor(r() * 10);
    return out;
  });
}

/** Draws a fresh cast (people, countries, systems) for one generated article. */
function drawCast(r) {
  const people = SEED_PEOPLE.map(() => [pick(r, FIRST), pick(r, LAST)]);
  const shuffled = [...COUNTRIES].sort(() => r() - 0.5);
  const countries = SEED_COUNTRIES.map((_, i) => shuffled[i]);
  const systems = {};
  for (const key of ['S300', 'S400', 'F35', 'C130J', 'SSC8', '9M729', 'THAAD', 'Patriot']) systems[key] = pick(r, SYSTEMS);
  const map = new Map();
  SEED_PEOPLE.forEach(([first, last], i) => {
    map.set(first, people[i][0]);
    map.set(last, people[i][1]);
  });
  SEED_COUNTRIES.forEach((country, i) => {
    const orig = COUNTRIES.find((c) => c[0] === country);
    map.set(orig[0], countries[i][0]);
    map.set(orig[1], countries[i][1]);
  });
  // Longest alternatives first, so "Iranian" wins over "Iran"; then designations, then numbers.
  const words = [...map.keys()].sort((a, b) => b.length - a.length).map(escapeRe).join('|');
  const pattern = new RegExp(`\\b(?:${words})\\b|\\b(?:${SEED_SYSTEMS})\\b|(?<![\\w-])\\d+(?![\\w-])`, 'g');
  return { people, countries, systems, map, pattern };
}

/**
 * Assembles at least `bytes` UTF-8 bytes of article-like text: each generated article takes the
 * title of a random sample article and 3 to 9 body paragraphs drawn at random from all sample
 * articles, rewrites people, countries, systems and numbers with a cast drawn for that article,
 * and ends with a blank line. Articles are joined until the size is reached, then the corpus is
 * cut at the last paragraph boundary that keeps it at or above `bytes`.
 */
export function assembleCorpus(bytes, seed = CORPUS_SEED) {
  const r = rng(seed);
  const seeds = readSeeds();
  const titles = [];
  const body = [];
  for (const s of seeds) {
    const paras = s.text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
    titles.push(paras[0]);
    body.push(...paras.slice(1));
  }
  const parts = [];
  let size = 0;
  while (size < bytes) {
    const cast = drawCast(r);
    const n = 3 + Math.floor(r() * 7);
    const article = [vary(pick(r, titles), cast, r)];
    for (let k = 0; k < n; k++) article.push(vary(pick(r, body), cast, r));
    const text = article.join('\n\n') + '\n\n\n';
    parts.push(text);
    size += Buffer.byteLength(text, 'utf8');
  }
  return parts.join('');
}

/** The re3d documents (optional extra corpus), or null when ../shared/re3d is absent. */
export function readRe3d() {
  const dir = resolve(ROOT, '..', 'shared', 're3d');
  if (!existsSync(dir)) return null;
  const docs = [];
  for (const source of readdirSync(dir).sort()) {
    const f = join(dir, source, 'documents.json');
    if (!existsSync(f)) continue;
    for (const line of readFileSync(f, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      try {
        const j = JSON.parse(line);
        if (typeof j.text === 'string') docs.push(j.text);
      } catch {
        // A malformed line in an optional corpus is skipped rather than aborting the benchmark.
      }
    }
  }
  return docs.length ? docs : null;
}

/** Whitespace-separated tokens: the word count behind every words/s figure. */
export function countWords(docs) {
  let n = 0;
  for (const d of docs) {
    const m = d.match(/\S+/g);
    if (m) n += m.length;
  }
  return n;
}

export function utf8Bytes(docs) {
  let n = 0;
  for (const d of docs) n += Buffer.byteLength(d, 'utf8');
  return n;
}
