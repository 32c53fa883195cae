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
