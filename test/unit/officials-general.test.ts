import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine/analyze';
import type { Entity } from '../../src/engine/types';

/** Officials of a text: each entity's mention texts. */
const officials = (text: string): Entity[] => analyze(text).entities.filter((e) => e.type === 'official');
const mentionsOf = (text: string): string[] => officials(text).flatMap((e) => e.mentions.map((m) => m.text));
/** The mention texts of the entity that has a mention with this text. */
const sameEntity = (text: string, mention: string): string[] => {
  const e = officials(text).find((x) => x.mentions.some((m) => m.text === mention));
  assert.ok(e, `no official mention "${mention}" in: ${mentionsOf(text).join(' | ')}`);
  return e.mentions.map((m) => m.text);
};

describe('officials: general knowledge of ranks, speaker labels, appositive roles, particles, headlines', () => {
  describe('military ranks and their abbreviations', () => {
    it('"Spc." (Specialist) opens a titled name, and the later surname is the same person', () => {
      const text = 'Spc. Isiah L. Booker, of Cibolo, Texas, died Jan. 7 in Jordan. Booker was assigned to 2nd Battalion.';
      assert.deepEqual(sameEntity(text, 'Spc. Isiah L. Booker'), ['Spc. Isiah L. Booker', 'Booker']);
    });

    it('"Petty Officer 1st Class" keeps its grade in the span, and "Petty Officer Keating" and "Keating" corefer', () => {
      const text = 'We mourn Petty Officer 1st Class Charles Keating IV, who was killed yesterday. Petty Officer Keating was advising our partners. Keating\'s service was honorable.';
      assert.deepEqual(sameEntity(text, 'Petty Officer 1st Class Charles Keating IV'), ['Petty Officer 1st Class Charles Keating IV', 'Petty Officer Keating', 'Keating']);
    });

    it('US/NATO enlisted, warrant and naval ranks written out or abbreviated', () => {
      const ranks = [
        'Pfc. Ann Lee', 'Pvt. Jay Om', 'Lance Cpl. Jim Reed', 'Lance Corporal Ed Ra', 'Master Sgt. Tim Green', 'Sgt. 1st Class Tom Brown',
        'Tech. Sgt. Ann Ku', 'Gunnery Sgt. Ed Lu', 'Airman 1st Class Ted Bo', 'Private First Class Jo Jo', 'Chief Warrant Officer 2 Dan Hill',
        'Warrant Officer Sam Al', 'Chief Petty Officer Lu Ma', 'Master Chief Petty Officer Jo Ng', 'Petty Officer Third Class Cy Do',
        '1st Lt. Bo Di', 'Ens. Kay Ro', 'Cdre Ian Fox',
        // UK ranks (NATO STANAG 2116 lists them next to the US ones).
        'Air Vice-Marshal Ann Bell', 'Sub-Lieutenant Ed Cox', 'Warrant Officer Class 1 Jo Ely',
        'Colour Sergeant Ty Fry', 'Midshipman Lu Gee', 'LCpl Mo Hay',
      ];
      for (const r of ranks) assert.deepEqual(mentionsOf(`Yesterday ${r} spoke to reporters.`), [r], r);
    });

    it('a Navy rating and its class before a full name is the title ("Navy Special Warfare Operator 1st Class ...")', () => {
      const text = 'We mourn the loss of one of our own, Navy Special Warfare Operator 1st Class Charles H. Keating IV, who was killed. Keating was advising.';
      assert.deepEqual(sameEntity(text, 'Navy Special Warfare Operator 1st Class Charles H. Keating IV'), ['Navy Special Warfare Operator 1st Class Charles H. Keating IV', 'Keating']);
      assert.deepEqual(mentionsOf('Today Hospital Corpsman 3rd Class Ann Roe spoke.'), ['Hospital Corpsman 3rd Class Ann Roe']);
      for (const text of ['He travelled First Class. The First Class Lounge opened.', 'The Order of Glory 2nd Class John said.', 'They flew Business Class Monday.']) {
        assert.deepEqual(mentionsOf(text), [], text);
      }
    });

    it('"Class" after a rank\'s ordinal is no first name ("Operator 1st Class Charles Keating")', () => {
      const text = 'We mourn Navy Special Warfare Operator 1st Class Charles H. Keating IV, who was killed. Petty Officer Keating was advising.';
      assert.ok(!mentionsOf(text).some((m) => m.startsWith('Class')), mentionsOf(text).join(' | '));
    });

    it('"officer" is also the head of a chief officer\'s title ("Chief Executive Officer Tim Cook", "Chief Medical Officer")', () => {
      const people = officials('Chief Executive Officer Tim Cook said. The Chief Information Officer, John Doe, said. Yesterday Chief Medical Officer Ann Bell spoke.');
      assert.deepEqual(people.map((e) => [e.name, e.attributes['title'], e.mentions.map((m) => m.text)]), [
        ['Tim Cook', 'Chief Executive Officer', ['Chief Executive Officer Tim Cook']],
        ['John Doe', 'Chief Information Officer', ['John Doe']],
        ['Ann Bell', 'Chief Medical Officer', ['Chief Medical Officer Ann Bell']],
      ]);
    });

    it('rank words used as common nouns, and "officer"/"private" outside a rank, stay unmarked', () => {
      for (const text of [
        'Specialist units arrived at the base.', 'Officer Smith said nothing.', 'Private Eye reported the story.',
        'The officer said no.', 'A police officer, John Smith, said no.', 'Private John Smith said no.', 'The petty officer left.',
        'First Class Travel is booked.', 'The colour guard marched.', 'A bombardier unit left.', 'Bombardier Global Express flew.', 'Tata Advanced Systems Pvt Ltd said.', 'Bharat Forge Pvt. Ltd. signed.', 'The ENS Paris school.', 'The class 1 students left.',
      ]) assert.deepEqual(mentionsOf(text), [], text);
    });
  });

  describe('transcript speaker labels with an honorific', () => {
    it('"MR KIRBY:" at a line start is marked without the colon, and later labels and the surname corefer', () => {
      const text = 'MR KIRBY: Good morning.\nQ: What did you say?\nMR KIRBY: Thanks, everybody. As Kirby said, thank you.';
      assert.deepEqual(sameEntity(text, 'MR KIRBY'), ['MR KIRBY', 'MR KIRBY', 'Kirby']);
      // A titled name earlier in the text is the same person.
      const titled = 'Pentagon Press Secretary John Kirby opened the briefing.\nMR KIRBY: Thanks, everybody. Thank you.';
      assert.deepEqual(sameEntity(titled, 'Pentagon Press Secretary John Kirby'), ['Pentagon Press Secretary John Kirby', 'MR KIRBY']);
    });

    it('"MS. PSAKI:", "MRS JONES:" and "SIR TONY RADAKIN:" introduce speakers', () => {
      const text = 'Q: What about the talks?\nMS. PSAKI: I have nothing.\nMRS JONES: Fine.\nSIR TONY RADAKIN: Indeed.';
      assert.deepEqual(mentionsOf(text), ['MS. PSAKI', 'MRS JONES', 'SIR TONY RADAKIN']);
    });

    it('an honorific in capitals that is no speaker label stays unmarked', () => {
      for (const text of [
        'MR KIRBY AND THE PRESS\nThe talks went on.', 'Notes\nMR KIRBY SAID: yes', 'Notes. Then MR KIRBY: no', 'Notes\nMR PRESIDENT: yes',
        'Notes\nMr Kirby: a profile',
      ]) assert.deepEqual(mentionsOf(text), [], text);
    });
  });

  describe('a role or title set off before the name', () => {
    it('"A spokesman for <office>, Rupert Colville, told" marks the name, titled spokesman, and "Mr Colville" corefers', () => {
      const text = 'A spokesman for the UN High Commissioner for Human Rights, Rupert Colville, told a news conference in Geneva. According to Mr Colville, staff were informed.';
      const people = officials(text);
      assert.deepEqual(people.map((e) => e.mentions.map((m) => m.text)), [['Rupert Colville', 'Mr Colville']]);
      assert.equal(people[0]!.attributes['title'], 'spokesman');
    });

    it('"Ambassador to <organisation>, Name," marks only the name (the role and its article are no reference of their own)', () => {
      assert.deepEqual(officials('The U.S. Ambassador to the United Nations, Linda Thomas-Greenfield, said no.').map((e) => e.mentions.map((m) => m.text)), [['Linda Thomas-Greenfield']]);
      assert.deepEqual(officials('The spokesman for the UN High Commissioner for Human Rights, Rupert Colville, said so.').map((e) => e.mentions.map((m) => m.text)), [['Rupert Colville']]);
      // A lower-case title before "to" is more often a movement than an office.
      assert.deepEqual(mentionsOf('He sent the minister to the Gulf, John Smith said.'), []);
    });

    it('honorifics before the appositive name belong to its span ("HE Dr Ibrahim Al-Jaafari", "Mr Johnson")', () => {
      const text = 'Julie Bishop met with the Minister of Foreign Affairs of Iraq, HE Dr Ibrahim Al-Jaafari, in Canberra. Dr Al-Jaafari thanked her.';
      assert.deepEqual(sameEntity(text, 'HE Dr Ibrahim Al-Jaafari'), ['HE Dr Ibrahim Al-Jaafari', 'Dr Al-Jaafari']);
      assert.deepEqual(mentionsOf('The Foreign Secretary, Mr Johnson, said: This is it.'), ['Mr Johnson']);
      assert.deepEqual(mentionsOf('The head of the UN Mission, H.E. Mr. Jan Kubis, said so.'), ['H.E. Mr. Jan Kubis']);
      // Right after the title too, before a full name.
      assert.deepEqual(mentionsOf('Iraqi Foreign Minister HE Dr Ibrahim Jaafari said so.'), ['Iraqi Foreign Minister HE Dr Ibrahim Jaafari']);
      assert.deepEqual(mentionsOf('The Minister Dr. No said so. Secretary Mr. Smith said so.'), []);
    });

    it('a role with no name after it, a titled name inside it and "HE" as a pronoun stay as they were', () => {
      assert.deepEqual(mentionsOf('The spokesman said nothing.'), []);
      // A role in lower case with its office in lower case is a title too (the guideline marks
      // named press officers), so the name set off after it is marked.
      assert.deepEqual(mentionsOf('A spokesman for the ministry, John Smith, said.'), ['John Smith']);
      assert.deepEqual(mentionsOf('A spokesman for the UN High Commissioner for Human Rights told a news conference in Geneva.'), []);
      assert.deepEqual(mentionsOf('A spokesman for Prime Minister Theresa May, James Slack, said no.'), ['Prime Minister Theresa May']);
      assert.deepEqual(mentionsOf('The Foreign Secretary, HE SAID, left.'), []);
      assert.deepEqual(mentionsOf('The Foreign Secretary, Mr Johnson of Kent and others, said.'), []);
    });
  });

  describe('lower-case surname particles after a title', () => {
    it('"the UN Special Envoy de Mistura" is one span, canonical "de Mistura", and the full name corefers', () => {
      const text = 'The talks will be held by the UN Special Envoy de Mistura in Geneva. On Monday Staffan de Mistura arrived.';
      const people = officials(text);
      assert.deepEqual(people.map((e) => e.mentions.map((m) => m.text)), [['UN Special Envoy de Mistura', 'Staffan de Mistura']]);
      assert.deepEqual(mentionsOf('Yesterday President von der Leyen spoke.'), ['President von der Leyen']);
      assert.equal(officials('The talks will be held by the UN Special Envoy de Mistura in Geneva.')[0]!.name, 'de Mistura');
    });

    it('a later "de Mistura" keeps its particle; a particle the person\'s name does not have stays out', () => {
      const text = 'The talks will be held by the UN Special Envoy de Mistura in Geneva. On Monday de Mistura said more. Mistura left.';
      assert.deepEqual(sameEntity(text, 'UN Special Envoy de Mistura'), ['UN Special Envoy de Mistura', 'de Mistura', 'Mistura']);
      assert.deepEqual(mentionsOf('General John Smith spoke. The city de Smith grew.'), ['General John Smith', 'Smith']);
    });

    it('a particle-like word after a title that no capitalised name follows stays unmarked', () => {
      for (const text of ['The minister de facto resigned.', 'The Secretary de jure holds the post.', 'The president la la la.']) {
        assert.deepEqual(mentionsOf(text), [], text);
      }
    });
  });

  describe('a bare title opening the headline', () => {
    it('"Foreign Secretary statement on ..." is a nominal mention of the one Foreign Secretary named below', () => {
      const text = 'Foreign Secretary statement on UN chemical weapons report\nThe Foreign Secretary, Boris Johnson, said: This independent report is clear.';
      const people = officials(text);
      assert.deepEqual(people.map((e) => e.mentions.map((m) => [m.text, m.nominal])), [[['Foreign Secretary', true], ['Boris Johnson', false]]]);
    });

    it('stays unmarked when no one or more than one person fits, off the first line, or with a capitalised word after it', () => {
      for (const text of [
        'Foreign Secretary statement on UN report\nDefence Secretary Michael Fallon said.',
        'Foreign Secretary statement on UN report\nForeign Secretary Boris Johnson met Foreign Secretary Jack Straw.',
        'Today Foreign Secretary statement\nThe Foreign Secretary, Boris Johnson, said.',
        'News from London\nForeign Secretary statement on the report.\nThe Foreign Secretary, Boris Johnson, said.',
        'Foreign Secretary Statement\nThe Foreign Secretary, Boris Johnson, said.',
      ]) assert.ok(!officials(text).some((e) => e.mentions.some((m) => m.nominal)), text);
    });
  });

  describe('titles of an office not yet taken, and a chargé d\'affaires', () => {
    it('"-designate" and "-elect" after a title head make a title ("the Prime Minister-designate, Haider al-Abadi,")', () => {
      const text = 'The Council urges the Prime Minister-designate, Haider al-Abadi, to work swiftly. Abadi agreed.';
      assert.deepEqual(sameEntity(text, 'Haider al-Abadi'), ['Haider al-Abadi', 'Abadi']);
      assert.equal(officials(text)[0]!.attributes['title'], 'Prime Minister-designate');
      assert.deepEqual(mentionsOf('Yesterday Defense Secretary-designate Lloyd Austin spoke.'), ['Defense Secretary-designate Lloyd Austin']);
    });

    it('"Chargé d\'Affaires" (with or without the accent) is a title before a name', () => {
      assert.deepEqual(mentionsOf('Today Chargé d\u2019Affaires Jonathan Cohen spoke.'), ['Chargé d\u2019Affaires Jonathan Cohen']);
      assert.deepEqual(mentionsOf('Today Charge d\'Affaires Tom Lee spoke.'), ['Charge d\'Affaires Tom Lee']);
    });

    it('"-elect"/"-designate" on a word that is no title, and "charge" as a noun, stay unmarked', () => {
      for (const text of ['The self-elect Tom Bo spoke.', 'He was in charge of Mission Control.', 'The charge Mark Lee made was false.', 'A designate-elect Tom Bo spoke.', 'D\'Affaires Tom Lee spoke.']) {
        assert.deepEqual(mentionsOf(text), [], text);
      }
    });
  });

  describe('sentence adverbs are no first names', () => {
    it('"Then Shoigu left" is a mention "Shoigu" of the person named before, whose name stays "Shoigu"', () => {
      const people = officials('Defense Minister Shoigu spoke. Then Shoigu left. Later Shoigu said. However Shoigu denied it.');
      assert.deepEqual(people.map((e) => [e.name, e.mentions.map((m) => m.text)]), [['Shoigu', ['Defense Minister Shoigu', 'Shoigu', 'Shoigu', 'Shoigu']]]);
    });
  });
});

// Initials as the first name: the title walk used to stop at the period after them, giving a
// person called "S" ("Affairs Minister S") and losing the surname's later mentions.
describe('officials: initials for a first name', () => {
  it('one or more initials, joined or spaced, begin the name; the surname alone is a later mention', () => {
    const cases: Array<[string, string, string]> = [
      ['External Affairs Minister S. Jaishankar', 'S. Jaishankar', 'Jaishankar'],
      ['National Security Adviser H.R. McMaster', 'H.R. McMaster', 'McMaster'],
      ['Gen. H. R. McMaster', 'H. R. McMaster', 'McMaster'],
      ['Senator J.D. Vance', 'J.D. Vance', 'Vance'],
    ];
    for (const [phrase, name, surname] of cases) {
      const people = officials(`Yesterday ${phrase} spoke. ${surname} said more.`);
      assert.deepEqual(people.map((e) => [e.name, e.mentions.map((m) => m.text)]), [[name, [phrase, surname]]], phrase);
    }
  });

  it('"U.S." is no initial, and a title before it keeps its country', () => {
    const people = officials('Yesterday U.S. Secretary of State Antony Blinken spoke.');
    assert.deepEqual(people.map((e) => [e.name, e.attributes['country']]), [['Antony Blinken', 'United States']]);
  });
});

// Names written family name first ("Oka Masami", "Wang Yi"): the family name alone is a later
// mention anywhere, not only before a speech verb.
describe('officials: family names first', () => {
  it('the first word of an East Asian official\'s name, alone, is a later mention of them', () => {
    const people = officials("Deputy Secretary Kathleen Hicks met Japan's Vice Minister of Defense Oka Masami. Hicks and Oka discussed the alliance. Oka thanked her.");
    assert.deepEqual(people.map((e) => [e.name, e.mentions.map((m) => m.text)]), [
      ['Kathleen Hicks', ['Deputy Secretary Kathleen Hicks', 'Hicks']],
      ['Oka Masami', ["Japan's Vice Minister of Defense Oka Masami", 'Oka', 'Oka']],
    ]);
  });

  it('a first name alone stays unmarked for other officials, as before', () => {
    assert.deepEqual(mentionsOf('British Defence Secretary Grant Shapps spoke. Grant money was approved.'), ['British Defence Secretary Grant Shapps']);
  });
});

// An envoy's office names where the envoy is sent: "Ambassador to India". The tail after "to" was
// not read, so the title ended before it and no name followed: the official was not marked at all.
describe('officials: envoys sent to a country or an organisation', () => {
  it('the whole title and the name are one mention; the destination is not the envoy\'s country', () => {
    const cases: Array<[string, string, string | undefined]> = [
      ['U.S. Ambassador to India Eric Garcetti', 'Ambassador to India', 'United States'],
      ['Ambassador to Saudi Arabia Michael Ratney', 'Ambassador to Saudi Arabia', undefined],
      ["Russia's Permanent Representative to the United Nations Vassily Nebenzia", 'Permanent Representative to the United Nations', 'Russia'],
    ];
    for (const [phrase, title, country] of cases) {
      const people = officials(`Yesterday ${phrase} spoke.`);
      assert.deepEqual(people.map((e) => e.mentions.map((m) => m.text)), [[phrase]], phrase);
      assert.equal(people[0]!.attributes['title'], title, phrase);
      assert.equal(people[0]!.attributes['country'], country, phrase);
    }
  });

  it('"to" after other titles, or not followed by a name, adds nothing', () => {
    assert.deepEqual(mentionsOf('He was appointed Ambassador to Russia in 2020. The minister went to India Eric said.'), []);
  });
});

describe('officials: words around a title that are not part of it', () => {
  it('"a.i." (ad interim) after a chargé d\'affaires is in the mention, not in the title', () => {
    for (const phrase of ["Chargé d'Affaires, a.i., Jonathan Cohen", "Chargé d'Affaires a.i. Jane Doe"]) {
      const people = officials(`Yesterday ${phrase} attended.`);
      assert.deepEqual(people.map((e) => [e.mentions.map((m) => m.text), e.attributes['title']]), [[[phrase], "Chargé d'Affaires"]], phrase);
    }
  });

  it('the preposition "under" is no part of a title; "Under Secretary" is', () => {
    assert.deepEqual(mentionsOf('It was signed under President Reagan, then under Secretary Austin.'), ['President Reagan', 'Secretary Austin']);
    assert.deepEqual(mentionsOf('Yesterday Under Secretary Ellen Lord spoke.'), ['Under Secretary Ellen Lord']);
  });
});

// "The general", "the Russian general", "The admiral": a rank refers back to a person of that rank,
// abbreviated in the title ("Gen.") or kept apart after an office ("Chief of General Staff Gen.").
describe('officials: ranks as descriptive references', () => {
  it('a rank, with or without a nationality, refers back to the person of that rank', () => {
    const cases: Array<[string, string[]]> = [
      ['Gen. Valery Gerasimov met reporters. The general said the talks were useful.', ['Gen. Valery Gerasimov', 'The general']],
      ['Russian Gen. Valery Gerasimov met reporters. The Russian general said so.', ['Russian Gen. Valery Gerasimov', 'The Russian general']],
      ['Turkish Chief of General Staff Gen. Metin Gurak met reporters. The general agreed.', ['Turkish Chief of General Staff Gen. Metin Gurak', 'The general']],
      ['Adm. John Aquilino met Japanese officials. The admiral said more.', ['Adm. John Aquilino', 'The admiral']],
    ];
    for (const [text, mentions] of cases) assert.deepEqual(officials(text).map((e) => e.mentions.map((m) => m.text)), [mentions], text);
  });

  it('"general" as an adjective, or with no one of that rank, is no reference', () => {
    assert.deepEqual(mentionsOf('Gen. Mark Milley spoke. The general public was not told; the general idea is fine.'), ['Gen. Mark Milley']);
    assert.deepEqual(mentionsOf('Secretary Austin spoke. The general said more.'), ['Secretary Austin']);
  });
});

// An office set off after a name that only a rank introduced is the person's title (the
// guideline puts such appositives in the title), and gives their country.
describe('officials: an office after a ranked name', () => {
  it('is the title; its country is the person\'s; the rank still resolves "the general"', () => {
    const people = officials('Gen. Valery Gerasimov, chief of the Russian General Staff, met Turkish officials. The Russian general said so.');
    assert.deepEqual(people.map((e) => [e.mentions.map((m) => m.text), e.attributes['title'], e.attributes['country']]), [
      [['Gen. Valery Gerasimov', 'The Russian general'], 'chief of the Russian General Staff', 'Russia'],
    ]);
  });

  it('a bare role word or an age leaves the rank as the title', () => {
    assert.equal(officials('Capt. Christophe Cluzel, commander of Forbin, spoke.')[0]!.attributes['title'], 'Capt.');
    assert.equal(officials('Gen. James Smith, 57, spoke.')[0]!.attributes['title'], 'Gen.');
  });
});

// The guideline marks vocatives with an office title ("Mr. Secretary"); a briefing's reporters
// address the briefer by rank alone: "Q: General, can you say ...", "Thanks, General."
describe('officials: a rank or office alone, addressed', () => {
  it('is a descriptive mention of the person who holds it', () => {
    const text = 'BRIG. GEN. PAT RYDER: Good afternoon.\n\nQ: General, can you say more?\n\nGEN. RYDER: No.\n\nQ: Thanks, General.';
    assert.deepEqual(officials(text).map((e) => e.mentions.map((m) => [m.text, m.nominal])), [
      [['BRIG. GEN. PAT RYDER', false], ['General', true], ['GEN. RYDER', false], ['General', true]],
    ]);
    assert.deepEqual(mentionsOf('Secretary Blinken spoke. Thank you, Secretary.'), ['Secretary Blinken', 'Secretary']);
  });

  it('not when no one holds it, nor inside a name', () => {
    assert.deepEqual(mentionsOf('Secretary Blinken spoke. The General Assembly met. Major, the plan is ready.'), ['Secretary Blinken']);
  });
});

describe('officials: company officers', () => {
  it('"CEO" and its like are title heads (the guideline counts offices in companies)', () => {
    assert.deepEqual(officials('CEO Jim Taiclet said so. Taiclet added more.').map((e) => [e.mentions.map((m) => m.text), e.attributes['title']]), [[['CEO Jim Taiclet', 'Taiclet'], 'CEO']]);
    assert.deepEqual(mentionsOf('The CEO said nothing.'), []);
  });

  it('"chief executive" is a title; "Executive" elsewhere only modifies one, and an Executive Order is no person', () => {
    assert.deepEqual(mentionsOf('Rheinmetall chief executive Armin Papperger said. Papperger added.'), ['Rheinmetall chief executive Armin Papperger', 'Papperger']);
    assert.deepEqual(mentionsOf('Executive Director Jane Doe said.'), ['Executive Director Jane Doe']);
    assert.deepEqual(mentionsOf('The Executive Order was signed.'), []);
  });
});

// A title in lower case keeps its office in lower case too: "chief of staff". The tail was read
// only in capitals, so the title ended at "chief" and the name set off after it was lost.
describe('officials: a lower-case office tail', () => {
  it('"chief of staff, Andriy Yermak," and "minister of defense Andrei Belousov" are found', () => {
    const yermak = officials("Zelenskyy's chief of staff, Andriy Yermak, met him.");
    // ("Zelenskyy" alone is the president of the public figures knowledge base.)
    assert.deepEqual(yermak.map((e) => [e.mentions.map((m) => m.text), e.attributes['title']]), [[['Zelenskyy'], 'President'], [['Andriy Yermak'], 'chief of staff']]);
    assert.deepEqual(mentionsOf('The minister of defense Andrei Belousov said.'), ['minister of defense Andrei Belousov']);
  });

  it('the office alone names no one', () => {
    assert.deepEqual(mentionsOf('He was chief of staff of the army in 2010.'), []);
  });
});

// A plural title before coordinated names: each name is an official with the title in the
// singular; the first mention takes the title words, as the longest contiguous title and name.
describe('officials: a plural title before coordinated names', () => {
  it('each name is a mention of its own person, with the singular title', () => {
    const people = officials('Foreign Ministers Antony Blinken, Penny Wong and Yoko Kamikawa met. Wong said more.');
    assert.deepEqual(people.map((e) => [e.mentions.map((m) => m.text), e.attributes['title']]), [
      [['Foreign Ministers Antony Blinken'], 'Foreign Minister'],
      [['Penny Wong', 'Wong'], 'Foreign Minister'],
      [['Yoko Kamikawa'], 'Foreign Minister'],
    ]);
    assert.deepEqual(mentionsOf('Presidents Biden and Xi met in Woodside.'), ['Presidents Biden', 'Xi']);
  });

  it('not without coordinated names, nor for holidays', () => {
    assert.deepEqual(mentionsOf('Presidents Day and Memorial Day are holidays. The Ministers of Defence and Foreign Affairs met.'), []);
  });
});

// Capitalised words after an office tail can be the rest of an organisation's name, not a
// person's: "head of the Army Futures Command" had made a person "Futures".
describe('officials: an organisation\'s name after an office', () => {
  it('is part of the office, and no person', () => {
    assert.deepEqual(mentionsOf('He is head of the Army Futures Command. The commander of the Navy Surface Warfare Center spoke.'), []);
    const people = officials('Commander of Army Futures Command Gen. James Rainey said. Rainey added.');
    assert.deepEqual(people.map((e) => [e.mentions.map((m) => m.text), e.attributes['title']]), [
      [['Commander of Army Futures Command Gen. James Rainey', 'Rainey'], 'Commander of Army Futures Command'],
    ]);
  });

  it('places and things named after a titled person are no mention of them', () => {
    assert.deepEqual(mentionsOf('President Street is closed. The Admiral Nimitz Foundation met at President Kennedy Airport.'), []);
    assert.deepEqual(mentionsOf('Admiral Chester Nimitz commanded the fleet.'), ['Admiral Chester Nimitz']);
  });

  it('committees and the Senate\'s leaders are whole titles', () => {
    assert.deepEqual(mentionsOf('Rep. Mike Rogers, chairman of the House Armed Services Committee, said. Senate Majority Leader Chuck Schumer said.'), ['Rep. Mike Rogers', 'Senate Majority Leader Chuck Schumer']);
  });
});


// An office holder the article never names: government readouts and press releases refer to
// "The Foreign Secretary" or "The Prime Minister" without a name ("The Foreign Secretary met the
// Iraqi Foreign Minister" had marked no one). The guideline marks nominal references a reader can
// resolve ("the Secretary of State"); a statute's office in general ("the President may waive")
// is not marked.
describe('officials: an office holder referred to by title only', () => {
  it('is one entity per office, named by the title, when the office is the subject of an event', () => {
    const people = officials('A Foreign Office spokesman said: "The Foreign Secretary met the Iraqi Foreign Minister, Ibrahim al-Jaafari." The Foreign Secretary was clear that the fight goes on.');
    assert.deepEqual(people.map((e) => [e.name, e.mentions.map((m) => [m.text, m.nominal]), e.attributes['title']]), [
      ['Foreign Secretary', [['The Foreign Secretary', true], ['The Foreign Secretary', true]], 'Foreign Secretary'],
      ['Ibrahim al-Jaafari', [['Ibrahim al-Jaafari', false]], 'Foreign Minister'],
    ]);
    const state = officials('The Secretary of State has authorized a reward. It is the first time the U.S. Secretary of State has authorized one.');
    assert.deepEqual(state.map((e) => [e.name, e.mentions.map((m) => m.text), e.attributes['country']]), [
      ['Secretary of State', ['The Secretary of State', 'the U.S. Secretary of State'], 'United States'],
    ]);
    assert.deepEqual(sameEntity('The Prime Minister spoke to President Zelenskyy today. The Prime Minister said more help would come.', 'The Prime Minister'), ['The Prime Minister', 'The Prime Minister']);
  });

  it('a headline opening with the title counts too, with its verb in the third person', () => {
    assert.deepEqual(mentionsOf('Foreign Secretary welcomes new Syria sanctions listings\n\nThe UK added names to the list.'), ['Foreign Secretary']);
    assert.deepEqual(mentionsOf('Defence Secretary secures progress on Brimstone sales\n\nThe UK has agreed.'), ['Defence Secretary']);
    assert.deepEqual(mentionsOf('Foreign Secretary statement on UN chemical weapons report\n\nThe report was published.'), []);
  });

  it('is the named person when one fits, before or after', () => {
    assert.deepEqual(sameEntity('Foreign Secretary Boris Johnson met Sergei Lavrov. The Foreign Secretary pressed Russia.', 'The Foreign Secretary'), ['Foreign Secretary Boris Johnson', 'The Foreign Secretary']);
    assert.deepEqual(sameEntity('The Foreign Secretary met his counterpart. Foreign Secretary Boris Johnson said so.', 'The Foreign Secretary'), ['The Foreign Secretary', 'Foreign Secretary Boris Johnson']);
  });

  it('not for the office in general, a bare head, a lower-case title, or an office of many holders', () => {
    assert.deepEqual(mentionsOf('Under the Act, the Secretary of Defense may waive the requirement. The Secretary of State shall submit a report. The Secretary of Defense is responsible for it.'), []);
    assert.deepEqual(mentionsOf('The Secretary of Defense has the authority to waive it.'), []);
    assert.deepEqual(mentionsOf('The Foreign Secretary has been clear. The Foreign Secretary had spoken to him.'), ['The Foreign Secretary', 'The Foreign Secretary']);
    assert.deepEqual(mentionsOf('The President thanked the troops. The foreign secretary met them. The Regional Director said so. The Defence Minister\'s office said so.'), []);
  });
});

// Gulf and other royal names: a style ("Sheikh", "Prince") stands between the office and the name,
// and later references use the style with the given name. "Emir of Qatar Sheikh Tamim bin Hamad
// Al Thani" had lost "Emir of Qatar", "Saudi Defense Minister Prince Khalid bin Salman" had the
// title "Defense Minister Prince", and "Sheikh Tamim" was a person of its own.
describe('officials: royal styles between an office and an Arabic name', () => {
  it('are in the span but not in the title, after an office with an "of" tail too', () => {
    const people = officials('The Emir of Qatar Sheikh Tamim bin Hamad Al Thani met Saudi Defense Minister Prince Khalid bin Salman. President Sheikh Mohamed bin Zayed Al Nahyan joined them.');
    assert.deepEqual(people.map((e) => [e.mentions[0]?.text, e.attributes['title'], e.attributes['country']]), [
      ['Emir of Qatar Sheikh Tamim bin Hamad Al Thani', 'Emir of Qatar', 'Qatar'],
      ['Saudi Defense Minister Prince Khalid bin Salman', 'Defense Minister', 'Saudi Arabia'],
      ['President Sheikh Mohamed bin Zayed Al Nahyan', 'President', undefined],
    ]);
    assert.deepEqual(mentionsOf('Crown Prince Sheikh Mohammed said.'), ['Crown Prince Sheikh Mohammed']);
  });

  it('a style with the given name later is the same person', () => {
    assert.deepEqual(sameEntity('Emir Sheikh Tamim bin Hamad Al Thani met Prince Khalid bin Salman. Sheikh Tamim thanked Prince Khalid.', 'Sheikh Tamim'),
      ['Emir Sheikh Tamim bin Hamad Al Thani', 'Sheikh Tamim']);
    assert.deepEqual(sameEntity('Emir Sheikh Tamim bin Hamad Al Thani met Prince Khalid bin Salman. Sheikh Tamim thanked Prince Khalid.', 'Prince Khalid'),
      ['Prince Khalid bin Salman', 'Prince Khalid']);
  });

  it('but a given name is no surname of other names, nor a style of one without "bin" or "Al"', () => {
    assert.deepEqual(officials('Sheikh Tamim Hassan met Sheikh Tamim. Minister Khalid Jones spoke.').map((e) => e.mentions.map((m) => m.text)),
      [['Sheikh Tamim Hassan'], ['Sheikh Tamim'], ['Minister Khalid Jones']]);
    // A family name that only begins with "Al" is no Arabic "Al-" name.
    assert.deepEqual(officials('Secretary Alan Albright met him. Prince Alan spoke.').map((e) => e.mentions.map((m) => m.text)),
      [['Secretary Alan Albright'], ['Prince Alan']]);
  });
});

// A surname alone set off by its bearer's office: "Kirby, the National Security Council
// spokesman, declined" (an article that used "Mr. Kirby" first) marked no one.
describe('officials: a surname alone with its office in apposition', () => {
  it('is the person, with the office as title, and "Mr." with the surname joins them', () => {
    const people = officials('Kirby, the National Security Council spokesman, declined to elaborate. Mr. Kirby said more.');
    assert.deepEqual(people.map((e) => [e.mentions.map((m) => m.text), e.attributes['title']]), [[['Kirby', 'Mr. Kirby'], 'National Security Council spokesman']]);
    assert.deepEqual(mentionsOf('"We will respond," said Peskov, the Kremlin spokesman.'), ['Peskov']);
    // The office as the predicate, or in a relative clause.
    assert.deepEqual(sameEntity('Mr. Kirby told reporters the Pentagon would help. Kirby is the Pentagon press secretary.', 'Kirby'), ['Mr. Kirby', 'Kirby']);
    assert.deepEqual(mentionsOf('Kirby, who is the Pentagon press secretary, said.'), ['Kirby']);
  });

  it('not a place or company described so, a connective, or an office that is no apposition', () => {
    assert.deepEqual(mentionsOf('Kyiv, the capital, was hit. Raytheon, the defense contractor, said so. Austin, the Texas capital, grew.'), []);
    assert.deepEqual(mentionsOf('Separately, the defense minister, who was in Kyiv, spoke. Meanwhile, the president said so.'), []);
    assert.deepEqual(mentionsOf('Washington, the president said, would help. Smith, the member of the team, won.'), []);
    assert.deepEqual(mentionsOf('Kyiv is the capital. Austin is the capital of Texas. Ukraine is the largest recipient. Washington is the key ally.'), []);
  });
});

// "then-Secretary of State Mike Pompeo" marked no one (the hyphenated word was no title word), and
// "Commandant" was no office ("Marine Corps Commandant Gen. Eric Smith" began at "Gen.").
describe('officials: past offices with "then-" or "ex-", and the Commandant', () => {
  it('"then-" and "ex-" titles open the span and keep their country', () => {
    const people = officials('Former Defense Secretary Mark Esper and then-Secretary of State Mike Pompeo disagreed. Pompeo left. Ex-President Donald Trump said.');
    assert.deepEqual(people.map((e) => [e.mentions.map((m) => m.text), e.attributes['country']]), [
      // (Esper and Trump: the public figures base's country, which the titles do not state.)
      [['Former Defense Secretary Mark Esper'], 'United States'],
      [['then-Secretary of State Mike Pompeo', 'Pompeo'], 'United States'],
      [['Ex-President Donald Trump'], 'United States'],
    ]);
  });

  it('"Commandant" is an office', () => {
    assert.deepEqual(sameEntity('Marine Corps Commandant Gen. Eric Smith testified. Smith said.', 'Smith'), ['Marine Corps Commandant Gen. Eric Smith', 'Smith']);
  });

  it('"then" and "ex" before other words make no title', () => {
    assert.deepEqual(mentionsOf('The then-popular Mike Lee said. An ex-soldier, John Doe, said.'), []);
  });
});

// "Special Presidential Envoy for Climate John Kerry" marked no one: the office tail takes office
// words and countries only, and stopped at "Climate". And an envoy "for Syria" had the country Syria.
describe('officials: an envoy\'s or coordinator\'s subject before the name', () => {
  it('the subject is part of the title, the name the last words of the run', () => {
    const people = officials('Special Presidential Envoy for Climate John Kerry met. Kerry said. Special Envoy for Hostage Affairs Roger Carstens said. Coordinator for Counterterrorism Nathan Sales said.');
    assert.deepEqual(people.map((e) => [e.mentions.map((m) => m.text), e.attributes['title']]), [
      [['Special Presidential Envoy for Climate John Kerry', 'Kerry'], 'Special Presidential Envoy for Climate'],
      [['Special Envoy for Hostage Affairs Roger Carstens'], 'Special Envoy for Hostage Affairs'],
      [['Coordinator for Counterterrorism Nathan Sales'], 'Coordinator for Counterterrorism'],
    ]);
  });

  it('the country an envoy\'s office is for is not the envoy\'s', () => {
    const people = officials('Special Envoy for Syria James F. Jeffrey spoke. U.S. Special Representative for Afghanistan Zalmay Khalilzad said.');
    assert.deepEqual(people.map((e) => [e.name, e.attributes['country']]), [['James F. Jeffrey', undefined], ['Zalmay Khalilzad', 'United States']]);
  });

  it('no name when the run is one word or goes on', () => {
    assert.deepEqual(mentionsOf('The Special Envoy for Climate met them. The Special Envoy for Climate Change Policy Office opened.'), []);
  });
});

// "John Smith, who is the deputy defense minister, said" marked no one: only an appositive set off
// by commas ("John Smith, the deputy defense minister,") was a cue.
describe('officials: an office in a relative clause after a full name', () => {
  it('"who is/was the ...", "who serves as ..." make the name an official with that title', () => {
    const people = officials('John Smith, who is the deputy defense minister, said. Smith added. Ann Lee, who serves as Ukraine\'s ambassador to NATO, spoke.');
    assert.deepEqual(people.map((e) => [e.mentions.map((m) => m.text), e.attributes['title'], e.attributes['country']]), [
      [['John Smith', 'Smith'], 'deputy defense minister', undefined],
      [['Ann Lee'], 'ambassador to NATO', 'Ukraine'],
    ]);
  });

  it('not other relative clauses', () => {
    assert.deepEqual(mentionsOf('John Smith, who is a teacher, said. Ann Lee, who met the minister, left.'), []);
  });
});

// The US government's own short titles before a name: "DNI Avril Haines", "SecDef Austin",
// "CJCS Gen. Milley" (the first two marked no one; the third began at "Gen.").
describe('officials: US short titles', () => {
  it('"DNI", "SecDef", "CJCS" open a titled name in the United States', () => {
    const people = officials('DNI Avril Haines told Congress. SecDef Austin said. CJCS Gen. Milley agreed.');
    assert.deepEqual(people.map((e) => [e.mentions[0]?.text, e.attributes['country']]), [
      ['DNI Avril Haines', 'United States'], ['SecDef Austin', 'United States'], ['CJCS Gen. Milley', 'United States'],
    ]);
  });
});

// "Israeli Defense Minister Israel Katz said" marked no one: a country's name is no name word, so
// no name followed the title.
describe('officials: a first name that is also a country\'s', () => {
  it('after a title, with a surname after it, is the first name', () => {
    assert.deepEqual(sameEntity('Israeli Defense Minister Israel Katz said. Katz\'s office added.', 'Katz'), ['Israeli Defense Minister Israel Katz', 'Katz']);
    assert.deepEqual(sameEntity('Acting Homeland Security Secretary Chad Wolf said. Wolf added.', 'Wolf'), ['Acting Homeland Security Secretary Chad Wolf', 'Wolf']);
  });

  it('not a country alone after a title', () => {
    assert.deepEqual(mentionsOf('President Jordan said. The Foreign Minister Israel said.'), []);
  });
});

// "Retired Lt. Gen. Ben Hodges" began at "Lt.": "retired" stands before a rank as "former" does
// before an office, and belongs to the longest title-and-name phrase.
describe('officials: "retired" before a rank', () => {
  it('is part of the span', () => {
    assert.deepEqual(sameEntity('Retired Lt. Gen. Ben Hodges said. Hodges added.', 'Hodges'), ['Retired Lt. Gen. Ben Hodges', 'Hodges']);
    assert.deepEqual(mentionsOf('Retired officers said so.'), []);
  });
});

// Commonwealth and Indian government releases: "General Angus Campbell AO DSC" had become a person
// "Angus Campbell Ao Dsc" (and "General Campbell" another), "the Hon Richard Marles MP" and
// "his Australian counterpart Mr Richard Marles" marked no one, nor "Raksha Mantri Shri Rajnath Singh".
describe('officials: Commonwealth styles and post-nominals, and India\'s Hindi titles', () => {
  it('post-nominal letters end the name and are part of its span ("Hon Richard Marles MP", as the gold keys write it)', () => {
    assert.deepEqual(sameEntity('Chief of the Defence Force, General Angus Campbell AO DSC, said. General Campbell added.', 'General Campbell'),
      ['General Angus Campbell AO DSC', 'General Campbell']);
    const [p] = officials('Chief of the Defence Force, General Angus Campbell AO DSC, said.');
    assert.equal(p?.attributes['title'], 'Chief of the Defence Force');
    assert.deepEqual(mentionsOf('UNDER SECRETARY OF DEFENSE ELLEN LORD: Thanks.'), ['UNDER SECRETARY OF DEFENSE ELLEN LORD']);
  });

  it('"the Hon" and "the Rt Hon" before an appositive name, without the article', () => {
    assert.deepEqual(sameEntity('Deputy Prime Minister and Minister for Defence, the Hon Richard Marles MP, met him. Marles said.', 'Marles'), ['Hon Richard Marles MP', 'Marles']);
    assert.deepEqual(mentionsOf('The Defence Secretary, the Rt Hon John Healey MP, said.'), ['Rt Hon John Healey MP']);
  });

  it('two offices joined by "and" before an appositive name: either office refers back, and neither is a reference of its own', () => {
    const text = 'Deputy Prime Minister welcomes first Ghost Shark\n\nThe Deputy Prime Minister and Minister for Defence, the Hon Richard Marles MP, today welcomed it. The Deputy Prime Minister said more.';
    // The headline's bare office and the later one are Marles, through his first office.
    assert.deepEqual(sameEntity(text, 'Hon Richard Marles MP'), ['Deputy Prime Minister', 'Hon Richard Marles MP', 'The Deputy Prime Minister']);
    assert.deepEqual(mentionsOf('He met the Deputy Prime Minister and Minister for Defence, Richard Marles, on Monday.'), ['Richard Marles']);
  });

  it('an honorific between a described role and the name', () => {
    const [, marles] = officials('Defence Minister Rajnath Singh held talks with his Australian counterpart Mr Richard Marles in New Delhi.');
    assert.deepEqual([marles?.mentions.map((m) => m.text), marles?.attributes['country']], [['Mr Richard Marles'], 'Australia']);
  });

  it('"Raksha Mantri" (Defence Minister) and "Shri"', () => {
    const [p] = officials('Raksha Mantri Shri Rajnath Singh held talks in New Delhi. The Raksha Mantri said so. Shri Singh added.');
    assert.deepEqual([p?.mentions.map((m) => m.text), p?.attributes['country']], [['Raksha Mantri Shri Rajnath Singh', 'The Raksha Mantri', 'Shri Singh'], 'India']);
  });
});

// "Japan's Minister of Defense, Mr. Gen Nakatani," was marked from "Gen" as a rank, with the title
// "Minister": after an honorific, a title word without its period is a given name.
describe('officials: a given name that is also a title word, after an honorific', () => {
  it('"Mr. Gen Nakatani" is a full name', () => {
    const [p] = officials('Japan\'s Minister of Defense, Mr. Gen Nakatani, met him. Minister Nakatani said.');
    assert.deepEqual([p?.name, p?.mentions.map((m) => m.text), p?.attributes['title']], ['Gen Nakatani', ['Mr. Gen Nakatani', 'Minister Nakatani'], 'Minister of Defense']);
  });
});

// "Hamas political chief Ismail Haniyeh" began at "political": an organisation no list names before
// a lower-case role may have one modifier between. "Supreme Leader Ayatollah" was the title.
describe('officials: an organisation and a modified role; "Ayatollah" as a style', () => {
  it('the organisation is in the span and the title', () => {
    const [p] = officials('Hamas political chief Ismail Haniyeh was killed in Tehran. Haniyeh had led the group.');
    assert.deepEqual([p?.mentions.map((m) => m.text), p?.attributes['title']], [['Hamas political chief Ismail Haniyeh', 'Haniyeh'], 'Hamas political chief']);
  });

  it('"Ayatollah" stands between the office and the name', () => {
    const [p] = officials('Iran\'s Supreme Leader Ayatollah Ali Khamenei said. Khamenei warned.');
    assert.deepEqual([p?.mentions.map((m) => m.text), p?.attributes['title']], [['Iran\'s Supreme Leader Ayatollah Ali Khamenei', 'Khamenei'], 'Supreme Leader']);
  });
});

describe('officials: words a title runs into that are no name', () => {
  it('a lower-case rank that is an adjective, or an acronym or nationality after a lower-case title, names no one', () => {
    assert.deepEqual(mentionsOf('Forces are retaking the last major IS stronghold in Iraq. The IS group used laboratories.'), []);
    assert.deepEqual(mentionsOf('The last major Kurdish stronghold fell on Monday.'), []);
    // A lower-case office before a real name still marks it.
    assert.deepEqual(mentionsOf('Russian defense minister Sergei Shoigu met Iraq\'s defense minister Obeidi.'), ['Russian defense minister Sergei Shoigu', 'Iraq\'s defense minister Obeidi']);
  });

  it('a title that goes on into a name is not an appositive of the words before its comma', () => {
    for (const lead of ['On Thanksgiving Day', 'In Washington Heights']) {
      const text = `${lead}, Defense Secretary Ash Carter offered his condolences.`;
      assert.deepEqual(mentionsOf(text), ['Defense Secretary Ash Carter'], text);
    }
    // A true appositive still gives the name before the comma its title.
    const e = officials('John Smith, Defense Minister of Ukraine, said the talks went well.');
    assert.deepEqual(e.map((x) => [x.name, x.attributes['title']]), [['John Smith', 'Defense Minister of Ukraine']]);
  });

  it('an organisation named for its purpose ends the office before the name ("Coalition to Counter ISIL Brett McGurk")', () => {
    const text = 'Special Presidential Envoy for the Global Coalition to Counter ISIL Brett McGurk will travel to Berlin to meet members of the Counter ISIL Coalition. Coalition partners will attend. McGurk said the campaign goes on.';
    const e = officials(text);
    assert.deepEqual(e.map((x) => x.mentions.map((m) => m.text)), [['Special Presidential Envoy for the Global Coalition to Counter ISIL Brett McGurk', 'McGurk']]);
    assert.equal(e[0]?.attributes['title'], 'Special Presidential Envoy for the Global Coalition to Counter ISIL');
  });
});

describe('officials: a general officer\'s grade left out of later references', () => {
  it('"the general", "the admiral", "the colonel" refer back to a lieutenant general, a vice admiral, a lieutenant colonel', () => {
    assert.deepEqual(sameEntity('Lt. Gen. Kurilla told lawmakers the Houthis fired drones. The general added that more were coming.', 'Lt. Gen. Kurilla'), ['Lt. Gen. Kurilla', 'The general']);
    assert.deepEqual(sameEntity('Vice Adm. Brad Cooper said the strikes worked. The admiral added that more would follow.', 'Vice Adm. Brad Cooper'), ['Vice Adm. Brad Cooper', 'The admiral']);
    assert.deepEqual(sameEntity('Lt. Col. Ann Smith led the unit. The colonel said it was ready.', 'Lt. Col. Ann Smith'), ['Lt. Col. Ann Smith', 'The colonel']);
  });

  it('"the lieutenant" is none of them, and a colonel nobody holds resolves to no one', () => {
    assert.deepEqual(mentionsOf('Lt. Col. Ann Smith led the unit. The lieutenant was not there.'), ['Lt. Col. Ann Smith']);
    assert.deepEqual(mentionsOf('The colonel said nothing about it.'), []);
    // Other qualifiers still count: "the president" is not the vice president.
    assert.deepEqual(mentionsOf('Vice President Kamala Harris spoke. The president said nothing.'), ['Vice President Kamala Harris']);
  });
});

describe('officials: a name in apposition to "his ... counterpart"', () => {
  it('the name after the comma is the mention, with the role\'s country; a rank before it is its title', () => {
    const text = 'Austin met his French counterpart, Sebastien Lecornu, in Paris. Lecornu said the talks went well.';
    const e = officials(text);
    assert.deepEqual(e.map((x) => [x.mentions.map((m) => m.text), x.attributes['country']]), [[['Sebastien Lecornu', 'Lecornu'], 'France']]);
    const ranked = officials('Radakin met his French counterpart, General Thierry Burkhard, in Paris.');
    assert.deepEqual(ranked.map((x) => [x.mentions.map((m) => m.text), x.attributes['title'], x.attributes['country']]), [[['General Thierry Burkhard'], 'General', 'France']]);
  });

  it('no name unless the appositive closes after it', () => {
    assert.deepEqual(mentionsOf('He called his Russian counterpart, Moscow officials said.'), []);
  });
});

describe('officials: office titles before a rank, initials without periods, family names in capitals', () => {
  it('a rank after an office is not part of the office ("Chief of Defence Staff General Anil Chauhan")', () => {
    const e = officials('Chief of Defence Staff General Anil Chauhan reviewed the Eastern Command.');
    assert.deepEqual(e.map((x) => [x.mentions[0]?.text, x.attributes['title']]), [['Chief of Defence Staff General Anil Chauhan', 'Chief of Defence Staff']]);
    // "General" inside an office stays there.
    assert.deepEqual(officials('Chief of the General Staff Valery Gerasimov spoke.').map((x) => x.attributes['title']), ['Chief of the General Staff']);
  });

  it('capitals without a vowel in a name of mixed case are initials, kept as written', () => {
    assert.deepEqual(officials('Lt Gen RP Kalita briefed reporters. Kalita said all was well.').map((x) => [x.name, x.mentions.map((m) => m.text)]), [['RP Kalita', ['Lt Gen RP Kalita', 'Kalita']]]);
    // A name in a line of capitals is still title-cased.
    assert.deepEqual(officials('GEN. PAT RYDER: Thanks.').map((x) => x.name), ['Pat Ryder']);
  });

  it('a family name in capitals before the given name is the surname later mentions use ("KIHARA Minoru" ... "Minister Kihara")', () => {
    const text = 'Minister of Defense KIHARA Minoru held a meeting with U.S. Secretary of Defense Lloyd J. Austin III. Minister Kihara explained the policy. Kihara also met Austin.';
    assert.deepEqual(sameEntity(text, 'Minister of Defense KIHARA Minoru'), ['Minister of Defense KIHARA Minoru', 'Minister Kihara', 'Kihara']);
    assert.deepEqual(sameEntity('Defense Minister KIM Yong-hyun met Gen. Paul LaCamera. Minister Kim said.', 'Minister Kim'), ['Defense Minister KIM Yong-hyun', 'Minister Kim']);
  });
});

describe('officials: names listed after "their ... counterparts"', () => {
  it('each name is a mention with the role\'s country, with or without commas, with or without titles', () => {
    const rows = (text: string): unknown[] => officials(text).map((x) => [x.mentions.map((m) => m.text), x.attributes['title'], x.attributes['country']]);
    for (const text of ['Lammy and Healey met their Australian counterparts Penny Wong and Richard Marles for talks.', 'Lammy and Healey met their Australian counterparts, Penny Wong and Richard Marles, for talks.']) {
      // (Their titles are the public figures base's current offices: the text gives none.)
      assert.deepEqual(rows(text).slice(-2), [[['Penny Wong'], 'Foreign Minister', 'Australia'], [['Richard Marles'], 'Deputy Prime Minister', 'Australia']], text);
    }
    assert.deepEqual(rows('They met their Australian counterparts, Foreign Minister Penny Wong and Defence Minister Richard Marles, for talks.'), [
      [['Foreign Minister Penny Wong'], 'Foreign Minister', 'Australia'], [['Defence Minister Richard Marles'], 'Defence Minister', 'Australia'],
    ]);
  });

  it('one name, or a list that does not close the appositive, is no list', () => {
    assert.deepEqual(mentionsOf('They met their Australian counterparts, Jane Mercer and others.'), []);
    assert.deepEqual(mentionsOf('They thanked their Australian counterparts, Canberra said.'), []);
  });
});

describe('officials: a title\'s initials after "the" refer back to its holder', () => {
  it('"The CDS", "The COAS", "the PM" after the person was named with that title', () => {
    assert.deepEqual(sameEntity('Chief of Defence Staff General Anil Chauhan reviewed the command. The CDS was briefed on the situation.', 'The CDS'), ['Chief of Defence Staff General Anil Chauhan', 'The CDS']);
    assert.deepEqual(sameEntity('Chief of Army Staff General Asim Munir visited. The COAS said the army was ready.', 'The COAS'), ['Chief of Army Staff General Asim Munir', 'The COAS']);
    assert.deepEqual(sameEntity('Prime Minister Keir Starmer spoke. Later the PM met the King.', 'the PM'), ['Prime Minister Keir Starmer', 'the PM']);
  });

  it('no one holds the title, or the acronym comes first: no reference', () => {
    assert.deepEqual(mentionsOf('The CDS said nothing.'), []);
    assert.deepEqual(mentionsOf('The CDS arrived. Chief of Defence Staff General Anil Chauhan spoke.'), ['Chief of Defence Staff General Anil Chauhan']);
  });
});

describe('officials: a qualifier before a portfolio and its head; Arabic kunyas', () => {
  it('"deputy Middle East director" is one title, before a name and in an appositive', () => {
    assert.deepEqual(officials('Deputy Middle East Director Adam Coogle said so.').map((x) => [x.mentions[0]?.text, x.attributes['title']]), [['Deputy Middle East Director Adam Coogle', 'Deputy Middle East Director']]);
    assert.deepEqual(officials('Lama Fakih, HRW\'s deputy Middle East director, said the strikes were unlawful.').map((x) => x.attributes['title']), ['HRW\'s deputy Middle East director']);
  });

  it('"Abu" and the word after it are the name used alone later', () => {
    assert.deepEqual(sameEntity('On Monday, Abu Jandal al-Kuwaiti, an ISIL leader in Raqqah, was struck. Abu Jandal was involved in attacks.', 'Abu Jandal'), ['Abu Jandal al-Kuwaiti', 'Abu Jandal']);
  });
});

describe('officials: an appositive role with an owner in lower case', () => {
  it('"Yahya Saree, the group\'s military spokesman," is an official with that title', () => {
    assert.deepEqual(officials('The Houthis claimed it. Yahya Saree, the group\'s military spokesman, said drones hit the ship.').map((x) => [x.name, x.attributes['title']]), [['Yahya Saree', 'military spokesman']]);
    assert.deepEqual(officials('Maria Zakharova, the ministry’s spokeswoman, said so.').map((x) => x.name), ['Maria Zakharova']);
    // The owner alone is no role.
    assert.deepEqual(mentionsOf('John Smith, the group\'s founder, said so.'), []);
  });
});

describe('officials: a rank abbreviation without its period after an office', () => {
  it('before a full name or "Sir" it is the rank, not part of the office', () => {
    for (const [phrase, title] of [['Army chief Gen Asim Munir', 'Army chief'], ['Defence Secretary Gen Sir Nick Carter', 'Defence Secretary']] as const) {
      assert.deepEqual(officials(`Yesterday ${phrase} spoke.`).map((e) => [e.mentions.map((m) => m.text), e.attributes['title']]), [[[phrase], title]], phrase);
    }
  });

  it('after a civilian office and before one name word it is a given name ("Defense Minister Gen Nakatani")', () => {
    const e = officials('Japan\'s Defense Minister Gen Nakatani met his counterpart. Minister Nakatani said the talks went well.');
    assert.deepEqual(e.map((x) => [x.name, x.attributes['title'], x.mentions.map((m) => m.text)]), [['Gen Nakatani', 'Defense Minister', ['Japan\'s Defense Minister Gen Nakatani', 'Minister Nakatani']]]);
  });
});

describe('officials: an office of a unit named by its subject', () => {
  it('"director of the Asia program" keeps the unit in the title', () => {
    assert.deepEqual(officials('According to Bonnie Glaser, director of the Asia program at the German Marshall Fund, Beijing is testing Washington.').map((e) => [e.name, e.attributes['title']]), [['Bonnie Glaser', 'director of the Asia program']]);
    assert.deepEqual(officials('Director of the Europe desk John Smith said so.').map((e) => e.mentions.map((m) => m.text)), [['Director of the Europe desk John Smith']]);
  });
});

describe('officials: a retired officer\'s mark after the rank', () => {
  it('"(ret.)" or "(retd)" between the rank and the name is in the mention', () => {
    for (const phrase of ['Lt. Gen. (ret.) Sjafrie Sjamsoeddin', 'Gen. (Ret.) David Petraeus', 'Maj. Gen. (retd) Ashok Mehta']) {
      assert.deepEqual(mentionsOf(`Yesterday ${phrase} spoke.`), [phrase], phrase);
    }
    // (A name in parentheses after a title is no retired mark; the knowledge base's own "Biden" is found as a name.)
    assert.deepEqual(mentionsOf('Yesterday President (Biden) spoke.'), ['Biden']);
    assert.deepEqual(mentionsOf('Yesterday President (Carver) spoke.'), []);
  });
});

describe('officials: royal offices in lower case, and an office\'s country before a ranked appositive name', () => {
  it('"the crown prince", "the emir" refer back to the person with that title', () => {
    assert.deepEqual(sameEntity('Saudi Crown Prince Mohammed bin Salman met President Biden. The crown prince said oil output would rise.', 'The crown prince'), ['Saudi Crown Prince Mohammed bin Salman', 'The crown prince']);
    assert.deepEqual(mentionsOf('The king said nothing.'), []);
  });

  it('"Pakistan\'s Army chief, General Asim Munir," gives him the office and its country', () => {
    assert.deepEqual(officials('Pakistan\'s Army chief, General Asim Munir, met the delegation.').map((e) => [e.name, e.attributes['title'], e.attributes['country']]), [['Asim Munir', 'Army chief', 'Pakistan']]);
  });
});

describe('officials: a compound surname alone', () => {
  it('"López Obrador" after "Andrés Manuel López Obrador" is the same person', () => {
    assert.deepEqual(sameEntity('Mexican President Andrés Manuel López Obrador spoke. López Obrador said so.', 'López Obrador'), ['Mexican President Andrés Manuel López Obrador', 'López Obrador']);
    // A first name that is no middle name of theirs is still someone else, and unmarked without a cue.
    assert.deepEqual(mentionsOf('Mexican President Andrés Manuel López Obrador spoke. Carlos Obrador said so.'), ['Mexican President Andrés Manuel López Obrador']);
  });
});

describe('officials: names written family name first; knights called by their given name', () => {
  it('a Chinese official\'s family name alone, with or without a rank, is the same person, who keeps the office title', () => {
    const text = 'Chinese Defense Minister Dong Jun warned against confrontation. Dong met reporters. Admiral Dong, a former navy deputy commander, said China would respond.';
    assert.deepEqual(sameEntity(text, 'Chinese Defense Minister Dong Jun'), ['Chinese Defense Minister Dong Jun', 'Dong', 'Admiral Dong']);
    const dong = officials(text).find((e) => e.name === 'Dong Jun');
    assert.equal(dong?.attributes['title'], 'Defense Minister');
  });

  it('a common Chinese or Korean family name is used alone later when no country says so ("Ng", "Zhang", "Shin")', () => {
    assert.deepEqual(sameEntity("Singapore's Defence Minister Ng Eng Hen spoke. Ng said the talks went well.", 'Ng'), ["Singapore's Defence Minister Ng Eng Hen", 'Ng']);
    assert.deepEqual(sameEntity('Gen. Zhang Youxia met the delegation. Zhang said little.', 'Zhang'), ['Gen. Zhang Youxia', 'Zhang']);
    assert.deepEqual(sameEntity('Defense Minister Shin Won-sik met them. Minister Shin later flew home.', 'Minister Shin'), ['Defense Minister Shin Won-sik', 'Minister Shin']);
  });

  it('a Western name keeps its surname as the short form, and English words are no family names', () => {
    assert.deepEqual(sameEntity('Defence Minister Lee Anderson spoke. Anderson said he was pleased.', 'Anderson'), ['Defence Minister Lee Anderson', 'Anderson']);
    // "He" is a Chinese family name too, but never one that the pronoun could be taken for.
    assert.deepEqual(mentionsOf('Defense Minister Zhang Wei spoke. He said the talks were candid.'), ['Defense Minister Zhang Wei']);
  });

  it('"Sir" or "Dame" and a given name is the knight or dame named in full before', () => {
    const text = "Britain's Chief of the Defence Staff, Admiral Sir Tony Radakin, visited Kyiv. Sir Tony said the UK would keep supporting Ukraine.";
    assert.deepEqual(sameEntity(text, 'Admiral Sir Tony Radakin'), ['Admiral Sir Tony Radakin', 'Sir Tony']);
    assert.deepEqual(sameEntity('Ambassador Dame Karen Pierce spoke. Dame Karen said so.', 'Dame Karen'), ['Ambassador Dame Karen Pierce', 'Dame Karen']);
    // Nobody of that given name: nothing.
    assert.deepEqual(mentionsOf('Ambassador Dame Karen Pierce spoke. Sir Tony said so.'), ['Ambassador Dame Karen Pierce']);
  });
});

describe('officials: "the leader" and "the two leaders"', () => {
  it('"The Russian leader" is no spokesperson; with no Russian leader named, a head of state of no stated country', () => {
    const text = 'Kremlin spokesman Dmitry Peskov said President Vladimir Putin had no plans to travel. Putin\'s foreign minister, Sergei Lavrov, agreed. The Russian leader later met Belarusian President Alexander Lukashenko.';
    assert.deepEqual(sameEntity(text, 'The Russian leader'), ['President Vladimir Putin', 'Putin', 'The Russian leader']);
  });

  it('"The two leaders" are not the press secretary who spoke last', () => {
    const text = 'Secretary of Defense Lloyd Austin met Ukrainian Defense Minister Oleksii Reznikov. Pentagon Press Secretary Pat Ryder spoke to reporters. The two leaders agreed to meet again.';
    const group = officials(text).find((e) => e.mentions.some((m) => m.text === 'The two leaders'));
    assert.equal(group?.name, 'Lloyd Austin; Oleksii Reznikov');
  });

  it('a minister of that country is still "the Russian leader" (as the annotation guideline reads it)', () => {
    const text = 'Secretary of Defense Lloyd J. Austin III spoke with Russian Defense Minister Sergey Shoigu. The secretary\'s call to the Russian leader was brief.';
    assert.deepEqual(sameEntity(text, 'the Russian leader'), ['Russian Defense Minister Sergey Shoigu', 'the Russian leader']);
  });
});

describe('officials: ranks after an office, two-word nationalities, units of an organisation', () => {
  const titleOf = (text: string, name: string): unknown => officials(text).find((e) => e.name === name)?.attributes['title'];

  it('a grade before the rank word is the rank\'s, not the office\'s ("IDF spokesperson Rear Adm. Daniel Hagari")', () => {
    assert.equal(titleOf('IDF spokesperson Rear Adm. Daniel Hagari said so.', 'Daniel Hagari'), 'IDF spokesperson');
    assert.equal(titleOf('Navy spokesman Vice Adm. John Kirby said so.', 'John Kirby'), 'Navy spokesman');
    assert.equal(titleOf('Chief of the Air Staff Air Chief Marshal Sir Rich Knighton spoke.', 'Rich Knighton'), 'Chief of the Air Staff');
    // An office's own words stay: "Chief of the General Staff", "Chief of the Air Staff".
    assert.equal(titleOf('Chief of the General Staff Gen. Valery Gerasimov spoke.', 'Valery Gerasimov'), 'Chief of the General Staff');
    assert.deepEqual(mentionsOf('Chief of the Air Staff Air Chief Marshal Sir Rich Knighton spoke.'), ['Chief of the Air Staff Air Chief Marshal Sir Rich Knighton']);
  });

  it('"Saudi Arabian" is one nationality, left out of the title as "South Korean" is', () => {
    assert.equal(titleOf('Saudi Arabian Foreign Minister Faisal bin Farhan met them.', 'Faisal bin Farhan'), 'Foreign Minister');
    assert.equal(officials('Saudi Arabian Foreign Minister Faisal bin Farhan met them.')[0]?.attributes['country'], 'Saudi Arabia');
  });

  it('a unit of an organisation before its role is in the title ("Hamas political bureau chief", "military wing commander")', () => {
    assert.deepEqual(mentionsOf('Hamas political bureau chief Ismail Haniyeh said so.'), ['Hamas political bureau chief Ismail Haniyeh']);
    assert.deepEqual(mentionsOf('Hamas military wing commander Mohammed Deif was killed.'), ['Hamas military wing commander Mohammed Deif']);
    assert.deepEqual(mentionsOf('Hezbollah executive council head Hashem Safieddine spoke.'), ['Hezbollah executive council head Hashem Safieddine']);
  });
});

describe('officials: parliamentary styles ("the Rt Hon", "the Hon") and British offices', () => {
  const text = 'Senator the Hon Penny Wong hosted the Rt Hon David Lammy MP, Secretary of State for Foreign, Commonwealth and Development Affairs, and the Rt Hon John Healey MP, Secretary of State for Defence, in Canberra. Mr Healey confirmed the deployment. Senator Wong agreed.';

  it('a styled name is an official with the office after it as its title, and later short forms join it', () => {
    assert.deepEqual(sameEntity(text, 'Rt Hon John Healey MP'), ['Rt Hon John Healey MP', 'Mr Healey']);
    assert.deepEqual(sameEntity(text, 'Rt Hon David Lammy MP'), ['Rt Hon David Lammy MP']);
    const healey = officials(text).find((e) => e.name === 'John Healey');
    assert.equal(healey?.attributes['title'], 'Secretary of State for Defence');
  });

  it('a title before the style keeps it in the span, and the style is no first name ("Senator the Hon Penny Wong")', () => {
    assert.deepEqual(sameEntity(text, 'Senator the Hon Penny Wong'), ['Senator the Hon Penny Wong', 'Senator Wong']);
    assert.ok(officials(text).some((e) => e.name === 'Penny Wong'));
  });

  it('a "Secretary of State for" office is British, a "Secretary of State" American', () => {
    assert.equal(officials(text).find((e) => e.name === 'John Healey')?.attributes['country'], 'United Kingdom');
    assert.equal(officials('Secretary of State Antony Blinken spoke.')[0]?.attributes['country'], 'United States');
  });

  it('"Hon" alone before capitalised words is no style without "the" or post-nominal letters', () => {
    assert.deepEqual(mentionsOf('Hon Hai Precision said it would invest.'), []);
    assert.deepEqual(mentionsOf('Hon Richard Marles MP spoke.'), ['Hon Richard Marles MP']);
  });
});

describe('officials: a country\'s possessive as determiner; "the top diplomat"', () => {
  it('"Russia\'s defense minister" refers back like "the Russian defense minister"', () => {
    assert.deepEqual(sameEntity("Russian Defense Minister Sergei Shoigu spoke. Russia's defense minister said so.", "Russia's defense minister"),
      ['Russian Defense Minister Sergei Shoigu', "Russia's defense minister"]);
    assert.deepEqual(sameEntity("U.S. President Joe Biden spoke. America's president said.", "America's president"), ['U.S. President Joe Biden', "America's president"]);
    // Nobody fitting: nothing; an institution is no person.
    assert.deepEqual(mentionsOf("Russia's defense ministry said so. Russia's president spoke."), []);
  });

  it('"the top U.S. diplomat" and "Japan\'s top diplomat" are the foreign minister, not any diplomat', () => {
    assert.deepEqual(sameEntity('U.S. Secretary of State Mike Pompeo warned Turkey. Pompeo\'s spokeswoman, Morgan Ortagus, spoke. The top U.S. diplomat said no.', 'The top U.S. diplomat'),
      ['U.S. Secretary of State Mike Pompeo', 'Pompeo', 'The top U.S. diplomat']);
    assert.deepEqual(sameEntity("Japanese Foreign Minister Yoko Kamikawa met Defense Minister Minoru Kihara. Japan's top diplomat said so.", "Japan's top diplomat"),
      ['Japanese Foreign Minister Yoko Kamikawa', "Japan's top diplomat"]);
    assert.deepEqual(mentionsOf('Japanese Foreign Minister Yoko Kamikawa spoke. A senior diplomat said otherwise.'), ['Japanese Foreign Minister Yoko Kamikawa']);
  });
});

// "Air Chief Marshal AP Singh" had been "Ap Singh": two capitals with a vowel were read as a family
// name written in capitals ("KIHARA Minoru").
describe('officials: initials in capitals against family names in capitals', () => {
  it('keeps initials as written, and still reads a family name in capitals', () => {
    const names = (text: string): string[] => officials(text).map((e) => e.name);
    assert.deepEqual(names('Air Chief Marshal AP Singh spoke.'), ['AP Singh']);
    assert.deepEqual(names('APJ Abdul Kalam, the President, spoke.'), ['APJ Abdul Kalam']);
    assert.deepEqual(names('Premier LI Qiang spoke.'), ['Li Qiang']);
    assert.deepEqual(names('Prime Minister ABE Shinzo spoke.'), ['Abe Shinzo']);
    assert.deepEqual(names('President KIM Jong Un spoke.'), ['Kim Jong Un']);
  });
});

describe('officials: a surname with and without its accents', () => {
  it('"Orbán" is "Viktor Orban", and "Szijjarto" is "Péter Szijjártó"', () => {
    assert.deepEqual(sameEntity("Hungarian Prime Minister Viktor Orban spoke. Orbán's foreign minister agreed.", 'Orbán'), ['Hungarian Prime Minister Viktor Orban', 'Orbán']);
    assert.deepEqual(sameEntity('Foreign Minister Péter Szijjártó spoke. Szijjarto said so.', 'Szijjarto'), ['Foreign Minister Péter Szijjártó', 'Szijjarto']);
  });
});

describe('officials: "the commandant", "the senator"; a surname in a headline in title case', () => {
  it('refer back to the commandant, senator, governor or administrator named before', () => {
    assert.deepEqual(sameEntity('The chairman praised Marine Corps Commandant Gen. Eric Smith. The commandant has been hospitalized.', 'The commandant'),
      ['Marine Corps Commandant Gen. Eric Smith', 'The commandant']);
    assert.deepEqual(sameEntity('Sen. Roger Wicker asked. The senator said no.', 'The senator'), ['Sen. Roger Wicker', 'The senator']);
    assert.deepEqual(sameEntity('Gov. Greg Abbott spoke. The governor said no.', 'The governor'), ['Gov. Greg Abbott', 'The governor']);
    assert.deepEqual(mentionsOf('The administrator of the site said so.'), []);
  });

  it('"Austin, Hicks Outline Budget Priorities": a known surname before a capitalised verb of a headline', () => {
    const text = 'Austin, Hicks Outline Budget Priorities\n\nSecretary of Defense Lloyd J. Austin III and Deputy Secretary of Defense Kathleen H. Hicks testified today.';
    assert.deepEqual(sameEntity(text, 'Hicks'), ['Hicks', 'Deputy Secretary of Defense Kathleen H. Hicks']);
    // Not in running text, where capitalised words after a surname may be a name of their own.
    assert.deepEqual(mentionsOf('Secretary of Defense Lloyd Austin spoke. Austin Powers was a film.'), ['Secretary of Defense Lloyd Austin']);
  });
});

// Stage 2's mentions before a later titled mention wait apart from the others until the stage
// ends (a person titled and named alone on every line had made the stage quadratic). They still
// count at once: the nearest person of a shared surname is the one named last before.
describe('officials: stage 2 mentions count while they wait', () => {
  it('a bare surname goes to the person whose full name came just before it, though that person is titled again later', () => {
    const text = 'Deputy Secretary Kathleen Hicks spoke. Rep. John Hicks objected. Kathleen Hicks said no. Hicks added more. Deputy Secretary Kathleen Hicks left.';
    assert.deepEqual(sameEntity(text, 'Hicks'), ['Deputy Secretary Kathleen Hicks', 'Kathleen Hicks', 'Hicks', 'Deputy Secretary Kathleen Hicks']);
  });

});

describe('officials: a two-word nationality in a descriptive reference', () => {
  it('"The North Korean leader", "The South African president", "The Saudi crown prince" refer back', () => {
    assert.deepEqual(sameEntity('North Korean leader Kim Jong Un oversaw the launch. The North Korean leader later inspected a launcher.', 'The North Korean leader'),
      ['North Korean leader Kim Jong Un', 'The North Korean leader']);
    assert.deepEqual(sameEntity('South African President Cyril Ramaphosa spoke. The South African president said so.', 'The South African president'),
      ['South African President Cyril Ramaphosa', 'The South African president']);
  });
});

describe('officials: a named counterpart holds the same office', () => {
  it('"Araghchi met his Omani counterpart, Badr Albusaidi. The Omani foreign minister ..."', () => {
    const text = 'Iranian Foreign Minister Abbas Araghchi spoke. Araghchi met his Omani counterpart, Badr Albusaidi. The Omani foreign minister offered to mediate.';
    assert.deepEqual(sameEntity(text, 'Badr Albusaidi'), ['Badr Albusaidi', 'The Omani foreign minister']);
    assert.equal(officials(text).find((e) => e.name === 'Badr Albusaidi')?.attributes['title'], 'Foreign Minister');
  });

  it('not an office one country names its own way ("Secretary of Defense" for a French minister)', () => {
    const text = 'Secretary of Defense Lloyd Austin spoke with his French counterpart, Paul Renard.';
    assert.equal(officials(text).find((e) => e.name === 'Paul Renard')?.attributes['title'], undefined);
  });
});

describe('officials: a title\'s initials before its holder\'s surname', () => {
  it('"EAM Jaishankar", "CDS Chauhan", "NSA Doval" are mentions of the holder', () => {
    assert.deepEqual(sameEntity('External Affairs Minister Dr. S. Jaishankar spoke. EAM Jaishankar noted that the talks went well.', 'EAM Jaishankar'),
      ['External Affairs Minister Dr. S. Jaishankar', 'EAM Jaishankar']);
    assert.deepEqual(sameEntity('Chief of Defence Staff General Anil Chauhan spoke. CDS Chauhan said so. The CDS agreed.', 'CDS Chauhan'),
      ['Chief of Defence Staff General Anil Chauhan', 'CDS Chauhan', 'The CDS']);
    assert.deepEqual(sameEntity("National Security Adviser Ajit Doval met them. NSA Doval's aide said.", 'NSA Doval'), ['National Security Adviser Ajit Doval', 'NSA Doval']);
  });

  it('not initials that are no title of that person', () => {
    assert.deepEqual(mentionsOf('National Security Adviser Ajit Doval met them. CIA Doval said.'), ['National Security Adviser Ajit Doval']);
  });
});

describe('officials: offices with "Production" and the like; counterparts of two nationalities', () => {
  it('"the Egyptian Minister of Defence and Military Production, General Mohamed Zaki," is one office, not a person "Production"', () => {
    const text = 'He called on the Egyptian Minister of Defence and Military Production, General Mohamed Zaki, in Cairo.';
    assert.deepEqual(officials(text).map((e) => [e.name, e.attributes['title']]), [['Mohamed Zaki', 'Minister of Defence and Military Production']]);
  });

  it('"his Japanese and British counterparts, Minoru Kihara and Grant Shapps": each name its own nationality, both the office', () => {
    const text = "Italy's Defence Minister Guido Crosetto and his Japanese and British counterparts, Minoru Kihara and Grant Shapps, signed it.";
    const facts = officials(text).map((e) => [e.name, e.attributes['country'], e.attributes['title']]);
    assert.deepEqual(facts, [['Guido Crosetto', 'Italy', 'Defence Minister'], ['Minoru Kihara', 'Japan', 'Defence Minister'], ['Grant Shapps', 'United Kingdom', 'Defence Minister']]);
  });
});

describe('officials: a reference after "with <name>," that opens the main clause', () => {
  it('"Speaking with Defence Minister Rustem Umerov, the Secretary General said" is the secretary general', () => {
    const text = 'NATO Secretary General Jens Stoltenberg spoke on Thursday. Speaking with Ukrainian Defence Minister Rustem Umerov, the Secretary General said that the Alliance would act.';
    assert.deepEqual(sameEntity(text, 'the Secretary General'), ['NATO Secretary General Jens Stoltenberg', 'the Secretary General']);
  });

  it('still an appositive when the named person holds that office', () => {
    const text = 'Defense Minister Oleksii Reznikov spoke. Later, Reznikov, the defense minister said nothing.';
    assert.deepEqual(mentionsOf(text), ['Defense Minister Oleksii Reznikov', 'Reznikov']);
  });
});

describe('officials: a reservist\'s rank after "Director General"', () => {
  it('"Defense Ministry Director General Maj. Gen. (res.) Eyal Zamir": the office is the title, "Zamir" the same person', () => {
    const text = 'Israeli Defense Ministry Director General Maj. Gen. (res.) Eyal Zamir signed it. Zamir said so.';
    assert.deepEqual(officials(text).map((e) => [e.name, e.attributes['title'], e.mentions.length]), [['Eyal Zamir', 'Defense Ministry Director General', 2]]);
  });

  it('a rank after "General" that is a rank still continues the rank', () => {
    assert.equal(officials('Major General John Smith spoke.')[0]?.attributes['title'], 'Major General');
  });
});

describe('officials: an untitled name after "by" with an appositive office', () => {
  it('"led by Kurt Campbell, the White House coordinator for Indo-Pacific affairs" names an official', () => {
    const text = 'The U.S. side was headed by Kurt Campbell, the White House coordinator for Indo-Pacific affairs. Campbell said so.';
    assert.deepEqual(officials(text).map((e) => [e.name, e.mentions.length]), [['Kurt Campbell', 2]]);
  });

  it('a byline opening its line still names the reporter, no official', () => {
    assert.deepEqual(mentionsOf('By Jim Garamone, the Pentagon correspondent\nWASHINGTON -- Secretary Austin spoke.'), ['Secretary Austin']);
  });
});

describe('officials: "the two leaders" are the heads of government named before', () => {
  it('not the defence ministers named after the prime ministers', () => {
    const text = 'Japanese Prime Minister Fumio Kishida and Australian Prime Minister Anthony Albanese met. Defense Minister Yasukazu Hamada and Deputy Prime Minister Richard Marles spoke. The two leaders also discussed AUKUS.';
    const group = officials(text).find((e) => e.mentions[0]?.text === 'The two leaders');
    assert.deepEqual(group?.attributes['members'], ['official:fumio-kishida', 'official:anthony-albanese']);
  });

  it('the ministers when no heads of government were named', () => {
    const text = 'President Joe Biden spoke. Defense Secretary Lloyd Austin called Defense Minister Oleksii Reznikov. The two leaders discussed aid.';
    const group = officials(text).find((e) => e.mentions[0]?.text === 'The two leaders');
    assert.deepEqual(group?.attributes['members'], ['official:lloyd-austin', 'official:oleksii-reznikov']);
  });
});

describe('officials: a rank or office addressed at the start of a turn or sentence', () => {
  const transcript = [
    'CHAIRMAN REED: I want to welcome Admiral John Aquilino, the Commander of INDOPACOM.',
    'SENATOR WICKER: Thank you, Mr. Chairman. Admiral, how many ships do you have?',
    "ADMIRAL AQUILINO: Senator, I'd prefer to answer that in a closed session.",
  ].join('\n');

  it('"Admiral, how many ..." after a sentence and "Senator, I\'d prefer ..." after a speaker label are the people addressed', () => {
    assert.deepEqual(sameEntity(transcript, 'Admiral'), ['Admiral John Aquilino', 'Admiral', 'ADMIRAL AQUILINO']);
    assert.deepEqual(sameEntity(transcript, 'Senator'), ['SENATOR WICKER', 'Senator']);
  });

  it('not a capitalised word that opens a sentence without being addressed', () => {
    assert.deepEqual(mentionsOf('General Dynamics won. General, the situation is bad.'), []);
  });
});

describe('officials: international organisations and a second country inside titles', () => {
  it('"Russia\'s deputy UN envoy Dmitry Polyanskiy": the qualifier before the organisation is in the span and title', () => {
    const [p] = officials("Russia's deputy UN envoy Dmitry Polyanskiy said so.");
    assert.deepEqual([p?.mentions[0]?.text, p?.attributes['title'], p?.attributes['country']], ["Russia's deputy UN envoy Dmitry Polyanskiy", 'deputy UN envoy', 'Russia']);
  });

  it('"South Sudan\'s ambassador to the UN, Akuei Bona Malwal," is an ambassador; "a spokesman for the UN High Commissioner" stays the spokesman', () => {
    assert.deepEqual(officials("South Sudan's ambassador to the UN, Akuei Bona Malwal, called it unjustified. Malwal left.").map((e) => [e.name, e.attributes['title'], e.mentions.length]),
      [['Akuei Bona Malwal', 'ambassador to the UN', 2]]);
    assert.deepEqual(officials('A spokesman for the UN High Commissioner for Human Rights, Rupert Colville, told a news conference.').map((e) => [e.name, e.attributes['title']]),
      [['Rupert Colville', 'spokesman']]);
  });

  it('"China\'s Taiwan Affairs Office spokesperson Chen Binhua" keeps the office\'s name in the title', () => {
    const [p] = officials("China's Taiwan Affairs Office spokesperson Chen Binhua condemned it.");
    assert.deepEqual([p?.attributes['title'], p?.attributes['country']], ['Taiwan Affairs Office spokesperson', 'China']);
    assert.equal(officials('Russian Defense Minister Sergei Shoigu spoke.')[0]?.attributes['title'], 'Defense Minister');
  });

  it('"The head of the UN Mission, H.E. Mr. Jan Kubis,": a mission ends an organisation\'s name in the title', () => {
    assert.deepEqual(officials('The head of the UN Mission, H.E. Mr. Jan Kubis, said so.').map((e) => [e.mentions[0]?.text, e.attributes['title']]),
      [['H.E. Mr. Jan Kubis', 'head of the UN Mission']]);
  });

  it('"shadow defence secretary John Healey": the opposition\'s shadow office is a title', () => {
    assert.deepEqual(mentionsOf("Labour's shadow defence secretary John Healey welcomed it."), ['shadow defence secretary John Healey']);
    assert.deepEqual(mentionsOf('Opposition defence spokesman Andrew Hastie welcomed it.'), ['Opposition defence spokesman Andrew Hastie']);
  });
});

describe('officials: two offices joined by "and", then an honorific', () => {
  it('"the Deputy Prime Minister and Minister for Defence of Australia Mr Richard Marles" is one mention', () => {
    assert.deepEqual(mentionsOf('He met the Deputy Prime Minister and Minister for Defence of Australia Mr Richard Marles in New Delhi.'),
      ['Deputy Prime Minister and Minister for Defence of Australia Mr Richard Marles']);
  });
});

describe('officials: an appositive office with its organisation; "new" before a title', () => {
  it('"Senior Col. Li Xi, spokesperson for the PLA Eastern Theater Command," has that office as title', () => {
    assert.equal(officials('Senior Col. Li Xi, spokesperson for the PLA Eastern Theater Command, said so.')[0]?.attributes['title'], 'spokesperson for the PLA Eastern Theater Command');
    assert.equal(officials('Col. John Smith, spokesman for the Army, said so.')[0]?.attributes['title'], 'spokesman for the Army');
  });

  it('"Taiwan\'s new president Lai Ching-te" is one mention, title "president", country Taiwan', () => {
    const [p] = officials("Taiwan's new president Lai Ching-te was sworn in.");
    assert.deepEqual([p?.mentions[0]?.text, p?.attributes['title'], p?.attributes['country']], ["Taiwan's new president Lai Ching-te", 'president', 'Taiwan']);
  });
});

describe('officials: "the premier" is a prime minister too', () => {
  it('"the Danish premier" after "Danish Prime Minister Mette Frederiksen"', () => {
    assert.deepEqual(sameEntity('Danish Prime Minister Mette Frederiksen spoke. Zelensky thanked the Danish premier.', 'the Danish premier'),
      ['Danish Prime Minister Mette Frederiksen', 'the Danish premier']);
  });
});

describe('officials: both offices of "X and Y Name" fit later references', () => {
  it('"The Crown Prince" after "Saudi Crown Prince and Prime Minister Mohammed bin Salman"', () => {
    const text = 'Secretary of State Antony J. Blinken met Saudi Crown Prince and Prime Minister Mohammed bin Salman in Riyadh. The Crown Prince welcomed the progress.';
    assert.deepEqual(sameEntity(text, 'The Crown Prince'), ['Saudi Crown Prince and Prime Minister Mohammed bin Salman', 'The Crown Prince']);
  });
});

describe('officials: a country after "for" in an office tail is the portfolio, not the holder\'s', () => {
  it('"Deputy Assistant Secretary of Defense for China Michael Chase" is American; "Minister for Foreign Affairs of Japan" Japanese', () => {
    assert.equal(officials('Deputy Assistant Secretary of Defense for China Michael Chase spoke.')[0]?.attributes['country'], 'United States');
    assert.equal(officials('Minister for Foreign Affairs of Japan Yoko Kamikawa spoke.')[0]?.attributes['country'], 'Japan');
    assert.equal(officials('Minister of Defence of Ukraine Oleksii Reznikov spoke.')[0]?.attributes['country'], 'Ukraine');
  });
});

describe('officials: "Chief Cabinet Secretary"', () => {
  it('"Japan\'s Chief Cabinet Secretary Hirokazu Matsuno" is one mention, not a person "Cabinet"', () => {
    assert.deepEqual(officials("Japan's Chief Cabinet Secretary Hirokazu Matsuno called it a threat. Matsuno left.").map((e) => [e.name, e.attributes['title'], e.mentions.length]),
      [['Hirokazu Matsuno', 'Chief Cabinet Secretary', 2]]);
  });
});

describe('officials: a national leader named without a country, then referred to by nationality', () => {
  it('"Prime Minister Kyriakos Mitsotakis ... The Greek premier", "Prime Minister Narendra Modi ... The Indian prime minister"', () => {
    assert.deepEqual(sameEntity('Prime Minister Kyriakos Mitsotakis said so. The Greek premier met the ambassador.', 'The Greek premier'),
      ['Prime Minister Kyriakos Mitsotakis', 'The Greek premier']);
    assert.deepEqual(sameEntity('Prime Minister Narendra Modi spoke. The Indian prime minister left.', 'The Indian prime minister'),
      ['Prime Minister Narendra Modi', 'The Indian prime minister']);
  });

  it('not when two such leaders could be the one, nor a vice president', () => {
    assert.deepEqual(mentionsOf('President Paul Renard and President Tom Carver spoke. The French president said.'), ['President Paul Renard', 'President Tom Carver']);
    assert.deepEqual(mentionsOf('Vice President Kamala Harris spoke. The American president said.'), ['Vice President Kamala Harris']);
  });
});

describe('officials: a capitalised generic role that goes on into a name', () => {
  it('"under its Official Security Assistance framework" refers to nobody', () => {
    assert.deepEqual(mentionsOf('Japanese Defense Minister Minoru Kihara said Japan would provide radars under its Official Security Assistance framework.'),
      ['Japanese Defense Minister Minoru Kihara']);
  });
});

describe('officials: aides, and an untitled name with its office as the predicate', () => {
  it('"Kremlin foreign policy aide Yuri Ushakov" is an official', () => {
    assert.deepEqual(officials('Kremlin foreign policy aide Yuri Ushakov told reporters. Ushakov said.').map((e) => [e.name, e.attributes['title'], e.mentions.length]),
      [['Yuri Ushakov', 'Kremlin foreign policy aide', 2]]);
  });

  it('"Shoigu is now secretary of the Security Council" marks the earlier untitled full name too', () => {
    const text = 'Defence Minister Andrei Belousov replaced Sergei Shoigu in May. Shoigu is now secretary of the Security Council.';
    assert.deepEqual(sameEntity(text, 'Shoigu'), ['Sergei Shoigu', 'Shoigu']);
    assert.equal(officials(text).find((e) => e.name === 'Sergei Shoigu')?.attributes['title'], 'secretary of the Security Council');
  });

  it('not a rank word or a membership as the predicate', () => {
    assert.deepEqual(mentionsOf('Smith is major. Jones was general. John Smith is a member of parliament.'), []);
  });
});

describe('officials: a rank addressed to an officer who holds an office; "As the secretary has said"', () => {
  it('"Q: General, ..." and "Thank you, General." are the press secretary who is a major general', () => {
    const text = 'Pentagon Press Secretary Air Force Maj. Gen. Pat Ryder spoke.\nQ: General, can you confirm it?\nQ: Thank you, General.';
    assert.deepEqual(sameEntity(text, 'General'), ['Pentagon Press Secretary Air Force Maj. Gen. Pat Ryder', 'General', 'General']);
  });

  it('"As the secretary has said" refers back; "served as the secretary of the Navy" does not', () => {
    assert.deepEqual(sameEntity('Secretary Austin spoke. As the secretary has said, we look.', 'the secretary'), ['Secretary Austin', 'the secretary']);
    assert.deepEqual(mentionsOf('Secretary Austin spoke. He served as the secretary of the Navy.'), ['Secretary Austin']);
  });

  it('"Lebanese caretaker Prime Minister Najib Mikati" keeps "caretaker" in the span and title', () => {
    assert.deepEqual(mentionsOf('Lebanese caretaker Prime Minister Najib Mikati called for restraint.'), ['Lebanese caretaker Prime Minister Najib Mikati']);
  });
});

describe('officials: an organisation after a rank word is no name', () => {
  it('"Major League Baseball" and "Major Arab League states" name no officials', () => {
    assert.deepEqual(mentionsOf('Major League Baseball resumed. Major Arab League states met. General Mark Milley spoke.'), ['General Mark Milley']);
    assert.deepEqual(mentionsOf('The Admiral Nelson Hotel opened. President Park Geun-hye spoke.'), ['President Park Geun-hye']);
  });

  it('"the commander-in-chief" refers back', () => {
    assert.deepEqual(sameEntity("Ukraine's Commander-in-Chief Oleksandr Syrskyi said. The commander-in-chief left.", 'The commander-in-chief'),
      ["Ukraine's Commander-in-Chief Oleksandr Syrskyi", 'The commander-in-chief']);
  });
});

describe('officials: judges, and capitalised heads before an organisation\'s word', () => {
  it('"Chief Justice John Roberts", "Judge Amy Berman Jackson" and "Supreme Court Justice Sonia Sotomayor" are officials with those titles', () => {
    assert.deepEqual(officials('The Chief Justice John Roberts swore him in. Judge Amy Berman Jackson ruled. Supreme Court Justice Sonia Sotomayor spoke.').map((e) => [e.name, e.attributes['title']]),
      [['John Roberts', 'Chief Justice'], ['Amy Berman Jackson', 'Judge'], ['Sonia Sotomayor', 'Supreme Court Justice']]);
  });

  it('"The Justice Department said" refers to no justice minister; "Senator John McCain Highway" is a road', () => {
    assert.deepEqual(mentionsOf('Justice Minister Olha Stefanishyna spoke. The Justice Department said. Justice was served. Senator John McCain Highway opened.'),
      ['Justice Minister Olha Stefanishyna']);
  });
});

describe('officials: a counterpart in a sentence-case headline', () => {
  it('"Austin meets Chinese counterpart in Singapore" is the Chinese minister named below it', () => {
    const text = 'Austin meets Chinese counterpart in Singapore\n\nU.S. Defense Secretary Lloyd Austin met Chinese Defense Minister Dong Jun on Friday.';
    assert.deepEqual(sameEntity(text, 'Chinese counterpart'), ['Chinese counterpart', 'Chinese Defense Minister Dong Jun']);
  });

  it('not below the headline without a determiner', () => {
    const text = 'Talks in Singapore\n\nU.S. Defense Secretary Lloyd Austin met Chinese Defense Minister Dong Jun. He then met Chinese counterpart officials.';
    assert.deepEqual(mentionsOf(text), ['U.S. Defense Secretary Lloyd Austin', 'Chinese Defense Minister Dong Jun']);
  });
});

describe('officials: a country\'s possessive before a shared surname', () => {
  it('"North Korea\'s Kim ...; South Korea\'s Kim warns" are two different people', () => {
    const text = "North Korea's Kim oversees launch; South Korea's Kim warns of response\n\nNorth Korean leader Kim Jong Un oversaw the test. South Korea's Defense Minister Kim Yong-hyun said Seoul would respond. Unification Minister Kim Yung-ho met him.";
    const people = officials(text).map((e) => [e.name, e.mentions.map((m) => m.text)]);
    assert.deepEqual(people, [
      ['Kim Jong Un', ['Kim', 'North Korean leader Kim Jong Un']],
      ['Kim Yong-hyun', ['Kim', "South Korea's Defense Minister Kim Yong-hyun"]],
      ['Kim Yung-ho', ['Unification Minister Kim Yung-ho']],
    ]);
  });
});

describe('officials: an organisation named at the start of an office tail', () => {
  it('"Lt. Gen. Ahmed Al-Mazroui, commander of the UAE Land Forces," and "Commodore Andrew Burns, commander of the Amphibious Task Group,"', () => {
    assert.equal(officials('Lt. Gen. Ahmed Al-Mazroui, commander of the UAE Land Forces, said so.')[0]?.attributes['title'], 'commander of the UAE Land Forces');
    assert.equal(officials('It was led by Commodore Andrew Burns, commander of the Amphibious Task Group, embarked on the ship.')[0]?.attributes['title'], 'commander of the Amphibious Task Group');
  });
});

describe('officials: a plural title in lower case or set off by dashes before a list of names', () => {
  it('"Foreign ministers Yoko Kamikawa and Penny Wong"; "Foreign Ministers — Yoko Kamikawa, Penny Wong and S. Jaishankar —"', () => {
    assert.deepEqual(mentionsOf('Foreign ministers Yoko Kamikawa and Penny Wong met.'), ['Foreign ministers Yoko Kamikawa', 'Penny Wong']);
    const dashed = officials('Foreign Ministers — Yoko Kamikawa, Penny Wong and S. Jaishankar — met in Tokyo.');
    assert.deepEqual(dashed.map((e) => [e.mentions[0]?.text, e.attributes['title']]),
      [['Yoko Kamikawa', 'Foreign Minister'], ['Penny Wong', 'Foreign Minister'], ['S. Jaishankar', 'Foreign Minister']]);
  });

  it('not a plural title before words that are no names', () => {
    assert.deepEqual(mentionsOf('Foreign ministers from Asia met. Foreign ministers Monday and Tuesday.'), []);
  });
});

describe('officials: a ministry named before the office; the PLA\'s "Senior Col."', () => {
  it('"Ministry of Foreign Affairs spokesperson Wang Wenbin", "Chinese Ministry of National Defense spokesperson Senior Col. Wu Qian"', () => {
    assert.deepEqual(officials('Ministry of Foreign Affairs spokesperson Wang Wenbin said so. Wang added more.').map((e) => [e.mentions.map((m) => m.text), e.attributes['title']]),
      [[['Ministry of Foreign Affairs spokesperson Wang Wenbin', 'Wang'], 'Ministry of Foreign Affairs spokesperson']]);
    const [wu] = officials('Chinese Ministry of National Defense spokesperson Senior Col. Wu Qian said so.');
    assert.deepEqual([wu?.mentions[0]?.text, wu?.attributes['title'], wu?.attributes['country']],
      ['Chinese Ministry of National Defense spokesperson Senior Col. Wu Qian', 'Ministry of National Defense spokesperson', 'China']);
  });

  it('armed forces named for their country before the office: "Armed Forces of the Philippines Chief of Staff Gen. Romeo Brawner Jr."', () => {
    const [b] = officials('Armed Forces of the Philippines Chief of Staff Gen. Romeo Brawner Jr. said so.');
    assert.deepEqual([b?.mentions[0]?.text, b?.attributes['title'], b?.attributes['country']],
      ['Armed Forces of the Philippines Chief of Staff Gen. Romeo Brawner Jr.', 'Armed Forces of the Philippines Chief of Staff', 'Philippines']);
    assert.deepEqual(mentionsOf('The Armed Forces of Ukraine Commander-in-Chief Oleksandr Syrskyi said so.'), ['Armed Forces of Ukraine Commander-in-Chief Oleksandr Syrskyi']);
    // "Forces" alone is no armed forces' name.
    assert.deepEqual(mentionsOf('Special Forces of the Philippines Chief of Staff Gen. Romeo Brawner Jr. said so.'), ['Philippines Chief of Staff Gen. Romeo Brawner Jr.']);
  });

  it('a joint staff named with "of" before its chairman, and a two-word country before a ministry ("South Korea\'s Joint Chiefs of Staff Chairman")', () => {
    const [k] = officials('South Korea\'s Joint Chiefs of Staff Chairman Adm. Kim Myung-soo spoke.');
    assert.deepEqual([k?.mentions[0]?.text, k?.attributes['title'], k?.attributes['country']],
      ['South Korea\'s Joint Chiefs of Staff Chairman Adm. Kim Myung-soo', 'Joint Chiefs of Staff Chairman', 'South Korea']);
    const [j] = officials('South Korean Ministry of National Defense spokesperson Jeon Ha-kyu said.');
    assert.deepEqual([j?.mentions[0]?.text, j?.attributes['title'], j?.attributes['country']],
      ['South Korean Ministry of National Defense spokesperson Jeon Ha-kyu', 'Ministry of National Defense spokesperson', 'South Korea']);
    assert.deepEqual(mentionsOf('Chairman of the Joint Chiefs of Staff Gen. Dan Caine spoke.'), ['Chairman of the Joint Chiefs of Staff Gen. Dan Caine']);
  });

  it('a defence or foreign ministry\'s or armed forces\' initials before the office, with their country ("DND Senior Undersecretary", "AFP Chief of Staff")', () => {
    const cases: Array<[string, string, string, string | undefined]> = [
      ['DND Senior Undersecretary Irineo Espino said so.', 'DND Senior Undersecretary Irineo Espino', 'DND Senior Undersecretary', 'Philippines'],
      ['MEA spokesperson Randhir Jaiswal said so.', 'MEA spokesperson Randhir Jaiswal', 'MEA spokesperson', 'India'],
      ['ISPR Director General Lt. Gen. Ahmed Sharif Chaudhry said so.', 'ISPR Director General Lt. Gen. Ahmed Sharif Chaudhry', 'ISPR Director General', 'Pakistan'],
      ['MND spokesperson Sun Li-fang said so.', 'MND spokesperson Sun Li-fang', 'MND spokesperson', undefined],
    ];
    for (const [text, mention, title, country] of cases) {
      const [p] = officials(text);
      assert.deepEqual([p?.mentions[0]?.text, p?.attributes['title'], p?.attributes['country']], [mention, title, country], text);
    }
    assert.deepEqual(sameEntity('AFP Chief of Staff Gen. Romeo Brawner Jr. said so. The AFP chief added more.', 'The AFP chief'), ['AFP Chief of Staff Gen. Romeo Brawner Jr.', 'The AFP chief']);
  });

  it('not a ministry that is no part of the phrase: "The Ministry of Defence said. Defence spokesman ..."', () => {
    assert.deepEqual(mentionsOf('The Ministry of Defence said. Defence spokesman Igor Konashenkov said.'), ['Defence spokesman Igor Konashenkov']);
  });
});

describe('officials: hyphenated offices and portfolios joined by "and" in an office tail', () => {
  it('an office written as one hyphenated word is a title ("Under-Secretary-General", "Vice-President", "Co-Chair")', () => {
    assert.deepEqual(sameEntity('Under-Secretary-General Rosemary DiCarlo briefed the Council. The Under-Secretary-General urged calm.', 'The Under-Secretary-General'),
      ['Under-Secretary-General Rosemary DiCarlo', 'The Under-Secretary-General']);
    assert.deepEqual(sameEntity('Vice-President Kamala Harris spoke. The Vice-President left.', 'The Vice-President'), ['Vice-President Kamala Harris', 'The Vice-President']);
    assert.deepEqual(mentionsOf('Co-Chair Jane Smith opened the session.'), ['Co-Chair Jane Smith']);
    // A hyphenated word that is no office stays out: "Under-Armour", "Vice-Versa".
    assert.deepEqual(mentionsOf('Under-Armour chief Kevin Plank spoke. Vice-Versa Smith left.'), ['Under-Armour chief Kevin Plank']);
  });

  it('portfolios joined by "and", or listed with commas, before the office word that ends them', () => {
    const [d] = officials('Under-Secretary-General for Political and Peacebuilding Affairs Rosemary DiCarlo briefed the Council.');
    assert.deepEqual([d?.mentions[0]?.text, d?.attributes['title']],
      ['Under-Secretary-General for Political and Peacebuilding Affairs Rosemary DiCarlo', 'Under-Secretary-General for Political and Peacebuilding Affairs']);
    const [o] = officials('Assistant Secretary of State for European and Eurasian Affairs James O\'Brien spoke.');
    assert.deepEqual([o?.mentions[0]?.text, o?.attributes['country']], ['Assistant Secretary of State for European and Eurasian Affairs James O\'Brien', 'United States']);
    assert.deepEqual(sameEntity('Secretary of State for Foreign, Commonwealth and Development Affairs David Lammy said. The Foreign Secretary added.', 'The Foreign Secretary'),
      ['Secretary of State for Foreign, Commonwealth and Development Affairs David Lammy', 'The Foreign Secretary']);
    // A name after the comma is the office's appositive, not a portfolio.
    assert.deepEqual(mentionsOf('The Minister for Defence, Richard Marles, met Jane Mercer.'), ['Richard Marles']);
  });

  it('a US Assistant or Under Secretary of State "for" a region is American; the UK\'s Secretary of State "for" a portfolio British', () => {
    const country = (text: string): unknown => officials(text)[0]?.attributes['country'];
    assert.equal(country('Under Secretary of State for Political Affairs Allison Hooker spoke.'), 'United States');
    assert.equal(country('Deputy Assistant Secretary of State for East Asian Affairs Mark Lambert spoke.'), 'United States');
    assert.equal(country('Secretary of State for Defence John Healey spoke.'), 'United Kingdom');
    assert.equal(country('Parliamentary Under-Secretary of State for Defence Luke Pollard spoke.'), 'United Kingdom');
    assert.deepEqual(mentionsOf('Parliamentary Under-Secretary of State for Defence Luke Pollard spoke.'), ['Parliamentary Under-Secretary of State for Defence Luke Pollard']);
  });
});

describe('officials: a two-word nationality before a role and a name', () => {
  it('"his South Korean counterpart Lee Jong-sup" is a person with that country and the owner\'s office; after a comma too; and plural lists', () => {
    const [, lee] = officials('Polish Defence Minister Mariusz Blaszczak and his South Korean counterpart Lee Jong-sup signed it.');
    assert.deepEqual([lee?.mentions.map((m) => m.text), lee?.attributes['country'], lee?.attributes['title']], [['Lee Jong-sup'], 'South Korea', 'Defence Minister']);
    const [, apposed] = officials('Defence Minister Mariusz Blaszczak met his South Korean counterpart, Lee Jong-sup, in Seoul.');
    assert.deepEqual([apposed?.mentions.map((m) => m.text), apposed?.attributes['country']], [['Lee Jong-sup'], 'South Korea']);
    assert.deepEqual(officials('Austin thanked their South Korean counterparts, Cho Tae-yul and Kim Yong-hyun, for the talks.').map((e) => [e.name, e.attributes['country']]),
      [['Cho Tae-yul', 'South Korea'], ['Kim Yong-hyun', 'South Korea']]);
    // Another two-word nationality; a compass word before words that are no country leads nothing.
    assert.deepEqual(mentionsOf('He met his South African counterpart Angie Motshekga and the North Star crew.'), ['Angie Motshekga']);
  });
});

describe('officials: a plural office "of" countries before a list set off by dashes', () => {
  it('each name holds the office of its country, in order; in lower case after "the" too', () => {
    const text = 'The foreign ministers of Japan, Australia and India — Takeshi Iwaya, Penny Wong and Subrahmanyam Jaishankar — met in Tokyo. The Indian minister left early.';
    assert.deepEqual(officials(text).map((e) => [e.name, e.attributes['title'], e.attributes['country']]), [
      ['Takeshi Iwaya', 'Foreign Minister', 'Japan'], ['Penny Wong', 'Foreign Minister', 'Australia'], ['Subrahmanyam Jaishankar', 'Foreign Minister', 'India'],
    ]);
    assert.deepEqual(sameEntity(text, 'The Indian minister'), ['Subrahmanyam Jaishankar', 'The Indian minister']);
    assert.deepEqual(officials('The defence ministers of the United States and the Philippines — Pete Hegseth and Gilberto Teodoro — met.').map((e) => e.attributes['country']),
      ['United States', 'Philippines']);
    // Without the names, or with a count that does not match, nobody is made up or mismatched.
    assert.deepEqual(mentionsOf('The defence ministers of Japan and Australia met in Tokyo.'), []);
    assert.deepEqual(officials('The foreign ministers of Japan and India — Tomas Arlen, Jane Mercer and Ravi Prakash — met.').map((e) => e.attributes['country']), []);
  });
});

describe('officials: "Sec." before a name', () => {
  it('"SEC. AUSTIN:" and "Sec. Austin" are the secretary\'s mentions; "the SEC" is an agency and no reference', () => {
    const text = 'Secretary of Defense Lloyd Austin met reporters.\n\nSEC. AUSTIN: Thank you. Sec. Austin then left.\n\nThe SEC said the filing was late.';
    assert.deepEqual(sameEntity(text, 'SEC. AUSTIN'), ['Secretary of Defense Lloyd Austin', 'SEC. AUSTIN', 'Sec. Austin']);
    assert.deepEqual(mentionsOf(text), ['Secretary of Defense Lloyd Austin', 'SEC. AUSTIN', 'Sec. Austin']);
    // Without its period "SEC" is no title, though it may stand before one.
    assert.deepEqual(mentionsOf('Officials said the SEC Gary Gensler case was closed.'), []);
    assert.deepEqual(sameEntity('SEC Chairman Gary Gensler said so. The SEC chairman added more.', 'The SEC chairman'), ['SEC Chairman Gary Gensler', 'The SEC chairman']);
  });
});

describe('officials: the owner of "his counterpart" is the surname just before it', () => {
  it('"Guler and his Swedish counterpart Pal Jonson" makes Jonson a defence minister, not the president named last with a title', () => {
    const text = 'Turkish Defence Minister Yasar Guler said so, a week after President Tayyip Erdogan dropped his objections. Guler and his Swedish counterpart Pal Jonson signed the accord. The Swedish minister praised it.';
    const jonson = officials(text).find((e) => e.name === 'Pal Jonson');
    assert.deepEqual([jonson?.attributes['title'], jonson?.attributes['country']], ['Defence Minister', 'Sweden']);
    assert.deepEqual(sameEntity(text, 'The Swedish minister'), ['Pal Jonson', 'The Swedish minister']);
  });
});
