import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine/analyze';
import { officials } from './support/readouts';

describe('officials: an organisation\'s initials in a reference, its name spelled out in the title', () => {
  it('"the AFP chief" is the "Armed Forces of the Philippines Chief of Staff" named before', () => {
    assert.deepEqual(officials('Armed Forces of the Philippines Chief of Staff Gen. Romeo Brawner Jr. spoke on Monday. The AFP chief said the drills would go on.'), [
      'Romeo Brawner Jr.: Armed Forces of the Philippines Chief of Staff Gen. Romeo Brawner Jr. | The AFP chief',
    ]);
  });

  it('"The CENTCOM commander" is the "commander of U.S. Central Command", and initials in both still match', () => {
    assert.deepEqual(officials('Gen. Michael Kurilla, the commander of U.S. Central Command, visited Israel. The CENTCOM commander said the strikes would continue.'), [
      'Michael Kurilla: Gen. Michael Kurilla | The CENTCOM commander',
    ]);
    assert.deepEqual(officials('IDF Chief of Staff Lt. Gen. Herzi Halevi spoke. The IDF chief said more.'), [
      'Herzi Halevi: IDF Chief of Staff Lt. Gen. Herzi Halevi | The IDF chief',
    ]);
  });

  it('initials another office\'s title does not hold leave the reference unresolved', () => {
    // The coast guard's chief is not the armed forces' chief.
    assert.deepEqual(officials('Armed Forces of the Philippines Chief of Staff Gen. Romeo Brawner Jr. spoke on Monday. The PCG chief said nothing.'), [
      'Romeo Brawner Jr.: Armed Forces of the Philippines Chief of Staff Gen. Romeo Brawner Jr.',
    ]);
  });
});

describe('officials: a counted group of officers by their rank', () => {
  it('"The two generals" and "Both admirals" are the officers of that rank named before', () => {
    const groups = (text: string) => analyze(text).entities.filter((e) => e.attributes['group'] === true).map((e) => `${e.name}: ${e.mentions.map((m) => m.text).join(' | ')}`);
    assert.deepEqual(groups('Lt. Gen. Mark Reed and Maj. Gen. Anna Berg met on Monday. The two generals discussed the drills.'), ['Mark Reed; Anna Berg: The two generals']);
    assert.deepEqual(groups('Adm. John Aquilino and Vice Adm. Karl Thomas met Defense Minister Anna Berg. Both admirals discussed the drills.'), ['John Aquilino; Karl Thomas: Both admirals']);
  });

  it('no group when fewer officers of the rank were named, and none without a count', () => {
    const groups = (text: string) => analyze(text).entities.filter((e) => e.attributes['group'] === true).map((e) => e.name);
    // One general and a minister are not "the two generals".
    assert.deepEqual(groups('Gen. Mark Reed met Defense Minister Anna Berg. The two generals discussed the drills.'), []);
    // "the generals" alone may be an army's or a junta's.
    assert.deepEqual(groups('Gen. Mark Reed and Gen. Anna Berg met on Monday. The generals who seized power were not invited.'), []);
  });
});

describe('officials: "The Secretary and Foreign Minister Kamikawa"', () => {
  it('is the secretary named before and the minister, not one person with two offices', () => {
    assert.deepEqual(officials('Secretary of State Antony J. Blinken met Japanese Foreign Minister Yoko Kamikawa in Capri. The Secretary and Foreign Minister Kamikawa discussed the summit.'), [
      'Antony J. Blinken: Secretary of State Antony J. Blinken | The Secretary',
      'Yoko Kamikawa: Japanese Foreign Minister Yoko Kamikawa | Foreign Minister Kamikawa',
    ]);
  });

  it('while two offices before a name, or a bare office nobody named before holds, stay one person\'s', () => {
    assert.deepEqual(officials('Deputy Prime Minister and Minister of National Defence Mariusz Blaszczak spoke.'), [
      'Mariusz Blaszczak: Deputy Prime Minister and Minister of National Defence Mariusz Blaszczak',
    ]);
    assert.deepEqual(officials('Secretary of State Antony J. Blinken spoke. The Chairman and Chief Executive Officer Jane Fraser replied.'), [
      'Antony J. Blinken: Secretary of State Antony J. Blinken',
      'Jane Fraser: Chairman and Chief Executive Officer Jane Fraser',
    ]);
  });
});

describe('officials: counterparts by a two-word nationality or an abbreviated country', () => {
  it('"his South Korean counterpart" is the South Korean named before', () => {
    assert.deepEqual(officials('South Korean Defense Minister Ahn Gyu-back met Defense Secretary Pete Hegseth. Hegseth thanked his South Korean counterpart.'), [
      'Ahn Gyu-back: South Korean Defense Minister Ahn Gyu-back | his South Korean counterpart',
      'Pete Hegseth: Defense Secretary Pete Hegseth | Hegseth',
    ]);
  });

  it('"his U.S. counterpart", and a headline\'s "U.S. counterpart", keep the period with "U.S"', () => {
    assert.deepEqual(officials('Ahn holds talks with U.S. counterpart\n\nSouth Korean Defense Minister Ahn Gyu-back met U.S. Defense Secretary Pete Hegseth. Ahn thanked his U.S. counterpart.'), [
      'Ahn Gyu-back: Ahn | South Korean Defense Minister Ahn Gyu-back | Ahn',
      'Pete Hegseth: U.S. counterpart | U.S. Defense Secretary Pete Hegseth | his U.S. counterpart',
    ]);
  });
});

describe('officials: the office of a counterpart from a country of ministers', () => {
  it('a defence secretary\'s German counterpart is a defence minister, and "The Defence Secretary" stays the secretary', () => {
    const r = analyze('Defence Secretary John Healey and his German counterpart Boris Pistorius signed the deal. The Defence Secretary said it was a landmark. The German defence minister agreed.');
    const people = r.entities.filter((e) => e.type === 'official');
    assert.deepEqual(people.map((e) => `${e.name} (${e.attributes['title']}): ${e.mentions.map((m) => m.text).join(' | ')}`), [
      'John Healey (Defence Secretary): Defence Secretary John Healey | The Defence Secretary',
      'Boris Pistorius (Defence Minister): Boris Pistorius | The German defence minister',
    ]);
  });

  it('a counterpart from a country of secretaries keeps the office as it is', () => {
    const r = analyze('Philippine Defense Secretary Gilberto Teodoro and his American counterpart Pete Hegseth met. Foreign Secretary David Lammy and his Philippine counterpart Enrique Manalo spoke.');
    const titles = r.entities.filter((e) => e.type === 'official').map((e) => `${e.name}: ${e.attributes['title']}`);
    assert.ok(titles.includes('Pete Hegseth: Defense Secretary'), titles.join('|'));
    assert.ok(titles.includes('Enrique Manalo: Foreign Secretary'), titles.join('|'));
  });
});

describe('officials: "his Russian colleague", as official translations write counterpart', () => {
  it('with a nationality it is the counterpart, before a name or alone', () => {
    assert.deepEqual(officials('Russian Foreign Minister Sergey Lavrov met his Turkish colleague Hakan Fidan. Fidan thanked his Russian colleague.'), [
      'Sergey Lavrov: Russian Foreign Minister Sergey Lavrov | his Russian colleague',
      'Hakan Fidan: Hakan Fidan | Fidan',
    ]);
    const fidan = analyze('Russian Foreign Minister Sergey Lavrov met his Turkish colleague Hakan Fidan.').entities.find((e) => e.name === 'Hakan Fidan');
    assert.equal(fidan?.attributes['title'], 'Foreign Minister');
  });

  it('without one it is no reference', () => {
    assert.deepEqual(officials('Russian Foreign Minister Sergey Lavrov spoke. His colleague left. A colleague of Lavrov said little.'), [
      'Sergey Lavrov: Russian Foreign Minister Sergey Lavrov | Lavrov',
    ]);
  });
});

describe('officials: the US Secretary of War (the Department of Defense\'s secondary name since September 2025)', () => {
  it('"Secretary of War Pete Hegseth" is a US official, and his deputy and under secretaries too', () => {
    const r = analyze('Secretary of War Pete Hegseth met Deputy Secretary of War Steve Feinberg and Under Secretary of War for Policy Elbridge Colby.');
    assert.deepEqual(r.entities.filter((e) => e.type === 'official').map((e) => `${e.name}: ${e.attributes['title']}, ${e.attributes['country']}`), [
      'Pete Hegseth: Secretary of War, United States',
      'Steve Feinberg: Deputy Secretary of War, United States',
      'Elbridge Colby: Under Secretary of War for Policy, United States',
    ]);
  });

  it('"the defense secretary" and "the war secretary" refer to him by either name, but not to his deputy', () => {
    assert.deepEqual(officials('Secretary of War Pete Hegseth spoke on Monday. The defense secretary said the strikes worked.'), [
      'Pete Hegseth: Secretary of War Pete Hegseth | The defense secretary',
    ]);
    assert.deepEqual(officials('Defense Secretary Pete Hegseth spoke on Monday. The war secretary said the strikes worked.'), [
      'Pete Hegseth: Defense Secretary Pete Hegseth | The war secretary',
    ]);
    assert.deepEqual(officials('Deputy Secretary of War Steve Feinberg spoke on Monday. The defense secretary said nothing.'), [
      'Steve Feinberg: Deputy Secretary of War Steve Feinberg',
    ]);
  });

  it('"War Cabinet Minister" is an office of its own', () => {
    assert.deepEqual(officials('Israeli War Cabinet Minister Benny Gantz spoke. Gantz left.'), [
      'Benny Gantz: Israeli War Cabinet Minister Benny Gantz | Gantz',
    ]);
  });
});

describe('officials: a service before a rank after an office, and the civilians among "the two leaders"', () => {
  it('the service belongs to the rank, not to the office ("... Joint Chiefs of Staff | Air Force Gen. Dan Caine")', () => {
    const titles = (text: string) => analyze(text).entities.filter((e) => e.type === 'official').map((e) => `${e.name}: ${e.attributes['title']} / ${e.mentions[0]!.text}`);
    assert.deepEqual(titles('Chairman of the Joint Chiefs of Staff Air Force Gen. Dan Caine spoke. Commander of U.S. Indo-Pacific Command Navy Adm. Samuel Paparo left.'), [
      'Dan Caine: Chairman of the Joint Chiefs of Staff / Chairman of the Joint Chiefs of Staff Air Force Gen. Dan Caine',
      'Samuel Paparo: Commander of U.S. Indo-Pacific Command / Commander of U.S. Indo-Pacific Command Navy Adm. Samuel Paparo',
    ]);
    // The service the office is of stays the office's.
    assert.deepEqual(titles('Chief of Staff of the Air Force Gen. David Allvin spoke.'), [
      'David Allvin: Chief of Staff of the Air Force / Chief of Staff of the Air Force Gen. David Allvin',
    ]);
  });

  it('a given name that is also a rank\'s abbreviation stays the name\'s after an office with its tail', () => {
    assert.deepEqual(analyze('Japanese Minister of Defense Gen Nakatani spoke.').entities.filter((e) => e.type === 'official').map((e) => e.name), ['Gen Nakatani']);
  });

  it('"The two leaders" after a secretary, a minister and the general who also attended are the secretary and the minister', () => {
    const groups = analyze('Secretary of War Pete Hegseth hosted Japanese Minister of Defense Gen Nakatani. Chairman of the Joint Chiefs of Staff Air Force Gen. Dan Caine also attended. The two leaders discussed missiles.')
      .entities.filter((e) => e.attributes['group'] === true).map((e) => e.name);
    assert.deepEqual(groups, ['Pete Hegseth; Gen Nakatani']);
    // Two generals alone are the two leaders.
    const generals = analyze('Gen. Mark Reed met Gen. Anna Berg in Manila. The two leaders discussed the drills.')
      .entities.filter((e) => e.attributes['group'] === true).map((e) => e.name);
    assert.deepEqual(generals, ['Mark Reed; Anna Berg']);
  });
});

describe('officials: US offices that name their country', () => {
  it('the Director of National Intelligence is American', () => {
    const r = analyze('Director of National Intelligence Tulsi Gabbard spoke.');
    assert.deepEqual(r.entities.filter((e) => e.type === 'official').map((e) => `${e.name}: ${e.attributes['country']}`), ['Tulsi Gabbard: United States']);
  });
});

describe('officials: the country after a titled name', () => {
  it('"of Japan", "of the Republic of the Philippines" give the person a country; "of the Department of Defense" does not', () => {
    const countries = (text: string) => analyze(text).entities.filter((e) => e.type === 'official').map((e) => `${e.name}: ${e.attributes['country'] ?? '-'}`);
    assert.deepEqual(countries('Defense Minister Gen Nakatani of Japan met Secretary of National Defense Gilberto C. Teodoro Jr. of the Republic of the Philippines.'), [
      'Gen Nakatani: Japan',
      'Gilberto C. Teodoro Jr.: Philippines',
    ]);
    assert.deepEqual(countries('Secretary Tom Carver of the Department of Defense met reporters.'), ['Tom Carver: -']);
  });
});

describe('officials: a second office sharing "the"', () => {
  it('"the Secretary and Chairman\'s outreach" refers to both people named before', () => {
    assert.deepEqual(officials('Secretary of Defense Lloyd Austin and Chairman of the Joint Chiefs of Staff Gen. Mark Milley spoke. This follows the Secretary and Chairman\'s extensive outreach to partners.'), [
      'Lloyd Austin: Secretary of Defense Lloyd Austin | the Secretary',
      'Mark Milley: Chairman of the Joint Chiefs of Staff Gen. Mark Milley | Chairman',
    ]);
  });

  it('not when a name follows the second office, nor when nobody holds it', () => {
    assert.deepEqual(officials('Secretary of Defense Lloyd Austin spoke. The Secretary and Chairman Gen. Mark Milley met.').map((x) => x.split(':')[0]), ['Lloyd Austin', 'Mark Milley']);
    assert.deepEqual(officials('Secretary of Defense Lloyd Austin spoke. This follows the Secretary and Chairman\'s outreach.'), [
      'Lloyd Austin: Secretary of Defense Lloyd Austin | the Secretary',
    ]);
  });
});

describe('officials: a US legislator\'s party and state after the name', () => {
  it('"Sen. Roger Wicker (R-Miss.)" and "Rep. Adam Smith (D-WA)" are American; other parentheses say nothing', () => {
    const countries = analyze('Sen. Roger Wicker (R-Miss.), chairman of the committee, spoke. Rep. Adam Smith (D-WA) agreed. Sen. Imee Marcos (PH) did not.')
      .entities.filter((e) => e.type === 'official').map((e) => `${e.name}: ${e.attributes['country'] ?? '-'}`);
    assert.deepEqual(countries, ['Roger Wicker: United States', 'Adam Smith: United States', 'Imee Marcos: -']);
  });
});

describe('officials: "his Japanese counterpart, Gen Nakatani,"', () => {
  it('a rank\'s abbreviation without its period before a family name alone is a given name in the appositive', () => {
    const people = analyze('Defense Secretary Pete Hegseth and his Japanese counterpart, Gen Nakatani, met in Tokyo.').entities.filter((e) => e.type === 'official');
    assert.deepEqual(people.map((e) => `${e.name}: ${e.attributes['country'] ?? '-'} / ${e.mentions.map((m) => m.text).join(' | ')}`), [
      'Pete Hegseth: United States / Defense Secretary Pete Hegseth',
      'Gen Nakatani: Japan / Gen Nakatani',
    ]);
    // With its period it is a rank, and the name after it is the person's.
    const ranked = analyze('Adm. John Aquilino and his British counterpart, Gen. Sir Roly Walker, met.').entities.filter((e) => e.type === 'official');
    assert.ok(ranked.some((e) => e.name === 'Roly Walker' && e.attributes['country'] === 'United Kingdom'), ranked.map((e) => e.name).join('|'));
  });
});

describe('officials: a region after an office is no name', () => {
  it('"NATO\'s Supreme Allied Commander Europe, Gen. Christopher Cavoli," is one person, Cavoli', () => {
    assert.deepEqual(analyze("NATO's Supreme Allied Commander Europe, Gen. Christopher Cavoli, briefed them.").entities.filter((e) => e.type === 'official').map((e) => e.name), ['Christopher Cavoli']);
  });
});

describe('officials: a commander\'s unit named right after the office', () => {
  it('"Commander Pacific Fleet Adm. Stephen Koehler" and "Commander Fifth Fleet Vice Adm. George Wikoff" keep office and rank', () => {
    const people = analyze('Commander Pacific Fleet Adm. Stephen Koehler spoke. Commander Fifth Fleet Vice Adm. George Wikoff agreed. Commander Joe Smith left.')
      .entities.filter((e) => e.type === 'official').map((e) => `${e.name}: ${e.attributes['title']} / ${e.mentions[0]!.text}`);
    assert.deepEqual(people, [
      'Stephen Koehler: Commander Pacific Fleet / Commander Pacific Fleet Adm. Stephen Koehler',
      'George Wikoff: Commander Fifth Fleet / Commander Fifth Fleet Vice Adm. George Wikoff',
      'Joe Smith: Commander / Commander Joe Smith',
    ]);
  });
});

describe('officials: a name\'s possessive before a counterpart', () => {
  it('"Hegseth\'s Japanese counterpart, Gen Nakatani," is Nakatani of Japan, and "Hegseth" stays Hegseth\'s mention', () => {
    assert.deepEqual(analyze("Defense Secretary Pete Hegseth spoke. Hegseth's Japanese counterpart, Gen Nakatani, agreed.").entities
      .filter((e) => e.type === 'official').map((e) => `${e.name} (${e.attributes['country'] ?? '-'}): ${e.mentions.map((m) => m.text).join(' | ')}`), [
      'Pete Hegseth (United States): Defense Secretary Pete Hegseth | Hegseth',
      'Gen Nakatani (Japan): Gen Nakatani',
    ]);
    // Other roles after a possessive stay titled names.
    assert.ok(officials("Hamas's leader Yahya Sinwar was killed.").some((x) => x.endsWith('leader Yahya Sinwar')));
  });
});

describe('officials: a holder of two offices referred to by one of them', () => {
  it('"The Polish minister" and "the deputy prime minister" are the "Deputy Prime Minister and Minister of National Defence" named before', () => {
    assert.deepEqual(officials('Polish Deputy Prime Minister and Minister of National Defence Jan Nowak met Defence Secretary John Healey. The Polish minister said the talks went well. The deputy prime minister left early.'), [
      'Jan Nowak: Polish Deputy Prime Minister and Minister of National Defence Jan Nowak | The Polish minister | The deputy prime minister',
      'John Healey: Defence Secretary John Healey',
    ]);
  });

  it('a reference fitting neither office stays unresolved', () => {
    // Neither office is a foreign minister's, nor a president's.
    assert.deepEqual(officials('Polish Deputy Prime Minister and Minister of National Defence Jan Nowak spoke. The Polish foreign minister was absent. The Polish president was away.'), [
      'Jan Nowak: Polish Deputy Prime Minister and Minister of National Defence Jan Nowak',
    ]);
  });
});

describe('officials: "PM", the abbreviation of "Prime Minister"', () => {
  it('"UK PM Keir Starmer", "Australian Deputy PM Richard Marles" are titled names, and "the PM" or "the deputy prime minister" refer back', () => {
    assert.deepEqual(officials('UK PM Keir Starmer met Australian Deputy PM Richard Marles. The deputy prime minister thanked the PM.'), [
      'Keir Starmer: UK PM Keir Starmer | the PM',
      'Richard Marles: Australian Deputy PM Richard Marles | The deputy prime minister',
    ]);
    assert.equal(analyze('UK PM Keir Starmer spoke.').entities.find((e) => e.type === 'official')?.attributes['title'], 'PM');
  });

  it('a time of day is no title: "3 PM Monday", "at 3 PM John Smith said", "10:30 PM EST"', () => {
    assert.deepEqual(officials('The talks start at 3 PM Monday. At 10 pm John Smith left. It began at 3 PM John Smith said. It ended at 10:30 PM EST.'), []);
  });
});

describe('officials: a country\'s name after an office, before a name, is a given name', () => {
  it('"Minister of Defense Israel Katz" is Israel Katz, "Minister of Foreign Affairs Jordan Smith" Jordan Smith', () => {
    const people = (text: string) => analyze(text).entities.filter((e) => e.type === 'official').map((e) => `${e.name}: ${e.attributes['title']}`);
    assert.deepEqual(people('Israeli Minister of Defense Israel Katz spoke. Katz left.'), ['Israel Katz: Minister of Defense']);
    assert.deepEqual(people('Minister of Foreign Affairs Jordan Smith spoke.'), ['Jordan Smith: Minister of Foreign Affairs']);
  });

  it('an office\'s own country stays in it: after "of", or before a rank', () => {
    const people = (text: string) => analyze(text).entities.filter((e) => e.type === 'official').map((e) => `${e.name}: ${e.attributes['title']}`);
    assert.deepEqual(people('Minister for Foreign Affairs of the Republic of Korea Cho Tae-yul spoke.'), ['Cho Tae-yul: Minister for Foreign Affairs of the Republic of Korea']);
    assert.deepEqual(people('Commander of U.S. Forces Korea Gen. Paul LaCamera spoke.'), ['Paul LaCamera: Commander of U.S. Forces Korea']);
  });
});

describe('officials: a form of address in a reporter\'s question is said to a speaker of the transcript', () => {
  it('"Q: Thanks, General." is the general who speaks, not a general the briefer mentioned', () => {
    assert.deepEqual(officials('GEN. MILLEY: Good morning. Gen. Michael Kurilla will travel.\n\nQ: Thanks, General. Will he stay long?\n\nGEN. MILLEY: No.'), [
      'Milley: GEN. MILLEY | General | GEN. MILLEY',
      'Michael Kurilla: Gen. Michael Kurilla',
    ]);
  });

  it('no speaker holds the rank: the address stays unresolved', () => {
    assert.deepEqual(officials('MR. RYDER: Good afternoon. Gen. Michael Kurilla will travel to the region.\n\nQ: Thanks, General. Will he stay long?\n\nMR. RYDER: No.'), [
      'Ryder: MR. RYDER | MR. RYDER',
      'Michael Kurilla: Gen. Michael Kurilla',
    ]);
  });
});

describe('officials: India\'s Hindi titles in references', () => {
  it('"The Raksha Mantri" and "the defence minister" are the Raksha Mantri named before, not another country\'s defence minister', () => {
    assert.deepEqual(officials('Raksha Mantri Shri Rajnath Singh held talks with Australian Defence Minister Richard Marles. Mr Marles noted the deployment. The Raksha Mantri also invited industry.'), [
      'Rajnath Singh: Raksha Mantri Shri Rajnath Singh | The Raksha Mantri',
      'Richard Marles: Australian Defence Minister Richard Marles | Mr Marles',
    ]);
    assert.deepEqual(officials('Raksha Mantri Shri Rajnath Singh visited Leh. The defence minister met troops.'), [
      'Rajnath Singh: Raksha Mantri Shri Rajnath Singh | The defence minister',
    ]);
  });
});

describe('officials: a short word in capitals is an acronym, not a surname written in mixed case', () => {
  it('"UN" after "Kim Jong Un" is the United Nations; "Un" and a headline in capitals are still Kim', () => {
    assert.deepEqual(officials('Leader Kim Jong Un met officials. The UN condemned it. Un said nothing.\n\nKIM JONG UN SPEAKS AGAIN'), [
      'Kim Jong Un: Leader Kim Jong Un | Un | KIM JONG UN',
    ]);
  });
});

describe('officials: a minister\'s counterpart from a country whose ministers are secretaries', () => {
  it('"his British counterpart, John Healey" is a defence secretary; "his U.S. counterpart, Pete Hegseth" is named', () => {
    const people = (text: string) => analyze(text).entities.filter((e) => e.type === 'official').map((e) => `${e.name} (${e.attributes['country'] ?? '-'}): ${e.attributes['title'] ?? '-'}`);
    assert.deepEqual(people('Turkish Defence Minister Yasar Guler thanked his British counterpart, John Healey.'), ['Yasar Guler (Türkiye): Defence Minister', 'John Healey (United Kingdom): Defence Secretary']);
    assert.deepEqual(people('Japanese Defense Minister Gen Nakatani met his U.S. counterpart, Pete Hegseth.'), ['Gen Nakatani (Japan): Defense Minister', 'Pete Hegseth (United States): Defense Secretary']);
    assert.deepEqual(people('Indian Foreign Minister S. Jaishankar met his American counterpart Marco Rubio.'), ['S. Jaishankar (India): Foreign Minister', 'Marco Rubio (United States): Secretary of State']);
  });
});

describe('officials: a family name another named person also bears', () => {
  it('"Kim said" after "Kim Yo Jong, the sister of ... Kim Jong Un" is left unlinked; with one Kim it is Kim', () => {
    assert.deepEqual(officials('Kim Sol Ju, the sister of North Korean leader Kim Jong Un, issued a warning. Kim said the drills were a rehearsal.'), [
      'Kim Jong Un: North Korean leader Kim Jong Un',
    ]);
    assert.deepEqual(officials('North Korean leader Kim Jong Un spoke. Kim said the drills would go on.'), [
      'Kim Jong Un: North Korean leader Kim Jong Un | Kim',
    ]);
  });
});

describe('officials: a US legislator\'s party and state between commas', () => {
  it('"Rep. Mike Rogers, R-Ala., agreed" is American; "Rep. Jane Doe, a Democrat," says nothing', () => {
    const countries = analyze('Rep. Mike Rogers, R-Ala., agreed. Rep. Jane Doe, a Democrat, left.')
      .entities.filter((e) => e.type === 'official').map((e) => `${e.name}: ${e.attributes['country'] ?? '-'}`);
    assert.deepEqual(countries, ['Mike Rogers: United States', 'Jane Doe: -']);
  });
});

describe('officials: speaker labels of Hansard, the record of the UK Parliament', () => {
  const hansard = 'The Secretary of State for Defence (John Healey): With permission, Mr Speaker, I will make a statement.\n\n'
    + 'James Cartlidge (South Suffolk) (Con): I thank the Secretary of State for his statement.\n\nJohn Healey: I can give that assurance.\n';

  it('"The Secretary of State for Defence (John Healey):" names Healey with his office; "the Secretary of State" refers back', () => {
    const [healey] = analyze(hansard).entities.filter((e) => e.type === 'official');
    assert.equal(healey?.name, 'John Healey');
    assert.equal(healey?.attributes['title'], 'Secretary of State for Defence');
    assert.deepEqual(healey?.mentions.map((m) => m.text), ['John Healey', 'the Secretary of State', 'John Healey']);
  });

  it('"James Cartlidge (South Suffolk) (Con):" is a Member of Parliament; a name before other parentheses is not', () => {
    assert.ok(officials(hansard).includes('James Cartlidge: James Cartlidge'));
    assert.equal(analyze(hansard).entities.find((e) => e.name === 'James Cartlidge')?.attributes['title'], 'MP');
    assert.deepEqual(officials('John Carver (South Suffolk) said nothing.\n\nJane Smith (Acme Ltd): We agree.\n'), []);
  });

  it('an honorific or knighthood before a Member\'s name stays in the mention', () => {
    assert.deepEqual(officials('Opening remarks.\n\nDr Andrew Murrison (South West Wiltshire) (Con): Will he?\n\nSir Iain Duncan Smith (Chingford and Woodford Green) (Con): Yes.\n'), [
      'Andrew Murrison: Dr Andrew Murrison',
      'Iain Duncan Smith: Sir Iain Duncan Smith',
    ]);
  });
});

describe('officials: a group called after a family, not its member', () => {
  it('"Houthi attacks" before "Abdul-Malik al-Houthi" and "Houthi forces" after him are the movement; "Houthi said" is him', () => {
    assert.deepEqual(officials('Yemen talks resume\n\nHouthi attacks on shipping declined. Abdul-Malik al-Houthi, the group\'s leader, warned Israel. Houthi forces fired missiles. Houthi said the attacks would go on.\n'), [
      'Abdul-Malik al-Houthi: Abdul-Malik al-Houthi | Houthi',
    ]);
  });
});
