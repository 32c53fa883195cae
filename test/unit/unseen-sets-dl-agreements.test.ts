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
