// Rules for officials drawn from the article sets CR, CS and CT. Each sentence here is written for
// the test; none is taken from an article, and the people are invented.
import * as assert from 'node:assert/strict';
import { mentions, officials } from './support/readouts';

describe('officials: the organisation before a title is in the span', () => {
  it('initials before any capitalised office ("PNG Defence Minister", "AU Commissioner for ...")', () => {
    assert.deepEqual(mentions('Talks with PNG Defence Minister Tom Kavu went well. AU Commissioner for Political Affairs, Peace and Security Tunde Bello spoke.', 'official'), [
      'PNG Defence Minister Tom Kavu → Tom Kavu',
      'AU Commissioner for Political Affairs, Peace and Security Tunde Bello → Tunde Bello',
    ]);
  });

  it('initials with a letter outside A-Z ("TUSAŞ General Manager")', () => {
    assert.deepEqual(mentions('The deal was signed by TUSAŞ General Manager Kerem Aydın.', 'official'), ['TUSAŞ General Manager Kerem Aydın → Kerem Aydın']);
  });

  it('a company\'s name before "General Manager"', () => {
    assert.deepEqual(mentions('The deal was signed by Veltron General Manager Kerem Aydın.', 'official'), ['Veltron General Manager Kerem Aydın → Kerem Aydın']);
  });

  it('a body\'s name ending as one does, before its office ("Islands Forum Secretary General", "Union Commission Chairperson")', () => {
    assert.deepEqual(mentions('It was chaired by Coral Islands Forum Secretary General Toma Rua. Southern Union Commission Chairperson Ada Nwosu spoke.', 'official'), [
      'Coral Islands Forum Secretary General Toma Rua → Toma Rua',
      'Southern Union Commission Chairperson Ada Nwosu → Ada Nwosu',
    ]);
  });

  it('not a ship\'s prefix ("HMS Prince ...") nor an administration named after its leader', () => {
    assert.deepEqual(officials('HMS Prince Arthur sailed.'), []);
    assert.deepEqual(mentions('The Marlow Administration Secretary Ada Nwosu spoke.', 'official'), ['Secretary Ada Nwosu → Ada Nwosu']);
  });
});

describe('officials: a preposition or conjunction opening a sentence is no organisation', () => {
  it('"Without President Kerr" is "President Kerr"', () => {
    assert.deepEqual(mentions('"Without President Kerr, this alliance would fail," he said. And Chairman Adams agreed.', 'official'), [
      'President Kerr → Kerr',
      'Chairman Adams → Adams',
    ]);
  });

  it('a company\'s name before its chairman is still in the span', () => {
    assert.deepEqual(mentions('Veltron Chairman Ada Nwosu spoke.', 'official'), ['Veltron Chairman Ada Nwosu → Ada Nwosu']);
  });
});

describe('officials: an organisation\'s initials after the office and a comma', () => {
  it('"Chairman and Managing Director, HAL Dr ..." is one title and name', () => {
    assert.deepEqual(mentions('Chairman and Managing Director, VAL Dr RK Menon said the firm will deliver.', 'official'), [
      'Chairman and Managing Director, VAL Dr RK Menon → RK Menon',
    ]);
  });

  it('a comma before a name with no initials between is still an appositive ("the Chairman, Mr Rao")', () => {
    assert.deepEqual(mentions('He thanked the Chairman, Mr Rao.', 'official'), ['Mr Rao → Rao']);
  });
});

describe('officials: the first of two Portuguese or Spanish family names used alone', () => {
  it('with no country known, a name with Portuguese or Spanish accents files its middle word', () => {
    assert.deepEqual(officials('Defence Minister Jorge Mário Salgado said it. Embraer and Mário have promoted sales.'), [
      'Jorge Mário Salgado: Defence Minister Jorge Mário Salgado | Mário',
    ]);
  });

  it('not a Turkish name ("Ali Kemal Çelik" is no "Kemal")', () => {
    assert.deepEqual(officials('Defence Minister Ali Kemal Çelik said it. Embraer and Kemal have promoted sales.'), [
      'Ali Kemal Çelik: Defence Minister Ali Kemal Çelik',
    ]);
  });
});

describe('officials: a sentence-opening "His counterpart" after a sentence whose subject is named', () => {
  it('"His" is the subject of the sentence before, so the counterpart is the other person', () => {
    assert.deepEqual(mentions('Defence Minister Ana Ruiz negotiated the text with Defence Minister Tom Kavu. His counterpart said it would double.', 'official'), [
      'Defence Minister Ana Ruiz → Ana Ruiz',
      'Defence Minister Tom Kavu → Tom Kavu',
      'His counterpart → Tom Kavu',
    ]);
  });

  it('"his counterpart" inside a sentence keeps the person named last as "his"', () => {
    assert.deepEqual(mentions('Defence Minister Ana Ruiz negotiated the text with Defence Minister Tom Kavu. He said his counterpart would come.', 'official'), [
      'Defence Minister Ana Ruiz → Ana Ruiz',
      'Defence Minister Tom Kavu → Tom Kavu',
      'his counterpart → Ana Ruiz',
    ]);
  });
});

describe('officials: "the Minister" in a Member\'s turn of a Hansard debate', () => {
  const debate = 'Defence\n\n1. Ann Lee (Northtown) (Lab): What steps his Department is taking to support exports.\n\n'
    + 'The Minister for Defence Industry (Tom Reed): Officials are negotiating. I met Norway\'s Defence Minister, Kari Dahl, last week.\n\n'
    + 'Ann Lee: I thank the Minister for that answer. Will the Minister confirm the timetable?\n\nTom Reed: I can confirm it.';

  it('is the minister answering in the debate, not one mentioned in passing', () => {
    assert.deepEqual(mentions(debate, 'official').filter((m) => m.startsWith('the Minister')), [
      'the Minister → Tom Reed',
      'the Minister → Tom Reed',
    ]);
  });

  it('outside a debate, "the Minister" is still the minister named last', () => {
    assert.deepEqual(mentions('Tom Reed met Norway\'s Defence Minister, Kari Dahl, last week. Reporters thanked the Minister for the visit.', 'official').filter((m) => m.startsWith('the Minister')), [
      'the Minister → Kari Dahl',
    ]);
  });
});

describe('officials: letters and notices', () => {
  const letter = 'We wrote today.\n\nHonorable Mark Jensen\nSpeaker of the House of Representatives\nWashington, DC 20515\n\nDear Mr. Speaker:\n\nWe write to you.';

  it('a name line above a title line in title case is an official, and "Dear Mr. Speaker" is that addressee', () => {
    assert.deepEqual(mentions(letter, 'official'), [
      'Honorable Mark Jensen → Honorable Mark Jensen',
      'Mr. Speaker → Honorable Mark Jensen',
    ]);
  });

  it('a signature\'s name with a comma, above its office line', () => {
    assert.deepEqual(officials('Dated: May 1, 2024.\nJane Q. Doe,\nAlternate OSD Federal Register Liaison Officer, Department of Defense.\n'), ['Jane Q. Doe: Jane Q. Doe']);
  });

  it('a name line above a line that is no office stays unmarked', () => {
    assert.deepEqual(officials('Paris\n\nJohn Smith\nWashington Post\n'), []);
  });
});
