// Agreement rules drawn from the article sets DE, DF and DG (round 7). Each sentence here is
// written for the test; none is taken from an article, and the people are invented.
import * as assert from 'node:assert/strict';
import { agreementLinks } from './support/readouts';

describe('agreements (sets DE-DG): years and initials that pick one', () => {
  it('a year a descriptive agreement was first dated by picks it past a later one, restricted or not', () => {
    assert.deepEqual(agreementLinks('Under a 2016 memorandum of understanding, Vantor is building two tankers. Both ministers signed a new MOU in May on radars. The 2016 MOU on the tankers is not affected.'), [
      'a 2016 memorandum of understanding | The 2016 MOU',
      'a new MOU',
    ]);
  });

  it('guard: a restricted reference with no year of its own still starts another', () => {
    assert.deepEqual(agreementLinks('Under a 2016 memorandum of understanding, Vantor is building two tankers. The memorandum on radars is separate.'), [
      'a 2016 memorandum of understanding',
      'The memorandum',
    ]);
  });

  it('initials of the modifiers of a descriptive contract name it: "the LRIP contract"', () => {
    assert.deepEqual(agreementLinks('Korvan is building the drones under the current low-rate initial production contract. Korvan took a charge on the LRIP contract in May.'), [
      'the current low-rate initial production contract | the LRIP contract',
    ]);
  });

  it('guard: initials the contract\'s words do not spell are another contract', () => {
    assert.deepEqual(agreementLinks('Korvan is building the drones under the current low-rate initial production contract. Korvan took a charge on the FMS contract in May.'), [
      'the current low-rate initial production contract',
      'the FMS contract',
    ]);
  });
});

describe('agreements (sets DE-DG): references that name none', () => {
  it('a budget memorandum is a government\'s own paper, no agreement', () => {
    assert.deepEqual(agreementLinks('The cabinet will spend the money freed up in the autumn budget memorandum.'), []);
  });

  it('guard: a memorandum of understanding is still one', () => {
    assert.deepEqual(agreementLinks('The cabinet approved the memorandum of understanding with Oslo.'), [
      'the memorandum of understanding',
    ]);
  });

  it('the object of a verb after "neither" or "never" is no agreement', () => {
    assert.deepEqual(agreementLinks('Neither Lisbon nor Rabat has confirmed a contract for the corvettes.'), []);
    assert.deepEqual(agreementLinks('Rabat has never signed a deal for the corvettes.'), []);
  });

  it('guard: a verb not denied keeps its object, and "never ... until" opens a clause', () => {
    assert.deepEqual(agreementLinks('Rabat confirmed a contract for the corvettes.'), [
      'a contract',
    ]);
    assert.deepEqual(agreementLinks('Rabat would never deploy until a status of mission agreement is signed.'), [
      'a status of mission agreement',
    ]);
  });

  it('what a letter of intent was turned into is no mention of its own', () => {
    assert.deepEqual(agreementLinks('Lisbon signed a letter of intent in March; talks went on until the letter of intent was turned into a contract.'), [
      'a letter of intent | the letter of intent',
    ]);
  });

  it('guard: "entered into a contract" is one', () => {
    assert.deepEqual(agreementLinks('Lisbon entered into a contract with Vantor in March.'), [
      'a contract',
    ]);
  });
});

describe('agreements (sets DE-DG): what a span takes in', () => {
  it('a numeral ordinal before a named agreement\'s initials is the name\'s own: "the 12th SMA"', () => {
    assert.deepEqual(agreementLinks('Rovia and Tarsk signed the Joint Burden Agreement in 2024. The 12th JBA raises the share.'), [
      'Joint Burden Agreement | 12th JBA',
    ]);
  });

  it('guard: a word ordinal before the initials stays out of the span', () => {
    assert.deepEqual(agreementLinks('Rovia and Tarsk signed the Joint Burden Agreement in 2024. The first JBA raised the share.'), [
      'Joint Burden Agreement | JBA',
    ]);
  });

  it('a country\'s letters glued to a currency sign do not count against the six modifiers', () => {
    assert.deepEqual(agreementLinks('A US$2bn Foreign Military Financing direct loan agreement signed in 2023 paid for the boats.'), [
      'A US$2bn Foreign Military Financing direct loan agreement',
    ]);
  });

  it('guard: seven modifiers with no currency letters are still too many', () => {
    assert.deepEqual(agreementLinks('A large new Foreign Military Financing direct loan agreement signed in 2023 paid for the boats.'), []);
  });
});

describe('agreements (sets DE-DG): headlines', () => {
  it('a headline\'s subject deal takes in a truce\'s word and a party\'s name: "as Lebanon ceasefire deal holds"', () => {
    assert.deepEqual(agreementLinks('Markets calm as Lebanon ceasefire deal holds\n\nBoth sides traded fire on Sunday.'), [
      'Lebanon ceasefire deal',
    ]);
  });

  it('guard: a company\'s name before the words is a longer noun phrase, not parties', () => {
    assert.deepEqual(agreementLinks('Vantor Marine supply deal holds\n\nBoth sides traded fire on Sunday.'), []);
  });
});

describe('agreements (sets DE-DG): charters', () => {
  it('"the charter" is a charter named before', () => {
    assert.deepEqual(agreementLinks('Rovia and Tarsk signed the Amber Coast Charter in 2023. Under the charter, each state must help the other.'), [
      'Amber Coast Charter | the charter',
    ]);
  });

  it('guard: "the charter" with no charter named before is none', () => {
    assert.deepEqual(agreementLinks('The airline flew a charter flight to Tarsk. The party changed the charter last year.'), []);
  });
});

describe('agreements (sets DE-DG): a known acronym as another agreement\'s modifier', () => {
  it('"the NPT safeguards agreement" is a descriptive agreement of its own, the acronym inside its span', () => {
    assert.deepEqual(agreementLinks('Rovia signed the NPT safeguards agreement with the agency in 1974. Inspectors said the agreement was breached.'), [
      'the NPT safeguards agreement | the agreement',
    ]);
  });

  it('guard: the acronym before a noun that is no agreement\'s head is still marked', () => {
    assert.deepEqual(agreementLinks('Rovia joined the NPT in 1970. The NPT review conference opens in May.'), [
      'NPT | NPT',
    ]);
  });
});
