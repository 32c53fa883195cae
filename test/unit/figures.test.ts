// The public figures knowledge base (src/engine/data/figures.ts): people named with no title.
// Each sentence here is written for the test; none is taken from an article.
import * as assert from 'node:assert/strict';
import { officials } from './support/readouts';
import { analyze } from '../../src/engine/analyze';
import { FIGURES } from '../../src/engine/data/figures';
import { countryByName } from '../../src/engine/countries';

/** Every official mention's text. */
const officialMentions = (text: string): string[] => analyze(text).entities.filter((e) => e.type === 'official').flatMap((e) => e.mentions.map((m) => m.text));
const attributesOf = (text: string, name: string): Record<string, unknown> | undefined => analyze(text).entities.find((e) => e.type === 'official' && e.name === name)?.attributes;

describe('public figures knowledge base: the data', () => {
  const records = FIGURES.map((line) => line.split('|'));

  it('every record has six fields, a title, an office text and "now" or nothing as its last', () => {
    for (const r of records) {
      assert.equal(r.length, 6, r.join('|'));
      assert.ok(r[1] && r[3], r.join('|'));
      assert.ok(r[5] === '' || r[5] === 'now', r.join('|'));
    }
  });

  it('no spelling names two records', () => {
    const seen = new Map<string, string>();
    for (const r of records) {
      for (const spelling of (r[0] as string).split(';')) {
        const key = spelling.toLowerCase();
        assert.ok(!seen.has(key), `${spelling} is in "${seen.get(key)}" and "${r[0]}"`);
        seen.set(key, r[0] as string);
      }
    }
  });

  it('every country is one the engine knows (organisations aside)', () => {
    const organisations = new Set(['', 'NATO', 'United Nations', 'European Union', 'International Atomic Energy Agency']);
    for (const r of records) if (!organisations.has(r[2] as string)) assert.ok(countryByName(r[2] as string), `${r[2]} of ${r[0]}`);
  });

  it('every spelling and every form known alone is found, untitled, as the whole mention', () => {
    const missed: string[] = [];
    for (const r of records) {
      const forms = [...(r[0] as string).split(';'), ...(r[4] ? (r[4] as string).split(',') : [])];
      for (const form of forms) {
        const found = officialMentions(`Officials said ${form} met reporters in the capital.`);
        if (found.length !== 1 || found[0] !== form) missed.push(`${form}: ${JSON.stringify(found)}`);
      }
    }
    assert.deepEqual(missed, []);
  });
});

describe('public figures knowledge base: people named with no title', () => {
  it('full names, then their surnames and family names, are the people', () => {
    assert.deepEqual(officials('Vladimir Putin met Kim Jong Un in Pyongyang on Tuesday. Kim said the talks went well. Putin\'s visit was short.'), [
      'Vladimir Putin: Vladimir Putin | Putin',
      'Kim Jong Un: Kim Jong Un | Kim',
    ]);
  });

  it('a form known alone is the figure even when the full name never comes', () => {
    assert.deepEqual(officials('The deal sends a strong message to Putin, the minister said.'), ['Vladimir Putin: Putin']);
  });

  it('a name written first is found after a titled mention of someone else', () => {
    assert.deepEqual(officials('When Richard Marles and John Healey signed the treaty, Healey called it historic.'), [
      'Richard Marles: Richard Marles',
      'John Healey: John Healey | Healey',
    ]);
  });

  it('a given name used alone, as Indonesian and Thai reporting does, is the figure', () => {
    assert.deepEqual(officials('Xi Jinping met Prabowo Subianto. Prabowo said Xi was a friend.'), [
      'Xi Jinping: Xi Jinping | Xi',
      'Prabowo Subianto: Prabowo Subianto | Prabowo',
    ]);
  });

  it('a given name known alone is the figure before the titled full name too (a headline)', () => {
    assert.deepEqual(officials('Rajnath raises tariff concerns with Hegseth\n\nDefence Minister Rajnath Singh met Pete Hegseth. Rajnath said more.'), [
      'Rajnath Singh: Rajnath | Defence Minister Rajnath Singh | Rajnath',
      'Pete Hegseth: Hegseth | Pete Hegseth',
    ]);
  });

  it('a knight\'s style stays in the span and the style with the given name is a later mention', () => {
    assert.deepEqual(officials('Sir Keir Starmer and Emmanuel Macron agreed. Mr Macron said so. Sir Keir left.'), [
      'Keir Starmer: Sir Keir Starmer | Sir Keir',
      'Emmanuel Macron: Emmanuel Macron | Mr Macron',
    ]);
  });

  it('a current office holder takes the title; a former one only the offices', () => {
    const text = 'Emmanuel Macron recalled that Nicolas Sarkozy had tried the same.';
    assert.deepEqual(attributesOf(text, 'Emmanuel Macron'), { title: 'President', country: 'France', offices: 'President since 2017' });
    assert.deepEqual(attributesOf(text, 'Nicolas Sarkozy'), { country: 'France', offices: 'President 2007–2012' });
  });

  it('two offices of the knowledge base are a title and the other office: either fits a reference', () => {
    const text = 'When Richard Marles and John Healey signed the treaty, both were pleased. The Deputy Prime Minister spoke first. Both defence ministers left.';
    const r = analyze(text).entities.filter((e) => e.type === 'official');
    assert.deepEqual(r.map((e) => `${e.name}: ${e.mentions.map((m) => m.text).join(' | ')}`), [
      'Richard Marles: Richard Marles | The Deputy Prime Minister',
      'John Healey: John Healey',
      'Richard Marles; John Healey: Both defence ministers',
    ]);
  });

  it('a titled person the base knows has its country for a reference by nationality, and in the result', () => {
    assert.deepEqual(officials('President Emmanuel Macron and President Joe Biden spoke. The French president said.'), [
      'Emmanuel Macron: President Emmanuel Macron | The French president',
      'Joe Biden: President Joe Biden',
    ]);
    assert.deepEqual(attributesOf('Secretary General Jens Stoltenberg spoke.', 'Jens Stoltenberg'), {
      title: 'Secretary General', organization: 'NATO', offices: 'Secretary General of NATO 2014–2024; Norwegian Minister of Finance since 2025',
    });
  });

  it('a title in the text wins over the knowledge base\'s', () => {
    assert.deepEqual(attributesOf('Russian Defence Minister Sergei Shoigu visited. Shoigu left.', 'Sergei Shoigu')?.['title'], 'Defence Minister');
  });

  it('a form known alone that is the given name of someone of the text is that person ("Nakatani" of "Nakatani Gen")', () => {
    assert.deepEqual(officials('Defense Minister Nakatani Gen flew to Melbourne. Nakatani said the talks went well.'), [
      'Nakatani Gen: Defense Minister Nakatani Gen | Nakatani',
    ]);
  });

  it('an official with no office in the text is one of the knowledge base ("Kim Yo Jong, the sister of ...")', () => {
    assert.deepEqual(officials('Kim Yo Jong, the sister of North Korean leader Kim Jong Un, issued a warning.'), [
      'Kim Yo Jong: Kim Yo Jong',
      'Kim Jong Un: North Korean leader Kim Jong Un',
    ]);
  });

  it('a former minister named untitled has the offices and no title; a distinctive surname alone is the person', () => {
    assert.deepEqual(officials('William Hague met Sergey Lavrov in London. Liam Fox said Hoon was right.'), [
      'William Hague: William Hague',
      'Sergey Lavrov: Sergey Lavrov',
      'Liam Fox: Liam Fox',
      'Geoff Hoon: Hoon',
    ]);
    assert.deepEqual(attributesOf('Dominic Raab spoke.', 'Dominic Raab'), {
      country: 'United Kingdom', offices: 'Foreign Secretary 2019–2021; Deputy Prime Minister 2021–2023',
    });
  });

  it('a person of the text with a figure\'s surname keeps it', () => {
    assert.deepEqual(officials('Admiral Tom Healey, the fleet commander, spoke. Healey said the ships were ready.'), [
      'Tom Healey: Admiral Tom Healey | Healey',
    ]);
  });
});

describe('public figures knowledge base: names that are no reference to the person', () => {
  it('a name as modifier of an administration or a regime', () => {
    assert.deepEqual(officialMentions('The Trump administration imposed sanctions. Critics of the Putin regime spoke.'), []);
  });

  it('a ship named after a president, with its prefix or an article', () => {
    assert.deepEqual(officialMentions('The carrier USS Ronald Reagan left port. The Ronald Reagan returned in May.'), []);
  });

  it('a common surname alone that the base gives no one ("Hague", "Hunt", "Fox", "Straw")', () => {
    assert.deepEqual(officialMentions('Talks in The Hague ended. Hunt and Fox said Straw would go.'), []);
  });

  it('a name followed by another capitalised word of the same line (a place or an institution)', () => {
    assert.deepEqual(officialMentions('Troops landed at Nelson Mandela Bay.'), []);
  });
});

describe('public figures knowledge base: a person the text names with a style only', () => {
  it('takes the current office, so that a group of ministers finds him ("The Hon Richard Marles MP")', () => {
    assert.deepEqual(officials('The Hon Richard Marles MP welcomed Gilberto Teodoro to Canberra. The Ministers reaffirmed the partnership.'), [
      'Richard Marles: Hon Richard Marles MP',
      'Gilberto Teodoro: Gilberto Teodoro',
      'Richard Marles; Gilberto Teodoro: The Ministers',
    ]);
  });
});

describe('public figures knowledge base: a person titled by surname alone', () => {
  it('is the figure the base knows by that surname ("President Trump", "President Zelensky")', () => {
    assert.deepEqual(officials('I spoke with President Zelensky and with President Trump. Russian President Vladimir Putin has warned against it. The US President has been very clear.'), [
      'Zelensky: President Zelensky',
      'Trump: President Trump | The US President',
      'Vladimir Putin: Russian President Vladimir Putin',
    ]);
    assert.equal(attributesOf('President Zelensky spoke.', 'Zelensky')?.['country'], 'Ukraine');
  });

  it('not a surname the base knows no one by alone', () => {
    assert.equal(attributesOf('Secretary Austin spoke.', 'Austin')?.['country'], undefined);
  });
});
