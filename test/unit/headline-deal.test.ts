import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine/analyze';

/** Each agreement's mentions, as "text|text". */
function agreements(text: string): string[] {
  return analyze(text).entities.filter((e) => e.type === 'agreement').map((e) => e.mentions.map((m) => m.text).join('|'));
}

describe('agreements: a headline\'s deal without a determiner', () => {
  it('"sign $3.5 billion deal" in the headline is the deal the article then describes', () => {
    assert.deepEqual(agreements('Philippines, Japan sign $3.5 billion deal\n\nMANILA - The Philippines and Japan signed a $3.5 billion deal on Monday. The deal covers radars.\n'), [
      '$3.5 billion deal|a $3.5 billion deal|The deal',
    ]);
  });

  it('one of its own when the article never names it again, with the headline\'s countries as parties', () => {
    const r = analyze('India, US ink defence pact to boost ties\n\nThe two countries met on Tuesday.\n');
    const pact = r.entities.filter((e) => e.type === 'agreement');
    assert.deepEqual(pact.map((e) => e.mentions.map((m) => m.text)), [['defence pact']]);
    assert.deepEqual(pact[0]!.attributes['parties'], ['India', 'United States']);
  });

  it('not in a sentence, not after another verb, not before "talks", and not past the headline\'s line', () => {
    assert.deepEqual(agreements('The ministers hope to sign deal documents soon.\n'), []);
    assert.deepEqual(agreements('Philippines, Japan discuss defence pact\n'), []);
    assert.deepEqual(agreements('Philippines, Japan sign deal talks roadmap\n'), []);
    assert.deepEqual(agreements('Manila, 3 March\n\nPhilippines, Japan sign defence pact\n'), []);
  });

  it('the headline is the line after a release\'s kicker lines ("MEDIA STATEMENT", "Defence news")', () => {
    assert.deepEqual(agreements('Defence news\n\nPhilippines, Japan sign defence pact\n'), ['defence pact']);
    assert.deepEqual(agreements('MEDIA STATEMENT\n\nMinister says frigate deal signed\n\nThe minister said the frigate deal was signed.\n'), ['frigate deal|the frigate deal']);
  });
});

describe('agreements: a name before a lower-case "between"', () => {
  it('ends at its head, and the countries after "between" are its parties', () => {
    const r = analyze('The two leaders discussed the Reciprocal Access Agreement between Japan and the Philippines.');
    const raa = r.entities.filter((e) => e.type === 'agreement');
    assert.deepEqual(raa.map((e) => e.mentions.map((m) => m.text)), [['Reciprocal Access Agreement']]);
    assert.deepEqual([...(raa[0]!.attributes['parties'] as string[])].sort(), ['Japan', 'Philippines']);
  });

  it('goes on through a capitalised "Between" of a formal title', () => {
    assert.deepEqual(agreements('They cited the Mutual Defense Treaty Between the Republic of the Philippines and the United States of America.'), [
      'Mutual Defense Treaty Between the Republic of the Philippines and the United States of America',
    ]);
  });
});

describe('agreements: a description right after a named agreement', () => {
  it('is an appositive, not marked (the guideline\'s common rules), and later references go to the named agreement', () => {
    assert.deepEqual(agreements('The ministers signed the Trinity House Agreement, the most significant bilateral defence deal between the two countries in decades. Under the agreement, jets will fly from Scotland.'), [
      'Trinity House Agreement|the agreement',
    ]);
    assert.deepEqual(agreements('Russia suspended the New Strategic Arms Reduction Treaty, the last remaining nuclear arms control pact between the two countries. The treaty limits warheads.'), [
      'New Strategic Arms Reduction Treaty|The treaty',
    ]);
  });
});

describe('agreements: amounts in rupees and in currencies written as words', () => {
  it('"a Rs 63,000 crore deal", "A ₹5,000-crore contract", "a USD 2.6 billion contract", and a headline\'s "Rs 63,000 crore deal"', () => {
    assert.deepEqual(agreements('India signs Rs 63,000 crore deal with France\n\nIndia on Monday signed a Rs 63,000 crore deal with France. A ₹5,000-crore contract and a USD 2.6 billion contract followed.\n'), [
      'Rs 63,000 crore deal|a Rs 63,000 crore deal',
      'A ₹5,000-crore contract',
      'a USD 2.6 billion contract',
    ]);
  });
});

describe('agreements: a demonstrative reference points back whatever follows it', () => {
  it('"this contract to $2,000,000,000" is the contract just awarded', () => {
    assert.deepEqual(agreements('Raytheon Co. is awarded a $1,100,000,000 firm-fixed-price contract for missiles. This contract includes options which would bring the cumulative value of this contract to $2,000,000,000.'), [
      'a $1,100,000,000 firm-fixed-price contract|This contract|this contract',
    ]);
  });
});

describe('agreements: headlines in title case', () => {
  it('a verb is no word of a name: "Japan, Philippines Sign Reciprocal Access Agreement"', () => {
    assert.deepEqual(agreements('Japan, Philippines Sign Reciprocal Access Agreement\n\nThe deal lets troops train together.\n'), [
      'Reciprocal Access Agreement|The deal',
    ]);
    assert.deepEqual(agreements('U.S., Philippines Sign Agreement on Defense Cooperation\n'), ['Agreement on Defense Cooperation']);
  });

  it('a deal or contract with capitalised words after the verb: "Lockheed Martin Wins $1.2 Billion Contract"', () => {
    assert.deepEqual(agreements('Lockheed Martin Wins $1.2 Billion Contract for F-35 Parts\n\nLockheed Martin was awarded a $1.2 billion contract on Friday.\n'), [
      '$1.2 Billion Contract|a $1.2 billion contract',
    ]);
    // Not in a headline in sentence case with a capitalised word before the head.
    assert.deepEqual(agreements('Lockheed wins Big Contract\n'), []);
  });
});

describe('agreements: "the contract" after another kind of agreement', () => {
  it('is the contract named a little before, not the framework agreement named last', () => {
    assert.deepEqual(agreements('Hyundai Rotem signed a $6.5 billion contract with Poland. The executive contract follows a 2022 framework agreement. Under the contract, 64 tanks will be assembled in Poland.'), [
      'a $6.5 billion contract|The executive contract|the contract',
      'a 2022 framework agreement',
    ]);
  });

  it('stays with the latest agreement when no contract was named', () => {
    assert.deepEqual(agreements('The two countries signed a defence cooperation agreement. Under the contract, tanks will be built.'), [
      'a defence cooperation agreement|the contract',
    ]);
  });
});

describe('agreements: a headline\'s deal and the named agreement with its words', () => {
  it('"sign mutual defence pact" is the "Strategic Mutual Defence Agreement" the article names', () => {
    assert.deepEqual(agreements('Saudi Arabia and Pakistan sign mutual defence pact\n\nRIYADH - The two prime ministers signed a Strategic Mutual Defence Agreement on Wednesday. The agreement covers both countries.\n'), [
      'mutual defence pact|Strategic Mutual Defence Agreement|The agreement',
    ]);
  });

  it('a named agreement without all of the headline\'s words is another agreement', () => {
    assert.deepEqual(agreements('Saudi Arabia and Pakistan sign mutual defence pact\n\nRIYADH - Officials recalled the Strategic Trade Agreement of 2019.\n'), [
      'mutual defence pact',
      'Strategic Trade Agreement',
    ]);
  });
});

describe('agreements: a name opening with its head and "for"', () => {
  it('"the 2015 Guidelines for Japan-U.S. Defense Cooperation" and "the Treaty for the Prohibition of Nuclear Weapons" are named agreements', () => {
    assert.deepEqual(agreements('They reaffirmed the 2015 Guidelines for Japan-U.S. Defense Cooperation.'), ['Guidelines for Japan-U.S. Defense Cooperation']);
    assert.deepEqual(agreements('Austria ratified the Treaty for the Prohibition of Nuclear Weapons.'), ['Treaty for the Prohibition of Nuclear Weapons']);
  });

  it('one capitalised word after "for" makes no name', () => {
    assert.deepEqual(agreements('Agreement for Ukraine is far off, he said.'), []);
  });
});
