// The officials stages were made faster with cached spelling facts, a quick rejection before the
// title walk, names scanned before they are built, merged mention lists cut from the article's
// list, and hand-written string building. These tests compare each fast path with the plain
// answer on crafted inputs, so that a broken shortcut fails here rather than in the gold scores.
import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyze } from '../../src/engine';
import { tokenize, type Spelling } from '../../src/engine/text';
import {
  OfficialRecognizer, mentionsInOrder, spellingFactsOf, titleCaseWord, type Person,
} from '../../src/engine/officials';
import { countryByKey, twoWordCountryFirsts } from '../../src/engine/countries';
import {
  DETERMINER, GENERIC_ROLE, HONORIFIC, NAME_PARTICLE, PLURAL_ROLE, TITLE_CORE, TITLE_MODIFIER,
} from '../../src/engine/lexicon';

const seedsDir = resolve(__dirname, '../../../seeds');
const seeds = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(resolve(seedsDir, f), 'utf8'));

const crafted = [
  'U.S. Secretary of Defense Lloyd J. Austin III met Russian Defense Minister Sergey Shoigu. Austin said.',
  'South Korean President Yoon Suk Yeol met Saudi Arabia\'s Crown Prince Mohammed bin Salman.',
  'The Iranian and Russian defense chiefs met. The South Korean defense minister said. Both ministers spoke.',
  'RUSSIAN DEFENSE MINISTER SERGEI SHOIGU\nSHOIGU\'S remarks. O\'NEILL-SMITH spoke.\nMr. Shoigu said.',
  'Admiral Sir Tony Radakin, the Chief of the Defence Staff, spoke. Faisal bin Farhan met Faisal bin Farhan Al Saud.',
  'Carlito Galvez, Jr. met Lt. Gen. John Smith Sr. and Ms. Lord. Thank you, Ellen. Brig. Gen. Pat Ryder spoke.',
  'Deputy Prime Minister and Minister of National Defence Mariusz Blaszczak met Pentagon Press Secretary John Kirby.',
  'Under Secretary of Defense for Acquisition and Sustainment Ellen Lord. Bashar al-Assad. Ursula von der Leyen.',
  'ΟΔΟΣ ΣΟΦΟΣ Minister. İSTANBUL Governor ALİ YERLİKAYA spoke. New Zealand Prime Minister spoke.',
  'External Affairs Minister S. Jaishankar met Gen. H. R. McMaster and Senator J.D. Vance Jr. in the U.S. Capitol.',
];
const texts = [...crafted, ...seeds];

/** A recognizer over `text` that has run all three stages (private methods are reached by name). */
function recognizer(text: string): { rec: OfficialRecognizer; toks: ReturnType<typeof tokenize>; priv: any } {
  const toks = tokenize(text);
  const rec = new OfficialRecognizer(text, toks);
  rec.run();
  return { rec, toks, priv: rec as any };
}

describe('officials speed-ups: cached spelling facts', () => {
  it('answer as the word lists do, for every spelling of the seeds and crafted texts', () => {
    const seen = new Set<Spelling>();
    for (const text of texts) {
      const toks = tokenize(text);
      for (let i = 0; i < toks.length; i++) seen.add(toks.spelling(i) as Spelling);
    }
    assert.ok(seen.size > 500);
    for (const t of seen) {
      const f = spellingFactsOf(t);
      const lw = t.lower;
      assert.equal(f['titleCore'], TITLE_CORE.has(t.key), t.text);
      assert.equal(f['titleModifier'], TITLE_MODIFIER.has(lw), t.text);
      assert.equal(f['determiner'], DETERMINER.has(lw), t.text);
      assert.equal(f['honorific'], HONORIFIC.has(lw), t.text);
      assert.equal(f['particle'], NAME_PARTICLE.has(lw), t.text);
      assert.equal(f['role'], GENERIC_ROLE.has(lw) || PLURAL_ROLE.has(lw), t.text);
      assert.equal(f['letter'], t.word && /\p{L}/u.test(t.text), t.text);
      assert.equal(f['pairFirst'], t.cap && twoWordCountryFirsts.has(t.key), t.text);
      // A nationality, modifier or role word can lead a reference; each can also start one.
      if (f['nominalLead']) assert.ok(f['nominalStart'], t.text);
      if (f['titleStart']) assert.ok(f['nominalStart'], t.text);
      if (f['titleCore']) assert.ok(f['titleStart'], t.text);
    }
  });
});

describe('officials speed-ups: quick rejection of title candidates', () => {
  it('never rejects a token where the full title walk finds a title', () => {
    let titles = 0;
    for (const text of texts) {
      const { toks, priv } = recognizer(text);
      for (let i = 0; i < toks.length; i++) {
        const full = priv.walkTitle(i);
        const quick = priv.mayHaveTitleHead(i);
        if (full) { titles++; assert.ok(quick, text.slice(toks.start[i] as number, (toks.start[i] as number) + 40)); }
      }
    }
    assert.ok(titles > 100);
  });

  it('finds the same title phrases with and without the rejection', () => {
    for (const text of crafted) {
      const { toks, priv } = recognizer(text);
      for (let i = 0; i < toks.length; i++) {
        // Titles are built on use (phraseTitle): compare them built.
        const built = (phrase: any): any => phrase && { ...phrase, title: priv.phraseTitle(phrase) };
        assert.deepEqual(built(priv.parseTitleAt(i)), built(priv.walkTitle(i)));
      }
    }
  });

  it('words marked as starting no title by an earlier walk start none', () => {
    const runs = [
      'Russian Russian Iranian and Russian Defense Minister Sergey Shoigu met The The The Gambia Foreign Minister Mamadou Tangara.',
      'Russian Russian Russian forces. South Korean South Korean President Yoon. New Zealand Prime Minister Chris Hipkins.',
      'Russian Iranian Turkish\nDefense Minister Hulusi Akar. U.S. U.S. Pentagon Press Secretary John Kirby said.',
    ];
    for (const text of [...runs, ...crafted]) {
      const { toks, priv } = recognizer(text);
      for (let i = 0; i < toks.length; i++) {
        const t = toks.spelling(i) as Spelling;
        if (!t.word || !spellingFactsOf(t)['titleStart']) continue;
        const built = (phrase: any): any => phrase && { ...phrase, title: priv.phraseTitle(phrase) };
        assert.deepEqual(built(priv.parseTitle(i)), built(priv.walkTitle(i)), `${text} @${i}`);
      }
    }
  });

  it('walks a long run of nationality words once', () => {
    // Quadratic before: every word of the run walked to its end (41 s for 200 KB).
    const text = 'Russian '.repeat(25_000);
    const t0 = Date.now();
    const r = analyze(text);
    assert.ok(Date.now() - t0 < 3000, `${Date.now() - t0} ms`);
    assert.ok(Array.isArray(r.entities));
  });

  it('walks runs that the pre-walk passes but the full walk stops in once (counted steps grow linearly)', () => {
    // Both walks ask newLine at each step; its calls over a whole run count their work. These
    // runs were quadratic: the pre-walk passes every "and" and '.', reached the far "minister"
    // from each word, and the full walk then stopped at the next "and" or '.' (1.8 s for 50 KB).
    const steps = (text: string): number => {
      const toks = tokenize(text);
      const rec = new OfficialRecognizer(text, toks);
      const priv = rec as any;
      const newLine = priv.newLine;
      let calls = 0;
      priv.newLine = function (this: unknown, i: number): boolean { calls++; return newLine.call(this, i); };
      rec.run();
      return calls;
    };
    for (const unit of ['Russian and ', 'Russian. ', 'Russian ', 'Russian and Russian. ', 'South Korean . ']) {
      const small = steps(`${unit.repeat(2000)}minister said.`);
      const large = steps(`${unit.repeat(4000)}minister said.`);
      assert.ok(large / small < 2.5, `${JSON.stringify(unit)}: ${small} -> ${large} steps`);
    }
  });

  it('lists a title\'s words without the second word of a two-word nationality', () => {
    const text = 'South Korean Defense Minister Lee met Saudi Arabia\'s Crown Prince Faisal and Russian Deputy Foreign Minister Ryabkov.';
    const { toks, priv } = recognizer(text);
    const at = (w: string): number => { for (let i = 0; i < toks.length; i++) if (toks.spelling(i)!.text === w) return i; return -1; };
    const words = (w: string): string[] => priv.titleWords(priv.walkTitle(at(w)));
    // "South Korean" is one nationality: the title loop passes over "Korean" with "South".
    assert.ok(countryByKey('south korean'));
    assert.deepEqual(words('South'), ['south', 'defense', 'minister']);
    assert.deepEqual(words('Russian'), ['russian', 'deputy', 'foreign', 'minister']);
    assert.equal(priv.phraseTitle(priv.walkTitle(at('South'))), 'Defense Minister');
  });
});

describe('officials speed-ups: names scanned before they are built', () => {
  it('the scan and the built parts agree on range, last word and first name', () => {
    let names = 0;
    for (const text of texts) {
      const { toks, priv } = recognizer(text);
      for (let i = 0; i < toks.length; i++) {
        for (const max of [4, 5]) {
          const name = priv.parseName(i, max);
          const scanned = priv.scanName(i, max);
          assert.equal(scanned, name !== undefined);
          if (!name) continue;
          names++;
          assert.equal(priv.scanFrom, name.from);
          assert.equal(priv.scanTo, name.to);
          assert.equal(priv.scannedLast().last, name.last);
          // A first name is a first word before others, or leading initials ("S. Jaishankar").
          assert.equal(priv.scanWordCount < 2 && priv.scanLead === undefined, name.first === undefined);
          assert.deepEqual(priv.scannedName(), name);
        }
      }
    }
    assert.ok(names > 300, String(names));
  });

  it('builds the parts of crafted names', () => {
    const cases: Array<[string, Record<string, unknown>]> = [
      ['Lloyd J. Austin III said', { first: 'Lloyd', middle: ['J.'], last: 'Austin', suffix: 'III' }],
      ['Carlito Galvez, Jr. said', { first: 'Carlito', middle: [], last: 'Galvez', suffix: 'Jr.' }],
      // An upper-case "'S" after capitals is a possessive too (test/unit/edge-cases3.test.ts).
      ['SERGEI KUZHUGETOVICH SHOIGU\'S plan', { first: 'Sergei', middle: ['Kuzhugetovich'], last: 'Shoigu', suffix: undefined }],
      // A particle with no name word after it is dropped.
      ['Faisal bin Minister said', { first: undefined, middle: [], last: 'Faisal', suffix: undefined }],
      ['Faisal bin Farhan Al Saud said', { first: 'Faisal', middle: ['bin', 'Farhan', 'Al'], last: 'Saud', suffix: undefined }],
      ['Sir Tony Radakin said', { from: 0, first: 'Tony', middle: [], last: 'Radakin', suffix: undefined }],
      ['John F. W. Smith said', { first: 'John', middle: ['F.', 'W.'], last: 'Smith', suffix: undefined }],
      ['Shoigu\'s plan', { first: undefined, middle: [], last: 'Shoigu', suffix: undefined }],
    ];
    for (const [text, want] of cases) {
      const { priv } = recognizer(text);
      const name = priv.parseName(0, 4);
      assert.ok(name, text);
      for (const [k, v] of Object.entries(want)) assert.deepEqual(name[k], v, `${text}: ${k}`);
    }
  });
});

describe('officials speed-ups: merged mentions', () => {
  // Seventy people, some named twice, so that groups reach the cut-from-the-article path.
  const letters = (k: number): string => String.fromCharCode(97 + (k % 26)) + String.fromCharCode(97 + Math.floor(k / 26));
  const lines: string[] = [];
  for (let k = 0; k < 70; k++) lines.push(`Defense Minister Sergey Ka${letters(k)}ov spoke.`);
  for (let k = 69; k >= 0; k -= 3) lines.push(`Ka${letters(k)}ov said.`);
  const { rec, priv } = recognizer(lines.join('\n'));
  const people: Person[] = priv.people;

  it('cutting a group out of the article\'s mentions gives its own merged mentions', () => {
    assert.ok(people.length >= 70);
    const groups = [people, people.filter((_, k) => k % 2 === 0), people.filter((_, k) => k % 7 !== 3), people.slice(1), people.slice(0, 5)];
    for (const g of groups) {
      const fast = priv.mentionsOf(g);
      const plain = mentionsInOrder(g);
      assert.deepEqual([...fast.offsets], [...plain.offsets]);
      assert.deepEqual([...fast.owners], [...plain.owners]);
    }
    assert.ok(rec.describe().size === people.length);
  });

  it('ties between people at one offset stay in person order on both paths', () => {
    const person = (index: number, positions: number[]): Person => ({ key: `p${index}`, index, middle: [], last: 'X', positions, late: [] });
    const many = Array.from({ length: 80 }, (_, k) => person(k, k % 2 ? [10, 20 + k] : [10, 500 - k]));
    const r = mentionsInOrder(many);
    assert.deepEqual([...r.owners.slice(0, 80)], many.map((_, k) => k));
    assert.ok([...r.offsets].every((o, k, a) => k === 0 || (a[k - 1] as number) <= o));
  });
});

describe('officials speed-ups: fitting people shared between references', () => {
  const text = [
    'Russian Defense Minister Sergey Shoigu met Ukrainian Defense Minister Oleksii Reznikov.',
    'Russian Foreign Minister Sergey Lavrov met U.S. Secretary of State Antony Blinken.',
    'Pentagon Press Secretary John Kirby and U.S. Secretary of Defense Lloyd Austin spoke.',
    'Israeli Prime Minister Benjamin Netanyahu met Indian Prime Minister Narendra Modi.',
    'Ukrainian Deputy Defense Minister Hanna Maliar and French President Emmanuel Macron spoke.',
    'Shoigu said. Lavrov said. Austin said. Kirby said. Modi said.',
  ].join('\n');
  const nom = (head: string, words: string[], countries: string[] = [], start = 400): any => ({ start, end: start + 5, head, words, countries, plural: false });
  const noms = [
    nom('minister', ['defense', 'minister']), nom('minister', ['minister', 'defense']), nom('minister', ['the', 'defense', 'minister']),
    nom('minister', ['defence', 'defense', 'minister']), nom('minister', ['prime', 'minister']), nom('minister', ['minister']),
    nom('minister', ['russian', 'defense', 'minister'], ['Russia']), nom('minister', ['defense', 'russian', 'minister'], ['Russia']),
    nom('minister', ['deputy', 'defense', 'minister']), nom('minister', ['defense', 'deputy', 'minister']),
    nom('secretary', ['secretary']), nom('secretary', ['press', 'secretary']), nom('secretary', ['secretary', 'press']),
    nom('counterpart', ['his', 'counterpart']), nom('counterpart', ['counterpart']), nom('counterpart', ['russian', 'counterpart'], ['Russia']),
    nom('official', ['official']), nom('leader', ['the', 'leader']), nom('president', ['president']), nom('president', ['french', 'president'], ['France']),
    nom('leader', ['ukrainian', 'leader'], ['Ukraine']), nom('minister', ['ukrainian', 'minister'], ['Ukraine']),
  ];

  it('gives each reference the people and merged mentions of its own test, in any order of asking', () => {
    for (const order of [noms, [...noms].reverse()]) {
      const { priv } = recognizer(text);
      const people: Person[] = priv.people;
      assert.ok(people.length >= 10);
      for (const k of people.keys()) priv.titleCache[k] = undefined;
      for (const n of order) {
        for (const country of [undefined, 'Russia', 'United States']) {
          const fast = priv.fittingFor(n, country);
          const plainPeople = people.filter(priv.fitsTest(n, country));
          const plain = mentionsInOrder(plainPeople);
          const label = `${n.words.join(' ')} / ${country}`;
          assert.deepEqual(fast.people.map((p: Person) => p.key), plainPeople.map((p) => p.key), label);
          assert.deepEqual([...fast.offsets], [...plain.offsets], label);
          assert.deepEqual([...fast.owners], [...plain.owners], label);
        }
      }
      // References that differ only in order, repeats or ignored words share one test.
      // Signatures answered (fittingFor keeps them as paths in a tree of tables; see FittingNode).
      const signatures = (node: any): number => (node.fit ? 1 : 0) + [...(node.next?.values() ?? [])].reduce((s: number, c: any) => s + signatures(c), 0);
      assert.ok(priv.fittingByTest.size < signatures(priv.fitting));
    }
  });
});

describe('officials speed-ups: first-name index', () => {
  it('finds the person a scan of every person found for each first name', () => {
    const text = [
      'Defense Minister Sergey Shoigu met Foreign Minister Sergey Lavrov.', 'Lavrov said.',
      'Secretary of State Antony Blinken met Defense Secretary John Austin.', 'President John Smith spoke.',
      'Ms. Lord said. Thank you, Sergey. John said. Chancellor Olaf Scholz and Minister Olaf Smith spoke.',
    ].join('\n');
    const { priv } = recognizer(text);
    const people: Person[] = priv.people;
    const keys = new Set(people.map((p) => p.first?.toLowerCase()).concat(['nobody', '']));
    for (const k of keys) {
      if (k === undefined) continue;
      assert.equal(priv.firstPersonNamed(k), people.find((q) => q.first?.toLowerCase() === k), k);
    }
  });
});

describe('officials speed-ups: people of a surname split by first name', () => {
  // Many people of one surname with first names of every kind: long, short ("Al"), initials,
  // none (given later), differing only in case, and sharing first letters.
  const firsts = ['Sergei', 'Sergey', 'Al', 'Alexander', 'S.', 'Anna', 'Andrei', 'Ivan', 'Igor', 'Jo', 'Boris', 'Bo', 'Olga', 'Oleg'];
  const lines: string[] = ['Defense Minister Ivanov spoke.', 'Foreign Minister Petrov spoke.'];
  for (const f of firsts) lines.push(`Defense Minister ${f} Ivanov spoke.`, `Foreign Minister ${f} Petrov spoke.`);
  lines.push('Defense Minister Sergei Ivanov said.', 'Ivanov said. Petrov said.', 'Minister Boris Petrov said.');
  const text = lines.join('\n');
  const queries = ['Sergei', 'sergei', 'SERGEI', 'Sergey', 'Serge', 'Alexander', 'Alex', 'Al', 'A', 'S', 'Anna', 'Ann', 'Boris', 'Bob', 'Zed', 'Olga', 'Oleg', undefined];

  // personFor's loop over the whole list, without its updates.
  const plainBest = (priv: any, name: any, offset: number): Person | undefined => {
    let best: Person | undefined;
    let bestDistance = Infinity;
    const nf = name.first;
    for (const p of (priv.bySurname.get(name.last.toLowerCase()) ?? []) as Person[]) {
      const pf = p.first;
      if (nf && pf && nf.toLowerCase() !== p.firstLower) {
        const sameInitial = nf.charCodeAt(0) === pf.charCodeAt(0);
        if (!(nf.length === 1 || pf.length === 1) && !sameInitial) continue;
        if (sameInitial && nf.length > 2 && pf.length > 2) continue;
      }
      let prev = -1;
      for (const o of p.positions) if (o < offset + 1) prev = o;
      const d = prev >= 0 ? offset - prev : 1e9 + (p.positions[0] as number) - offset;
      if (d < bestDistance) { bestDistance = d; best = p; }
    }
    return best;
  };

  it('finds the person the whole list gives, for first names of every kind and offsets', () => {
    const { priv } = recognizer(text);
    let asked = 0;
    for (const last of ['Ivanov', 'Petrov', 'Nobody']) {
      for (const first of queries) {
        for (const offset of [0, 40, 200, 600, text.length]) {
          const name = { from: 0, to: 1, endOffset: 0, first, middle: [], last, suffix: undefined };
          const want = plainBest(priv, name, offset);
          assert.equal(priv.personFor(name, offset, false), want, `${first} ${last} @${offset}`);
          asked++;
        }
      }
    }
    assert.ok(asked > 200);
  });
});

describe('officials speed-ups: strings built by hand', () => {
  const plainTitleCase = (w: string): string => (w.length <= 1 ? w.toUpperCase()
    : w.split(/([-'’])/).map((p) => (p.length ? (p.charAt(0).toUpperCase() + p.slice(1).toLowerCase()) : p)).join(''));

  it('titleCaseWord cases each part of a word as split, map and join did', () => {
    for (const w of ['SHOIGU', "O'NEILL", 'O’NEILL-SMITH', 'AL-ASSAD', "-X-", "''", 'A', '', 'ΟΔΟΣ', 'İSTANBUL', 'ABC--DEF', "JEAN-PIERRE'S", 'x', 'mIxEd-CaSe']) {
      assert.equal(titleCaseWord(w), plainTitleCase(w), w);
    }
  });

  it('names and titles in output match a plain join of their parts', () => {
    for (const text of texts) {
      const { rec, priv } = recognizer(text);
      const described = rec.describe();
      for (const p of priv.people as Person[]) {
        const plain = [p.first, ...p.middle, p.last].filter((x): x is string => !!x).join(' ') + (p.suffix ? ' ' + p.suffix : '');
        assert.equal(described.get(p.key)?.name, plain);
      }
    }
  });

  it('a title built word by word equals the joined words', () => {
    const r = analyze('Brig. Gen. Pat Ryder spoke.\nUNDER SECRETARY OF DEFENSE ELLEN LORD: We agree.');
    const titles = r.entities.filter((e) => e.type === 'official').map((e) => e.attributes['title']);
    assert.ok(titles.includes('Brig. Gen.'), JSON.stringify(titles));
    assert.ok(titles.includes('Under Secretary of Defense'), JSON.stringify(titles));
  });
});
