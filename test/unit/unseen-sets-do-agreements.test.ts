// Agreement rules drawn from the article sets DO, DP, DQ and DR (round 9). Each sentence here is
// written for the test; none is taken from an article, and the people are invented.
import * as assert from 'node:assert/strict';
import { agreementLinks } from './support/readouts';

describe('agreements (sets DO-DR): agreements not made', () => {
  it('"absent a treaty" names no treaty', () => {
    assert.deepEqual(agreementLinks('Marden warned that, absent a treaty, nothing would stop the tests.'), []);
  });

  it('"studying a similar arrangement" names none', () => {
    assert.deepEqual(agreementLinks('Marden said the ministry was studying a similar arrangement with the Ostran army.'), []);
  });

  it('an indefinite agreement right before a modal is still to come', () => {
    assert.deepEqual(agreementLinks('Velor bought 12 radars from Ostra. A separate engine contract would follow next year.'), []);
  });

  it('guard: an indefinite agreement that "could be signed" is the one negotiated', () => {
    assert.deepEqual(agreementLinks('Velor is negotiating a radar sale with Ostra. Marden said a memorandum of understanding could be signed in May.'), ['a memorandum of understanding']);
  });

  it('guard: an indefinite agreement before a past verb is one', () => {
    assert.deepEqual(agreementLinks('Velor bought 12 radars from Ostra. A separate engine contract followed in May.'), ['A separate engine contract']);
  });

  it('"require the agreement of" the parties is consent', () => {
    assert.deepEqual(agreementLinks('Any enlargement would require the agreement of all three founding nations.'), []);
  });

  it('guard: "the agreement of 2019" after one signed is that agreement', () => {
    assert.deepEqual(agreementLinks('Velor and Ostra signed a defence agreement in 2019. Marden praised the agreement of 2019 on Monday.'), ['a defence agreement | the agreement']);
  });
});

describe('agreements (sets DO-DR): spans', () => {
  it('a capital\'s possessive is no part of a name: "Tarvik\'s Bilateral Security Treaty"', () => {
    assert.deepEqual(agreementLinks('Marden praised Tarvik\'s Bilateral Security Treaty with Velor.'), ['Bilateral Security Treaty']);
  });

  it('guard: a name without a possessive keeps its words', () => {
    assert.deepEqual(agreementLinks('Marden praised the Tarvik Bilateral Security Treaty with Velor.'), ['Tarvik Bilateral Security Treaty']);
  });

  it('a dollar\'s country letters belong to the amount: "a C$10.4 billion deal"', () => {
    assert.deepEqual(agreementLinks('The government signed a C$10.4 billion deal with Velor on Monday.'), ['a C$10.4 billion deal']);
  });

  it('guard: a capital letter spaced from a dollar sign makes no amount', () => {
    assert.deepEqual(agreementLinks('The government signed a C $ deal with Velor on Monday.'), []);
  });
});

describe('agreements (sets DO-DR): a formal title\'s parties', () => {
  it('a title opening with its head goes on through "between" two countries', () => {
    assert.deepEqual(agreementLinks('Marden praised the Treaty of Mutual Cooperation and Security between Japan and the United States on Monday.'), [
      'Treaty of Mutual Cooperation and Security between Japan and the United States',
    ]);
  });

  it('guard: "between" two companies is no part of the title', () => {
    assert.deepEqual(agreementLinks('Marden praised the Treaty of Mutual Cooperation and Security between Velor Aero and Ostra Engines on Monday.'), [
      'Treaty of Mutual Cooperation and Security',
    ]);
  });
});

describe('agreements (sets DO-DR): a subject after its verb', () => {
  it('"At the centre of the talks was the memorandum ..." marks the memorandum', () => {
    assert.deepEqual(agreementLinks('At the centre of the talks was the memorandum of understanding signed in June between Velor Aero and Ostra Engines.'), [
      'the memorandum of understanding',
    ]);
  });

  it('guard: "the memorandum" as a predicate after "was" stays unmarked', () => {
    assert.deepEqual(agreementLinks('The first step was the memorandum of understanding that nobody signed.'), []);
  });
});

describe('agreements (sets DO-DR): a price', () => {
  it('a definite deal with a price is no treaty named before it', () => {
    assert.deepEqual(agreementLinks('Velor remained committed to the Ostra treaty. Marden said the treaty was sound, and that the £5.4 billion deal with Karsia for jets was separate.'), [
      'the Ostra treaty | the treaty',
      'the £5.4 billion deal',
    ]);
  });

  it('guard: a duration is no price: "the 20-year treaty" is the treaty named', () => {
    assert.deepEqual(agreementLinks('Velor ratified the Northern Defence Treaty in 2019. Officials said the 20-year treaty covers jets.'), [
      'Northern Defence Treaty | the 20-year treaty',
    ]);
  });
});

describe('agreements (sets DO-DR): an understanding made', () => {
  it('"signed a technical understanding" is an agreement, and "the understanding" refers back to it', () => {
    assert.deepEqual(agreementLinks('Velor signed a technical understanding on inspections with Ostra. Marden said the understanding respects the JCPOA.'), [
      'a technical understanding | the understanding',
      'JCPOA',
    ]);
  });

  it('guard: "a better understanding of" is no agreement, nor "the understanding" after it', () => {
    assert.deepEqual(agreementLinks('Marden wants a better understanding of the JCPOA. He said the understanding grows.'), ['JCPOA']);
  });
});
