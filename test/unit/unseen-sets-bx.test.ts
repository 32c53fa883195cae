// Rules drawn from the article sets of the eleventh session (BX, BY, BZ). Each sentence here is
// written for the test; none is taken from an article, and the people are invented.
import * as assert from 'node:assert/strict';
import { agreementLinks, entities, mentions, officials } from './support/readouts';
import { analyze } from '../../src/engine/analyze';

describe('officials: a rank written as one hyphenated word ("Lieutenant-General", "Rear-Admiral")', () => {
  it('is the title before a name, as its spaced form is, and not part of the name', () => {
    assert.deepEqual(officials('Lieutenant-General Hal Brenner said the drill went well. Brenner left. Major-General Ann Colby spoke. Rear-Admiral Tom Vasquez agreed. Lance-Corporal Joe Pike was injured. Sub-Lieutenant Amy Dorn said.'), [
      'Hal Brenner: Lieutenant-General Hal Brenner | Brenner',
      'Ann Colby: Major-General Ann Colby',
      'Tom Vasquez: Rear-Admiral Tom Vasquez',
      'Joe Pike: Lance-Corporal Joe Pike',
      'Amy Dorn: Sub-Lieutenant Amy Dorn',
    ]);
  });

  it('after an office it is the office holder\'s rank: "Chief of Navy Vice-Admiral Sean Walt"', () => {
    assert.deepEqual(officials('Chief of Navy Vice-Admiral Sean Walt met Chief of Army Lieutenant-General Simon Stuber.').map((s) => s.split(' (')[0]), [
      'Sean Walt: Chief of Navy Vice-Admiral Sean Walt',
      'Simon Stuber: Chief of Army Lieutenant-General Simon Stuber',
    ]);
  });

  it('the same prefixes before other offices are titles too ("Lieutenant-Governor"), and nothing else', () => {
    assert.deepEqual(officials('Lieutenant-Governor Jane Roebuck opened the session. A major-league team and a rear-guard action followed.'), [
      'Jane Roebuck: Lieutenant-Governor Jane Roebuck',
    ]);
  });
});

describe('officials: ranks in capitals as US, Australian and Singaporean releases write them', () => {
  it('"LTG", "LTC", "RADM", "LTGEN" open a titled name', () => {
    assert.deepEqual(officials('LTG Paul Furman said. LTC Bo Danner said. RADM Tom Rayburn said. LTGEN Simon Stahl said.'), [
      'Paul Furman: LTG Paul Furman', 'Bo Danner: LTC Bo Danner', 'Tom Rayburn: RADM Tom Rayburn', 'Simon Stahl: LTGEN Simon Stahl',
    ]);
  });

  it('"MG" and "BG" only before the surname of someone already named, never a car maker or a gun', () => {
    assert.deepEqual(officials('Chief of Air Force Major-General Kelvin Fong spoke. MG Fong said the jets would arrive in 2030.').map((s) => s.split(' (')[0]), [
      'Kelvin Fong: Chief of Air Force Major-General Kelvin Fong | MG Fong',
    ]);
    assert.deepEqual(officials('MG Motor India said sales rose. The MG 42 was a machine gun. BG Group said.'), []);
  });
});

describe('officials: the chair of the joint staff written without "of the"', () => {
  it('"Chairman Joint Chiefs of Staff Committee General ..." is one title, and "The CJCSC" is he', () => {
    assert.deepEqual(officials('Chairman Joint Chiefs of Staff Committee General Tariq Mahmood Rana met the delegation. The CJCSC said ties were strong.').map((s) => s.split(' (')[0]), [
      'Tariq Mahmood Rana: Chairman Joint Chiefs of Staff Committee General Tariq Mahmood Rana | The CJCSC',
    ]);
    assert.deepEqual(officials('Chairman Joint Chiefs of Staff Gen Dale Corwin spoke.').map((s) => s.split(' (')[0]), [
      'Dale Corwin: Chairman Joint Chiefs of Staff Gen Dale Corwin',
    ]);
  });
});

describe('officials: "VP" and the EU\'s "HR/VP" are titles', () => {
  it('before a surname, not a given name of it', () => {
    assert.deepEqual(officials('HR/VP Marten and Commissioner Vilkas will present proposals. VP Marten left.').map((s) => s.split(' (')[0]), [
      'Marten: HR/VP Marten | VP Marten',
      'Vilkas: Commissioner Vilkas',
    ]);
  });
});

describe('officials: a counterpart holds the owner\'s office, not a deputy\'s', () => {
  it('"his Polish counterpart" of a defence minister is the Polish defence minister, not the deputy named since', () => {
    assert.deepEqual(officials('Defense Minister Arno Kell met Polish Defense Minister Jan Wolny. Polish Deputy Defense Minister Piotr Rudny also attended. On Thursday, Kell held talks with his Polish counterpart.').map((s) => s.split(' (')[0]), [
      'Arno Kell: Defense Minister Arno Kell | Kell',
      'Jan Wolny: Polish Defense Minister Jan Wolny | his Polish counterpart',
      'Piotr Rudny: Polish Deputy Defense Minister Piotr Rudny',
    ]);
  });

  it('a deputy prime minister who is defence minister too holds the office', () => {
    assert.deepEqual(officials('Defense Minister Arno Kell met Polish Deputy Prime Minister and Defense Minister Jan Wolny. Polish Deputy Defense Minister Piotr Rudny also attended. Kell thanked his Polish counterpart.').map((s) => s.split(' (')[0]), [
      'Arno Kell: Defense Minister Arno Kell | Kell',
      'Jan Wolny: Polish Deputy Prime Minister and Defense Minister Jan Wolny | his Polish counterpart',
      'Piotr Rudny: Polish Deputy Defense Minister Piotr Rudny',
    ]);
  });
});

describe('officials: a rank in capitals after an office belongs to the titled name', () => {
  it('"Head of GWEO AVM Leon Phelps", "Chief of Army LTGEN Simon Stuber", "Director of Operations RADM Ann Vey"', () => {
    assert.deepEqual(officials('Head of GWEO AVM Leon Phelps told reporters. Chief of Army LTGEN Simon Stuber agreed. Director of Operations RADM Ann Vey spoke.').map((s) => s.split(' (')[0]), [
      'Leon Phelps: Head of GWEO AVM Leon Phelps',
      'Simon Stuber: Chief of Army LTGEN Simon Stuber',
      'Ann Vey: Director of Operations RADM Ann Vey',
    ]);
  });
});

describe('systems: a glide vehicle is not the missile that carries it', () => {
  it('"the DF-17, which carries the DF-ZF" are two systems', () => {
    assert.deepEqual(entities('The DF-17, which carries the DF-ZF hypersonic glide vehicle, was paraded in 2019.', 'system'), ['DF-17: DF-17', 'DF-ZF: DF-ZF']);
  });
});

describe('agreements: a description set off by a comma later in the sentence of a descriptive one', () => {
  it('"an agreement with the U.S. to purchase 25 Patriot systems, a deal he said ..." is one agreement', () => {
    assert.deepEqual(agreementLinks('Kyiv is close to finalizing an agreement with the U.S. to purchase 25 Patriot systems, a deal he said would be paid for by Europe.'), [
      'an agreement | a deal',
    ]);
  });

  it('a list of agreements after commas stays several', () => {
    assert.deepEqual(agreementLinks('Poland signed an MOU with Japan, a contract with Korea and a pact with India.'), ['an MOU', 'a contract', 'a pact']);
  });
});

describe('agreements: a kind named by what it is "of"', () => {
  it('"the security of information agreement", "an exchange of classified information agreement" are descriptive agreements', () => {
    assert.deepEqual(agreementLinks('The ministers approved the text. The security of information agreement is a practical step. Later they signed an exchange of classified information agreement.'), [
      'The security of information agreement', 'an exchange of classified information agreement',
    ]);
  });

  it('not when "of" is followed by a determiner: "the value of the agreement" refers back', () => {
    assert.deepEqual(agreementLinks('They signed a status of forces agreement. The value of the agreement is high.'), ['a status of forces agreement | the agreement']);
  });
});

describe('agreements: an indefinite one that may never be', () => {
  it('"a possible deal", "a potential agreement" are not marked; "a new deal" is', () => {
    assert.deepEqual(agreementLinks('Officials floated a possible deal on launch notifications. They discussed a potential agreement. They signed a new deal.'), ['a new deal']);
  });
});

describe('officials: "the chief executive" and "the CEO" refer back to the one titled so', () => {
  it('"Acme Chief Executive Jim Tarkin ... The chief executive said"; "Saab CEO Mia Jonsson ... The CEO added"', () => {
    assert.deepEqual(officials('Acme Chief Executive Jim Tarkin visited Canberra. The chief executive said the plant would grow.').map((s) => s.split(' (')[0]), [
      'Jim Tarkin: Acme Chief Executive Jim Tarkin | The chief executive',
    ]);
    assert.deepEqual(officials('Saab CEO Mia Jonsson spoke. The CEO added that orders grew.').map((s) => s.split(' (')[0]), ['Mia Jonsson: Saab CEO Mia Jonsson | The CEO']);
  });
});

describe('officials: "the former president" is one who held the office before', () => {
  it('by the public figures base: Medvedev (President of Russia 2008-2012), not Putin who holds it now', () => {
    assert.deepEqual(officials('Dmitry Medvedev, the deputy chairman of the Security Council, spoke after Vladimir Putin. The former president has made similar statements. The president disagreed.').map((s) => s.split(' (')[0]), [
      'Dmitry Medvedev: Dmitry Medvedev | The former president',
      'Vladimir Putin: Vladimir Putin | The president',
    ]);
  });
});

describe('agreements: "the treaty" with no treaty named is the latest named agreement', () => {
  it('"the AUKUS Naval Nuclear Propulsion Agreement ... the treaty" is one agreement', () => {
    assert.deepEqual(agreementLinks('Canberra will implement the AUKUS Naval Nuclear Propulsion Agreement this year. The chief said the treaty was on track.'), [
      'AUKUS Naval Nuclear Propulsion Agreement | the treaty',
    ]);
  });

  it('not when a treaty was named, nor after a contract', () => {
    assert.deepEqual(agreementLinks('The New START treaty expires. They also cited the Reciprocal Access Agreement. The treaty limits warheads.'), [
      'New START treaty | The treaty', 'Reciprocal Access Agreement',
    ]);
    assert.deepEqual(agreementLinks('Airbus signed the Eurofighter Supply Agreement. Analysts said the treaty mattered more.').length, 2);
  });
});

describe('agreements: formal titles with their parties', () => {
  it('the European Union\'s style, the subject in lower case: the whole title is the name', () => {
    assert.deepEqual(agreementLinks('The Council approved the signing of the Agreement between the European Union and Ukraine on security procedures for the exchange and protection of classified information.'), [
      'Agreement between the European Union and Ukraine on security procedures for the exchange and protection of classified information',
    ]);
    // (A verb before the punctuation: no subject, no name.)
    assert.deepEqual(agreementLinks('The Agreement between Japan and the Philippines on defence was signed.'), ['The Agreement']);
  });

  it('a title the knowledge base has without its parties is that agreement, and the subject after the opening phrase is a mention', () => {
    const r = analyze('New START limits warheads. Formally known as the Treaty Between the United States of America and the Russian Federation on Measures for the Further Reduction and Limitation of Strategic Offensive Arms, the accord was signed in Prague.');
    const a = r.entities.filter((e) => e.type === 'agreement').map((e) => `${e.name}: ${e.mentions.map((m) => m.text).join(' | ')}`);
    assert.deepEqual(a, ['New START: New START | Treaty Between the United States of America and the Russian Federation on Measures for the Further Reduction and Limitation of Strategic Offensive Arms | the accord']);
  });
});

describe('agreements: an acronym defined for a short form of a name is that name\'s', () => {
  it('"the Japan-Philippines Reciprocal Access Agreement ... the Reciprocal Access Agreement (RAA) ... the RAA" is one agreement', () => {
    assert.deepEqual(agreementLinks('The Japan-Philippines Reciprocal Access Agreement matters.\n\nKamikawa signed the Reciprocal Access Agreement (RAA) in Manila. It follows the Japan-Australia RAA. Practically, the RAA simplifies entry.'), [
      'Japan-Philippines Reciprocal Access Agreement | Reciprocal Access Agreement | RAA | RAA', 'Japan-Australia RAA',
    ]);
  });
});

describe('officials: a name whose office is the predicate of "became"', () => {
  it('"Xu Xiwen became political commissar", "Jon Smyth became defence minister"; not a rank, not an organisation', () => {
    assert.deepEqual(officials('Xu Xiwen became political commissar. Jon Smyth became defence minister. Later Smyth said. Jane Roane became major in 2001. The Army became stronger.').map((s) => s.split(' (')[0]), [
      'Xu Xiwen: Xu Xiwen', 'Jon Smyth: Jon Smyth | Smyth',
    ]);
  });
});

describe('officials: a release\'s "Contact" is no given name', () => {
  it('"Contact Jane Roebuck, Media Manager, at the office" names Jane Roebuck', () => {
    assert.deepEqual(officials('Contact Jane Roebuck, Media Manager, at the office.').map((s) => s.split(' (')[0]), ['Jane Roebuck: Jane Roebuck']);
  });
});

describe('officials: a title\'s initials after "the", when a reference that found no one took its words', () => {
  it('"Chief Financial Officer Hisato Kozawa ... The CFO added"; "Head of IMDO Moshe Pelled ... the IMDO chief said"', () => {
    assert.deepEqual(officials('said Chief Financial Officer Hisato Kozawa. The CFO added that spending would stay disciplined.').map((s) => s.split(' (')[0]), [
      'Hisato Kozawa: Chief Financial Officer Hisato Kozawa | The CFO',
    ]);
    assert.deepEqual(officials('Head of IMDO Moshe Pelled spoke. "Fine," the IMDO chief said.').map((s) => s.split(' (')[0]), [
      'Moshe Pelled: Head of IMDO Moshe Pelled | the IMDO chief',
    ]);
  });
});

describe('officials and systems (set CB): "RAdm." with its period; a room\'s number', () => {
  it('"RAdm. Trinidad" after "Rear Admiral Roy Vincent Trinidad" is the titled surname', () => {
    assert.deepEqual(officials('Rear Admiral Roy Vincent Tremaine spoke. RAdm. Tremaine said more jets were sought.').map((s) => s.split(' (')[0]), [
      'Roy Vincent Tremaine: Rear Admiral Roy Vincent Tremaine | RAdm. Tremaine',
    ]);
  });

  it('"Room SH-216" is a place, not a system; "the F-16" still is one', () => {
    assert.deepEqual(entities('The meeting was held in Room SH-216 of the Hart building. The F-16 flew.', 'system'), ['F-16: F-16']);
  });
});

describe('agreements (set CA): "on" a day says when, not which', () => {
  it('"signed a contract to buy drones ... announced the agreement on Tuesday" is one agreement', () => {
    assert.deepEqual(agreementLinks('Riyadh has signed a contract to buy armed drones. The company\'s chief executive announced the agreement on Tuesday.'), ['a contract | the agreement']);
  });
});

describe('officials (set CA): a title\'s initials in the possessive', () => {
  it('"Chief of Naval Operations Adm. Lisa Franks ... The CNO\'s comments" is she, without the "\'s"', () => {
    assert.deepEqual(officials('Chief of Naval Operations Adm. Lisa Franks spoke on Tuesday. The CNO\'s comments come as the Navy waits.').map((s) => s.split(' (')[0]), [
      'Lisa Franks: Chief of Naval Operations Adm. Lisa Franks | The CNO',
    ]);
  });
});

describe('officials (set CB): a cabinet secretary as "the <nationality> minister"', () => {
  it('"Defence Secretary John Hale ... The British minister said" is he, when no British minister is named', () => {
    assert.deepEqual(officials('British Defence Secretary John Hale met Turkish Defence Minister Yasin Gul in Ankara. The British minister said London would help.').map((s) => s.split(' (')[0]), [
      'John Hale: British Defence Secretary John Hale | The British minister',
      'Yasin Gul: Turkish Defence Minister Yasin Gul',
    ]);
  });
});

describe('agreements (set CB): "the convention" refers back to a named convention', () => {
  it('"the Montreux Convention ... the 1936 convention ... the convention"; not "the party convention", never a convention of its own', () => {
    assert.deepEqual(agreementLinks('Greece will implement the Montreux Convention. Under the 1936 convention, warships are barred. The party convention met. A new convention was drafted. Under the convention, ships pass.'), [
      'Montreux Convention | the 1936 convention | the convention',
    ]);
    assert.deepEqual(agreementLinks('The party convention met. Under the convention, delegates vote.'), []);
  });
});

describe('systems (set CA): "Typhon Mid-Range Capability (MRC)"', () => {
  it('is one name, and its initials leave out the proper name before them; a designation is not left out', () => {
    assert.deepEqual(mentions('How does PrSM relate to the Typhon Mid-Range Capability (MRC)? The MRC deployed.', 'system'), [
      'PrSM → PrSM', 'Typhon Mid-Range Capability → Typhon', 'MRC → Typhon', 'MRC → Typhon',
    ]);
    assert.ok(!mentions('It includes 40 AN/APG-83 Active Electronically Scanned Array (AESA) radars.', 'system').some((m) => m.startsWith('AESA')));
  });
});
