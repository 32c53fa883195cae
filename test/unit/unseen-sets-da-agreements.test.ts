// Agreement rules drawn from the article sets DA, DB, DC and DD (round 6). Each sentence here is
// written for the test; none is taken from an article, and the people are invented.
import * as assert from 'node:assert/strict';
import { agreementLinks } from './support/readouts';

describe('agreements (sets DA-DD): amounts, possessives and initials', () => {
  it('an amount after a peso sign (or won, yen) makes a contract as a dollar sign does', () => {
    assert.deepEqual(agreementLinks('The ministry signed a ₱12.4-billion contract for four patrol boats. Under the deal, the yard builds them by 2029.'), [
      'a ₱12.4-billion contract | the deal',
    ]);
  });

  it('guard: a currency sign set apart by a space is no amount of the reference', () => {
    assert.deepEqual(agreementLinks('The ministry signed a contract for four patrol boats. Under the deal, the yard builds them by 2029.'), [
      'a contract | the deal',
    ]);
  });

  it('a common noun\'s possessive after its determiner opens a reference: "the agency\'s framework contract"', () => {
    assert.deepEqual(agreementLinks('Under the agency\'s framework contract, the yard will build nine tugs.'), [
      'the agency\'s framework contract',
    ]);
  });

  it('guard: a superlative after a common noun\'s possessive describes, not refers', () => {
    assert.deepEqual(agreementLinks('Analysts called it the world\'s largest arms deal.'), []);
  });

  it('"the LOI" and "the LoI" are the letter of intent signed before', () => {
    assert.deepEqual(agreementLinks('Malta later signed a letter of intent. Under the LOI, Valletta joins as an observer.'), [
      'a letter of intent | the LOI',
    ]);
    assert.deepEqual(agreementLinks('Malta later signed a letter of intent. Under the LoI, Valletta joins as an observer.'), [
      'a letter of intent | the LoI',
    ]);
  });

  it('guard: "LOI" with no letter of intent before it is no agreement', () => {
    assert.deepEqual(agreementLinks('Malta later signed a contract. The LOI office opens in May.'), [
      'a contract',
    ]);
  });
});

describe('agreements (sets DA-DD): references that name none', () => {
  it('a head before "stage" or "phase" is a modifier: "move to the contract stage"', () => {
    assert.deepEqual(agreementLinks('The frigate project will move to the contract stage next year.'), []);
  });

  it('guard: "the contract" alone after a contract is still that contract', () => {
    assert.deepEqual(agreementLinks('Oslo signed a contract for two frigates. The project moves ahead under the contract next year.'), [
      'a contract | the contract',
    ]);
  });

  it('an agreement a condition asks for is none yet: "only if they conclude a bilateral agreement"', () => {
    assert.deepEqual(agreementLinks('Partner states can join only if they conclude a bilateral agreement with the bloc first.'), []);
  });

  it('guard: an agreement concluded, with no condition, is marked', () => {
    assert.deepEqual(agreementLinks('Partner states joined after they concluded a bilateral agreement with the bloc.'), [
      'a bilateral agreement',
    ]);
  });

  it('"not going to sign a contract" intends one, as "plans to sign a contract" does', () => {
    assert.deepEqual(agreementLinks('"We are not going to sign a contract that the yards cannot execute," Holm said.'), []);
  });

  it('a head before a question\'s verb is a reference: "What will the deal cost?"', () => {
    assert.deepEqual(agreementLinks('Oslo and Riga signed a government-to-government agreement on frigates. QUESTION: What will the deal cost?'), [
      'a government-to-government agreement | the deal',
    ]);
  });

  it('guard: "the deal cost" as a noun phrase stays no reference', () => {
    assert.deepEqual(agreementLinks('Oslo and Riga signed a government-to-government agreement on frigates. Holm said the deal cost was too high.'), [
      'a government-to-government agreement',
    ]);
  });
});

describe('agreements (sets DA-DD): a reference\'s own words and the agreement it joins', () => {
  it('a year joins a deal first called "the deal", which the story takes as known', () => {
    assert.deepEqual(agreementLinks('Under the deal, Ostrava was to withdraw. Novak, who negotiated the 2024 deal, said so.'), [
      'the deal | the 2024 deal',
    ]);
  });

  it('guard: a year does not join a deal just described as new', () => {
    assert.deepEqual(agreementLinks('Oslo signed a government-to-government agreement on Wednesday. It adds to the 2014 contract with Saab.'), [
      'a government-to-government agreement',
      'the 2014 contract',
    ]);
  });

  it('"on the group\'s behalf" does not restrict a reference to another agreement', () => {
    assert.deepEqual(agreementLinks('Oslo and Riga signed a border agreement in March. Holm, who negotiated the agreement on the group\'s behalf, praised it.'), [
      'a border agreement | the agreement',
    ]);
  });

  it('two subject words that the latest agreement lacks make another agreement', () => {
    assert.deepEqual(agreementLinks('The bill requires reports on the trilateral naval propulsion agreement with Oslo and Riga. Lawmakers are waiting for the topline budget deal.'), [
      'the trilateral naval propulsion agreement',
      'the topline budget deal',
    ]);
  });

  it('guard: subject words join an agreement first named by its partner only', () => {
    assert.deepEqual(agreementLinks('Valdor has signed an agreement with Riga to build drones. Under the joint venture agreement, a plant opens in May.'), [
      'an agreement | the joint venture agreement',
    ]);
  });

  it('"the contract" is a production agreement of its own sentence, not a contract named before', () => {
    assert.deepEqual(agreementLinks('Oslo received howitzers under a contract signed in Riga in 2024. Tallinn assembles the drones under a licensed production agreement with Valdor; local content will reach 50 percent by the end of the contract.'), [
      'a contract',
      'a licensed production agreement | the contract',
    ]);
  });

  it('guard: "the contract" after a cooperation agreement of its sentence is still the contract before', () => {
    assert.deepEqual(agreementLinks('Oslo received howitzers under a contract signed in Riga in 2024. Tallinn signed a defence cooperation agreement with Riga; deliveries end with the contract.'), [
      'a contract | the contract',
      'a defence cooperation agreement',
    ]);
  });
});
