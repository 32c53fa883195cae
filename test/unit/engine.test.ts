import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyze, createAnalyzer, type AnalysisResult, type Entity } from '../../src/engine';

const seedPath = resolve(__dirname, '../../../seeds/iran-russia-s300.txt');

function byType(r: AnalysisResult, type: string): Entity[] {
  return r.entities.filter((e) => e.type === type);
}
function texts(e: Entity | undefined): string[] {
  return e ? e.mentions.map((m) => m.text) : [];
}
function find(r: AnalysisResult, type: string, name: string): Entity | undefined {
  return r.entities.find((e) => e.type === type && e.name === name);
}
function mentionTexts(r: AnalysisResult, type: string): string[] {
  return byType(r, type).flatMap((e) => texts(e));
}

describe('engine: tokens, offsets and invariants', () => {
  it('keeps every mention equal to its slice of the text, with 1-based line and column', () => {
    const text = 'Intro line.\r\nRussian Defense Minister Sergey Shoigu met Iranian Defense Minister Hossein Dehqan.\r\nShoigu left.';
    const r = analyze(text);
    assert.ok(r.entities.length >= 2);
    for (const e of r.entities) for (const m of e.mentions) {
      assert.equal(m.text, text.slice(m.start, m.end));
      const before = text.slice(0, m.start);
      const line = before.split('\n').length;
      assert.equal(m.line, line);
      assert.equal(m.column, m.start - (before.lastIndexOf('\n') + 1) + 1);
    }
  });

  it('returns nothing for empty or whitespace-only text', () => {
    assert.deepEqual(analyze(''), { entities: [], relations: [] });
    assert.deepEqual(analyze('   \n\n  ').entities, []);
  });

  it('gives the same ids for the same input, unique within the document', () => {
    const text = readFileSync(seedPath, 'utf8');
    const a = analyze(text);
    const b = analyze(text);
    assert.deepEqual(a, b);
    const ids = a.entities.map((e) => e.id);
    assert.equal(new Set(ids).size, ids.length);
  });

  it('treats words that name Object.prototype members as plain words', () => {
    const text = 'The constructor signed the toString hasOwnProperty treaty. __proto__ valueOf the constructor system.';
    const r = analyze(text);
    for (const e of r.entities) for (const m of e.mentions) assert.equal(m.text, text.slice(m.start, m.end));
    assert.ok(r.entities.every((e) => typeof e.attributes['kind'] !== 'function'));
  });

  it('keeps no state between documents: an acronym defined in one is not carried into another', () => {
    const a = 'Parties to the Outer Space Treaty (XYZQ) met.';
    const b = 'The Outer Space Treaty bans weapons in orbit.';
    const fresh = createAnalyzer().analyze(b);
    const shared = createAnalyzer();
    shared.analyze(a);
    assert.deepEqual(shared.analyze(b), fresh);
  });

  it('reports only the requested types', () => {
    const text = readFileSync(seedPath, 'utf8');
    const r = createAnalyzer({ types: ['system'] }).analyze(text);
    assert.ok(r.entities.length > 0);
    assert.ok(r.entities.every((e) => e.type === 'system'));
  });
});

describe('engine: officials', () => {
  it('takes the longest title+name span and the country from the nationality', () => {
    const r = analyze('Russian Defense Minister Sergey Shoigu visited Iran on Wednesday.');
    const e = find(r, 'official', 'Sergey Shoigu');
    assert.ok(e, JSON.stringify(r.entities));
    assert.deepEqual(texts(e), ['Russian Defense Minister Sergey Shoigu']);
    assert.equal(e.attributes['title'], 'Defense Minister');
    assert.equal(e.attributes['country'], 'Russia');
  });

  it('handles ranks, office tails, initials and suffixes', () => {
    const text = 'RIA quoted Colonel General Leonid Ivashov as saying. Secretary of Defense Lloyd J. Austin III met Under Secretary of Defense for Acquisition and Sustainment Ellen M. Lord and Secretary Carlito Galvez, Jr. of the Department of National Defense.';
    const got = mentionTexts(analyze(text), 'official');
    assert.ok(got.includes('Colonel General Leonid Ivashov'), got.join(' | '));
    assert.ok(got.includes('Secretary of Defense Lloyd J. Austin III'), got.join(' | '));
    assert.ok(got.includes('Under Secretary of Defense for Acquisition and Sustainment Ellen M. Lord'), got.join(' | '));
    assert.ok(got.includes('Secretary Carlito Galvez, Jr.'), got.join(' | '));
  });

  it('links later surnames and title+surname to the same person, without the possessive', () => {
    const r = analyze('Indian Defense Minister Rajnath Singh arrived. Defense Minister Singh spoke. Later, Singh’s aides left.');
    const e = find(r, 'official', 'Rajnath Singh');
    assert.deepEqual(texts(e), ['Indian Defense Minister Rajnath Singh', 'Defense Minister Singh', 'Singh']);
  });

  it('reads upper-case transcript speaker labels without the colon', () => {
    const r = analyze('Under Secretary of Defense Ellen Lord opened.\n\nUNDER SECRETARY OF DEFENSE ELLEN LORD: Thank you.');
    const e = r.entities.find((x) => x.type === 'official' && /Lord/.test(x.name));
    assert.ok(e);
    assert.ok(texts(e).includes('UNDER SECRETARY OF DEFENSE ELLEN LORD'), texts(e).join(' | '));
  });

  it('resolves descriptive references to the right person', () => {
    const text = 'Iranian Defense Minister Hossein Dehqan and his Russian counterpart signed it. Russian Defense Minister Sergey Shoigu spoke. The Iranian defense chief agreed. The Russian official left.';
    const r = analyze(text);
    const shoigu = find(r, 'official', 'Sergey Shoigu');
    const dehqan = find(r, 'official', 'Hossein Dehqan');
    assert.ok(texts(shoigu).includes('his Russian counterpart'), texts(shoigu).join(' | '));
    assert.ok(texts(shoigu).includes('The Russian official'));
    assert.ok(texts(dehqan).includes('The Iranian defense chief'));
  });

  it('does not take the press secretary for "the secretary"', () => {
    const text = 'Pentagon Deputy Press Secretary Sabrina Singh said Secretary of Defense Lloyd J. Austin III called. The secretary also spoke, the deputy press secretary said.';
    const r = analyze(text);
    const austin = r.entities.find((e) => e.type === 'official' && /Austin/.test(e.name));
    const singh = r.entities.find((e) => e.type === 'official' && /Sabrina/.test(e.name));
    assert.ok(texts(austin).includes('The secretary'), texts(austin).join(' | '));
    assert.ok(texts(singh).includes('the deputy press secretary'), texts(singh).join(' | '));
  });

  it('marks group references once, naming their members', () => {
    const text = 'The Iranian and Russian defense chiefs met. Iranian Defense Minister Hossein Dehqan hosted Russian Defense Minister Sergey Shoigu.';
    const g = analyze(text).entities.find((e) => e.attributes['group'] === true);
    assert.ok(g);
    assert.deepEqual(texts(g), ['The Iranian and Russian defense chiefs']);
    assert.equal(g.name, 'Hossein Dehqan; Sergey Shoigu');
  });

  it('does not mark a capitalised word that is not a person, or a journalist byline', () => {
    const r = analyze('Moscow International Security Conference opened. By Jim Garamone, DOD News. The Middle East is volatile.');
    assert.deepEqual(byType(r, 'official'), []);
  });

  it('does not mark predicates, appositives or generic officials', () => {
    const text = 'Colonel General Leonid Ivashov spoke. Ivashov is the former head of the department. U.S. officials agreed.';
    const got = mentionTexts(analyze(text), 'official');
    assert.deepEqual(got, ['Colonel General Leonid Ivashov', 'Ivashov']);
  });
});

describe('engine: officials in varied styles', () => {
  it('marks the name after a generic role and gives it the nationality', () => {
    const r = analyze('Iranian Foreign Minister Hossein Amir-Abdollahian met his Russian counterpart Sergei Lavrov in Moscow.');
    const lavrov = find(r, 'official', 'Sergei Lavrov');
    assert.deepEqual(texts(lavrov), ['Sergei Lavrov']);
    assert.equal(lavrov?.attributes['country'], 'Russia');
    assert.ok(!mentionTexts(r, 'official').includes('his Russian counterpart'));
  });

  it('takes a role in a named organisation after a name as a cue, but not a private role', () => {
    const r = analyze('John Kirby, the National Security Council spokesman, said the talks continue. Kirby said more. Ahmed Hassan, 34, a shopkeeper, agreed. Mr. Smith, a local resident, left.');
    assert.deepEqual(mentionTexts(r, 'official'), ['John Kirby', 'Kirby']);
    assert.equal(find(r, 'official', 'John Kirby')?.attributes['title'], 'National Security Council spokesman');
  });

  it('reads a rank and a knight\u2019s "Sir" after an office and a comma', () => {
    const r = analyze('The Chief of the Defence Staff, Admiral Sir Tony Radakin, briefed MPs. Radakin said more. Armed Forces Minister James Heappey MP told the House.');
    assert.deepEqual(mentionTexts(r, 'official'), ['Admiral Sir Tony Radakin', 'Radakin', 'Armed Forces Minister James Heappey MP']);
    assert.equal(find(r, 'official', 'Tony Radakin')?.attributes['title'], 'Chief of the Defence Staff');
  });

  it('forms a counted group from people whose title fits before anyone else', () => {
    const g = analyze('Chinese President Xi Jinping and Russian President Vladimir Putin met. Kremlin spokesman Dmitry Peskov said the two presidents discussed Ukraine.').entities.find((e) => e.attributes['group'] === true);
    assert.equal(g?.name, 'Xi Jinping; Vladimir Putin');
  });

  it('reads two-word nationalities, "leader" as a title, and family names written first', () => {
    const r = analyze('North Korea fired a missile as leader Kim Jong Un watched. South Korean President Yoon Suk Yeol convened a meeting. Yoon called the launch a violation.');
    const yoon = find(r, 'official', 'Yoon Suk Yeol');
    assert.deepEqual(texts(yoon), ['South Korean President Yoon Suk Yeol', 'Yoon']);
    assert.equal(yoon?.attributes['country'], 'South Korea');
    assert.equal(yoon?.attributes['title'], 'President');
    assert.ok(mentionTexts(r, 'official').includes('leader Kim Jong Un'));
  });

  it('does not give "The official" to a named person when an unnamed official was introduced since', () => {
    const r = analyze('Turkish Defence Minister Hulusi Akar said no. A senior U.S. official, speaking on condition of anonymity, welcomed it. The official said talks would continue.');
    assert.deepEqual(mentionTexts(r, 'official'), ['Turkish Defence Minister Hulusi Akar']);
  });

  it('does not read companies named General ... as generals', () => {
    assert.deepEqual(mentionTexts(analyze('General Dynamics won. General Motors and General Electric also bid.'), 'official'), []);
  });

  it('takes two offices held by one person as one span', () => {
    const got = mentionTexts(analyze('Polish Deputy Prime Minister and Minister of National Defence Mariusz Blaszczak welcomed it.'), 'official');
    assert.deepEqual(got, ['Polish Deputy Prime Minister and Minister of National Defence Mariusz Blaszczak']);
  });

  it('marks a name given after its title and a comma, with the title as attribute', () => {
    const r = analyze('The Foreign Secretary, Boris Johnson, said the attack was wrong. The Foreign Secretary pressed Russia.');
    const e = find(r, 'official', 'Boris Johnson');
    assert.deepEqual(texts(e), ['Boris Johnson', 'The Foreign Secretary']);
    assert.equal(e?.attributes['title'], 'Foreign Secretary');
  });

  it('links a surname written without its Arabic article prefix', () => {
    const r = analyze('Fighters support President Bashar al-Assad. Assad is still in power.');
    assert.deepEqual(texts(find(r, 'official', 'Bashar al-Assad')), ['President Bashar al-Assad', 'Assad']);
  });

  it('ignores invisible format characters inside a title', () => {
    const got = mentionTexts(analyze('Carter met Iraqi Prime Minister\u200e Haider al-Abadi in Baghdad.'), 'official');
    assert.ok(got.includes('Iraqi Prime Minister\u200e Haider al-Abadi'), got.join(' | '));
  });

  it('resolves a possessive reference at the start of a sentence, not an institution after "of"', () => {
    const r = analyze('Secretary of Defense Lloyd J. Austin III spoke. The secretary\u2019s call was short. He is the head of the defense minister\u2019s office.');
    const austin = r.entities.find((e) => e.type === 'official' && /Austin/.test(e.name));
    assert.deepEqual(texts(austin), ['Secretary of Defense Lloyd J. Austin III', 'The secretary']);
  });

  it('uses a first name written first for later speech ("Wang said")', () => {
    const r = analyze('Chinese Foreign Minister Wang Yi met officials. Wang said the talks were candid.');
    assert.deepEqual(texts(find(r, 'official', 'Wang Yi')), ['Chinese Foreign Minister Wang Yi', 'Wang']);
  });

  it('does not read one acronym as an upper-case speaker label', () => {
    const e = find(analyze('NATO Secretary General Jens Stoltenberg said allies agree.'), 'official', 'Jens Stoltenberg');
    assert.equal(e?.attributes['title'], 'NATO Secretary General');
    assert.equal(e?.attributes['organization'], 'NATO');
  });
});

describe('engine: names and groups from a State Department readout', () => {
  const text = 'Office of the Spokesperson\n\nSaudi Foreign Minister Prince Faisal bin Farhan arrived. Secretary of State Antony J. Blinken met Saudi Foreign Minister Prince Faisal bin Farhan Al Saud. The two ministers reviewed Patriot and THAAD batteries.';
  const r = analyze(text);

  it('links a short and a long form of an Arabic name to one person', () => {
    const faisal = r.entities.filter((e) => e.type === 'official' && /Faisal/.test(e.name) && e.attributes['group'] !== true);
    assert.equal(faisal.length, 1, faisal.map((e) => e.name).join(' | '));
    assert.equal(faisal[0]?.name, 'Faisal bin Farhan Al Saud');
  });

  it('reads a counted group as the people just discussed, whatever their titles', () => {
    const g = r.entities.find((e) => e.attributes['group'] === true);
    assert.deepEqual(texts(g), ['The two ministers']);
    assert.match(g?.name ?? '', /Blinken/);
  });

  it('does not take an office for a person ("Office of the Spokesperson")', () => {
    assert.ok(!mentionTexts(r, 'official').includes('the Spokesperson'));
  });

  it('lets coordinated names share the system noun ("Patriot and THAAD batteries")', () => {
    assert.deepEqual(mentionTexts(r, 'system'), ['Patriot', 'THAAD']);
  });
});

describe('engine: a press briefing transcript', () => {
  const text = 'Pentagon Press Secretary Air Force Brig. Gen. Pat Ryder Holds a Press Briefing\n\nBRIG. GEN. PAT RYDER: Secretary of Defense Lloyd J. Austin III will travel to Brussels.\n\nQ: Did the Secretary raise it with his counterpart?\n\nGEN. RYDER: The Secretary spoke with Chinese Defense Minister Dong Jun in April.';
  const r = analyze(text);

  it('does not take a headline verb for part of a name', () => {
    assert.ok(find(r, 'official', 'Pat Ryder'));
    assert.ok(!mentionTexts(r, 'official').some((m) => /Holds/.test(m)));
  });

  it('resolves "his counterpart" to someone other than the person "his" refers to, and from another country', () => {
    assert.ok(texts(find(r, 'official', 'Dong Jun')).includes('his counterpart'), JSON.stringify(r.entities.map((e) => [e.name, texts(e)])));
  });
});

describe('engine: a readout with a headline reference and a reported signing', () => {
  const text = 'Austin Meets With Australian Counterpart\n\nSecretary of Defense Lloyd J. Austin III hosted Australian Minister for Defence Richard Marles. The secretary noted that the two countries signed the Force Posture Agreement in 2014.';
  const r = analyze(text);

  it('resolves a capitalised headline reference ("Australian Counterpart")', () => {
    assert.deepEqual(texts(find(r, 'official', 'Richard Marles')), ['Australian Counterpart', 'Australian Minister for Defence Richard Marles']);
  });

  it('does not take the speaker of a reporting clause for a signatory', () => {
    const a = byType(r, 'agreement')[0];
    assert.equal(a?.attributes['signatories'], undefined);
    assert.ok(!r.relations.some((x) => x.type === 'signatory'));
  });
});

describe('engine: systems', () => {
  it('normalises designations: S300, S-300 and Cyrillic С-300 are one system', () => {
    const r = analyze('Iran wants the S300. Russia delivered S-300 air defense missile systems. Media call it С-300.');
    const e = find(r, 'system', 'S-300');
    assert.ok(e, JSON.stringify(r.entities.map((x) => x.name)));
    assert.deepEqual(texts(e), ['S300', 'S-300', 'С-300']);
    assert.equal(e.attributes['kind'], 'air defense missile system');
    assert.ok(e.attributes['origin']);
  });

  it('keeps the proper name in the span and the generic descriptor out of it', () => {
    const got = mentionTexts(analyze('The Navy flies the MH-60R Seahawk. An 86th Airlift Wing C-130J Super Hercules landed. The F-35 program continues.'), 'system');
    assert.ok(got.includes('MH-60R Seahawk'), got.join(' | '));
    assert.ok(got.includes('C-130J Super Hercules'), got.join(' | '));
    assert.ok(got.includes('F-35'), got.join(' | '));
  });

  it('marks Patriot as a system only in military use', () => {
    assert.deepEqual(mentionTexts(analyze('The U.S. will deploy one Patriot Battery and two Patriot missile batteries.'), 'system'), ['Patriot', 'Patriot']);
    assert.deepEqual(mentionTexts(analyze('He was a Patriot fan. The Patriot Act passed.'), 'system'), []);
  });

  it('gives a spelled-out name and its acronym as two mentions of one system', () => {
    const r = analyze('One Terminal High Altitude Area Defense system (THAAD) will deploy.');
    const got = mentionTexts(r, 'system');
    assert.deepEqual(got, ['Terminal High Altitude Area Defense', 'THAAD']);
    assert.equal(byType(r, 'system').length, 1);
  });

  it('links "the missile systems" to the one system named before it, and not when two could be meant', () => {
    const one = analyze('Iran bought the S-300 air defense missile systems. Russia refused to deliver the missile systems.');
    assert.deepEqual(texts(find(one, 'system', 'S-300')), ['S-300', 'the missile systems']);
    const two = analyze('Iran bought the S-300 and the S-400. Russia refused to deliver the missile systems.');
    assert.ok(!mentionTexts(two, 'system').includes('the missile systems'));
  });

  it('finds ships by navy prefix, not as people', () => {
    const r = analyze('The destroyer USS Carney escorted HMS Queen Elizabeth and the USS Dwight D. Eisenhower.');
    assert.deepEqual(mentionTexts(r, 'system'), ['USS Carney', 'HMS Queen Elizabeth', 'USS Dwight D. Eisenhower']);
    assert.deepEqual(byType(r, 'official'), []);
  });

  it('tells systems with one name apart by the noun after it', () => {
    const r = analyze('The U.S. will deploy four Sentinel RADARs.');
    const e = byType(r, 'system')[0];
    assert.deepEqual(texts(e), ['Sentinel']);
    assert.equal(e?.attributes['category'], 'radar');
  });

  it('finds multi-word names with digits or a possessive even when one word of them is common', () => {
    const got = mentionTexts(analyze('Israel operates the Arrow 3, David\u2019s Sling and Iron Dome systems. An arrow hit the target.'), 'system');
    assert.deepEqual(got, ['Arrow 3', 'David\u2019s Sling', 'Iron Dome']);
  });

  it('names a variant as written, with its family\'s facts, and keeps digits in names', () => {
    const r = analyze('Poland ordered F-35A jets, Leopard 2 tanks and M1A2 Abrams tanks; Russia fired Iskander-M missiles.');
    const f35a = find(r, 'system', 'F-35A');
    assert.equal(f35a?.attributes['family'], 'F-35');
    assert.equal(f35a?.attributes['manufacturer'], 'Lockheed Martin');
    assert.equal(find(r, 'system', 'M1A2')?.attributes['family'], 'M1 Abrams');
    assert.ok(find(r, 'system', 'Leopard 2'));
    assert.ok(mentionTexts(r, 'system').includes('Iskander-M'));
  });

  it('finds an unknown designation only before a system noun', () => {
    assert.deepEqual(mentionTexts(analyze('They tested the XQ-58 drone.'), 'system'), ['XQ-58']);
    assert.deepEqual(mentionTexts(analyze('The STA-1 designation and COVID-19 rules.'), 'system'), []);
  });
});

describe('engine: agreements', () => {
  /** The agreements of a text: each entity's mention texts. */
  const entities = (text: string): string[][] => byType(analyze(text), 'agreement').map((e) => e.mentions.map((m) => m.text));

  it('links a memorandum, "the MOU" and "the military agreement", with parties and signatories', () => {
    const text = 'Iranian Defense Minister Hossein Dehqan and his Russian counterpart also signed a memorandum of understanding. Russian Defense Minister Sergey Shoigu visited. Terms of the MOU were set. The Russian official said the military agreement will help.';
    const r = analyze(text);
    const a = byType(r, 'agreement');
    assert.equal(a.length, 1, JSON.stringify(a));
    assert.deepEqual(texts(a[0]), ['a memorandum of understanding', 'the MOU', 'the military agreement']);
    assert.deepEqual([...(a[0]?.attributes['parties'] as string[])].sort(), ['Iran', 'Russia']);
    assert.ok(r.relations.some((x) => x.type === 'signatory' && x.target === a[0]?.id));
  });

  it('finds named treaties with their acronym and links "the Treaty"', () => {
    const text = 'Russia is in breach of the Intermediate-Range Nuclear Forces (INF) Treaty. The U.S. will withdraw from the INF Treaty under Article XV of the Treaty. Other Treaty Parties were told.';
    const r = analyze(text);
    const a = byType(r, 'agreement');
    assert.equal(a.length, 1, JSON.stringify(a.map((x) => texts(x))));
    assert.deepEqual(texts(a[0]), ['Intermediate-Range Nuclear Forces (INF) Treaty', 'INF Treaty', 'the Treaty']);
  });

  it('defines an acronym with ", or" and finds it as a modifier', () => {
    const text = 'We discussed the Enhanced Defense Cooperation Agreement, or EDCA, and the EDCA agreement sites and new EDCA locations.';
    const got = mentionTexts(analyze(text), 'agreement');
    assert.deepEqual(got, ['Enhanced Defense Cooperation Agreement', 'EDCA', 'EDCA agreement', 'EDCA']);
  });

  it('finds UN resolutions and quoted arrangement names', () => {
    const got = mentionTexts(analyze('Under UN Security Council Resolution 2231 and the nonbinding “security of supply” arrangement, trade grows.'), 'agreement');
    assert.deepEqual(got, ['UN Security Council Resolution 2231', '“security of supply” arrangement']);
  });

  it('reads amounts inside an agreement phrase and links the later reference', () => {
    const r = analyze('In 2018, Poland signed a $4.75 billion agreement to buy Patriot systems. Under the agreement, batteries arrived.');
    const a = byType(r, 'agreement');
    assert.equal(a.length, 1);
    assert.deepEqual(texts(a[0]), ['a $4.75 billion agreement', 'the agreement']);
  });

  it('keeps a resolution apart from the deal it endorsed, and links "the resolution" back to it', () => {
    const text = 'UN Security Council Resolution 2231, which endorsed the 2015 nuclear deal, restricts Iran. The resolution expired. Washington says Iran violated the accord. The resolution of the dispute is far off.';
    const r = analyze(text);
    const res = byType(r, 'agreement').find((e) => e.attributes['kind'] === 'resolution');
    // (The deal of 2015 on a nuclear subject is the JCPOA of the knowledge base: see knownByYearAndTopic.)
    const deal = byType(r, 'agreement').find((e) => e.name === 'Joint Comprehensive Plan of Action');
    assert.deepEqual(texts(res), ['UN Security Council Resolution 2231', 'The resolution']);
    assert.deepEqual(texts(deal), ['the 2015 nuclear deal', 'the accord']);
  });

  it('finds a letter of intent, but not an agreement still under discussion', () => {
    const got = mentionTexts(analyze('The United States and Germany signed a letter of intent on co-production of ammunition, and the two countries are discussing a broader agreement.'), 'agreement');
    assert.deepEqual(got, ['a letter of intent']);
  });

  it('reads known names ending in a lower-case head, hyphenated country pairs, and keeps another country\u2019s deal apart', () => {
    const r = analyze('They discussed the Minsk agreements and the U.S.-Japan Defense Guidelines. Japan and the Philippines signed a Reciprocal Access Agreement (RAA). Under the RAA, troops train. The Iran nuclear deal collapsed.');
    const got = byType(r, 'agreement').map((e) => texts(e));
    assert.deepEqual(got, [['Minsk agreements'], ['U.S.-Japan Defense Guidelines'], ['Reciprocal Access Agreement', 'RAA', 'RAA'], ['The Iran nuclear deal']]);
  });

  it('reads a country pair ending in an abbreviation or joined by an en dash, in either order as one agreement', () => {
    const r = analyze('Japan and the United States signed the Japan-U.S. Security Pact in 1960. The U.S.-Japan Security Pact and the Japan\u2013U.S. Security Pact remain in force.');
    const got = byType(r, 'agreement').map((e) => texts(e));
    assert.deepEqual(got, [['Japan-U.S. Security Pact', 'U.S.-Japan Security Pact', 'Japan\u2013U.S. Security Pact']]);
  });

  it('a kind of agreement many pairs sign is not one pair\'s record ("a General Security of Military Information Agreement")', () => {
    const r = analyze('The United States and the Philippines signed a General Security of Military Information Agreement (GSOMIA). Under the GSOMIA, both share intelligence.');
    const [a, ...rest] = byType(r, 'agreement');
    assert.equal(rest.length, 0);
    assert.deepEqual(texts(a!), ['General Security of Military Information Agreement', 'GSOMIA', 'GSOMIA']);
    assert.deepEqual(a!.attributes['parties'], ['United States', 'Philippines']);
  });

  it('a Letter of Offer and Acceptance (a foreign military sale\'s contract) and its "LOA" are one agreement', () => {
    const r = analyze('Taiwan signed a letter of offer and acceptance (LOA) for Abrams tanks. Under the LOA, deliveries begin in 2026.');
    // The acronym in parentheses is a mention too, as "a memorandum of understanding (MoU)"'s is
    // (the letters are the words' initials, so it is found as such since 30 Nov).
    assert.deepEqual(byType(r, 'agreement').map((e) => [texts(e), e.attributes['kind']]), [[['a letter of offer and acceptance', 'LOA', 'the LOA'], 'letter of offer and acceptance']]);
    assert.deepEqual(mentionTexts(analyze('They signed a letter of offer for talks.'), 'agreement'), []);
  });

  it('a capitalised determiner opening a sentence is no part of a name ("An MOU was signed")', () => {
    const r = analyze('An MOU was signed in May.');
    assert.deepEqual(byType(r, 'agreement').map((e) => e.mentions.map((m) => [m.text, m.nominal])), [[['An MOU', true]]]);
  });

  it('does not mark "agreement" used generically, legislation or adjectives', () => {
    const got = mentionTexts(analyze('There was broad agreement among experts. The agreement among analysts is wide. The countries hope to reach an agreement. The Arms Export Control Act applies to treaty allies.'), 'agreement');
    assert.deepEqual(got, []);
  });

  // "signed a Reciprocal Access Agreement on Monday" had the name "Reciprocal Access Agreement on
  // Monday"; "the Agreement on Defense Cooperation" was only the reference "the Agreement".
  it('a name ends before a day or month, and a name may open with its head ("Agreement on ...")', () => {
    const named = (text: string): Array<[string, boolean]> => byType(analyze(text), 'agreement').flatMap((e) => e.mentions.map((m): [string, boolean] => [m.text, m.nominal]));
    assert.deepEqual(named('Japan and the Philippines signed a Reciprocal Access Agreement on Monday.'), [['Reciprocal Access Agreement', false]]);
    assert.deepEqual(named('They signed the Agreement on Defense Cooperation in March 2023.'), [['Agreement on Defense Cooperation', false]]);
    assert.deepEqual(named('The Treaty of Tlatelolco set up a zone.'), [['Treaty of Tlatelolco', false]]);
    assert.deepEqual(named('They signed an Agreement on Monday.'), [['an Agreement', true]]);
    assert.deepEqual(named('They agreed a Memorandum of Understanding.'), [['a Memorandum of Understanding', true]]);
  });

  // "signed a Mutual Defense Treaty ... Under the MDT" left "MDT" unmarked: the text never wrote
  // "(MDT)" after the name.
  it('the initials of a name stand for it when the text defines no acronym', () => {
    const r = analyze('The United States and the Philippines signed a Mutual Defense Treaty in 1951. Under the MDT, both sides pledge support.');
    assert.deepEqual(byType(r, 'agreement').map((e) => e.mentions.map((m) => m.text)), [['Mutual Defense Treaty', 'MDT']]);
    // A defined acronym wins, and other capitals are not taken for initials.
    const d = analyze('They signed the Defense Cooperation Agreement (DECA). The DECA works. The DCA is an agency.');
    assert.deepEqual(byType(d, 'agreement').map((e) => e.mentions.map((m) => m.text)), [['Defense Cooperation Agreement', 'DECA', 'DECA']]);
  });

  it('a compact by name is an agreement ("Compact of Free Association"), the adjective is not', () => {
    const named = (text: string): string[] => byType(analyze(text), 'agreement').flatMap((e) => e.mentions.map((m) => m.text));
    assert.deepEqual(named('Under the Compact of Free Association, the U.S. provides aid.'), ['Compact of Free Association']);
    assert.deepEqual(named('It has a compact design. A Compact Disc was sold. The compact car was sold.'), []);
  });

  it('officials after "signed by" are the signatories of the agreement before the verb', () => {
    const signatories = (text: string): unknown[] => byType(analyze(text), 'agreement').map((e) => e.attributes['signatories']);
    assert.deepEqual(signatories('The accord, signed by Foreign Ministers Sergei Lavrov and Hossein Amir-Abdollahian, covers 20 years.'), [['Sergei Lavrov', 'Hossein Amir-Abdollahian']]);
    // The passive's agent ends at a comma that no name follows: a later "by" is another clause.
    assert.deepEqual(signatories('The deal, signed by the two countries in 2015, was praised by President Barack Obama.'), [undefined]);
    const r = analyze('The pact was signed by Commission President Ursula von der Leyen and President Volodymyr Zelensky.');
    assert.equal(r.relations.filter((x) => x.type === 'signatory').length, 2);
  });

  it('a country\'s possessive opens a descriptive agreement ("Iran\'s nuclear deal"), and its country must be a party to link back', () => {
    assert.deepEqual(entities('Trump withdrew from Iran\'s nuclear deal in 2018.'), [['Iran\'s nuclear deal']]);
    assert.deepEqual(entities('Turkey ratified Finland’s NATO accession protocol. The protocol had been held up.'), [['Finland’s NATO accession protocol', 'The protocol']]);
    assert.deepEqual(entities('Japan and the Philippines signed the Reciprocal Access Agreement. China\'s deal with Russia differs.'), [['Reciprocal Access Agreement'], ['China\'s deal']]);
    assert.deepEqual(entities('Russia\'s defense ministry said so.'), []);
  });

  it('an acronym before the head is a modifier ("the AUKUS agreement"), and links back only to an agreement it names', () => {
    assert.deepEqual(entities('Under the AUKUS agreement, Australia will buy submarines. The agreement runs for decades.'), [['the AUKUS agreement', 'The agreement']]);
    // Not the EDCA named before it; a defined acronym before the head is still that agreement.
    assert.deepEqual(entities('The US and the Philippines expanded the EDCA sites. They discussed the NATO deal. The EDCA deal matters.'), [['EDCA', 'EDCA deal'], ['the NATO deal']]);
    // A descriptive agreement has no acronym of its own to disagree with: the acronym must be
    // written in the sentence that introduced it.
    assert.deepEqual(entities('Pakistan reached a staff-level agreement with the IMF. The IMF deal unlocks $3 billion.'), [['a staff-level agreement', 'The IMF deal']]);
    assert.deepEqual(entities('Anduril signed a $1.7 billion contract with the Navy.\n\nUnder the AUKUS agreement, Australia will acquire submarines. The AUKUS pact runs for decades.'),
      [['a $1.7 billion contract'], ['the AUKUS agreement', 'The AUKUS pact']]);
    assert.deepEqual(entities('The Navy awarded a contract to Anduril Australia under AUKUS pillar two. The AUKUS contract covers ten vessels.'), [['a contract', 'The AUKUS contract']]);
  });

  it('two parties joined by a hyphen or dash modify the head, one of them an acronym or a dotted abbreviation ("the US-India agreement")', () => {
    for (const pair of ['US-India', 'U.S.-India', 'India-US', 'US–India', 'NATO-Russia', 'EU-Ukraine']) {
      assert.deepEqual(entities(`Officials said the ${pair} agreement was signed later.`), [[`the ${pair} agreement`]], pair);
    }
    // They are the agreement's parties, and a descriptive one keeps its name as written.
    const a = analyze('Officials said the U.S.-India agreement was signed later. They also discussed the Japan-U.S. Security Treaty.').entities.filter((e) => e.type === 'agreement');
    assert.deepEqual(a.map((e) => [e.name, e.attributes['parties']]), [['U.S.-India agreement', ['United States', 'India']], ['Japan-U.S. Security Treaty', ['Japan', 'United States']]]);
    // And they are countries a reference must agree with: not the contract named before.
    assert.deepEqual(entities('Anduril signed a $1.7 billion contract with the Navy. The US-India agreement was signed later. The agreement covers engines.'),
      [['a $1.7 billion contract'], ['The US-India agreement', 'The agreement']]);
  });

  it('UN citation style: "resolution 2729 (2024)" in lower case is a named resolution, and "that sanctions under resolution" no reference', () => {
    assert.deepEqual(entities('The Council adopted resolution 2729 (2024) by a vote of 13. The resolution extends the mandate.'), [['resolution 2729', 'The resolution']]);
    assert.deepEqual(entities('The Council adopted Resolution 2729. Mr. Nebenzia added that sanctions under resolution 2428 (2018) had failed.'),
      [['Resolution 2729'], ['resolution 2428']]);
    assert.deepEqual(entities('The board passed resolution 12 on budgets.'), []);
  });

  it('"the peace agreement" refers back to the agreement named before it, whose name need not say "peace"', () => {
    assert.deepEqual(entities('The Council welcomed the Revitalized Agreement on the Resolution of the Conflict. The Secretary-General urged the parties to implement the peace agreement.'),
      [['Revitalized Agreement on the Resolution of the Conflict', 'the peace agreement']]);
  });

  it('an acronym in parentheses inside or after a descriptive agreement is the agreement\'s', () => {
    assert.deepEqual(entities('The sides continued negotiations on the Reciprocal Defence Procurement (RDP) agreement. The RDP would open markets.'),
      [['the Reciprocal Defence Procurement (RDP) agreement', 'RDP']]);
    assert.deepEqual(byType(analyze('They negotiated the Reciprocal Defence Procurement (RDP) agreement.'), 'agreement')[0]?.name, 'Reciprocal Defence Procurement agreement');
    assert.deepEqual(entities('India signed a Memorandum of Understanding (MoU) with Japan. The MoU covers training.'),
      [['a Memorandum of Understanding', 'MoU', 'The MoU']]);
    assert.deepEqual(entities('He saw the (US) deal.'), []);
    // Four words of a name and the acronym: "the Global Combat Air Programme (GCAP) treaty".
    assert.deepEqual(entities('They signed the Global Combat Air Programme (GCAP) treaty in Tokyo. The GCAP treaty enters into force.'),
      [['the Global Combat Air Programme (GCAP) treaty', 'The GCAP treaty']]);
  });

  it('"a memorandum of cooperation" is one descriptive agreement, as "a memorandum of understanding" is', () => {
    assert.deepEqual(entities('The three ministers signed a memorandum of cooperation on the framework. The memorandum takes effect in June.'),
      [['a memorandum of cooperation', 'The memorandum']]);
  });

  it('"the protocol" refers back to a protocol only, not to the treaty named before it', () => {
    assert.deepEqual(entities('Rutte cited Article 5 of the Washington Treaty. Hungary signed the protocol in Budapest.'), [['Washington Treaty'], ['the protocol']]);
    assert.deepEqual(entities('Kyiv signed the Minsk Protocol in 2014. The protocol collapsed.'), [['Minsk Protocol', 'The protocol']]);
  });

  it('the initials of a hyphenated name stand for it ("Inter-Governmental Agreement" ... "The IGA")', () => {
    assert.deepEqual(entities('India and France concluded an Inter-Governmental Agreement for 26 jets. The IGA covers training.'), [['Inter-Governmental Agreement', 'IGA']]);
  });

  it('an indefinite description set off by a comma right after a named agreement is its appositive: no mention, nor a second agreement', () => {
    assert.deepEqual(entities('They signed the Enhanced Defense Cooperation Agreement, an agreement that allows rotations. Later, a new agreement was signed.'),
      [['Enhanced Defense Cooperation Agreement'], ['a new agreement']]);
    assert.deepEqual(entities('They signed the EDCA, a deal that lets troops rotate.'), [['EDCA']]);
  });

  it('a subject word before the head ("the grain deal") links back only to an agreement about that subject', () => {
    assert.deepEqual(entities('Peskov said the Minsk agreements were dead. Umerov, who negotiated the grain deal, spoke.'), [['Minsk agreements'], ['the grain deal']]);
    // The subject is in the agreement's name, or in its knowledge-base aliases ("Iran nuclear deal").
    assert.deepEqual(entities('Kyiv signed a 10-year security agreement with Britain. The security deal was praised.'), [['a 10-year security agreement', 'The security deal']]);
    assert.deepEqual(entities('Iran signed the JCPOA in 2015. The nuclear deal collapsed.'), [['JCPOA', 'The nuclear deal']]);
    // Words that describe most agreements here are no subject: "the defence pact" is the MOU.
    assert.deepEqual(entities('India and the US signed a memorandum of understanding. The defence pact was hailed.'), [['a memorandum of understanding', 'The defence pact']]);
    assert.deepEqual(entities('India and the US signed the Reciprocal Access Agreement. The defence pact was hailed.'), [['Reciprocal Access Agreement', 'The defence pact']]);
  });

  it('the initials of a descriptive agreement refer back to it as a descriptive mention ("an inter-governmental agreement ... The IGA")', () => {
    assert.deepEqual(entities('India signed an inter-governmental agreement with France. The IGA also covers training.'), [['an inter-governmental agreement', 'The IGA']]);
    assert.deepEqual(entities('Kabul signed a bilateral security agreement in 2014. The BSA allows troops to stay. Critics of the BSA protested.'),
      [['a bilateral security agreement', 'The BSA', 'the BSA']]);
    const iga = analyze('India signed an inter-governmental agreement with France. The IGA also covers training.').entities.find((e) => e.type === 'agreement');
    assert.deepEqual(iga?.mentions.map((m) => m.nominal), [true, true]);
    // Two letters would take too many other acronyms, and names are no common nouns.
    assert.deepEqual(entities('They signed a defence agreement. The DA said it was illegal.'), [['a defence agreement']]);
    assert.deepEqual(entities('Officials said the Iran-Russia agreement was signed. The IRA was disbanded.'), [['the Iran-Russia agreement']]);
  });

  it('an amount with its currency\'s code in one word, or a short scale ("a USD2.6 billion contract", "a GBP 1.2bn deal")', () => {
    assert.deepEqual(entities('Poland signed a USD2.6 billion executive contract with Hanwha. The deal covers 152 guns.'), [['a USD2.6 billion executive contract', 'The deal']]);
    assert.deepEqual(entities('Britain signed a GBP 1.2bn deal with BAE.'), [['a GBP 1.2bn deal']]);
    assert.deepEqual(entities('Poland signed a EUR300m contract with Rheinmetall.'), [['a EUR300m contract']]);
  });

  it('an amount written with thousands separators before the head: "a $15,000,000 firm-fixed-price contract"', () => {
    assert.deepEqual(entities('Raytheon Co. is awarded a $15,000,000 firm-fixed-price contract for missiles.'), [['a $15,000,000 firm-fixed-price contract']]);
    assert.deepEqual(entities('General Dynamics was awarded a $320,000,000 contract for the tank.'), [['a $320,000,000 contract']]);
  });

  it('a formal name ends with the country it is about: "the Revitalized Agreement on the Resolution of the Conflict in South Sudan"', () => {
    assert.deepEqual(entities('He signed the Revitalized Agreement on the Resolution of the Conflict in South Sudan.'), [['Revitalized Agreement on the Resolution of the Conflict in South Sudan']]);
    assert.deepEqual(entities('They signed the Agreement on Security Cooperation in Kyiv.'), [['Agreement on Security Cooperation']]);
  });

  it('a reference of a kind or subject that the latest agreement is not goes to the latest earlier one that fits', () => {
    const nato = 'Stoltenberg said the Accession Protocol would be deposited with the United States, the depositary of the North Atlantic Treaty. Hungary had not approved the protocol.';
    assert.deepEqual(entities(nato), [['Accession Protocol', 'the protocol'], ['North Atlantic Treaty']]);
    const grain = 'Russia pulled out of the Black Sea Grain Initiative. It came with a memorandum of understanding on fertilizer exports. Moscow would return to the grain deal.';
    assert.deepEqual(entities(grain), [['Black Sea Grain Initiative', 'the grain deal'], ['a memorandum of understanding']]);
  });

  it('a reference that says nothing of its own does not skip back: "the deal" is the latest agreement', () => {
    assert.deepEqual(entities('They signed the Minsk agreements. Later the North Atlantic Treaty was cited. The deal held.'), [['Minsk agreements'], ['North Atlantic Treaty', 'The deal']]);
  });

  it('a definite description after "is" or "was" is a predicate, not a mention', () => {
    assert.deepEqual(entities('Poland signed a deal worth $6 billion. "This is the largest defence export contract in our history," Kim said.'), [['a deal']]);
  });

  it('"the treaty" refers back to a convention: a convention is a treaty', () => {
    assert.deepEqual(entities('Syria joined the Chemical Weapons Convention in 2013. Russia says the treaty was violated.'), [['Chemical Weapons Convention', 'the treaty']]);
  });

  it('"the SOFA" in capitals is a status-of-forces agreement, like "the MOU"; "the sofa" is furniture', () => {
    assert.deepEqual(entities('Japan and the US signed a Status of Forces Agreement in 1960. The SOFA governs U.S. troops.'), [['Status of Forces Agreement', 'The SOFA']]);
    assert.deepEqual(entities('The sofa was comfortable. He sat on the Sofa.'), []);
  });

  it('"a good deal of work" and "a great deal more" are amounts, not agreements', () => {
    assert.deepEqual(entities('A good deal of work remains. A great deal more is needed. They signed a great arms deal.'), [['a great arms deal']]);
  });

  it('a descriptive name leaves the possessive out: "the AUKUS pact\'s second pillar" is the "AUKUS pact"', () => {
    assert.deepEqual(byType(analyze("The leaders discussed the AUKUS pact's second pillar."), 'agreement').map((e) => [e.name, texts(e)]), [['AUKUS pact', ['the AUKUS pact']]]);
  });
});

describe('engine: the seed article end to end', () => {
  const text = readFileSync(seedPath, 'utf8');
  const r = analyze(text);

  it('has one Sergey Shoigu with his descriptive references', () => {
    const e = r.entities.filter((x) => x.type === 'official' && x.name === 'Sergey Shoigu');
    assert.equal(e.length, 1);
    const got = texts(e[0]);
    for (const want of ['Russian Defense Minister Sergey Shoigu', 'Shoigu', 'his Russian counterpart', 'The Russian official', 'The Russian defense minister']) {
      assert.ok(got.includes(want), `missing ${want}: ${got.join(' | ')}`);
    }
    assert.equal(e[0]?.attributes['title'], 'Defense Minister');
    assert.equal(e[0]?.attributes['country'], 'Russia');
  });

  it('has Hossein Dehqan of Iran and Leonid Ivashov', () => {
    const d = find(r, 'official', 'Hossein Dehqan');
    assert.equal(d?.attributes['country'], 'Iran');
    assert.ok(texts(d).includes('Defense Minister Dehqan'));
    assert.ok(find(r, 'official', 'Leonid Ivashov'));
  });

  it('has S-300 with S300 and the missile systems, and S-400', () => {
    const s = find(r, 'system', 'S-300');
    assert.ok(texts(s).includes('S300'));
    assert.ok(texts(s).includes('the missile systems'));
    assert.ok(find(r, 'system', 'S-400'));
  });

  it('has one agreement with the MOU and the military agreement, parties Iran and Russia', () => {
    const a = byType(r, 'agreement');
    assert.equal(a.length, 1);
    assert.equal(a[0]?.attributes['kind'], 'memorandum');
    assert.equal(a[0]?.name, 'Iran–Russia memorandum of understanding');
    assert.ok(texts(a[0]).includes('the MOU'));
    assert.ok(texts(a[0]).includes('the military agreement'));
    assert.deepEqual([...(a[0]?.attributes['parties'] as string[])].sort(), ['Iran', 'Russia']);
  });
});
