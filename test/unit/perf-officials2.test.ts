// Fourth round of officials speed-ups: titles built only for the phrases used (and sliced from the
// text when written as the title reads), and bare surnames answered from a per-surname index.
// Each fast path is compared with the plain answer on crafted inputs.
import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { tokenize, type Spelling as Token } from '../../src/engine/text';
import { OfficialRecognizer, hasWord, spellingFactsOf, titleCaseWord } from '../../src/engine/officials';
import { SHIP_PREFIX, TITLE_CORE, TITLE_MODIFIER } from '../../src/engine/lexicon';
import { countryByKey, countryByKeyPair, countryByNameKey, twoWordCountryFirsts } from '../../src/engine/countries';

const seedsDir = resolve(__dirname, '../../../seeds');
const seeds = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(resolve(seedsDir, f), 'utf8'));

/** Titles written in every way the slice must not be taken for: extra spaces, tabs, spaced punctuation, skipped words inside, capitals. */
const craftedTitles = [
  'U.S. Secretary of Defense Lloyd J. Austin III met Russian Defense Minister Sergey Shoigu.',
  'Brig. Gen. Pat Ryder spoke. Brig . Gen. Pat Ryder spoke. Brig.Gen. Pat Ryder. Brig.  Gen. Pat Ryder.',
  'Defense  Minister Sergey Shoigu. Defense\tMinister Sergey Shoigu. Defense Minister  Sergey Shoigu.',
  'South Korean President Yoon Suk Yeol. South  Korean President Yoon. The South Korean defense minister said.',
  'The Honorable Secretary of State Antony Blinken. Secretary Honorable Jane Doe. Honourable Minister John Roe.',
  'Under Secretary of Defense for Acquisition and Sustainment Ellen Lord. Minister of Defence of Ukraine Oleksii Reznikov.',
  'UNDER SECRETARY OF DEFENSE ELLEN LORD: We agree.\nRUSSIAN DEFENSE MINISTER SERGEI SHOIGU\nSHOIGU said.',
  'Deputy Prime Minister and Minister of National Defence Mariusz Blaszczak met Pentagon Press Secretary John Kirby.',
  "China's Taiwan Affairs Office spokesperson Chen Binhua. Russia's Taiwan Ukraine envoy Ivan Petrov. Taiwan's new president Lai Ching-te.",
  'Chief Pentagon Spokesperson John Kirby. Russian Ukrainian Defense Minister Ivan Petrov. Iran\'s Foreign Minister Hossein Amirabdollahian.',
  'Lt. Gen. John Smith. Lt.Gen. John Smith. Gen . John Smith. Admiral Sir Tony Radakin, Chief of the Defence Staff.',
  'The Iranian and Russian defense chiefs met. Minister Sergei Lavrov. minister Sergei Lavrov. Foreign  Minister\u00a0Sergei Lavrov.',
];
const texts = [...craftedTitles, ...seeds];

/** parseTitleAt's title as it was built: the kept words joined by spaces, punctuation glued. */
function plainTitle(toks: ReturnType<typeof tokenize>, lineUpper: Uint8Array, i: number, to: number, head: number): string {
  const parts: string[] = [];
  for (let k = i; k < to; k++) {
    const t = toks.spelling(k) as Token;
    if (!t.word) { if (parts.length) parts[parts.length - 1] += t.text; continue; }
    const lo = t.lower;
    const small = lo === 'of' || lo === 'for' || lo === 'the' || lo === 'and';
    const isMod = t.cap && (countryByKey(t.key) !== undefined || (t.key.endsWith('.') && countryByKey(t.key.slice(0, -1)) !== undefined));
    // A country's name after a country, before a capitalised word that is no country or title
    // head, opens an organisation's name: "China's Taiwan Affairs Office spokesperson".
    const prev = k > 0 ? toks.spelling(k - 1) as Token : undefined;
    const next = k + 1 < head ? toks.spelling(k + 1) as Token : undefined;
    const orgCountry = isMod && countryByNameKey(t.key) !== undefined && prev !== undefined && prev.cap && countryByKey(prev.key) !== undefined
      && next !== undefined && next.cap && countryByKey(next.key) === undefined && !TITLE_CORE.has(next.lower) && lineUpper[k] === lineUpper[k - 1];
    if (isMod && k < head && !orgCountry) continue;
    if (k + 1 < head && t.cap && twoWordCountryFirsts.has(t.key) && countryByKey(`${t.key} ${(toks.spelling(k + 1) as Token).key}`)) { k++; continue; }
    if (lo === 'honorable' || lo === 'honourable' || (lo === 'new' && k < head)) continue;
    parts.push(lineUpper[k] === 1 ? (small ? lo : titleCaseWord(t.text)) : t.text);
  }
  return parts.join(' ');
}

describe('officials speed-ups: titles built on use', () => {
  it('a title sliced from the text or joined equals the plain join of its kept words, for every phrase', () => {
    let sliced = 0;
    let joined = 0;
    for (const text of texts) {
      const toks = tokenize(text);
      const priv = new OfficialRecognizer(text, toks) as any;
      for (let i = 0; i < toks.length; i++) {
        const phrase = priv.walkTitle(i);
        if (!phrase) continue;
        assert.equal(phrase.title, undefined);
        const got: string = priv.phraseTitle(phrase);
        assert.equal(got, plainTitle(toks, priv.lineUpper, i, phrase.to, phrase.head), text.slice(toks.start[i] as number, toks.endOf(phrase.to - 1)));
        // The slice is taken only where the source reads as the title.
        if (got.length && text.includes(got)) sliced++; else joined++;
        // Built once.
        assert.equal(priv.phraseTitle(phrase), got);
      }
    }
    assert.ok(sliced > 100 && joined > 5, `${sliced} ${joined}`);
  });

  it('a merged phrase ("... and Minister of ...") keeps the title of its second office', () => {
    const text = 'Deputy Prime Minister and Minister of National Defence Mariusz Blaszczak spoke.';
    const toks = tokenize(text);
    const rec = new OfficialRecognizer(text, toks);
    rec.run();
    const people = (rec as any).people;
    assert.equal(people.length, 1);
    assert.equal(people[0].title, 'Minister of National Defence');
  });
});

describe('officials speed-ups: bare surnames from merged mentions', () => {
  // personFor's loop for a name without a first name, without its updates.
  const plainBare = (list: readonly any[], offset: number): any => {
    let best: any;
    let bestDistance = Infinity;
    for (const p of list) {
      let prev = -1;
      for (const o of p.positions) if (o < offset + 1) prev = o;
      const d = prev >= 0 ? offset - prev : 1e9 + (p.positions[0] as number) - offset;
      if (d < bestDistance) { bestDistance = d; best = p; }
    }
    return best;
  };

  it('finds the person the whole list gives, with mentions added in any order and shared offsets', () => {
    const firsts = ['Sergei', 'Anna', 'Al', 'S.', 'Boris', 'Olga', 'Ivan'];
    const lines = ['Defense Minister Ivanov spoke.'];
    for (const f of firsts) lines.push(`Defense Minister ${f} Ivanov spoke.`);
    lines.push('Ivanov said.', 'Defense Minister Bashar al-Ivanov spoke. Ivanov said.');
    const text = lines.join('\n');
    const { priv } = (() => { const toks = tokenize(text); const rec = new OfficialRecognizer(text, toks); rec.run(); return { priv: rec as any }; })();
    const list = priv.bySurname.get('ivanov') as any[];
    assert.ok(list.length >= 6, String(list.length));
    // Deterministic pseudo-random mentions, many at offsets another person also has (ties go to the lower list index).
    let seed = 7;
    const rnd = (n: number): number => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
    let asked = 0;
    const runs = { late: 0 };
    for (let round = 0; round < 300; round++) {
      const p = list[rnd(list.length)];
      priv.addPosition(p, rnd(3) === 0 ? 500 : rnd(3000));
      for (const offset of [0, 1, rnd(3000), 499, 500, 501, 2999, 5000]) {
        const name = { from: 0, to: 1, endOffset: 0, first: undefined, middle: [], last: 'Ivanov', suffix: undefined };
        assert.equal(priv.personFor(name, offset, false), plainBare(list, offset), `round ${round} @${offset}`);
        asked++;
      }
      // The merged mentions are exactly every person's mentions.
      const split = priv.surnameSplit.get('ivanov');
      const m = split.merged;
      assert.equal(m.at.length + m.lateAt.length, list.reduce((s: number, q: any) => s + q.positions.length, 0));
      for (const [at, who] of [[m.at, m.who], [m.lateAt, m.lateWho]]) {
        for (let k = 1; k < at.length; k++) assert.ok(at[k - 1] < at[k] || (at[k - 1] === at[k] && who[k - 1] <= who[k]), 'sorted run');
      }
      runs.late += m.lateAt.length > 0 ? 1 : 0;
    }
    assert.ok(asked > 1000);
    // Both runs were used.
    assert.ok(runs.late > 100, String(runs.late));
  });

  it('a person filed under one more surname brings their mentions to its list', () => {
    const text = 'Foreign Minister Faisal bin Farhan spoke. Farhan said.\nForeign Minister Faisal bin Farhan Al Saud spoke. Saud said. Farhan said.';
    const toks = tokenize(text);
    const rec = new OfficialRecognizer(text, toks);
    rec.run();
    const priv = rec as any;
    assert.equal(priv.people.length, 1);
    const p = priv.people[0];
    for (const key of ['farhan', 'saud']) {
      const split = priv.surnameSplit.get(key);
      const m = split.merged;
      assert.deepEqual([...m.at, ...m.lateAt].sort((x: number, y: number) => x - y), p.positions, key);
    }
  });
});

describe('officials speed-ups: title words tested without splitting', () => {
  it('hasWord(s, w) is s.split(/\\s+/).includes(w), for every whitespace character and edge', () => {
    const spaces: string[] = [];
    for (let c = 0; c < 0x10000; c++) if (/\s/.test(String.fromCharCode(c))) spaces.push(String.fromCharCode(c));
    assert.ok(spaces.length >= 25, String(spaces.length));
    const words = ['press', 'deputy', 'secretary', 'a', 'pres', 'ss', 'depu\u00adty', 'x-press'];
    const pieces = [...words, 'ü', '\u200b', '\u180e', '-', "'", ...spaces, ...spaces.map((s) => s + s)];
    let seed = 3;
    const rnd = (n: number): number => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
    const cases = ['', ' ', 'press', ' press', 'press ', 'presspress', 'press secretary', 'deputy press secretary', 'expressly press', 'press\u3000x'];
    for (let k = 0; k < 5000; k++) {
      let s = '';
      for (let m = rnd(7); m > 0; m--) s += pieces[rnd(pieces.length)];
      cases.push(s);
    }
    let yes = 0;
    for (const s of cases) {
      for (const w of words) {
        const want = s.split(/\s+/).includes(w);
        assert.equal(hasWord(s, w), want, JSON.stringify([s, w]));
        if (want) yes++;
      }
    }
    assert.ok(yes > 1000, String(yes));
  });
});

describe('officials speed-ups: two-word countries by their two keys', () => {
  it('countryByKeyPair(a, b) is countryByKey(a + " " + b) for every adjacent pair of the texts and known names', () => {
    const pairs: Array<[string, string]> = [
      ['south', 'korean'], ['saudi', 'arabia'], ['the', 'gambia'], ['united', 'states'], ['new', 'zealand'], ['north', 'korea'],
      ['united', 'states of america'], ['united states', 'of'], ['south', ''], ['', 'korean'], ['south korean', 'x'],
    ];
    for (const text of texts) {
      const toks = tokenize(text);
      for (let i = 0; i + 1 < toks.length; i++) pairs.push([(toks.spelling(i) as Token).key, (toks.spelling(i + 1) as Token).key]);
    }
    let found = 0;
    for (const [a, b] of pairs) {
      const want = countryByKey(`${a} ${b}`);
      assert.equal(countryByKeyPair(a, b), want, `${a}|${b}`);
      if (want) found++;
    }
    assert.ok(found > 20, String(found));
  });
});

describe('officials speed-ups: facts of long words by text, ship and role-lead bits', () => {
  const long = ['Administration\'s', 'ADMINISTRATION\'S', 'Turkmenistan\'s', 'Afghanistan’s', 'Kyrgyzstanis', 'Counterintelligence',
    'Secretary-General', 'Secretary-General\'s', 'Russian-Ukrainian', 'al-Muhandisabcd', 'Commander-in-Chief', 'Vice-President\'s',
    'counterparts\'', 'Representatives', 'Parliamentarian', '1234567890123', 'Mozambican-born'];
  const others = ['HMS', 'USS', 'Hms', 'hms', 'INS', 'his', 'the', 'Russian', 'russian', 'counterpart', 'Counterpart', 'top', 'Senior', 'new', 'former', 'official', 'leader', 'war', 'U.S.', 'Iranian'];
  const text = (ws: string[]): string => ws.join(' ');
  it('give each spelling the facts of the word lists, whether computed or taken from the table', () => {
    // Tokenized twice: the second time long words are new spellings answered from the table.
    for (let round = 0; round < 2; round++) {
      const toks = tokenize(text([...long, ...others, ...long]));
      for (let i = 0; i < toks.length; i++) {
        const t = toks.spelling(i) as Token;
        const f = spellingFactsOf(t);
        const country = t.cap && (countryByKey(t.key) !== undefined || (t.key.endsWith('.') && countryByKey(t.key.slice(0, -1)) !== undefined));
        assert.equal(f['titleCore'], TITLE_CORE.has(t.key), t.text);
        assert.equal(f['titleModifier'], TITLE_MODIFIER.has(t.lower), t.text);
        assert.equal(f['ship'], t.cap && SHIP_PREFIX.has(t.text), t.text);
        assert.equal(f['roleLead'], country || ['top', 'senior', 'new', 'former', 'counterpart', 'diplomat', 'envoy', 'lawmaker', 'legislator', 'official', 'leader',
          'counterparts', 'diplomats', 'envoys', 'lawmakers', 'legislators', 'officials', 'leaders'].includes(t.lower), t.text);
        if (country) assert.ok(f['titleStart'] && !f['nameWord'], t.text);
      }
    }
    assert.ok(countryByKey('turkmenistan'));
  });
});

describe('officials speed-ups: longer forms of a name by first name and surname', () => {
  it('finds the person a walk through everyone of the first name found, as surnames change', () => {
    const text = [
      'Foreign Minister Faisal bin Farhan spoke. Defense Minister Faisal Farhan spoke. Minister Faisal Saud spoke.',
      'Foreign Minister Faisal bin Farhan Al Saud spoke. Minister Faisal al-Farhan spoke. Minister faisal Jones spoke.',
      'Minister Faisal Farhan Jones spoke. Minister Faisal Saud Smith spoke. Minister Mohammed bin Salman spoke.',
      'Minister Mohammed bin Salman Al Saud spoke. Minister Mohammed Salman Saud Jones spoke. Minister Ali Akbar Ahmadian spoke.',
    ].join('\n');
    const toks = tokenize(text);
    const priv = new OfficialRecognizer(text, toks) as any;
    // Stage 1 one name at a time, asking both ways before each new person.
    const plain = (first: string, middle: string[]): any => {
      const keys = new Set(middle.map((m) => m.replace(/^(al|el|ad|as|ash|at|an|ar|bin|ibn|abu|ben)-(?=\p{Lu})/u, '').toLowerCase()));
      let found: any;
      for (const q of priv.byFirst.get(first.toLowerCase()) ?? []) {
        if (keys.has(q.last.replace(/^(al|el|ad|as|ash|at|an|ar|bin|ibn|abu|ben)-(?=\p{Lu})/u, '').toLowerCase()) && (!found || q.index < found.index)) found = q;
      }
      return found;
    };
    const queries: Array<[string, string[]]> = [
      ['Faisal', ['bin', 'Farhan']], ['Faisal', ['Farhan']], ['faisal', ['Saud']], ['FAISAL', ['Al', 'Saud']], ['Faisal', ['al-Farhan']],
      ['Faisal', ['Jones', 'Saud']], ['Mohammed', ['bin', 'Salman', 'Al']], ['Mohammed', ['Saud']], ['Ali', ['Akbar']], ['Nobody', ['Farhan']],
    ];
    let asked = 0;
    let hits = 0;
    const origCreate = priv.personFor.bind(priv);
    priv.personFor = (name: any, offset: number, create: boolean): any => {
      for (const [f, m] of queries) {
        const want = plain(f, m);
        assert.equal(priv.longerFormOf(f, m), want, `${f} ${m.join(' ')}`);
        asked++;
        if (want) hits++;
      }
      return origCreate(name, offset, create);
    };
    priv.findTitledAndCuedNames();
    assert.ok(asked > 50 && hits > 10, `${asked} ${hits}`);
  });
});

describe('officials speed-ups: fitting people by a tree of signature parts', () => {
  const nominalTexts = [
    'Russian Defense Minister Sergei Shoigu met U.S. Secretary of Defense Lloyd Austin. The defense minister said. His Russian counterpart spoke.',
    'The Russian defense minister said. The two ministers met. Both leaders spoke. The Iranian and Russian defense chiefs met. The U.S. defense secretary spoke.',
    'Deputy Press Secretary Sabrina Singh spoke. The press secretary said. The deputy press secretary said. The secretary said. The official said.',
    'Prime Minister Rishi Sunak met Foreign Minister Dmytro Kuleba. The prime minister said. The foreign minister said. The minister said. His counterpart said.',
  ];
  it('answers one Fitting per signature (country, head, words), equal to a fresh computation', () => {
    let asked = 0;
    for (const text of [...nominalTexts, ...seeds]) {
      const toks = tokenize(text);
      const priv = new OfficialRecognizer(text, toks) as any;
      priv.findTitledAndCuedNames();
      priv.findShortForms();
      const noms = priv.findNominals();
      for (let k = priv.titleCache.length; k < priv.people.length; k++) priv.titleCache.push(undefined);
      const bySignature = new Map<string, any>();
      for (const nom of noms) {
        for (const country of [undefined, ...nom.countries]) {
          const fit = priv.fittingFor(nom, country);
          const want = country ?? (nom.countries.length === 1 ? nom.countries[0] : undefined);
          const signature = `${want ?? ''}\u0000${nom.head}\u0000${nom.words.join('\u0001')}`;
          const seen = bySignature.get(signature);
          if (seen) assert.equal(fit, seen, signature); else bySignature.set(signature, fit);
          // A recognizer asked nothing else gives the same people and mentions.
          const fresh = new OfficialRecognizer(text, tokenize(text)) as any;
          fresh.findTitledAndCuedNames();
          fresh.findShortForms();
          for (let q = fresh.titleCache.length; q < fresh.people.length; q++) fresh.titleCache.push(undefined);
          const alone = fresh.fittingFor(nom, country);
          assert.deepEqual(alone.people.map((p: any) => p.key), fit.people.map((p: any) => p.key), signature);
          assert.deepEqual([...alone.offsets], [...fit.offsets], signature);
          asked++;
          if (asked > 400) break;
        }
      }
      // Different words, or the same words split differently, are different signatures.
      if (noms.length > 0) {
        const base = noms[0];
        const a = priv.fittingFor({ ...base, words: ['press', 'secretary'] }, undefined);
        const c = priv.fittingFor({ ...base, words: ['press', 'secretary'] }, undefined);
        assert.equal(a, c);
        assert.notEqual(priv.fittingFor({ ...base, head: 'zzz', words: [] }, undefined), undefined);
      }
    }
    assert.ok(asked > 30, String(asked));
  });

  it('tells apart signatures that differ in a later word, or in where the words split', () => {
    const text = 'Press Secretary John Kirby spoke. Deputy Secretary Kathleen Hicks spoke. Secretary Lloyd Austin spoke.';
    const toks = tokenize(text);
    const priv = new OfficialRecognizer(text, toks) as any;
    priv.findTitledAndCuedNames();
    for (let k = priv.titleCache.length; k < priv.people.length; k++) priv.titleCache.push(undefined);
    const nom = (words: string[]): any => ({ start: text.length, end: text.length, head: 'secretary', words, countries: [], plural: false });
    const names = (words: string[]): string[] => priv.fittingFor(nom(words), undefined).people.map((p: any) => p.last);
    assert.deepEqual(names(['the', 'press', 'secretary']), ['Kirby']);
    assert.deepEqual(names(['the', 'deputy', 'secretary']), ['Hicks']);
    assert.deepEqual(names(['the', 'secretary']), ['Austin']);
    assert.deepEqual(names(['the', 'press', 'secretary']), ['Kirby']);
  });
});
