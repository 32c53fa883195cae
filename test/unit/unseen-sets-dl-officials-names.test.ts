// Rules for officials' names and titles drawn from the article sets DL, DM and DN (and leftovers of DH-DK).
// Each sentence here is written for the test; none is taken from an article, and the people are invented.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine/analyze';
import { mentions, titles } from './support/readouts';

describe('officials (set DL): an organisation\'s name before the office belongs to the title', () => {
  it('a UN mission\'s initials of seven letters open the title ("MINUSCA Force Commander ...")', () => {
    assert.deepEqual(mentions('MINUSCA Force Commander Lieutenant General Rui Lima spoke on Monday.', 'official'), [
      'MINUSCA Force Commander Lieutenant General Rui Lima → Rui Lima',
    ]);
  });

  it('a coast guard\'s name before its "Commander" is in the title', () => {
    assert.deepEqual(mentions('Norland Coast Guard Commander Lieutenant General Tran Van Minh spoke on Monday.', 'official'), [
      'Norland Coast Guard Commander Lieutenant General Tran Van Minh → Tran Van Minh',
    ]);
  });

  it('a party\'s name before "lawmaker" is in the title', () => {
    assert.deepEqual(titles('Zentrum lawmaker Per Lund objected.'), ['Per Lund (Zentrum lawmaker)']);
  });

  it('a date before "lawmaker" is no party (guard)', () => {
    assert.deepEqual(mentions('On Monday lawmaker Per Lund objected.', 'official'), ['lawmaker Per Lund → Per Lund']);
  });
});

describe('officials (set DM): a title-case headline\'s verb after a surname', () => {
  it('"Minister Kato Inspects Upgraded Type 12" ends the name at the verb; "KATO Hiroshi" later is him', () => {
    const text = 'Minister Kato Inspects Upgraded Type 12 in Manila\n\nDefense Minister KATO Hiroshi visited the unit. Kato said it was ready.';
    assert.deepEqual(mentions(text, 'official'), [
      'Minister Kato → Kato Hiroshi',
      'Defense Minister KATO Hiroshi → Kato Hiroshi',
      'Kato → Kato Hiroshi',
    ]);
  });

  it('another family name in capitals is someone else (guard)', () => {
    assert.deepEqual(mentions('Minister Kato Visits Fleet in Manila\n\nDefense Minister MORI Hiroshi visited the unit.', 'official'), [
      'Minister Kato → Kato',
      'Defense Minister MORI Hiroshi → Mori Hiroshi',
    ]);
  });
});

describe('officials (set DN): a British "Secretary of State for <place>" before an appositive name', () => {
  it('"The Secretary of State for Norland, Ian Brock," is titled with the place, in the United Kingdom', () => {
    const text = 'Defence Secretary Tom Hale spoke. The Secretary of State for Norland, Ian Brock, also attended.';
    assert.deepEqual(titles(text), ['Tom Hale (Defence Secretary)', 'Ian Brock (Secretary of State for Norland)']);
    assert.deepEqual(analyze(text).entities.filter((e) => e.type === 'official' && e.name === 'Ian Brock').map((e) => e.attributes['country']), ['United Kingdom']);
  });

  it('"for <place>," after a verb is no office (guard)', () => {
    assert.deepEqual(mentions('We voted for Norland, Ian Brock, said.', 'official'), []);
  });
});

describe('officials (set DL): an office "in charge of" a portfolio', () => {
  it('"Minister Delegate in charge of National Defence Administration Omar Idrissi" is one mention; "Idrissi" later is him', () => {
    const text = 'In Rabat, Minister Delegate in charge of National Defence Administration Omar Idrissi signed an agreement. Idrissi said it was historic.';
    assert.deepEqual(mentions(text, 'official'), [
      'Minister Delegate in charge of National Defence Administration Omar Idrissi → Omar Idrissi',
      'Idrissi → Omar Idrissi',
    ]);
  });

  it('a named officer put "in charge of" a unit keeps his rank only (guard)', () => {
    assert.deepEqual(mentions('He put General Tom Hale in charge of the Army.', 'official'), ['General Tom Hale → Tom Hale']);
  });
});

describe('officials (set DM): a role in a relative clause after a name', () => {
  it('"Tom Hale, who served as special envoy for arms control," is an official with that title', () => {
    assert.deepEqual(titles('Tom Hale, who served as special envoy for arms control, floated the idea in 2020.'), ['Tom Hale (special envoy for arms control)']);
  });

  it('"Ana Ruiz, who as Minister for Defence Industry has ..." is an official with that title', () => {
    assert.deepEqual(titles('I want to thank Ana Ruiz, who as Minister for Defence Industry has done so much.'), ['Ana Ruiz (Minister for Defence Industry)']);
  });

  it('"who as a boy" or "who served as cook" is no office (guard)', () => {
    assert.deepEqual(mentions('Tom Hale, who served as cook for the crew, left. Ana Ruiz, who as a girl lived there, left.', 'official'), []);
  });
});

describe('officials (set DL): the first word of a compound surname alone', () => {
  it('"General de Souza" after "Lieutenant General Rui de Souza Lima" is him', () => {
    assert.deepEqual(mentions('Lieutenant General Rui de Souza Lima spoke on Monday. General de Souza said the patrols would go on.', 'official'), [
      'Lieutenant General Rui de Souza Lima → Rui de Souza Lima',
      'General de Souza → Rui de Souza Lima',
    ]);
  });

  it('after other particles it is someone else (guard)', () => {
    assert.deepEqual(mentions('Lieutenant General Rui da Souza Lima spoke on Monday. General de Souza said the patrols would go on.', 'official'), [
      'Lieutenant General Rui da Souza Lima → Rui da Souza Lima',
      'General de Souza → de Souza',
    ]);
  });
});

describe('officials (set DN): an organisation\'s initials after the office, later without the name', () => {
  it('"The Chairman NDRO" after "Chairman NDRO Dr Ravi K Menon" keeps the initials', () => {
    assert.deepEqual(mentions('Chairman NDRO Dr Ravi K Menon spoke on Monday. The Chairman NDRO said it was ready.', 'official'), [
      'Chairman NDRO Dr Ravi K Menon → Ravi K Menon',
      'The Chairman NDRO → Ravi K Menon',
    ]);
  });

  it('initials never read after the office before stay out (guard)', () => {
    assert.deepEqual(mentions('Chairman NDRO Dr Ravi K Menon spoke on Monday. The Chairman ISRO said it was ready.', 'official'), [
      'Chairman NDRO Dr Ravi K Menon → Ravi K Menon',
      'The Chairman → Ravi K Menon',
    ]);
  });
});

describe('officials (set DM): a company\'s name with "and" between two of its nouns', () => {
  it('"Norsk Defence and Space CEO Per Lund" takes the whole company into the title', () => {
    assert.deepEqual(mentions('Norsk Defence and Space CEO Per Lund said the yard was full.', 'official'), [
      'Norsk Defence and Space CEO Per Lund → Per Lund',
    ]);
  });

  it('a list of two companies before "CEO" keeps only the second (guard)', () => {
    assert.deepEqual(mentions('Norsk and Vestra CEO Per Lund said the yard was full.', 'official'), [
      'Vestra CEO Per Lund → Per Lund',
    ]);
  });
});

describe('officials (set DN): a party\'s member in an appositive', () => {
  it('"Ian Brock, the Liberal Democrat member," is an official titled by the party', () => {
    assert.deepEqual(titles('Ian Brock, the Liberal Democrat member, questioned the minister.'), ['Ian Brock (Liberal Democrat member)']);
  });

  it('a member of something else is no office (guard)', () => {
    assert.deepEqual(mentions('Ian Brock, the Liberal member of the club, left.', 'official'), []);
  });
});
