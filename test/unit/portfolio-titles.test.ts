import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine/analyze';

const officials = (text: string) => analyze(text).entities.filter((e) => e.type === 'official');

// Government portfolios before "Minister"/"Secretary" belong to the title (lexicon.ts
// TITLE_MODIFIER): without them the span began at the head ("Minister Sajid Javid") and the
// Attorney General was given the military rank "General".
describe('officials: government portfolios in titles', () => {
  it('the portfolio is part of the span and of the title', () => {
    const cases: Array<[string, string]> = [
      ['Health Minister Sajid Javid', 'Health Minister'],
      ['Foreign Affairs Minister Melanie Joly', 'Foreign Affairs Minister'],
      ['Homeland Security Secretary Alejandro Mayorkas', 'Homeland Security Secretary'],
      ['Veterans Affairs Secretary Denis McDonough', 'Veterans Affairs Secretary'],
      ['Transport Secretary Pete Buttigieg', 'Transport Secretary'],
      ['Education Secretary Miguel Cardona', 'Education Secretary'],
      ['Energy Secretary Jennifer Granholm', 'Energy Secretary'],
      ['Agriculture Minister Cem Özdemir', 'Agriculture Minister'],
      ['Labour Minister Hubertus Heil', 'Labour Minister'],
      ['Environment Minister Steffi Lemke', 'Environment Minister'],
      ['Public Security Minister Wang Xiaohong', 'Public Security Minister'],
    ];
    for (const [phrase, title] of cases) {
      const found = officials(`Yesterday ${phrase} met reporters.`);
      assert.equal(found.length, 1, phrase);
      assert.deepEqual(found[0]!.mentions.map((m) => m.text), [phrase], phrase);
      assert.equal(found[0]!.attributes['title'], title, phrase);
    }
  });

  it('the Attorney, Solicitor and Surgeon General are offices, not the rank "General"', () => {
    for (const office of ['Attorney General', 'Solicitor General', 'Surgeon General']) {
      const found = officials(`Yesterday ${office} Jane Roe met reporters.`);
      assert.equal(found.length, 1, office);
      assert.deepEqual(found[0]!.mentions.map((m) => m.text), [`${office} Jane Roe`]);
      assert.equal(found[0]!.attributes['title'], office);
    }
  });

  it('an agency or command before the title is part of it, with its country or organisation ("CIA Director Bill Burns")', () => {
    const cases: Array<[string, string, string, string]> = [
      ['CIA Director Bill Burns', 'CIA Director', 'country', 'United States'],
      ['FSB Director Alexander Bortnikov', 'FSB Director', 'country', 'Russia'],
      ['IDF Chief of Staff Herzi Halevi', 'IDF Chief of Staff', 'country', 'Israel'],
      ['NASA Administrator Bill Nelson', 'NASA Administrator', 'country', 'United States'],
      ['IMF Managing Director Kristalina Georgieva', 'IMF Managing Director', 'organization', 'IMF'],
    ];
    for (const [phrase, title, key, value] of cases) {
      const found = officials(`Yesterday ${phrase} met reporters.`);
      assert.deepEqual(found.map((e) => e.mentions.map((m) => m.text)), [[phrase]], phrase);
      assert.equal(found[0]!.attributes['title'], title, phrase);
      assert.equal(found[0]!.attributes[key], value, phrase);
    }
  });

  it('"Bill" is a first name after a title ("CIA Director Bill Burns"), while a bill stays no person', () => {
    assert.deepEqual(officials('Yesterday Gen. Bill Smith spoke. Smith left.').map((e) => e.mentions.map((m) => m.text)), [['Gen. Bill Smith', 'Smith']]);
    assert.deepEqual(officials('The Senate passed the Defense Bill on Monday, and the House passed the Bill too.').map((e) => e.name), []);
  });

  it('portfolio words in ordinary phrases make no official', () => {
    for (const text of [
      'Public health officials said the water supply works again.',
      'The energy minister of the future will need new skills.',
      'Health care workers and education experts met on Monday.',
    ]) assert.deepEqual(officials(text).filter((e) => !e.mentions.every((m) => m.nominal)).map((e) => e.name), [], text);
  });
});

// A rank after an office with its "of ..." tail is one title with it, as a rank after a title
// without a tail is ("Pentagon Press Secretary Brig. Gen. Dana Reed", the guideline's example):
// the span began at the rank ("Gen. Mark A. Milley").
describe('officials: a rank after an office', () => {
  it('the office, its tail, the rank and the name are one mention, and the short form is the same person', () => {
    const cases: Array<[string, string, string]> = [
      ['Chairman of the Joint Chiefs of Staff Gen. Mark A. Milley', 'Milley', 'Chairman of the Joint Chiefs of Staff'],
      ['Army Chief of Staff Gen. Randy George', 'George', 'Army Chief of Staff'],
      ['Chief of Naval Operations Adm. Lisa Franchetti', 'Franchetti', 'Chief of Naval Operations'],
      ['Commander of U.S. Central Command Gen. Michael Kurilla', 'Kurilla', 'Commander of U.S. Central Command'],
    ];
    for (const [phrase, surname, title] of cases) {
      const found = officials(`Yesterday ${phrase} spoke. ${surname} said more.`);
      assert.deepEqual(found.map((e) => e.mentions.map((m) => m.text)), [[phrase, surname]], phrase);
      assert.equal(found[0]!.attributes['title'], title, phrase);
    }
  });

  it('the country before the office still leaves the title ("Russian Chief of the General Staff Gen. Valery Gerasimov")', () => {
    const found = officials('Yesterday Russian Chief of the General Staff Gen. Valery Gerasimov spoke.');
    assert.deepEqual(found.map((e) => e.mentions.map((m) => m.text)), [['Russian Chief of the General Staff Gen. Valery Gerasimov']]);
    assert.equal(found[0]!.attributes['title'], 'Chief of the General Staff');
    assert.equal(found[0]!.attributes['country'], 'Russia');
  });
});

// An organisation that no list names, right before a lower-case role, is part of the title
// (orgBeforeRole in officials.ts): the span began at the role ("leader Hassan Nasrallah").
describe('officials: an organisation before a lower-case role', () => {
  it('"Hezbollah leader Hassan Nasrallah" is one mention, and its short form and descriptive reference are the same person', () => {
    const found = officials('Hezbollah leader Hassan Nasrallah spoke. Nasrallah said more. The Hezbollah leader warned.');
    assert.deepEqual(found.map((e) => e.mentions.map((m) => m.text)), [['Hezbollah leader Hassan Nasrallah', 'Nasrallah', 'The Hezbollah leader']]);
    assert.equal(found[0]!.attributes['title'], 'Hezbollah leader');
  });

  it('other organisations and roles', () => {
    for (const phrase of ['Wagner chief Yevgeny Prigozhin', 'Taliban spokesman Zabihullah Mujahid', 'Hamas leader Ismail Haniyeh']) {
      assert.deepEqual(officials(`Yesterday ${phrase} spoke.`).map((e) => e.mentions.map((m) => m.text)), [[phrase]], phrase);
    }
  });

  it('an organisation of several capitalised words, or an acronym and words, is all in the title', () => {
    for (const [phrase, title] of [
      ['Wagner Group chief Yevgeny Prigozhin', 'Wagner Group chief'],
      ['IRGC Aerospace Force commander Amir Ali Hajizadeh', 'IRGC Aerospace Force commander'],
      ['Lockheed Martin CEO Jim Taiclet', 'Lockheed Martin CEO'],
      ['Federal Reserve chair Jerome Powell', 'Federal Reserve chair'],
      ['Mossad director David Barnea', 'Mossad director'],
    ] as const) {
      const found = officials(`Yesterday ${phrase} spoke.`);
      assert.deepEqual(found.map((e) => [e.mentions.map((m) => m.text), e.attributes['title']]), [[[phrase], title]], phrase);
    }
  });

  it('a date before a lower-case role is no organisation', () => {
    for (const [text, mention] of [['In June president Joe Biden signed the bill.', 'president Joe Biden'], ['On Monday director Christopher Wray testified.', 'director Christopher Wray'], ['Last Tuesday chairman Mike Rogers said so.', 'chairman Mike Rogers']] as const) {
      assert.deepEqual(officials(text).map((e) => e.mentions.map((m) => m.text)), [[mention]], text);
    }
  });

  it('no name after the role, or a role that is no title head, makes no official', () => {
    for (const text of ['Rebel commander said nothing.', 'Reuters chief correspondent John Smith wrote.', 'The Hezbollah leader warned.', 'The New York Times reporter John Smith wrote.']) {
      assert.deepEqual(officials(text).map((e) => e.name), [], text);
    }
  });
});

/**
 * Each phrase, alone in a sentence, is one mention of one official with this title and, when the
 * case gives a third value, this country (undefined: none).
 */
function assertTitles(cases: ReadonlyArray<readonly [string, string, (string | undefined)?]>): void {
  for (const [phrase, title, ...country] of cases) {
    const found = officials(`Yesterday ${phrase} said so.`);
    assert.deepEqual(found.map((e) => e.mentions.map((m) => m.text)), [[phrase]], phrase);
    assert.equal(found[0]!.attributes['title'], title, phrase);
    if (country.length) assert.equal(found[0]!.attributes['country'], country[0], phrase);
  }
}

// The title of a mention with a rank after an office is the office (the gold's "Chairman of the
// Joint Chiefs of Staff"); the rank stays in the mention. A written-out "General" completes
// offices ("Secretary General", "Attorney General") and a rank after a rank is one rank.
describe('officials: the title of an office followed by a rank', () => {
  it('is the office, without the rank or the service before it', () => {
    assertTitles([
      ['Pentagon Press Secretary Brig. Gen. Dana Reed', 'Pentagon Press Secretary'],
      ['Chinese Minister of National Defense Adm. Dong Jun', 'Minister of National Defense'],
      ['Pentagon press operations director Navy Capt. Jeff Davis', 'Pentagon press operations director'],
      ['Defense Secretary Admiral John Smith', 'Defense Secretary'],
    ]);
  });

  it('keeps a written-out "General" of an office, and ranks of two words', () => {
    assertTitles([
      ['UN Secretary General Antonio Guterres', 'UN Secretary General'],
      ['Attorney General Merrick Garland', 'Attorney General'],
      ['Maj. Gen. Pat Ryder', 'Maj. Gen.'],
      ['Lieutenant General James Smith', 'Lieutenant General'],
    ]);
  });
});

// Institutions between a portfolio and a role ("Foreign Ministry spokesperson"): the title and the
// span begin at the portfolio or the nationality before it, which gives the country.
describe('officials: institutions inside a title', () => {
  it('ministries, departments, councils, committees and the EU are part of the title', () => {
    assertTitles([
      ['Chinese Foreign Ministry spokesperson Mao Ning', 'Foreign Ministry spokesperson', 'China'],
      ['Russian Defense Ministry spokesman Igor Konashenkov', 'Defense Ministry spokesman', 'Russia'],
      ['National Security Council spokesman John Kirby', 'National Security Council spokesman', undefined],
      ['Justice Department spokesman Peter Carr', 'Justice Department spokesman', undefined],
      ['House Armed Services Committee Chairman Mike Rogers', 'House Armed Services Committee Chairman', undefined],
      ['European Union foreign policy chief Josep Borrell', 'European Union foreign policy chief', undefined],
    ]);
  });
});
