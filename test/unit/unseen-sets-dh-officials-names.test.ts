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
