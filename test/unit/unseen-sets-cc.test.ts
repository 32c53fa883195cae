// Rules drawn from the article sets of the twelfth session (CC, CD, CE). Each sentence here is
// written for the test; none is taken from an article, and the people are invented.
import * as assert from 'node:assert/strict';
import { agreementLinks, entities, officials } from './support/readouts';

describe('systems: a variant\'s letters or mark written apart from, or onto, its designation', () => {
  it('"Su-30 MKI" is the Su-30MKI the knowledge base lists, one system with "Su-30MKI"', () => {
    assert.deepEqual(entities('The missile was integrated on the Su-30 MKI fighter. The Su-30MKI fleet grows.', 'system'), [
      'Su-30 MKI: Su-30 MKI | Su-30MKI',
    ]);
  });

  it('letters the knowledge base does not list joined stay outside the span', () => {
    assert.deepEqual(entities('Pakistan flies the Su-30 XQ in drills, and the S-400 SAM as well.', 'system'), [
      'Su-30: Su-30',
      'S-400: S-400',
    ]);
  });

  it('"PAC-3MSE" is the PAC-3 MSE, not the Patriot family', () => {
    assert.deepEqual(entities('Poland will receive PAC-3 MSE missiles, Patriot launchers and more PAC-3MSE rounds.', 'system'), [
      'PAC-3 MSE: PAC-3 MSE | PAC-3MSE',
      'Patriot: Patriot',
    ]);
  });

  it('an upgrade written in capitals with its "+" ("HISAR-O+") is a variant of its own', () => {
    assert.deepEqual(entities('Aselsan showed the HISAR-A+ and HISAR-O+ air defense systems.', 'system'), [
      'HISAR-A+: HISAR-A+',
      'HISAR-O+: HISAR-O+',
    ]);
  });
});

describe('systems: knowledge base additions', () => {
  it('the PL-10 short-range missile', () => {
    assert.deepEqual(entities('The PAF also fields the PL-10 and the export PL-10E on its jets.', 'system').map((s) => s.split(':')[0]), ['PL-10', 'PL-10E']);
  });
});

describe('systems: a system\'s name before an exercise\'s noun names the exercise', () => {
  it('"the Sea Guardians joint exercise" and "Patriot exercise" are none; a designation still is one', () => {
    assert.deepEqual(entities('Both commanders discussed the Sea Guardians joint exercise. The Patriot exercise ended. The F-35 exercise began.', 'system').map((s) => s.split(':')[0]), ['F-35']);
  });
});

describe('agreements (set CE): headings and places', () => {
  it('a plural head after "and" ends a heading\'s list, not a name: "Key Officials and Agreements"', () => {
    assert.deepEqual(agreementLinks('Key Officials and Agreements\n\nTreaties and Agreements were listed. The Oslo Accords held.'), ['Oslo Accords']);
  });

  it('"the agreement signed in Kyiv" is the one agreement the story has named; "signed in 2015" may be another', () => {
    assert.deepEqual(agreementLinks('The Prime Minister signed the Agreement on Security Co-operation. Under the agreement signed in Kyiv, we will share intelligence. The agreement signed in 2015 was older.'), [
      'Agreement on Security Co-operation | the agreement',
      'The agreement',
    ]);
  });

  it('among several agreements the place picks one, so the reference is not joined to the latest', () => {
    const links = agreementLinks('Japan and the Philippines signed the Reciprocal Access Agreement. They also renewed the Mutual Logistics Support Arrangement. The agreement signed in Manila covers training.');
    assert.ok(!links.some((l) => l.includes('Mutual Logistics Support Arrangement | The agreement')), links.join('; '));
  });
});

describe('officials (set CD): a body\'s head named by "headed by" or "led by"', () => {
  it('is an official, and the surname alone later is the same person', () => {
    assert.deepEqual(officials('The Missile Defense Organization, headed by Moshe Patel, announced the test. Patel said it worked. A U.S. team led by Rina Gottlieb negotiated. Gottlieb left.'), [
      'Moshe Patel: Moshe Patel | Patel',
      'Rina Gottlieb: Rina Gottlieb | Gottlieb',
    ]);
  });

  it('not after other nouns, nor a country that leads', () => {
    assert.deepEqual(officials('The novel, written by Anna Brook, sold well. A coalition led by Saudi Arabia struck. A song led by Paul Weller played.'), []);
  });
});

describe('officials (set CD): "his counterpart at the time, Name,"', () => {
  it('names the counterpart as "his counterpart, Name," does', () => {
    assert.deepEqual(officials('Ryabkov spoke. His American counterpart at the time, Mallory Stone, objected. Stone left.').filter((s) => s.startsWith('Mallory')), [
      'Mallory Stone: Mallory Stone | Stone',
    ]);
  });
});

describe('systems (set CE): a nominal head before a noun of work on it', () => {
  it('"the submarine development programme" is the programme, not the submarine', () => {
    assert.deepEqual(entities('Brazil launched the third Riachuelo-class submarine. France backed the submarine development programme. The submarine will sail in May.', 'system'), [
      'Riachuelo-class: Riachuelo-class | The submarine',
    ]);
  });
});

describe('officials (set CD): plural titles', () => {
  it('"Both Deputy Ministers" is the group, not a Deputy named "Ministers"', () => {
    assert.deepEqual(officials('Deputy Minister Jan Berg met Deputy Minister Paul Nil. Both Deputy Ministers underscored the point.'), [
      'Jan Berg: Deputy Minister Jan Berg',
      'Paul Nil: Deputy Minister Paul Nil',
      'Jan Berg; Paul Nil: Both Deputy Ministers',
    ]);
  });

  it('"the two directors" and "Both chairmen" are groups as "the two ministers" is', () => {
    assert.deepEqual(officials('Director Jane Roe met Director Paul Nye. The two directors agreed. Chairman Tao Li met Chairman Ben Ko. Both chairmen spoke.').filter((s) => s.includes(';')), [
      'Jane Roe; Paul Nye: The two directors',
      'Tao Li; Ben Ko: Both chairmen',
    ]);
  });
});

describe('officials (sets CC, CD): "The two" before a verb', () => {
  it('is the two officials just named, as "the two men" is', () => {
    assert.deepEqual(officials('Defense Minister Tae-ho Kim met Defense Secretary Lloyd Hart in Washington. The two agreed to expand exercises.').filter((s) => s.includes(';')), [
      'Tae-ho Kim; Lloyd Hart: The two',
    ]);
  });

  it('not before a noun or another word, nor where no two officials were named', () => {
    assert.deepEqual(officials('Minister Jan Berg met Minister Paul Nil. The two countries agreed. The two of them spoke.').filter((s) => s.includes(';')), []);
    assert.deepEqual(officials('The two agreed to meet again.'), []);
  });
});

describe('officials (set AK): countries joined by a hyphen are no name', () => {
  it('"commander of the South Korea-U.S. Combined Forces Command" names nobody "Korea-U.S"', () => {
    assert.deepEqual(officials('Gen. Paul Lacy, commander of the South Korea-U.S. Combined Forces Command, spoke.'), ['Paul Lacy: Gen. Paul Lacy']);
  });
});

describe('systems (set CC): a combat system\'s baseline', () => {
  it('"Aegis Baseline 9 combat system" is the Aegis, with its baseline in the span', () => {
    assert.deepEqual(entities('The destroyers would be upgraded with the Aegis Baseline 9 combat system.', 'system'), ['Aegis Combat System: Aegis Baseline 9']);
  });
});

describe('sets CF, CH: headings, resolutions by number, and units after a title', () => {
  it('"Signing of" opens no agreement\'s name, nor a link word in a heading in capitals', () => {
    assert.deepEqual(agreementLinks('Signing of Civil Nuclear Cooperation MOU\n\nMINISTER WELCOMES SIGNING OF SUPPORT AGREEMENT FOR FLEET\n\nThe two sides signed it.'), [
      'Civil Nuclear Cooperation MOU',
      'SUPPORT AGREEMENT',
    ]);
  });

  it('after a resolution the knowledge base names, "resolution 2270" in lower case is one too', () => {
    assert.deepEqual(agreementLinks('Resolution 1718 and its successors, notably resolution 2270 and UNSCR 2397, bar launches.'), [
      'Resolution 1718', 'resolution 2270', 'UNSCR 2397',
    ]);
  });

  it('"deputy commander of Naval Region 2" names no official "Region"', () => {
    assert.deepEqual(officials('Senior Colonel Van Hai Tran, deputy commander of Naval Region 2, said the ships were ready.').map((s) => s.split(':')[0]), ['Van Hai Tran']);
  });
});

describe('officials (set CH): delegates in the UN\'s meeting coverage', () => {
  it('a delegate\'s line with a word before the verb ("(United Kingdom), responding, said", "(France) and ... (Mozambique) both stressed")', () => {
    assert.deepEqual(officials('JANE WOODLEY (United Kingdom), responding, said the plan was sound. PAUL RIVET (France) and PEDRO AFONSO (Mozambique) both stressed the need to act.').map((s) => s.split(':')[0]), [
      'Jane Woodley', 'Paul Rivet', 'Pedro Afonso',
    ]);
  });

  it('"the representative of the Russian Federation" and "The Russian representative" are its delegate; a company\'s representative is nobody', () => {
    assert.deepEqual(officials('IVAN NEBEL (Russian Federation) said the West was to blame. Later, the representative of the Russian Federation said so. The Russian representative added more. The representative of the company said prices rose.'), [
      'Ivan Nebel: IVAN NEBEL | the representative of the Russian Federation | The Russian representative',
    ]);
  });
});

describe('systems (set CF): knowledge base corrections', () => {
  it('IRIS-T SLS and IRIS-T SLX are systems of their own, not the IRIS-T SLM', () => {
    assert.deepEqual(entities('Germany ordered IRIS-T SLM fire units, IRIS-T SLS launchers and the future IRIS-T SLX system.', 'system').map((s) => s.split(':')[0]), [
      'IRIS-T SLM', 'IRIS-T SLS', 'IRIS-T SLX',
    ]);
  });
});

describe('agreements (set CF): a formal title with its parties before its subject', () => {
  it('"Agreement for Cooperation Between the Government of ... and the Government of the Republic of the Philippines Concerning ..." is one name', () => {
    assert.deepEqual(agreementLinks('They signed the Agreement for Cooperation Between the Government of the United States of America and the Government of the Republic of the Philippines Concerning Peaceful Uses of Nuclear Energy in 2024.'), [
      'Agreement for Cooperation Between the Government of the United States of America and the Government of the Republic of the Philippines Concerning Peaceful Uses of Nuclear Energy',
    ]);
  });
});

describe('systems (set CH): "Type" and a number before a class\'s name', () => {
  it('"eight Type 26 City-class frigates" marks the Type 26 as "Type 26 frigates" does', () => {
    assert.ok(entities('HMS Glasgow is the first of eight Type 26 City-class frigates.', 'system').some((e) => e.includes('Type 26')));
  });
});

describe('officials (set CG): a counted group after a spokesperson who speaks of it', () => {
  it('"According to ministry spokesman X, the two officials will ..." is the two principals, not the spokesman', () => {
    assert.deepEqual(officials('Minister Jan Berg will meet Secretary Paul Nil. According to ministry spokesman Tom Sejm, the two officials will discuss the plan.').filter((s) => s.includes(';')), [
      'Jan Berg; Paul Nil: the two officials',
    ]);
  });

  it('an appositive group after names stays unmarked ("Nil and Berg, the two ministers, spoke")', () => {
    assert.deepEqual(officials('Minister Jan Berg met Minister Paul Nil, and Nil and Berg, the two ministers, spoke.').filter((s) => s.includes(';')), []);
  });
});

describe('agreements (set CJ): a year picks the agreement signed in it', () => {
  it('"The ANZUS Treaty ... The Geelong Treaty ... the 1951 treaty" is the ANZUS Treaty', () => {
    assert.deepEqual(agreementLinks('The ANZUS Treaty of 1951 binds them. The Geelong Treaty, by contrast, is new. Nothing in the 1951 treaty covers it.'), [
      'ANZUS Treaty | the 1951 treaty',
      'Geelong Treaty',
    ]);
  });
});

describe('sets CJ, CK, CI: words of a body are no name, and a sentence\'s opening preposition no agreement\'s', () => {
  it('"the director of the Defense Innovation Unit" and "Director General Inter-Services Public Relations" name nobody', () => {
    assert.deepEqual(officials('Emil Marek, the director of the Defense Innovation Unit, said it works. Director General Inter-Services Public Relations Lieutenant General Ali Sharif spoke.').map((s) => s.split(':')[0]), [
      'Emil Marek', 'Ali Sharif',
    ]);
  });

  it('"Under SOFA" is the SOFA, not an agreement named "Under SOFA"', () => {
    assert.deepEqual(agreementLinks('The ministers reviewed the Status of Forces Agreement. Under SOFA, U.S. authorities have jurisdiction.'), [
      'Status of Forces Agreement | SOFA',
    ]);
  });
});

describe('systems (sets CI, CJ, CK): knowledge base additions', () => {
  it('the Switchblade 300 and 600 are systems of their own; the Koksan gun and the E-767 are known', () => {
    assert.deepEqual(entities('The Army buys Switchblade 600 and Switchblade 300 drones. Russia has received Koksan guns. Japan flies the E-767.', 'system').map((s) => s.split(':')[0]), [
      'Switchblade 600', 'Switchblade 300', 'Koksan', 'E-767',
    ]);
  });
});

describe('officials (set CI): a patronymic chain longer than the public figures base\'s form', () => {
  it('"Prince Khalid bin Salman bin Abdulaziz" is the base\'s Khalid bin Salman, so "The Saudi minister" finds him', () => {
    assert.deepEqual(officials('In Riyadh, His Royal Highness Prince Khalid bin Salman bin Abdulaziz, Minister of Defence, received the envoy. The Saudi minister reviewed cooperation.'), [
      'Khalid bin Salman bin Abdulaziz: His Royal Highness Prince Khalid bin Salman bin Abdulaziz | The Saudi minister',
    ]);
  });
});

describe('officials (set CI): "The four-star general"', () => {
  it('is the general named before, the stars asked of no title', () => {
    assert.deepEqual(officials('Gen. Xavier Brun met Defense Minister Ahn Gyu-back in Seoul. The four-star general said the talks were useful.')[0], 'Xavier Brun: Gen. Xavier Brun | The four-star general');
  });
});

describe('officials (set CK): "The vice-chairman" written with its hyphen', () => {
  it('refers back to the vice-chairman, as "the vice chairman" does, and not to the chairman', () => {
    assert.deepEqual(officials('Chairman Li Wei and Vice-Chairman Bo Tan spoke. The vice-chairman praised it. The chairman left.'), [
      'Li Wei: Chairman Li Wei | The chairman',
      'Bo Tan: Vice-Chairman Bo Tan | The vice-chairman',
    ]);
  });
});
