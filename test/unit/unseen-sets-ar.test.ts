// Rules drawn from the article sets of the eighth session (AR, AS, AT: Xinhua, Japanese and
// Ukrainian ministry releases, Daily Sabah, Times of Israel, CRS, Military Times, JoongAng, Arab
// News, French armed forces releases, Nikkei, army.mil, The Hindu, Dawn, Nigerian Defence HQ,
// RFE/RL, ASPI, UK written answers), and from gaps the seventh session's sets left open. Each
// sentence here is written for the test; none is taken from an article.
import * as assert from 'node:assert/strict';
import { officials } from './support/readouts';

describe('officials: a country\'s "delegate" or "envoy" is its ambassador or permanent representative', () => {
  it('"The Russian delegate" refers back to the Russian ambassador at the Council', () => {
    assert.deepEqual(officials('Russian Ambassador Vassily Nebenzia told the Security Council the strike was illegal. The Russian delegate said Moscow would veto it.'), [
      'Vassily Nebenzia: Russian Ambassador Vassily Nebenzia | The Russian delegate',
    ]);
  });

  it('"the Chinese envoy" is China\'s permanent representative', () => {
    assert.deepEqual(officials('China\'s Permanent Representative to the UN Fu Cong abstained. The Chinese envoy said little.'), [
      'Fu Cong: China\'s Permanent Representative to the UN Fu Cong | The Chinese envoy',
    ]);
  });

  it('a delegate is not a foreign minister, nor a delegate with no nationality anyone', () => {
    assert.deepEqual(officials('Russian Foreign Minister Sergey Lavrov spoke in Geneva. The Russian delegate left early. The delegate from Malta spoke last.'), [
      'Sergey Lavrov: Russian Foreign Minister Sergey Lavrov',
    ]);
  });

  it('"the special envoy" is not an ambassador: the qualifier must be in the title', () => {
    assert.deepEqual(officials('U.S. Ambassador Linda Thomas-Greenfield spoke first. The special envoy did not attend.'), [
      'Linda Thomas-Greenfield: U.S. Ambassador Linda Thomas-Greenfield',
    ]);
  });
});
