// Agreement rules drawn from the article sets CR, CS and CT (round 3). Each sentence here is
// written for the test; none is taken from an article, and the people are invented.
import * as assert from 'node:assert/strict';
import { agreementLinks, entities } from './support/readouts';

describe('agreements (sets CR-CT): different deals kept apart', () => {
  it('a two-word country\'s possessive ("Saudi Arabia\'s $3.2 billion contract") is another buyer\'s deal', () => {
    assert.deepEqual(agreementLinks('Qatar signed a deal with Hanwha for artillery on Monday. The order follows Saudi Arabia\'s $2.1 billion contract for the same guns.'), [
      'a deal',
      'Saudi Arabia\'s $2.1 billion contract',
    ]);
  });

  it('guard: a company\'s possessive of two words still refers back to the deal', () => {
    assert.deepEqual(agreementLinks('Qatar signed a contract with Hanwha Aerospace for guns. Hanwha Aerospace\'s contract covers spares.'), [
      'a contract | Hanwha Aerospace\'s contract',
    ]);
  });

  it('an executive contract or a framework agreement is not the Letter of Offer and Acceptance', () => {
    assert.deepEqual(agreementLinks('Warsaw bought helicopters through a Letter of Offer and Acceptance. The first executive contract under the framework agreement came later.'), [
      'a Letter of Offer and Acceptance',
      'The first executive contract',
      'the framework agreement',
    ]);
  });

  it('guard: "the letter" still refers back to the Letter of Offer and Acceptance', () => {
    assert.deepEqual(agreementLinks('Warsaw bought helicopters through a Letter of Offer and Acceptance. Officials said the letter was signed in May.'), [
      'a Letter of Offer and Acceptance | the letter',
    ]);
  });
});

describe('agreements (sets CR-CT): mentions', () => {
  it('an agreement being negotiated with a named country is a mention, which a demonstrative refers back to', () => {
    assert.deepEqual(agreementLinks('Oslo is negotiating a government-to-government agreement with the UK on frigates. "I expect that agreement to be signed soon," Ola Brekke said.'), [
      'a government-to-government agreement | that agreement',
    ]);
  });

  it('guard: negotiating a contract with a company, or a deal with no one named, stays unmarked', () => {
    assert.deepEqual(agreementLinks('Oslo is negotiating a contract with Kongsberg Maritime on sonar. It is negotiating a deal quickly.'), []);
  });

  it('a quoted superlative after "as" is a predicate description, not a mention', () => {
    assert.deepEqual(agreementLinks('Warsaw signed a deal for tanks. Jan Nowicki described it as "the largest arms contract in our history".'), ['a deal']);
  });

  it('guard: a quoted superlative that is no predicate is still a mention', () => {
    assert.deepEqual(agreementLinks('Jan Nowicki signed "the largest arms contract" on Monday.'), ['the largest arms contract']);
  });
});

describe('agreements (sets CR-CT): names', () => {
  it('a name ends before "and Article 346": the provision cited next is not part of it', () => {
    assert.deepEqual(agreementLinks('States invoked Article 4(2) of the Treaty on European Union and Article 346 of the TFEU.'), ['Treaty on European Union']);
  });

  it('guard: "and" inside a name still joins its words', () => {
    assert.deepEqual(agreementLinks('They cited the Treaty on Friendship and Cooperation of 1999.'), ['Treaty on Friendship and Cooperation']);
  });

  it('the Falepili Union, a treaty named without a head word, is in the knowledge base', () => {
    assert.deepEqual(entities('Australia signed the Falepili Union with Tuvalu in 2023.', 'agreement'), ['Falepili Union Treaty: Falepili Union']);
  });

  it('a formal title\'s party may hold "of the" and its subject may open with a capitalised "Concerning"', () => {
    assert.deepEqual(agreementLinks('They signed the Agreement between Norway and the Republic of the Marshall Islands Concerning Reciprocal Access of the Armed Forces (RAA) on Monday.'), [
      'Agreement between Norway and the Republic of the Marshall Islands Concerning Reciprocal Access of the Armed Forces | RAA',
    ]);
  });

  it('guard: a title whose lower-case subject is followed by a verb stays a reference', () => {
    assert.deepEqual(agreementLinks('Officials said the Agreement between Norway and the Republic of the Marshall Islands on defence was signed.'), ['the Agreement']);
  });

  it('"Treaty establishing the Confederation of ..." is a name that opens with its head', () => {
    assert.deepEqual(agreementLinks('The three juntas signed the Treaty establishing the Confederation of Desert States in July.'), ['Treaty establishing the Confederation of Desert States']);
  });

  it('guard: "the treaty establishing" in lower case before no capitalised subject is not a name', () => {
    assert.deepEqual(agreementLinks('The juntas signed a treaty in July. The Treaty establishing rules was welcomed.'), ['a treaty | The Treaty']);
  });
});

describe('agreements (sets CR-CT): a treaty cited by an article stays in the background', () => {
  it('its acronym in parentheses right after it stays there too, so "the deal" is the deal before', () => {
    assert.deepEqual(agreementLinks('Ministers reached a deal on the fund. States keep the final say, in line with Article 346 of the Treaty on the Functioning of the European Union (TFEU). Commissioner Ana Lind welcomed the deal.'), [
      'a deal | the deal',
      'Treaty on the Functioning of the European Union | TFEU',
    ]);
  });

  it('an article numbered with a paragraph ("Article 4(2) of the") cites it as well', () => {
    assert.deepEqual(agreementLinks('Ministers reached a deal on the fund. States keep the final say, in line with Article 4(2) of the Treaty on European Union. Commissioner Ana Lind welcomed the deal.'), [
      'a deal | the deal',
      'Treaty on European Union',
    ]);
  });

  it('guard: a treaty named with its acronym, not cited by an article, is what "the treaty" refers to', () => {
    assert.deepEqual(agreementLinks('Ministers reached a deal on the fund. They also signed the Treaty on Open Skies (TOS). Commissioner Ana Lind welcomed the treaty.'), [
      'a deal',
      'Treaty on Open Skies | TOS | the treaty',
    ]);
  });
});
