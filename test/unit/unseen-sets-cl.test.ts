// Rules drawn from the article sets of the thirteenth session (CL, CM, CN). Each sentence here is
// written for the test; none is taken from an article, and the people are invented.
import * as assert from 'node:assert/strict';
import { entities, officials, titles } from './support/readouts';

describe('officials (set CN): a ship or navy base named after a person', () => {
  it('"BNS Sheikh Amina" holds no mention of the prime minister it is named after, however many words its name has', () => {
    assert.deepEqual(officials('The submarines are based at BNS Sheikh Amina near Chattogram. Prime Minister Sheikh Amina visited the base. Amina said the base would grow.'), [
      'Amina: Prime Minister Sheikh Amina | Amina',
    ]);
  });

  it('the same name without the prefix is still the prime minister', () => {
    assert.deepEqual(officials('Prime Minister Tarek Rahim opened the base. Rahim said it would grow.'), [
      'Tarek Rahim: Prime Minister Tarek Rahim | Rahim',
    ]);
  });

  it('other navies\' prefixes: Sri Lanka\'s "SLNS" and Nigeria\'s "NNS" name ships, not people', () => {
    assert.deepEqual(entities('SLNS Vijaya Kumara and NNS Admiral Okon sailed together.', 'system').map((s) => s.split(':')[0]), ['SLNS Vijaya Kumara', 'NNS Admiral Okon']);
    assert.deepEqual(officials('SLNS Vijaya Kumara and NNS Admiral Okon sailed together.'), []);
  });
});

describe('officials (sets CL, CM, CN): offices of negotiators, design bureaus and staffs', () => {
  it('"chief negotiator" is a title before a name', () => {
    assert.deepEqual(titles('The rebels\' chief negotiator Omar Haddadin said the truce would hold.'), ['Omar Haddadin (chief negotiator)']);
  });

  it('"Chief Designer" and "General Designer" head a design bureau; the name is the person\'s alone', () => {
    assert.deepEqual(titles('Chief Designer Pavel Grinev built the missile. General Designer Oleg Lavrenko approved it.'), [
      'Pavel Grinev (Chief Designer)',
      'Oleg Lavrenko (General Designer)',
    ]);
  });

  it('a designer is no office on its own ("the designer")', () => {
    assert.deepEqual(titles('Fashion designer Ilse Marten showed a coat.'), []);
  });

  it('"Principal Staff Officer" before a rank and a name is one title phrase', () => {
    assert.deepEqual(officials('The message was read by Principal Staff Officer Lieutenant General Rafiq Hasan Molla.'), [
      'Rafiq Hasan Molla: Principal Staff Officer Lieutenant General Rafiq Hasan Molla',
    ]);
  });

  it('"a staff officer" is no title', () => {
    assert.deepEqual(officials('A staff officer Tomas Brenn said nothing.'), []);
  });
});

describe('officials (set CM): a counted group of ministers with a cabinet secretary among them', () => {
  it('"The three ministers" are the last three named, the British Foreign Secretary included', () => {
    const group = officials('Egyptian Foreign Minister Samir Fahmy hosted the talks. French Foreign Minister Luc Berthier, German Foreign Minister Jonas Kehl and British Foreign Secretary Alan Pryce wrote to the council. The three ministers said the deal was breached.').at(-1);
    assert.equal(group, 'Luc Berthier; Jonas Kehl; Alan Pryce: The three ministers');
  });

  it('"Both ministers" of a visit stay the two ministers, not the secretary named after them', () => {
    const group = officials('Defence Minister Arjun Mehra met French Armed Forces Minister Claire Dubois in Delhi. Defence Secretary Ravi Tandon briefed them. Both ministers signed the roadmap.').at(-1);
    assert.equal(group, 'Arjun Mehra; Claire Dubois: Both ministers');
  });
});

describe('officials (set CM): a body\'s initials in a reference, its name spelled out in the title', () => {
  it('"The IAEA chief" is the "International Atomic Energy Agency Director General"', () => {
    assert.deepEqual(officials('International Atomic Energy Agency Director General Rafael Moreno met reporters. The IAEA chief said inspectors would return.'), [
      'Rafael Moreno: International Atomic Energy Agency Director General Rafael Moreno | The IAEA chief',
    ]);
  });

  it('a word in lower case is asked as written, not as initials ("the army chief" is no "Air Marshal ... Yadav")', () => {
    assert.deepEqual(officials('Air Marshal Ravi Mohan Yadav met reporters. The army chief said nothing.'), [
      'Ravi Mohan Yadav: Air Marshal Ravi Mohan Yadav',
    ]);
  });
});

describe('officials (set CN): a counted group after the countries\' possessive', () => {
  it('"the two countries\' defence chiefs" are the two ministers just named', () => {
    assert.equal(officials('Armenian Defence Minister Aram Vartanov met Azerbaijani Defence Minister Elchin Mamedli on Monday, the first talks between the two countries\' defence chiefs since 2020.').at(-1),
      'Aram Vartanov; Elchin Mamedli: the two countries\' defence chiefs');
  });

  it('"the three countries\' leaders" are none of a president, his minister and a visiting secretary', () => {
    assert.deepEqual(officials('President Kim Dae-ho spoke. Defense Minister Park Min-su called U.S. Defense Secretary Alan Crane. They welcomed the system, as agreed by the three countries\' leaders in August.').filter((o) => o.includes('leaders')), []);
  });
});

describe('officials (set CN): a patronymic chain cut short is the same person', () => {
  it('"Prince Nasser bin Fahad" after "Prince Nasser bin Fahad bin Saud" is him', () => {
    assert.deepEqual(officials('His Royal Highness Prince Nasser bin Fahad bin Saud, Minister of the Interior, received the delegation. Later, Prince Nasser bin Fahad witnessed the signing.'), [
      'Nasser bin Fahad bin Saud: His Royal Highness Prince Nasser bin Fahad bin Saud | Prince Nasser bin Fahad',
    ]);
  });

  it('a brother of another given name stays another person', () => {
    assert.equal(officials('Prince Nasser bin Fahad bin Saud received the delegation. Prince Turki bin Fahad was there too.').length, 2);
  });
});

describe('officials (set CM): an office ending in "General" set off after a ranked name', () => {
  it('"General X, Inspector General of the Armed Forces," holds that office, and "the Inspector General" is him', () => {
    assert.deepEqual(officials('General Omar Benali, Inspector General of the Armed Forces, chaired the ceremony. Later the Inspector General praised the pilots.'), [
      'Omar Benali: General Omar Benali | the Inspector General',
    ]);
  });

  it('a rank set off after a ranked name is still no office ("a lieutenant general")', () => {
    assert.deepEqual(titles('Gen. Omar Benali, a lieutenant general, spoke.'), ['Omar Benali (Gen.)']);
  });
});

describe('officials (sets CO, CQ): comptrollers, armaments directors and panels', () => {
  it('"Comptroller" is a title, and "The comptroller" refers back to its holder', () => {
    assert.deepEqual(officials('Comptroller Dana Whitcombe told senators costs would fall. The comptroller said savings were real.'), [
      'Dana Whitcombe: Comptroller Dana Whitcombe | The comptroller',
    ]);
  });

  it('"National Armaments Director" is one title phrase', () => {
    assert.deepEqual(titles('National Armaments Director Urs Lehner signed the contract.'), ['Urs Lehner (National Armaments Director)']);
  });

  it('a panel is no name: "coordinator of the U.N. Panel of Experts" is the appositive of the name before it', () => {
    assert.deepEqual(officials('Lucy Marwick, coordinator of the U.N. Panel of Experts on Yemen, briefed the council.'), ['Lucy Marwick: Lucy Marwick']);
  });
});

describe('officials (set CP): a public figure whose given name is a country\'s', () => {
  it('"Israel Katz" with no title is the public figures base\'s defence minister, and "Katz" is him', () => {
    assert.deepEqual(officials('His successor, Israel Katz, has taken a different tone. Katz said the war would go on.'), [
      'Israel Katz: Israel Katz | Katz',
    ]);
  });

  it('the country alone stays a country', () => {
    assert.deepEqual(officials('Israel said the talks would resume. Katz Industries makes boats.'), []);
  });
});

describe('officials (set CO): the government\'s own head, spoken of before he is named', () => {
  it('"the President" in a Manila story is the Philippine president the story names next', () => {
    assert.deepEqual(officials('MANILA, Philippines — Officials said the President had been briefed. Philippine President Ramon Dizon will travel to Tokyo next week. The President has vowed to defend the shoal.'), [
      'Ramon Dizon: the President | Philippine President Ramon Dizon | The President',
    ]);
  });

  it('another country\'s president named next stays apart from the dateline\'s own', () => {
    const found = officials('WASHINGTON — The President will meet President Kim Jae-sun of South Korea on Friday. The President said the talks would be useful.');
    assert.ok(!found.some((o) => o.startsWith('Kim Jae-sun') && o.includes('The President will')), found.join(' / '));
  });
});

describe('officials (set CO): "All three ministers"', () => {
  it('is the counted group, as "the three ministers" is', () => {
    assert.equal(officials('U.S. Defense Secretary Peter Hale, Japanese Defense Minister Ken Naka and Philippine Defense Secretary Gil Teo signed the statement. All three ministers will meet again next year.').at(-1),
      'Peter Hale; Ken Naka; Gil Teo: All three ministers');
  });

  it('"All ministers" without a count is no group of the people named', () => {
    assert.ok(!officials('Defense Minister Ken Naka met Defense Secretary Gil Teo. All ministers agreed.').some((o) => o.includes('All ministers')));
  });
});

describe('officials (set CQ): "the head of government"', () => {
  it('is the prime minister named before, as "the head of state" is the president', () => {
    assert.deepEqual(officials('Prime Minister Marcel Ionita told parliament the jets would come. The head of government said the country would pay.'), [
      'Marcel Ionita: Prime Minister Marcel Ionita | The head of government',
    ]);
  });

  it('is not a chancellor of the exchequer, nor a deputy prime minister', () => {
    const found = officials('Finance Minister Rachel Stone, the Chancellor of the Exchequer, and Deputy Prime Minister Ola Berg spoke. The head of government was absent.');
    assert.ok(found.some((o) => o.startsWith('Ola Berg')), found.join(' / '));
    assert.ok(!found.some((o) => o.includes('head of government')), found.join(' / '));
  });
});
