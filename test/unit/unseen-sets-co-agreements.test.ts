// Rules drawn from the article sets of the thirteenth session (CO, CP, CQ), agreements. Each
// sentence here is written for the test; none is taken from an article, and the people are invented.
import * as assert from 'node:assert/strict';
import { agreementLinks } from './support/readouts';

describe('agreements (sets CO-CQ): a plural name\'s short form', () => {
  it('"the accords" and "the agreements" after a plural name are that agreement', () => {
    assert.deepEqual(agreementLinks('The Harbor Accords were signed in Muscat. The accords held, and no party has left the agreements.'), [
      'Harbor Accords | The accords | the agreements',
    ]);
  });

  it('after a singular name a plural head is several agreements, and no mention', () => {
    assert.deepEqual(agreementLinks('The Harbor Treaty was signed in Muscat. The agreements on trade came later.'), ['Harbor Treaty']);
  });
});

describe('agreements (sets CO-CQ): a pact is no purchase contract', () => {
  it('"the new pact" goes past a contract to buy jets to the agreement between the governments', () => {
    assert.deepEqual(agreementLinks('The two states signed a defence cooperation agreement. Ruritania also signed a contract to buy K-9 howitzers. Under the new pact, a committee will meet.'), [
      'a defence cooperation agreement | the new pact',
      'a contract',
    ]);
  });

  it('"the contract" still goes to the contract', () => {
    assert.deepEqual(agreementLinks('The two states signed a defence cooperation agreement. Ruritania also signed a contract to buy K-9 howitzers. Under the contract, deliveries start soon.'), [
      'a defence cooperation agreement',
      'a contract | the contract',
    ]);
  });
});

describe('agreements (sets CO-CQ): initials set apart', () => {
  it('"a separate OTA" is another agreement than the one its initials were defined for', () => {
    assert.deepEqual(agreementLinks('The Army awarded an other transaction agreement for the rifle. It also signed a separate OTA for radios.'), [
      'an other transaction agreement',
      'a separate OTA',
    ]);
  });

  it('"the OTA" alone is the defined one', () => {
    assert.deepEqual(agreementLinks('The Army awarded an other transaction agreement for the rifle. The OTA runs to 2030.'), [
      'an other transaction agreement | The OTA',
    ]);
  });

  it('"G2G" spells government-to-government: "the G2G deal" is that agreement', () => {
    assert.deepEqual(agreementLinks('Ruritania concluded a government-to-government agreement with Brazil. The G2G deal covers training.'), [
      'a government-to-government agreement | The G2G deal',
    ]);
  });

  it('another acronym with a digit is not the government-to-government agreement', () => {
    assert.deepEqual(agreementLinks('Ruritania concluded a government-to-government agreement with Brazil. The B2B deal covers training.').length, 2);
  });

  it('initials in two words in parentheses ("PfP SOFA") are the name\'s, there and later', () => {
    assert.deepEqual(agreementLinks('Ruritania signed the Partnership for Peace Status of Forces Agreement (PfP SOFA) in 2004. The PfP SOFA covers troops.'), [
      'Partnership for Peace Status of Forces Agreement | PfP SOFA | PfP SOFA',
    ]);
  });

  it('two words in parentheses that are not the initials stay apart', () => {
    assert.deepEqual(agreementLinks('Ruritania signed the Partnership for Peace Status of Forces Agreement (Brussels Office) in 2004.'), [
      'Partnership for Peace Status of Forces Agreement',
    ]);
  });
});

describe('agreements (sets CO-CQ): where a name ends', () => {
  it('a known name is whole before a lower-case "on the": "the Oslo Accords on the White House lawn"', () => {
    assert.deepEqual(agreementLinks('Ivan Petrov signed the Oslo Accords on the White House lawn.'), ['Oslo Accords']);
  });

  it('"with NATO" after a memorandum\'s subject names its party, not its subject', () => {
    assert.deepEqual(agreementLinks('Ruritania signed the Memorandum of Understanding on Host Nation Support with NATO in 2015.'), [
      'Memorandum of Understanding on Host Nation Support',
    ]);
  });

  it('a capitalised subject after "with" stays in the title', () => {
    assert.deepEqual(agreementLinks('Ruritania signed the Memorandum of Understanding on Cooperation with Third Countries in 2015.'), [
      'Memorandum of Understanding on Cooperation with Third Countries',
    ]);
  });
});

describe('agreements (sets CO-CQ): plural short form among the recent', () => {
  it('"the accords" after a deal named since the plural name is still that name', () => {
    assert.deepEqual(agreementLinks('The Harbor Accords were signed in Muscat. Ruritania later signed a contract for 40 F-16 jets. The biggest unfinished business of the accords is trade.'), [
      'Harbor Accords | the accords',
      'a contract',
    ]);
  });
});

describe('agreements (sets CO-CQ): indefinite references', () => {
  it('"Another" opens a new agreement: "Another framework contract covers trucks"', () => {
    assert.deepEqual(agreementLinks('Ruritania signed a framework contract for rifles. Another framework contract covers 6,500 trucks.'), [
      'a framework contract',
      'Another framework contract',
    ]);
  });

  it('after a fronted "Among ...", "is" puts the subject after it: "is an agreement with" is one', () => {
    assert.deepEqual(agreementLinks('Among the contracts approved is an agreement with Acme for artillery ammunition.'), ['an agreement']);
  });

  it('"is an agreement" without a fronted "Among" stays a predicate', () => {
    assert.deepEqual(agreementLinks('The plan approved is an agreement with Acme for artillery ammunition.'), []);
  });

  it('a kind of agreement ("The traditional contract is slow") is no mention', () => {
    assert.deepEqual(agreementLinks('Ruritania signed a contract for rifles. The traditional contract is not always the fastest way.'), ['a contract']);
  });

  it('the alternative a question asks about ("..., or a direct commercial contract?") is no mention', () => {
    assert.deepEqual(agreementLinks('Senator Vale: Will that be a loan with Japan, or a direct commercial contract?'), []);
  });

  it('an alternative in a statement still is one', () => {
    assert.deepEqual(agreementLinks('Ruritania chose a loan with Japan, or a direct commercial contract, last year.'), ['a direct commercial contract']);
  });
});

describe('agreements (sets CO-CQ): headline verbs', () => {
  it('"close ... deal" and "unveil ... deal" in a headline name a deal', () => {
    assert.deepEqual(agreementLinks('Navy pushes ministry to close submarine deal by March\n\nThe Navy has asked the ministry to hurry.'), ['submarine deal']);
    assert.deepEqual(agreementLinks('Defence chiefs unveil Brazil deal\n\nThe chiefs met in Abuja.'), ['Brazil deal']);
  });

  it('"close" ends a title-case name in a headline: "Saudi Arabia Close In on Defense Pact"', () => {
    assert.deepEqual(agreementLinks('US, Ruritania Close In on Defense Pact\n\nThe two states met.'), ['Defense Pact']);
  });
});

describe('agreements (sets CO-CQ): a company\'s possessive and plural kinds', () => {
  it('a company\'s two-word possessive determines a reference, its name in the span: "Acme Dynamics\' existing contract"', () => {
    assert.deepEqual(agreementLinks('The Army will extend Acme Dynamics\'s existing multiyear contract for interceptors.'), [
      'Acme Dynamics\'s existing multiyear contract',
    ]);
  });

  it('an office\'s possessive after "the" is none: "the Defense Department\'s daily contract announcements"', () => {
    assert.deepEqual(agreementLinks('The order was posted in the Defense Department\'s daily contract announcements.'), []);
  });

  it('a plural name that another name has in the singular is several agreements: "the agreements" is none', () => {
    assert.deepEqual(agreementLinks('Ruritania and Utopia signed separate Harbor Cooperation Agreements with Ostland. The Ruritania-Ostland Harbor Cooperation Agreement covers ports. Moscow protested the agreements.').some((l) => l.includes('the agreements')), false);
  });
});
