// Rules for officials' names, titles and groups drawn from the article sets DH, DI, DJ and DK.
// Each sentence here is written for the test; none is taken from an article, and the people are invented.
import * as assert from 'node:assert/strict';
import { mentions, titles } from './support/readouts';

describe('officials (set DH): the Royal Navy\'s "First Sea Lord" and "Second Sea Lord"', () => {
  it('"First Sea Lord General Sir Ian Brock" is one mention, titled "First Sea Lord"; "The First Sea Lord" later is him', () => {
    const text = 'First Sea Lord General Sir Ian Brock spoke on Monday. The First Sea Lord said the fleet was ready.';
    assert.deepEqual(mentions(text, 'official'), [
      'First Sea Lord General Sir Ian Brock → Ian Brock',
      'The First Sea Lord → Ian Brock',
    ]);
    assert.deepEqual(titles(text), ['Ian Brock (First Sea Lord)']);
  });

  it('"Second Sea Lord Vice Admiral Tom Hale" takes the office into the mention', () => {
    assert.deepEqual(mentions('Second Sea Lord Vice Admiral Tom Hale spoke on Monday.', 'official'), [
      'Second Sea Lord Vice Admiral Tom Hale → Tom Hale',
    ]);
  });

  it('"Sea Lord" with no ordinal, and "Lord" alone, are no office (guard)', () => {
    assert.deepEqual(mentions('Near the South China Sea Lord Howell said the talks failed. Lord Ashcroft agreed.', 'official'), []);
  });
});

describe('officials (set DK): a compound surname after particles', () => {
  it('"General de Souza Lima" after "Lieutenant General Rui de Souza Lima" is one mention of him', () => {
    assert.deepEqual(mentions('Lieutenant General Rui de Souza Lima spoke on Monday. General de Souza Lima said the patrols would go on.', 'official'), [
      'Lieutenant General Rui de Souza Lima → Rui de Souza Lima',
      'General de Souza Lima → Rui de Souza Lima',
    ]);
  });

  it('a word after the particles\' surname that ends no known compound stays out (guard)', () => {
    assert.deepEqual(mentions('Lieutenant General Rui de Souza Lima spoke on Monday. President de Souza Costa said the patrols would go on.', 'official'), [
      'Lieutenant General Rui de Souza Lima → Rui de Souza Lima',
      'President de Souza → de Souza',
    ]);
  });
});

describe('officials (set DK): a company before its "managing director"', () => {
  it('"Norsk Systems managing director Per Lund" takes the company into the title', () => {
    assert.deepEqual(mentions('Norsk Systems managing director Per Lund said the yard was full.', 'official'), [
      'Norsk Systems managing director Per Lund → Per Lund',
    ]);
  });

  it('a date before "managing director" is no company (guard)', () => {
    assert.deepEqual(mentions('In May managing director Per Lund said the yard was full.', 'official'), [
      'managing director Per Lund → Per Lund',
    ]);
  });
});

describe('officials (set DI): a company\'s "president and CEO"', () => {
  it('"Norsk president and CEO Per Lund" is one span from the company on', () => {
    assert.deepEqual(mentions('Norsk president and CEO Per Lund said the yard was full.', 'official'), [
      'Norsk president and CEO Per Lund → Per Lund',
    ]);
  });

  it('after "the", the office before "and" stays apart (guard)', () => {
    assert.deepEqual(mentions('The Norsk president and CEO Per Lund said the yard was full.', 'official'), [
      'CEO Per Lund → Per Lund',
    ]);
  });
});

describe('officials (set DH): a Program Executive Officer and the portfolio after the office', () => {
  it('"Program Executive Officer Land Combat Systems Carl Ross" is one span, the portfolio in the title', () => {
    assert.deepEqual(titles('Program Executive Officer Land Combat Systems Carl Ross said the tests went well.'), [
      'Carl Ross (Program Executive Officer Land Combat Systems)',
    ]);
  });

  it('"Program Executive Officer for Surface Ships Rear Adm. Tom Hale": the span runs from the office to the name', () => {
    assert.deepEqual(mentions('Program Executive Officer for Surface Ships Rear Adm. Tom Hale said the boats were late.', 'official'), [
      'Program Executive Officer for Surface Ships Rear Adm. Tom Hale → Tom Hale',
    ]);
  });

  it('the office as an appositive, its portfolio ending in "and ...", takes no name from the portfolio (guard)', () => {
    assert.deepEqual(mentions('Rear Adm. Tom Hale, Program Executive Officer for Unmanned Aviation and Strike Weapons, said the boats were late.', 'official'), [
      'Rear Adm. Tom Hale → Tom Hale',
    ]);
  });

  it('a company\'s "Chief Executive Officer" is unchanged (guard)', () => {
    assert.deepEqual(mentions('Chief Executive Officer Carl Ross said the tests went well.', 'official'), [
      'Chief Executive Officer Carl Ross → Carl Ross',
    ]);
  });
});
