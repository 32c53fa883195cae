// Agreement rules drawn from the article sets DL, DM and DN (round 8). Each sentence here is
// written for the test; none is taken from an article, and the people are invented.
import * as assert from 'node:assert/strict';
import { agreementLinks } from './support/readouts';

describe('agreements (sets DL-DN): forms that were missed', () => {
  it('a headline\'s bare MoU before "signed" is the story\'s memorandum', () => {
    assert.deepEqual(agreementLinks('Fleet chief reviews frigate plan as MoU signed with Breton yard\n\nVarden Docks signed a memorandum of understanding with Corlay Naval on Monday. The MoU covers two hulls.'), [
      'MoU | a memorandum of understanding | The MoU',
    ]);
  });

  it('guard: a headline\'s MoU before another verb stays unmarked', () => {
    assert.deepEqual(agreementLinks('Fleet chief reviews frigate plan as MoU talks stall\n\nThe yards met on Monday.'), []);
  });
});

describe('agreements (sets DL-DN): names with an abbreviated party', () => {
  it('a name\'s subject goes on past "U.S." before a hyphen: "Framework for the U.S.-Velorian Defense Partnership"', () => {
    assert.deepEqual(agreementLinks('The ministers reviewed the Framework for the U.S.-Velorian Defense Partnership last year. Under the Framework, both sides train together.'), [
      'Framework for the U.S.-Velorian Defense Partnership | the Framework',
    ]);
  });

  it('guard: a spaced hyphen after "U.S." joins no name', () => {
    assert.deepEqual(agreementLinks('The ministers reviewed the Framework for the U.S. - Velorian Defense Partnership last year.'), []);
  });
});

describe('agreements (sets DL-DN): appositives', () => {
  it('an indefinite description later in a name\'s sentence, opening a clause, is no mention', () => {
    assert.deepEqual(agreementLinks('Velor signed the Northern Defence Cooperation Agreement with Ostra in 2021, a pact later joined by Karsia.'), [
      'Northern Defence Cooperation Agreement',
    ]);
  });

  it('guard: the same description in the next sentence is an agreement', () => {
    assert.deepEqual(agreementLinks('Velor signed the Northern Defence Cooperation Agreement with Ostra in 2021. A pact signed in May covers radars.'), [
      'Northern Defence Cooperation Agreement',
      'A pact',
    ]);
  });
});

describe('agreements (sets DL-DN): a name in the background', () => {
  it('a name the sentence\'s subject reference acts on is in the background: "the deal" is the subject\'s', () => {
    assert.deepEqual(agreementLinks('Velor and Ostra signed a maritime security arrangement on Monday. The arrangement builds on the Northern Defence Cooperation Agreement signed in 2012. Officials said the deal covers patrols.'), [
      'a maritime security arrangement | The arrangement | the deal',
      'Northern Defence Cooperation Agreement',
    ]);
  });

  it('guard: a name that is itself the subject is still the latest', () => {
    assert.deepEqual(agreementLinks('Velor and Ostra signed a maritime security agreement on Monday. The Northern Defence Cooperation Agreement signed in 2012 covers exercises. Officials said the agreement covers patrols.'), [
      'a maritime security agreement',
      'Northern Defence Cooperation Agreement | the agreement',
    ]);
  });
});

describe('agreements (sets DL-DN): what a reference is for', () => {
  it('a reference "for" a designation in capitals the earlier contract does not name is another agreement', () => {
    assert.deepEqual(agreementLinks('The jets were bought under a contract signed with Arvel in 2022. Officials said the revised support agreement for the KX-9 reduced costs.'), [
      'a contract',
      'the revised support agreement',
    ]);
  });

  it('guard: "for" the designation the earlier contract names is that contract', () => {
    assert.deepEqual(agreementLinks('The jets were bought under a contract for ten KX-9 fighters signed with Arvel in 2022. Officials said the revised support agreement for the KX-9 reduced costs.'), [
      'a contract | the revised support agreement',
    ]);
  });
});

describe('agreements (sets DL-DN): a name in the background, after a relative clause', () => {
  it('the subject reference may have a relative clause between commas before its verb', () => {
    assert.deepEqual(agreementLinks('Velor and Ostra signed a maritime security arrangement on Monday. The arrangement, which lets the navies share fuel, builds on the Northern Defence Cooperation Agreement signed in 2012. Officials said the deal covers patrols.'), [
      'a maritime security arrangement | The arrangement | the deal',
      'Northern Defence Cooperation Agreement',
    ]);
  });

  it('the relative clause may hold a list with commas', () => {
    assert.deepEqual(agreementLinks('Velor and Ostra signed a maritime security arrangement on Monday. The arrangement, which lets the navies share fuel, food and spare parts, builds on the Northern Defence Cooperation Agreement signed in 2012. Officials said the deal covers patrols.'), [
      'a maritime security arrangement | The arrangement | the deal',
      'Northern Defence Cooperation Agreement',
    ]);
  });
});
