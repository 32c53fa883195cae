// Rules for officials drawn from the article sets CU, CV and CW (round 4). Each sentence here is
// written for the test; none is taken from an article, and the people are invented.
import * as assert from 'node:assert/strict';
import { mentions, officials } from './support/readouts';

describe('officials (set CU): an office set off after a name that only a rank introduced', () => {
  it('a command written in capitals ("Commander of NORAD") makes the general "the commander"', () => {
    assert.deepEqual(officials('General Paul Orrin, Commander of NORAD, welcomed the decision. "Radar is a cornerstone," the commander said.'), [
      'Paul Orrin: General Paul Orrin | the commander',
    ]);
  });

  it('and a command of two bodies joined by "and", to the appositive\'s end', () => {
    assert.deepEqual(officials('General Paul Orrin, Commander of NORAD and United States Northern Command, welcomed it. The commander said more.'), [
      'Paul Orrin: General Paul Orrin | The commander',
    ]);
  });

  it('a command with its full name was already the title (guard): the rank is still "the general"', () => {
    assert.deepEqual(officials('General Tom Ebb, Commander of U.S. Central Command, arrived. The commander spoke. Later the general left.'), [
      'Tom Ebb: General Tom Ebb | The commander | the general',
    ]);
  });

  it('a lower-case "commander of" a ship stays no office of the rank', () => {
    assert.deepEqual(officials('Captain Luc Aubry, commander of Forbin, said the drill ended. The commander left.'), [
      'Luc Aubry: Captain Luc Aubry',
    ]);
  });

  it('a spokesperson\'s role after a ranked name is the one "the spokesperson" refers back to', () => {
    assert.deepEqual(mentions('Commodore Ray Tallis, the coast guard\'s spokesperson, said the ship stayed. "We will not leave," the spokesperson said. Lin Mei, a China Coast Guard spokesperson, rejected the claim.', 'official'), [
      'Commodore Ray Tallis → Ray Tallis',
      'the spokesperson → Ray Tallis',
      'Lin Mei → Lin Mei',
    ]);
  });

  it('and the rank is still "the commodore"', () => {
    assert.deepEqual(officials('Commodore Ray Tallis, the Navy\'s spokesperson, posted a video. Later the commodore spoke again.'), [
      'Ray Tallis: Commodore Ray Tallis | the commodore',
    ]);
  });
});

describe('officials (set CU): a Security Council delegate whose speech a relative clause opens', () => {
  it('"Name (Country), whose delegation ..., said" is that country\'s delegate', () => {
    assert.deepEqual(officials('Speaking before the vote, Mara Quell (United States), whose delegation acted as penholder, said the text was balanced.'), [
      'Mara Quell: Mara Quell',
    ]);
  });

  it('"who chaired ..." too, but not without a verb of saying after the clause', () => {
    assert.deepEqual(officials('Ana Ruiz (Mexico), who chaired the committee, welcomed it. Tomas Berk (Norway), who arrived late, and his aides left.'), [
      'Ana Ruiz: Ana Ruiz',
    ]);
  });
});

describe('officials (set CU): "Mr. Secretary" asked of an under secretary who answers', () => {
  it('is the under secretary who answers the question', () => {
    assert.deepEqual(mentions('SENATOR HALE: Mr. Secretary, how many interceptors did we expend?\n\nMR. VOSS: Senator, I would prefer a classified setting.\n\nUnder Secretary of Defense Adam Voss testified.', 'official').filter((m) => m.includes('Voss')), [
      'Mr. Secretary → Adam Voss',
      'MR. VOSS → Adam Voss',
      'Under Secretary of Defense Adam Voss → Adam Voss',
    ]);
  });

  it('"Mr. President" is not asked of a vice president who answers (guard)', () => {
    assert.ok(!mentions('SENATOR HALE: Mr. President, how many interceptors did we expend?\n\nMR. VOSS: Senator, I would prefer a classified setting.\n\nVice President Adam Voss testified.', 'official').includes('Mr. President → Adam Voss'));
  });
});
