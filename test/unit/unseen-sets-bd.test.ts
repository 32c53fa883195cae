// Rules drawn from the article sets of the ninth session (BD, BE) and from the gaps the earlier
// sets left open. Each sentence here is written for the test; none is taken from an article.
import * as assert from 'node:assert/strict';
import { officials } from './support/readouts';
import { analyze } from '../../src/engine/analyze';

/** Each official as "name (title): mention | mention". */
const titled = (text: string): string[] => analyze(text).entities.filter((e) => e.type === 'official')
  .map((e) => `${e.name} (${String(e.attributes['title'] ?? '')}): ${e.mentions.map((m) => m.text).join(' | ')}`);

describe('officials: a named "official" of a body or country', () => {
  it('an appositive after an article names the person, the role is the title', () => {
    assert.deepEqual(titled('A senior Hamas official, Taher Rahim, said the group would respond. Rahim gave no date.'), [
      'Taher Rahim (senior Hamas official): Taher Rahim | Rahim',
    ]);
  });

  it('right before the name the role is in the span', () => {
    assert.deepEqual(titled('Kremlin official Pavel Orlov said the talks were over.'), ['Pavel Orlov (Kremlin official): Kremlin official Pavel Orlov']);
  });

  it('a nationality is the country, not the title', () => {
    assert.deepEqual(analyze('An Israeli official, Omer Dahan, said it.').entities.filter((e) => e.type === 'official').map((e) => [e.name, e.attributes['country']]), [
      ['Omer Dahan', 'Israel'],
    ]);
  });

  it('"official" as an adjective, or with no body before it, names no one', () => {
    assert.deepEqual(officials('The official Xinhua News Agency said so. Chinese official media Xinhua agreed. Officials John Doe and Jane Roe left.'), []);
  });

  it('an appositive without an article is a list, not a role', () => {
    assert.deepEqual(officials('He thanked the Pentagon official, and Taher Rahim, a student, and Pentagon official, Jane Roe.'), []);
  });
});
