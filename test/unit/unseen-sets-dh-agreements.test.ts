// Rules for agreements drawn from the article sets DH, DI, DJ and DK (round 16). Each sentence here
// is written for the test; none is taken from an article, and the people are invented.
import * as assert from 'node:assert/strict';
import { agreementLinks } from './support/readouts';

describe('agreements (set DI): a party\'s country adjective on a later description', () => {
  it('"the Peruvian deal" after "Lima signed a contract for 20 jets" is that contract', () => {
    assert.deepEqual(agreementLinks('Lima signed a contract for 20 Gripen jets in May. Swedish officials say the Peruvian deal includes training.'), [
      'a contract | the Peruvian deal',
    ]);
  });

  it('a country only mentioned beside an agreement not made in the sentence keeps its own deal (guard)', () => {
    assert.deepEqual(agreementLinks('Peru flies jets bought under a 2002 deal with Lockheed Martin. Officials say the Peruvian deal includes training.'), [
      'a 2002 deal',
      'the Peruvian deal',
    ]);
  });
});

describe('agreements (set DH): a quoted description after a verb of calling', () => {
  it('"which Vance called \'the right deal for our security\'" characterises the treaty, no mention', () => {
    assert.deepEqual(agreementLinks('London signed the Port Island treaty, which Vance called \'the right deal for our security\'.'), [
      'the Port Island treaty',
    ]);
  });

  it('unquoted, the description after "called" is its object, still a mention (guard)', () => {
    assert.deepEqual(agreementLinks('London signed the Port Island treaty. Vance called the deal historic.'), [
      'the Port Island treaty | the deal',
    ]);
  });
});

describe('agreements (set DH): a contract for another thing from another company', () => {
  it('"The contract for 40 aircraft from BNL" after "a contract with ACM for radars" is another contract', () => {
    assert.deepEqual(agreementLinks('The ministry signed a contract with ACM for radars. The contract for 40 additional aircraft from BNL was signed in May.'), [
      'a contract',
      'The contract',
    ]);
  });

  it('the same company after "from" keeps the contract (guard)', () => {
    assert.deepEqual(agreementLinks('The ministry signed a contract with ACM for radars. The contract for 40 radars from ACM was signed in May.'), [
      'a contract | The contract',
    ]);
  });
});

describe('agreements (set DJ): another country\'s "own" agreement by the same initials', () => {
  it('"Norway\'s own DCA" after Finland\'s Defense Cooperation Agreement is another agreement', () => {
    assert.deepEqual(agreementLinks('Finland\'s Defense Cooperation Agreement (DCA) with the United States covers 15 sites. Norway\'s own DCA covers 12 locations.'), [
      'Defense Cooperation Agreement | DCA',
      'DCA',
    ]);
  });

  it('a later "the DCA" is still the first agreement (guard)', () => {
    assert.deepEqual(agreementLinks('Finland\'s Defense Cooperation Agreement (DCA) with the United States covers 15 sites. Officials say the DCA covers 12 locations.'), [
      'Defense Cooperation Agreement | DCA | DCA',
    ]);
  });
});

describe('agreements (set DJ): an organisation\'s long acronym before an agreement\'s head', () => {
  it('"the BALTSECO memorandum of understanding" is marked whole, apart from an earlier memorandum', () => {
    assert.deepEqual(agreementLinks('Latvia and Estonia signed a memorandum of understanding in 2019. All three Baltic governments are party to the BALTSECO memorandum of understanding.'), [
      'a memorandum of understanding',
      'the BALTSECO memorandum of understanding',
    ]);
  });

  it('in text all in capitals a long word is no acronym (guard)', () => {
    assert.deepEqual(agreementLinks('THE GOVERNMENT SIGNED THE AGREEMENT ON TUESDAY.'), [
      'THE AGREEMENT',
    ]);
  });
});
