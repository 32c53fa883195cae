import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine/analyze';
import type { Entity } from '../../src/engine/types';

/** Officials of a text. */
const officials = (text: string): Entity[] => analyze(text).entities.filter((e) => e.type === 'official');
const mentionsOf = (text: string): string[] => officials(text).flatMap((e) => e.mentions.map((m) => m.text));
/** The official entity with a mention of this text, or undefined. */
const entityOf = (text: string, mention: string): Entity | undefined => officials(text).find((x) => x.mentions.some((m) => m.text === mention));
/** The group entity with a mention of this text: its name (members joined by "; "). */
const groupNamed = (text: string, mention: string): string => {
  const e = entityOf(text, mention);
  assert.ok(e, `no official mention "${mention}" in: ${mentionsOf(text).join(' | ')}`);
  assert.equal(e.attributes['group'], true, `"${mention}" is not a group: ${e.name}`);
  assert.ok(e.mentions.every((m) => m.nominal), `"${mention}" should be nominal`);
  return e.name;
};
/** The country attribute of the official named `name`. */
const countryOf = (text: string, name: string): unknown => officials(text).find((e) => e.name === name)?.attributes['country'];

/** Two American and two Philippine officials, the second Philippine title sharing the first's nationality. */
const TWO_PLUS_TWO = 'U.S. Defense Secretary Lloyd Austin and Secretary of State Antony Blinken met Philippine Foreign Secretary Enrique Manalo and Defense Secretary Gilberto Teodoro.';
/** The same meeting with each Philippine title's nationality written out (independent of the shared-nationality rule). */
const TWO_PLUS_TWO_EXPLICIT = 'U.S. Defense Secretary Lloyd Austin and Secretary of State Antony Blinken met Philippine Foreign Secretary Enrique Manalo and Philippine Defense Secretary Gilberto Teodoro.';

describe('official groups and coordinated officials', () => {
  describe('counted groups above two ("The four ministers")', () => {
    it('"The four ministers" after four named officials is one group of those four', () => {
      const text = `${TWO_PLUS_TWO} The four ministers discussed the South China Sea.`;
      assert.equal(groupNamed(text, 'The four ministers'), 'Lloyd Austin; Antony Blinken; Enrique Manalo; Gilberto Teodoro');
    });

    it('"the five leaders" takes the five most recently named people, not earlier ones', () => {
      const text = 'Japanese Prime Minister Fumio Kishida spoke on Monday. President Joe Biden, French President Emmanuel Macron, '
        + 'British Prime Minister Rishi Sunak, Italian Prime Minister Giorgia Meloni and German Chancellor Olaf Scholz met in Berlin. '
        + 'Later the five leaders issued a statement.';
      assert.equal(groupNamed(text, 'the five leaders'), 'Joe Biden; Emmanuel Macron; Rishi Sunak; Giorgia Meloni; Olaf Scholz');
    });

    it('a count larger than the people named invents no group', () => {
      for (const text of [
        'Defense Secretary Lloyd Austin met Japanese Defense Minister Minoru Kihara. The four ministers agreed to meet again.',
        'President Joe Biden met French President Emmanuel Macron and German Chancellor Olaf Scholz. The six leaders spoke.',
      ]) {
        assert.ok(!officials(text).some((e) => e.attributes['group']), `${text}: ${mentionsOf(text).join(' | ')}`);
      }
    });

    it('a number word before something that is no role is no group ("the four countries")', () => {
      const text = `${TWO_PLUS_TWO} The four countries and the seven ships were discussed.`;
      assert.deepEqual(mentionsOf(text), ['U.S. Defense Secretary Lloyd Austin', 'Secretary of State Antony Blinken', 'Philippine Foreign Secretary Enrique Manalo', 'Defense Secretary Gilberto Teodoro']);
    });
  });

  describe('"their <Nationality> counterparts"', () => {
    it('after a subject "A and B", the people of that nationality named before, other than A and B, are one group', () => {
      const text = `${TWO_PLUS_TWO_EXPLICIT} Austin and Blinken thanked their Philippine counterparts.`;
      assert.equal(groupNamed(text, 'their Philippine counterparts'), 'Enrique Manalo; Gilberto Teodoro');
    });

    it('the subject may follow an opening phrase, or "Both"; the verb phrase may have several words', () => {
      for (const subject of ['On Tuesday, Austin and Blinken also thanked', 'Both Austin and Blinken will meet with', 'Austin, and Blinken thanked']) {
        const text = `${TWO_PLUS_TWO_EXPLICIT} ${subject} their Philippine counterparts.`;
        assert.equal(groupNamed(text, 'their Philippine counterparts'), 'Enrique Manalo; Gilberto Teodoro', subject);
      }
    });

    it('a group reference as the subject ("The two secretaries") owns the counterparts too', () => {
      const text = 'U.S. Defense Secretary Lloyd Austin and Secretary of State Antony Blinken arrived. Philippine Foreign Secretary Enrique Manalo '
        + 'and Philippine Defense Secretary Gilberto Teodoro were waiting. Earlier Secretary Austin met Secretary Blinken. The two secretaries thanked their Philippine counterparts.';
      assert.equal(groupNamed(text, 'The two secretaries'), 'Lloyd Austin; Antony Blinken');
      assert.equal(groupNamed(text, 'their Philippine counterparts'), 'Enrique Manalo; Gilberto Teodoro');
    });

    it('with one person of that nationality named, the counterparts are that person', () => {
      const text = 'U.S. Defense Secretary Lloyd Austin and Secretary of State Antony Blinken met Philippine Foreign Secretary Enrique Manalo. Austin and Blinken thanked their Philippine counterparts.';
      const e = entityOf(text, 'their Philippine counterparts');
      assert.ok(e, mentionsOf(text).join(' | '));
      assert.equal(e.name, 'Enrique Manalo');
      assert.equal(e.attributes['group'], undefined);
    });

    it('stays unmarked when the owners are unclear', () => {
      for (const tail of [
        'Austin thanked their Philippine counterparts.', // one owner
        'The delegations thanked their Philippine counterparts.', // no marked subject
        'Manalo welcomed Austin and Blinken with their Philippine counterparts.', // an object, not the subject
        'Austin met Blinken and thanked their Philippine counterparts.', // "and" inside the verb phrase
        'Austin and Blinken thanked\ntheir Philippine counterparts.', // cut by a line break
      ]) {
        const text = `${TWO_PLUS_TWO_EXPLICIT} ${tail}`;
        assert.ok(!mentionsOf(text).includes('their Philippine counterparts'), `${tail}: ${mentionsOf(text).join(' | ')}`);
      }
    });

    it('stays unmarked without a nationality, when nobody of it was named, or when an owner has it', () => {
      for (const tail of [
        'Austin and Blinken thanked their counterparts.',
        'Austin and Blinken thanked their Japanese counterparts.',
        'Manalo and Teodoro thanked their Philippine counterparts.',
      ]) {
        const text = `${TWO_PLUS_TWO_EXPLICIT} ${tail}`;
        assert.ok(!mentionsOf(text).some((m) => m.startsWith('their')), `${tail}: ${mentionsOf(text).join(' | ')}`);
      }
    });

    it('stays unmarked when more people of that nationality were named than there are owners', () => {
      const text = `Philippine President Ferdinand Marcos spoke. ${TWO_PLUS_TWO_EXPLICIT} Austin and Blinken thanked their Philippine counterparts.`;
      assert.ok(!mentionsOf(text).includes('their Philippine counterparts'), mentionsOf(text).join(' | '));
    });
  });

  describe('a nationality shared by two coordinated portfolio titles', () => {
    it('"Philippine Foreign Secretary A and Defense Secretary B": B is Philippine too', () => {
      assert.equal(countryOf(TWO_PLUS_TWO, 'Gilberto Teodoro'), 'Philippines');
      const text = 'Japanese Foreign Minister Yoko Kamikawa and Defense Minister Minoru Kihara hosted the talks.';
      assert.equal(countryOf(text, 'Minoru Kihara'), 'Japan');
    });

    it('is not shared with another form of title, the same portfolio, a head of state or government, an office of one country, or a country stated after the name', () => {
      // (The public figures base gives a person it knows the real country, shown in the result; the
      // shared one would be wrong. People it does not know stay without one.)
      const cases: Array<[string, string, string | undefined]> = [
        ['Japanese Foreign Minister Yoko Kamikawa and Defense Secretary Lloyd Austin met.', 'Lloyd Austin', 'United States'],
        ['Japanese Foreign Minister Yoko Kamikawa and Defense Secretary Tom Carver met.', 'Tom Carver', undefined],
        ['Japanese Foreign Minister Yoko Kamikawa and Secretary of State Antony Blinken met.', 'Antony Blinken', 'United States'],
        ['British Foreign Secretary David Cameron and Secretary of State Antony Blinken met.', 'Antony Blinken', 'United States'],
        ['Russian Foreign Minister Sergei Lavrov and Foreign Minister Wang Yi met.', 'Wang Yi', 'China'],
        ['Russian Foreign Minister Sergei Lavrov and Foreign Minister Tan Wei met.', 'Tan Wei', undefined],
        ['French President Emmanuel Macron and Chancellor Olaf Scholz met.', 'Olaf Scholz', 'Germany'],
        ['French President Emmanuel Macron and Chancellor Karl Brenner met.', 'Karl Brenner', undefined],
        ['Indian Foreign Minister Subrahmanyam Jaishankar and Prime Minister Anthony Albanese met.', 'Anthony Albanese', 'Australia'],
        ['Indian Foreign Minister Subrahmanyam Jaishankar and Prime Minister Mark Dalton met.', 'Mark Dalton', undefined],
        // (The country stated after the name is his own: China, never the shared Russia.)
        ['Russian Foreign Minister Sergei Lavrov and Defense Minister Li Shangfu of China met.', 'Li Shangfu', 'China'],
        ['Russian Foreign Minister Sergei Lavrov, and Defense Minister Tan Wei met.', 'Tan Wei', undefined],
      ];
      for (const [text, name, country] of cases) assert.equal(countryOf(text, name), country, text);
    });
  });

  describe('a counted group of an office', () => {
    it('"the two presidents" are two presidents named before, never the officials of other offices named since', () => {
      const text = 'President Vladimir Putin met President Alexander Lukashenko. Defence Minister Andrei Belousov and General Valery Gerasimov attended. The two presidents signed the treaty.';
      assert.equal(groupNamed(text, 'The two presidents'), 'Vladimir Putin; Alexander Lukashenko');
      // With no presidents named, no group: the generals are not "the two presidents".
      assert.deepEqual(mentionsOf('Army General Valery Gerasimov met Major General Pavel Muraveiko. The treaty was signed by the two presidents in December.'),
        ['Army General Valery Gerasimov', 'Major General Pavel Muraveiko']);
      // "The two ministers" may still be a foreign minister and a secretary of state.
      assert.equal(groupNamed('Foreign Minister Wang Yi met Secretary of State Antony Blinken. The two ministers talked.', 'The two ministers'), 'Wang Yi; Antony Blinken');
    });
  });

  describe('the country of a group', () => {
    it('is omitted when a member\'s country is unknown ("Defense Secretary Tom Carver" and a Japanese minister)', () => {
      const text = 'Defense Secretary Tom Carver met Japanese Defense Minister Minoru Kihara. The two ministers agreed to meet again.';
      const e = entityOf(text, 'The two ministers');
      assert.ok(e && e.attributes['group'], mentionsOf(text).join(' | '));
      assert.equal(e.attributes['country'], undefined);
    });

    it('names each known country once, in member order', () => {
      const text = `${TWO_PLUS_TWO_EXPLICIT} The four ministers discussed the South China Sea.`;
      assert.equal(entityOf(text, 'The four ministers')?.attributes['country'], 'United States; Philippines');
      const both = 'Secretary of State Antony Blinken and Secretary of Defense Lloyd Austin arrived. Both leaders spoke.';
      assert.equal(entityOf(both, 'Both leaders')?.attributes['country'], 'United States');
    });
  });
});

describe('official groups: "Both men", "The two men"', () => {
  it('are the two officials just named; larger counts of men are not', () => {
    const text = 'Defense Secretary Lloyd Austin met Defense Minister Dong Jun. Both men talked. Police said three men were arrested. The three men were charged.';
    const groups = analyze(text).entities.filter((e) => e.type === 'official' && e.attributes['group'] === true);
    assert.deepEqual(groups.map((g) => [g.mentions.map((m) => m.text), g.attributes['members']]), [[['Both men'], ['official:lloyd-austin', 'official:dong-jun']]]);
  });
});
