// Agreement rules drawn from the article sets of the thirteenth session (CL, CM, CN). Each
// sentence here is written for the test; none is taken from an article, and the people are invented.
import * as assert from 'node:assert/strict';
import { agreementLinks } from './support/readouts';

describe('agreements (sets CL-CN): a place or a people hyphened to a participle modifies the head', () => {
  it('"the Qatar-brokered truce agreement" is a descriptive agreement, and "the agreement" joins it', () => {
    assert.deepEqual(agreementLinks('Qatar announced the Qatar-brokered truce agreement on Monday. Both sides said the agreement would hold.'), [
      'the Qatar-brokered truce agreement | the agreement',
    ]);
  });

  it('two capitalised parts ("Oman-Yemen") still make a pair of parties, not a participle', () => {
    assert.deepEqual(agreementLinks('Ministers praised the Oman-Yemen agreement on fisheries.'), ['the Oman-Yemen agreement']);
  });
});

describe('agreements (sets CL-CN): a headline\'s bare agreement', () => {
  it('a lower-case memorandum after the headline\'s verb is the story\'s memorandum', () => {
    assert.deepEqual(agreementLinks('Norway and Chile sign naval memorandum as shipyard plans grow\n\nOSLO - The ministers signed a memorandum of understanding on Monday.'), [
      'naval memorandum | a memorandum of understanding',
    ]);
  });

  it('a deal after a preposition at the headline\'s end; a truce\'s deal is the story\'s truce agreement', () => {
    assert.deepEqual(agreementLinks('Patrol boats stay in the strait despite Sulu ceasefire deal\n\nMANILA - Boats remain after the Qatar-brokered ceasefire agreement between the parties.'), [
      'Sulu ceasefire deal | the Qatar-brokered ceasefire agreement',
    ]);
  });

  it('a treaty after "under" at the headline\'s end keeps its capitalised modifiers', () => {
    assert.deepEqual(agreementLinks('Ministers discuss missile deployment under Union State security treaty\n\nMINSK - The treaty took effect in March.'), [
      'Union State security treaty | The treaty',
    ]);
  });

  it('an acronym among the headline\'s words picks the agreement it spells', () => {
    assert.deepEqual(agreementLinks('Army picks Vantor for radar work under new OTA deal\n\nThe Army signed a $90 million production contract with Vantor. It also signed a $40 million Other Transaction Authority agreement.'), [
      'new OTA deal | a $40 million Other Transaction Authority agreement',
      'a $90 million production contract',
    ]);
  });

  it('a bare capitalised head opening a clause of a title-case headline, before "Signed"', () => {
    assert.deepEqual(agreementLinks('Minister Receives Visiting Counterpart in Doha; Memorandum Signed on Radar Production\n\nThe two ministers signed a memorandum of understanding on radar production.'), [
      'Memorandum | a memorandum of understanding',
    ]);
  });

  it('a subject deal that awaits its signature', () => {
    assert.deepEqual(agreementLinks('Border ministers meet as peace deal awaits signature\n\nThe ministers met on Monday.'), ['peace deal']);
  });

  it('not a deal inside a longer noun phrase at the line\'s end, nor a head after a preposition with no modifier', () => {
    assert.deepEqual(agreementLinks('Ministers argue over arms deal probe\n\nThe ministers met.'), []);
    assert.deepEqual(agreementLinks('Parties clash over treaty\n\nThe ministers met.'), []);
  });

  it('a lower-case treaty before its own "on" subject is left to its name', () => {
    assert.deepEqual(agreementLinks('Leaders sign treaty on border guarantees within region\n\nThe ministers met.'), []);
  });
});

describe('agreements (sets CL-CN): a descriptive agreement\'s short form', () => {
  it('"the letter" after a letter of intent is that letter', () => {
    assert.deepEqual(agreementLinks('Ruritania signed a letter of intent with Borduria in Vienna. Minister Anna Kell said the letter did not affect neutrality.'), [
      'a letter of intent | the letter',
    ]);
  });

  it('"the letter" with no letter of intent before it is no agreement', () => {
    assert.deepEqual(agreementLinks('The minister sent a letter to the council. The letter did not mention costs.'), []);
  });

  it('a day\'s framework signed is an agreement, and "the framework" joins it', () => {
    assert.deepEqual(agreementLinks('Minister Kell signed Thursday\'s framework in Vienna. Her deputy said the framework would cut delivery times.'), [
      'Thursday\'s framework | the framework',
    ]);
  });

  it('"the framework" after other agreements named since still finds the framework agreement', () => {
    assert.deepEqual(agreementLinks('Both sides signed a framework agreement on air defence. They also renewed the Logistics Support Arrangement. The ministers agreed to implement the framework by June.'), [
      'a framework agreement | the framework',
      'Logistics Support Arrangement',
    ]);
  });

  it('"the legal framework" stays no agreement', () => {
    assert.deepEqual(agreementLinks('The minister said the legal framework would change.'), []);
  });
});

describe('agreements (sets CL-CN): a programme\'s name and numeral before a contract', () => {
  it('"the Falcón III contract" is the named "Falcón III contract", and "that contract" joins it', () => {
    assert.deepEqual(agreementLinks('Ruritania signed the Falcón III contract for 20 jets in 2024. The ministry said that contract runs to 2031.'), [
      'Falcón III contract | that contract',
    ]);
  });

  it('a people\'s word before the numeral names no programme', () => {
    assert.deepEqual(agreementLinks('Officials praised the Korean II deal talks.'), []);
  });
});

describe('agreements (sets CL-CN): the initials of a name after its parties written as peoples', () => {
  it('"DCA" after "the Danish-US Defence Cooperation Agreement" is that agreement', () => {
    assert.deepEqual(agreementLinks('The parliament approved the Danish-US Defence Cooperation Agreement. Critics argued that DCA gives foreign troops too much room.'), [
      'Danish-US Defence Cooperation Agreement | DCA',
    ]);
  });

  it('a hyphened pair of capitalised words that are no parties still gives its letters', () => {
    assert.deepEqual(agreementLinks('The parliament approved the Nordic-Baltic Defence Agreement. Critics said NBDA costs too much.'), [
      'Nordic-Baltic Defence Agreement | NBDA',
    ]);
  });
});
