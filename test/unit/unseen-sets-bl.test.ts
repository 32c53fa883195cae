// Rules drawn from the article sets of the tenth session (BL, BM, BN). Each sentence here is
// written for the test; none is taken from an article.
import * as assert from 'node:assert/strict';
import { agreementLinks, entities, officials } from './support/readouts';
import { analyze } from '../../src/engine/analyze';

/** The members of each group mention, "mention => member; member". */
const groups = (text: string): string[] => analyze(text).entities.filter((e) => e.type === 'official' && e.attributes['group'] === true)
  .map((e) => `${e.mentions.map((m) => m.text).join(' | ')} => ${e.name}`);

describe('officials: a title word that is a family name ("Angus King", "Hun Sen")', () => {
  it('ends the name it closes, and later stands alone or after a title for that person', () => {
    assert.deepEqual(officials('Senator Angus King asked a question. Later King said no. Senator King agreed.\nSENATOR KING: Thank you.'), [
      'Angus King: Senator Angus King | King | Senator King | SENATOR KING',
    ]);
    assert.deepEqual(officials('Senate President Samdech Techo Hun Sen met the delegation. Hun Sen said the visit mattered.'), [
      'Samdech Techo Hun Sen: Senate President Samdech Techo Hun Sen | Hun Sen',
    ]);
    assert.deepEqual(officials('Former Foreign Minister Julie Bishop spoke.'), ['Julie Bishop: Former Foreign Minister Julie Bishop']);
  });

  it('after a legislator\'s title or a form of address it is a family name, in a transcript\'s labels too', () => {
    assert.deepEqual(officials('CHAIRMAN WICKER: Senator King.\n\nSENATOR KING: Thank you, Mr. Chairman.\n\nADMIRAL PAPARO: Senator King, it would have been devastating.').map((s) => s.split(' (')[0]), [
      'Wicker: CHAIRMAN WICKER | Mr. Chairman',
      'King: Senator King | SENATOR KING | Senator King',
      'Paparo: ADMIRAL PAPARO',
    ]);
  });

  it('stays a title before a name, with the period of "Sen.", and alone or after "the" when nobody has that surname', () => {
    assert.deepEqual(officials('Sen. Jack Reed agreed. Jordan\'s King Abdullah II met him. The King left.').map((s) => s.split(':')[0]), ['Jack Reed', 'Abdullah II']);
    assert.deepEqual(officials('The King said nothing. King Charles spoke.').map((s) => s.split(':')[0]), ['Charles']);
    assert.deepEqual(officials('Senator King spoke. The King said nothing.'), ['King: Senator King']);
  });
});

describe('officials: a cabinet secretary is one of "the two ministers"', () => {
  it('"Defence Secretary John Healey met Turkish Defence Minister Yasar Guler" ... "The two ministers" are those two', () => {
    assert.deepEqual(groups('Defence Secretary John Healey met Turkish Defence Minister Yasar Guler in Ankara. BAE Systems chief executive Charles Woodburn and President Tayyip Erdogan also attended. The two ministers will meet again in Brussels.'), [
      'The two ministers => John Healey; Yasar Guler',
    ]);
  });

  it('two ministers named last still come before a secretary named earlier', () => {
    assert.deepEqual(groups('Secretary of State Jane Carver arrived. Defence Minister Tomas Arlen met Foreign Minister Ravi Prakash. The two ministers signed.'), [
      'The two ministers => Tomas Arlen; Ravi Prakash',
    ]);
  });
});

describe('officials: an office after a name that a rank introduced, with a country\'s possessive', () => {
  it('"Lieutenant General Mykola Oleshchuk, commander of Ukraine\'s Air Force," holds that office, and "The commander" is he', () => {
    const r = analyze('Lieutenant General Mykola Oleshchuk, commander of Ukraine\'s Air Force, praised the pilots. The commander called for more jets.');
    const o = r.entities.find((e) => e.type === 'official');
    assert.deepEqual([o?.attributes['title'], o?.attributes['country'], o?.mentions.map((m) => m.text)], [
      'commander of Ukraine\'s Air Force', 'Ukraine', ['Lieutenant General Mykola Oleshchuk', 'The commander'],
    ]);
  });
});

describe('officials: "his Ukrainian counterpart" holds the owner\'s portfolio', () => {
  it('the minister of no stated country, not an officer named since with that country', () => {
    const text = 'Defense Minister Rustem Umerov thanked the Dutch. Lieutenant General Anatolii Kryvonozhko, commander of Ukraine\'s Air Force, spoke next. '
      + 'Dutch Defense Minister Ruben Brekelmans called his Ukrainian counterpart on Thursday.';
    assert.deepEqual(analyze(text).entities.filter((e) => e.type === 'official').map((e) => `${e.name}: ${e.mentions.map((m) => m.text).join(' | ')}`), [
      'Rustem Umerov: Defense Minister Rustem Umerov | his Ukrainian counterpart',
      'Anatolii Kryvonozhko: Lieutenant General Anatolii Kryvonozhko',
      'Ruben Brekelmans: Dutch Defense Minister Ruben Brekelmans',
    ]);
  });
});

describe('officials: "The" with its capital inside a sentence opens a name', () => {
  it('"told The Diplomat" is a publication, not the ambassador named next', () => {
    assert.deepEqual(officials('The navy said it told The Diplomat that crews were ready. Chinese Ambassador Han Zhiqiang agreed.'), [
      'Han Zhiqiang: Chinese Ambassador Han Zhiqiang',
    ]);
  });

  it('at a sentence\'s start it is still a reference', () => {
    assert.deepEqual(officials('Chinese Ambassador Han Zhiqiang arrived. The Ambassador said crews were ready.'), [
      'Han Zhiqiang: Chinese Ambassador Han Zhiqiang | The Ambassador',
    ]);
  });
});

describe('officials: a possessive reference after "was" is no predicate', () => {
  it('"It was the German minister\'s fourth trip" refers to the minister; "Pistorius is the German minister" does not', () => {
    assert.deepEqual(officials('German Defense Minister Boris Pistorius arrived in Kyiv. It was the German minister\'s fourth trip.'), [
      'Boris Pistorius: German Defense Minister Boris Pistorius | the German minister',
    ]);
    assert.deepEqual(officials('German Defense Minister Boris Pistorius arrived in Kyiv. Pistorius is the German minister in charge.'), [
      'Boris Pistorius: German Defense Minister Boris Pistorius | Pistorius',
    ]);
  });
});

describe('countries, officials and systems: words that name something else (sets BO, BP)', () => {

  it('"Island" is no Iceland (a native name world-countries lists), nor "Mann" the Isle of Man', () => {
    assert.deepEqual(entities('Ships shadowed vessels near Batan Island. Iceland and the Isle of Man sent notes. Thomas Mann wrote.', 'country'), [
      'Iceland: Iceland', 'Isle of Man: Isle of Man',
    ]);
  });

  it('a word in capitals after a rank is an acronym, unless someone has it as a surname', () => {
    assert.deepEqual(officials('Major FMS cases include the F-16 sale.'), []);
    assert.deepEqual(officials('Defense Minister KIHARA Minoru arrived. Minister KIHARA spoke.'), ['Kihara Minoru: Defense Minister KIHARA Minoru | Minister KIHARA']);
  });

  it('an ambiguous system name after a country\'s "-made" counts: "the US-made Patriot"', () => {
    assert.deepEqual(entities('Germany bought the US-made Patriot. Poland bought the American-made Javelin.', 'system'), ['Patriot: Patriot', 'Javelin: Javelin']);
    assert.deepEqual(entities('He was a US-made patriot, they said. A Patriot fan cheered.', 'system'), []);
  });
});

describe('systems: a bare head repeated from the sentence before', () => {
  it('refers again to the system it referred to, while no other system is named', () => {
    assert.deepEqual(entities('North Korea test-fired the Hwasong-19 on Thursday. The missile flew far. Japan said the missile had landed outside its zone. Analysts said the missile was new.', 'system'), [
      'Hwasong-19: Hwasong-19 | The missile | the missile | the missile',
    ]);
  });

  it('not after another system is named (the one just named is meant), nor two sentences on', () => {
    assert.deepEqual(entities('North Korea test-fired the Hwasong-19 on Thursday. The missile flew far. It is larger than the Hwasong-18. Japan said the missile had landed.', 'system'), [
      'Hwasong-19: Hwasong-19 | The missile', 'Hwasong-18: Hwasong-18 | the missile',
    ]);
    assert.deepEqual(entities('North Korea test-fired the Hwasong-19 on Thursday. The missile flew far. Officials met. Analysts met. Japan said the missile had landed.', 'system'), [
      'Hwasong-19: Hwasong-19 | The missile',
    ]);
  });
});

describe('agreements: "the deal" after a sale and a named framework between governments', () => {
  it('is the sale or the contract named among the last few', () => {
    assert.deepEqual(agreementLinks('Saudi Arabia and the US signed a defense sales agreement on Tuesday. The leaders also signed a Strategic Economic Partnership Agreement. Prince Khalid said the deal reflects the partnership.'), [
      'a defense sales agreement | the deal', 'Strategic Economic Partnership Agreement',
    ]);
    assert.deepEqual(agreementLinks('Japan will sign a contract for the frigates early next year. The two sides also began talks on updating their Information Security Agreement. Experts say the deal marks a turning point.'), [
      'a contract | the deal', 'Information Security Agreement',
    ]);
  });

  it('not after an agreement on money, which is a deal too', () => {
    assert.deepEqual(agreementLinks('Seoul signed a deal for 20 more F-35A jets. The allies also renewed the Special Measures Agreement on cost sharing. Officials said the deal raises Seoul\'s share.'), [
      'a deal', 'Special Measures Agreement | the deal',
    ]);
  });
});

describe('officials: "the leader" of a text whose leader is titled "Leader"', () => {
  it('"Leader Kim Jong Un ... accompanied the leader" is Kim, not the minister named since', () => {
    assert.deepEqual(officials('Leader Kim Jong Un observed the launch. Defence Minister No Kwang Chol accompanied the leader.'), [
      'Kim Jong Un: Leader Kim Jong Un | the leader',
      'No Kwang Chol: Defence Minister No Kwang Chol',
    ]);
  });
});

describe('officials: "the head of the Ministry of National Defence"', () => {
  it('is the minister of that portfolio, with the ministry named in full', () => {
    assert.deepEqual(officials('Minister of National Defence Wladyslaw Kosiniak-Kamysz signed the deal. The head of the Ministry of National Defence said deliveries would begin in 2026.'), [
      'Wladyslaw Kosiniak-Kamysz: Minister of National Defence Wladyslaw Kosiniak-Kamysz | The head of the Ministry of National Defence',
    ]);
    assert.deepEqual(officials('Defence Minister Jan Novak signed the deal. The head of the Ministry of Health left.'), ['Jan Novak: Defence Minister Jan Novak']);
  });
});

describe('officials: "his French counterpart" in a text datelined in the owner\'s country', () => {
  it('is no compatriot of the owner whose country the text leaves unstated', () => {
    const text = 'NEW DELHI: The IGA was signed by defence secretary Rajesh Kumar Singh and French ambassador Thierry Mathou, while defence minister Rajnath Singh and his French counterpart were briefed.';
    assert.ok(!officials(text).some((o) => o.startsWith('Rajesh Kumar Singh:') && o.includes('counterpart')), officials(text).join(' / '));
  });
});

describe('sets BR, BT: a maker\'s possessive, an attribution after a company, a surname as modifier', () => {
  it('"Dassault\'s Rafale" is Rafale, the maker left out as in "Dassault Rafale"', () => {
    const r = analyze('India ordered Dassault\'s Rafale fighters.');
    assert.deepEqual(r.entities.filter((e) => e.type === 'system').map((e) => e.mentions.map((m) => m.text)), [['Rafale']]);
  });

  it('"built by Abu Dhabi Ship Building, the spokesman said" names no official; "Ahmed Hassan, the spokesman, said" does', () => {
    assert.deepEqual(officials('The vessels will be built by Abu Dhabi Ship Building, the spokesman said.'), []);
    assert.deepEqual(officials('Ahmed Hassan, the spokesman, said the vessels were ready.'), ['Ahmed Hassan: Ahmed Hassan']);
  });

  it('a surname between "the" and "regime" or "administration" is no mention', () => {
    assert.deepEqual(officials('Defense Minister Kim Myung-soo spoke. Analysts predicted the end of the Kim regime.'), ['Kim Myung-soo: Defense Minister Kim Myung-soo']);
    assert.deepEqual(officials('President Joe Biden left office. The Biden administration had approved the sale. Biden said so.'), ['Joe Biden: President Joe Biden | Biden']);
  });
});

describe('officials: "Ambassador of France to India"', () => {
  it('an envoy of one country to another is one title before the name', () => {
    const r = analyze('The IGA was signed by Ambassador of France to India Thierry Mathou on Monday.');
    assert.deepEqual(r.entities.filter((e) => e.type === 'official').map((e) => [e.mentions[0]?.text, e.attributes['title'], e.attributes['country']]), [
      ['Ambassador of France to India Thierry Mathou', 'Ambassador of France to India', 'France'],
    ]);
  });
});

describe('officials: "Prince Khalid" after two men named Khalid', () => {
  it('is the one named by descent ("Khalid bin Salman"), not the one with a family name ("Khalid Al-Bayari")', () => {
    assert.deepEqual(officials('Assistant Minister of Defense Dr. Khalid Al-Bayari signed. Saudi Minister of Defense Prince Khalid bin Salman said it mattered. Prince Khalid met Shin.'), [
      'Khalid Al-Bayari: Assistant Minister of Defense Dr. Khalid Al-Bayari',
      'Khalid bin Salman: Saudi Minister of Defense Prince Khalid bin Salman | Prince Khalid',
    ]);
  });
});

describe('officials (set BW): a titled person the public figures base knows, and the air forces\' rank abbreviations', () => {
  it('"Defence Minister Ng Eng Hen" is of Singapore, so "The Singapore minister" is he; his offices are the knowledge base\'s', () => {
    const r = analyze('Defence Minister Ng Eng Hen spoke to reporters. The Singapore minister added that talks would continue.');
    const ng = r.entities.find((e) => e.type === 'official');
    assert.deepEqual([ng?.mentions.map((m) => m.text), ng?.attributes['title'], ng?.attributes['country'], typeof ng?.attributes['offices']], [
      ['Defence Minister Ng Eng Hen', 'The Singapore minister'], 'Defence Minister', 'Singapore', 'string',
    ]);
  });

  it('"AVM Gabkwet" after "Air Vice Marshal Edward Gabkwet" is he', () => {
    assert.deepEqual(officials('NAF spokesperson Air Vice Marshal Edward Gabkwet attended. AVM Gabkwet said more jets would follow.'), [
      'Edward Gabkwet: NAF spokesperson Air Vice Marshal Edward Gabkwet | AVM Gabkwet',
    ]);
  });
});

describe('agreements (sets BU, BW): formal titles that go on past "concerning", "within" and "in" a region', () => {
  it('keeps the whole title', () => {
    assert.deepEqual(agreementLinks('Under the 2016 Agreement concerning the Transfer of Defense Equipment and Technology, Japan may export.'), ['Agreement concerning the Transfer of Defense Equipment and Technology']);
    assert.deepEqual(agreementLinks('Russia signed the Treaty on Security Guarantees within the Union State.'), ['Treaty on Security Guarantees within the Union State']);
    assert.deepEqual(agreementLinks('ASEAN cited the Treaty of Amity and Cooperation in Southeast Asia.'), ['Treaty of Amity and Cooperation in Southeast Asia']);
  });

  it('not a place of signing after "in"', () => {
    assert.deepEqual(agreementLinks('They recalled the Treaty on Open Skies in Vienna.'), ['Treaty on Open Skies']);
  });

  it('the Code for Unplanned Encounters at Sea and its initials are one agreement', () => {
    assert.deepEqual(agreementLinks('Navies adopted the Code for Unplanned Encounters at Sea (CUES) in 2014.'), ['Code for Unplanned Encounters at Sea | CUES']);
  });
});

describe('systems (set BV): a fiscal year is no model name', () => {
  it('"Fiscal 2024 missile procurement" names no system', () => {
    assert.deepEqual(entities('Fiscal 2024 missile procurement funds were obligated at the time of award.', 'system'), []);
  });
});

describe('agreements (set BS): a treaty cited in passing stays in the background', () => {
  it('one named in a relative clause right after the treaty just named', () => {
    assert.deepEqual(agreementLinks('Starmer and Merz signed the Kensington Treaty, which complements the North Atlantic Treaty. Rutte welcomed the agreement, and the treaty will be reviewed every year.'), [
      'Kensington Treaty | the agreement | the treaty', 'North Atlantic Treaty',
    ]);
  });

  it('one cited by an article of it', () => {
    assert.deepEqual(agreementLinks('The Kensington Treaty was signed on Thursday. It complements Article 5 of the North Atlantic Treaty. "This treaty is a testament to our ties," he said.'), [
      'Kensington Treaty | This treaty', 'North Atlantic Treaty',
    ]);
  });

  it('not one in the main clause after a relative clause about the first', () => {
    assert.deepEqual(agreementLinks('The trilateral Agreement for Cooperation Related to Naval Nuclear Propulsion, which entered into force in January, allows transfers under the Nuclear Non-Proliferation Treaty. The treaty bars weapons.'), [
      'Agreement for Cooperation Related to Naval Nuclear Propulsion', 'Nuclear Non-Proliferation Treaty | The treaty',
    ]);
  });
});
