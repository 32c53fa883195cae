// Agreement rules drawn from the article sets of the thirteenth session (CL, CM, CN). Each
// sentence here is written for the test; none is taken from an article, and the people are invented.
import * as assert from 'node:assert/strict';
import { agreementLinks } from './support/readouts';

describe('agreements (sets CL-CN): a place or a people hyphened to a participle modifies the head', () => {
  it('"the Qatar-brokered truce agreement" is a descriptive agreement, and "the agreement" joins it', () => {
    assert.deepEqual(agreementLinks('Qatar announced the Qatar-brokered truce agreement on Monday. Both sides said the agreement would hold.'), [
      'the Qatar-brokered truce agreement | the agreement',
    ]);
  });

  it('two capitalised parts ("Oman-Yemen") still make a pair of parties, not a participle', () => {
    assert.deepEqual(agreementLinks('Ministers praised the Oman-Yemen agreement on fisheries.'), ['the Oman-Yemen agreement']);
  });
});
