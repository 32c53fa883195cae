// Agreement rules drawn from the article sets CU, CV and CW (round 4). Each sentence here is
// written for the test; none is taken from an article, and the people are invented.
import * as assert from 'node:assert/strict';
import { agreementLinks } from './support/readouts';

describe('agreements (sets CU-CW): the agreement of the reference\'s own sentence', () => {
  it('"the contract" after a deal in its own sentence is that deal, not a contract named before', () => {
    assert.deepEqual(agreementLinks('In 2021 Lisbon signed a contract for 12 Gripen fighters. In May, Portugal signed a deal for 20 Hurjet trainers with Baykar; Rui Matos said the contract includes local assembly.'), [
      'a contract',
      'a deal | the contract',
    ]);
  });

  it('guard: "the contract" in a sentence of its own still goes back past a deal to the contract', () => {
    assert.deepEqual(agreementLinks('Lisbon signed a contract with Saab for 12 Gripen fighters. A separate deal with Baykar covers trainers. The contract includes local assembly of Gripen parts.'), [
      'a contract | The contract',
      'A separate deal',
    ]);
  });

  it('"the agreement" after a contract in its own sentence is that contract, not an agreement named before', () => {
    assert.deepEqual(agreementLinks('Denmark signed a letter of intent with Norway for radars. The board also released funds under the framework contract with Terma for ammunition; Terma said the agreement would keep its plant busy.'), [
      'a letter of intent',
      'the framework contract | the agreement',
    ]);
  });
});

describe('agreements (sets CU-CW): mentions', () => {
  it('a contract signed out of habit is generic: not marked', () => {
    assert.deepEqual(agreementLinks('The agency has too often signed a contract and then watched the supplier fail to deliver.'), []);
  });

  it('guard: a contract signed once is marked', () => {
    assert.deepEqual(agreementLinks('The agency signed a contract last week with a supplier in Ohio.'), ['a contract']);
  });

  it('"At the centre of ... is an arrangement": the subject after its verb is a mention', () => {
    assert.deepEqual(agreementLinks('At the centre of the announcement is a government-to-government arrangement with Chile. The arrangement covers frigates.'), [
      'a government-to-government arrangement | The arrangement',
    ]);
  });

  it('guard: a predicate after "is" in a plain sentence is still no mention', () => {
    assert.deepEqual(agreementLinks('The purchase is a government-to-government arrangement with Chile.'), []);
  });
});

describe('agreements (sets CU-CW): new against old, and initials', () => {
  it('"the new pact" is not the older agreement dated by its year', () => {
    assert.deepEqual(agreementLinks('Lima signed a defence cooperation agreement with Chile that would replace a 2011 accord. The new pact would allow joint training.'), [
      'a defence cooperation agreement | The new pact',
      'a 2011 accord',
    ]);
  });

  it('guard: "the new contract" with no other agreement named still refers back to the dated one', () => {
    assert.deepEqual(agreementLinks('Lima takes the radars under its 2020 contract. The new contract covers 40 more.'), [
      'its 2020 contract | The new contract',
    ]);
  });

  it('"intergovernmental" gives two initials: "an intergovernmental agreement ... The IGA"', () => {
    assert.deepEqual(agreementLinks('Lima and Quito signed an intergovernmental agreement on patrol boats. The IGA was signed by Ana Ruiz.'), [
      'an intergovernmental agreement | The IGA',
    ]);
  });

  it('guard: a word merely opening with "inter" in a short name gives no initials', () => {
    assert.deepEqual(agreementLinks('Lima signed an interim deal on patrol boats. The ID was lost.'), [
      'an interim deal',
    ]);
  });
});

describe('agreements (sets CU-CW): long descriptions', () => {
  it('a hyphenated pair of modifiers ("U.S.-Mexican") counts as one of the six words before the head', () => {
    assert.deepEqual(agreementLinks('Officials said the last remaining U.S.-Mexican water sharing river treaty would stand.'), [
      'the last remaining U.S.-Mexican water sharing river treaty',
    ]);
  });

  it('guard: seven words before the head are still too many', () => {
    assert.deepEqual(agreementLinks('Officials said the very last remaining Indian water sharing river treaty would stand.'), []);
  });
});

describe('agreements (sets CU-CW): name boundaries', () => {
  it('a name about a country by its formal name ends after it ("... in the Republic of South Sudan")', () => {
    assert.deepEqual(agreementLinks('Juba reaffirmed the Revitalized Agreement on the Resolution of the Conflict in the Republic of South Sudan on Monday.'), [
      'Revitalized Agreement on the Resolution of the Conflict in the Republic of South Sudan',
    ]);
  });

  it('guard: a city after "in the City of" is where it was signed, not part of the name', () => {
    assert.deepEqual(agreementLinks('Kyiv recalled the Accord on Grain Security in the City of Odesa.'), ['Accord on Grain Security']);
  });
});
