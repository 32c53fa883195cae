// Rules for officials' descriptive references drawn from the article sets DH, DI, DJ and DK. Each
// sentence here is written for the test; none is taken from an article, and the people are invented.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine/analyze';
import { mentions } from './support/readouts';

describe('officials (set DH): a descriptive reference before a possessive', () => {
  it('"his German counterpart\'s statement" is his German counterpart, without the "\'s"', () => {
    assert.deepEqual(mentions('Israeli Defence Minister Avi Lerner met German Defence Minister Jonas Falk. Lerner welcomed his German counterpart\'s statement.', 'official'), [
      'Israeli Defence Minister Avi Lerner → Avi Lerner',
      'German Defence Minister Jonas Falk → Jonas Falk',
      'Lerner → Avi Lerner',
      'his German counterpart → Jonas Falk',
    ]);
  });

  it('"the field marshal\'s schedule" is the field marshal named before', () => {
    assert.deepEqual(mentions('Field Marshal Tariq Qadir arrived. Officials familiar with the field marshal\'s schedule said so.', 'official'), [
      'Field Marshal Tariq Qadir → Tariq Qadir',
      'the field marshal → Tariq Qadir',
    ]);
  });

  it('a rank\'s possessive after "of" names an institution, and stays unmarked (guard)', () => {
    assert.deepEqual(mentions('Field Marshal Tariq Qadir arrived. He met the head of the field marshal\'s staff.', 'official'), [
      'Field Marshal Tariq Qadir → Tariq Qadir',
    ]);
  });
});

describe('officials (set DI): a British "Secretary of State" referred to by that office', () => {
  it('"The Secretary of State" after "Defence Secretary X" of the UK is X', () => {
    assert.deepEqual(mentions('MPs questioned British Defence Secretary Tom Ashby on Tuesday. The Secretary of State said the deal was sound.', 'official'), [
      'British Defence Secretary Tom Ashby → Tom Ashby',
      'The Secretary of State → Tom Ashby',
    ]);
  });

  it('an American Secretary of State named before keeps the reference (guard)', () => {
    assert.deepEqual(mentions('MPs questioned British Defence Secretary Tom Ashby on Tuesday. Secretary of State Ann Perrin arrived. The Secretary of State said the deal was sound.', 'official'), [
      'British Defence Secretary Tom Ashby → Tom Ashby',
      'Secretary of State Ann Perrin → Ann Perrin',
      'The Secretary of State → Ann Perrin',
    ]);
  });
});

describe('officials (set DK): generic offices and an office before its holder\'s name', () => {
  it('"until the Secretary of the Army certifies" in a bill is the office in general, not the secretary named', () => {
    assert.deepEqual(mentions('Secretary of the Army Paul Dorsey backed the bill, which limits funds until the Secretary of the Army certifies the schedule.', 'official'), [
      'Secretary of the Army Paul Dorsey → Paul Dorsey',
    ]);
  });

  it('"the Secretary of the Army said" after him is still him (guard)', () => {
    assert.deepEqual(mentions('Secretary of the Army Paul Dorsey backed the bill. Later, the Secretary of the Army said the schedule holds.', 'official'), [
      'Secretary of the Army Paul Dorsey → Paul Dorsey',
      'the Secretary of the Army → Paul Dorsey',
    ]);
  });

  it('"The CDS, General X," marks the name alone, as an appositive office', () => {
    assert.deepEqual(mentions('Chief of Defence Staff General Ravi Menon attended. The CDS, General Menon, underlined the need.', 'official'), [
      'Chief of Defence Staff General Ravi Menon → Ravi Menon',
      'General Menon → Ravi Menon',
    ]);
  });

  it('"The CDS said" alone is still a reference to him (guard)', () => {
    assert.deepEqual(mentions('Chief of Defence Staff General Ravi Menon attended. The CDS said the need was urgent.', 'official'), [
      'Chief of Defence Staff General Ravi Menon → Ravi Menon',
      'The CDS → Ravi Menon',
    ]);
  });
});

describe('officials (set DJ): a rank and a surname two people share', () => {
  it('"Air Chief Marshal Rao" is the air chief, not the secretary of that surname named last', () => {
    assert.deepEqual(mentions('Chief of the Air Staff Air Chief Marshal KV Rao and Defence Secretary Shri Mohan Lal Rao attended. Air Chief Marshal Rao said more squadrons were needed.', 'official'), [
      'Chief of the Air Staff Air Chief Marshal KV Rao → KV Rao',
      'Defence Secretary Shri Mohan Lal Rao → Mohan Lal Rao',
      'Air Chief Marshal Rao → KV Rao',
    ]);
  });

  it('a title that is no rank keeps the nearest namesake (guard)', () => {
    assert.deepEqual(mentions('Chief of the Air Staff Air Chief Marshal KV Rao and Defence Secretary Shri Mohan Lal Rao attended. Secretary Rao said more squadrons were needed.', 'official'), [
      'Chief of the Air Staff Air Chief Marshal KV Rao → KV Rao',
      'Defence Secretary Shri Mohan Lal Rao → Mohan Lal Rao',
      'Secretary Rao → Mohan Lal Rao',
    ]);
  });
});

describe('officials (set DH): "the former <country> <office>" by the public figures base', () => {
  // (The figure must be in the knowledge base: Mark Rutte, "Prime Minister of the Netherlands 2010–2024".)
  it('"The former Dutch prime minister" is the NATO chief who held that office, not the present one named later', () => {
    assert.deepEqual(mentions('"We stand ready," NATO Secretary General Mark Rutte said. The former Dutch prime minister said more was needed. Dutch Prime Minister Pieter Vos said so too.', 'official'), [
      'NATO Secretary General Mark Rutte → Mark Rutte',
      'The former Dutch prime minister → Mark Rutte',
      'Dutch Prime Minister Pieter Vos → Pieter Vos',
    ]);
  });

  it('"The former Danish prime minister" is no figure whose past office was another country\'s (guard)', () => {
    assert.deepEqual(mentions('"We stand ready," NATO Secretary General Mark Rutte said. The former Danish prime minister said more was needed.', 'official'), [
      'NATO Secretary General Mark Rutte → Mark Rutte',
    ]);
  });
});

describe('officials (set DH): a namesake of a public figure with another office in the text', () => {
  /** The country and offices of the official of that name. */
  const facts = (text: string, name: string): string[] => {
    const e = analyze(text).entities.find((x) => x.type === 'official' && x.name === name);
    return [String(e?.attributes['country'] ?? ''), String(e?.attributes['offices'] ?? '')];
  };

  // (The figure must be in the knowledge base: Pedro Sánchez, Spain's prime minister.)
  it('"Defence Minister Pedro Sánchez" beside a Colombian president takes no facts of Spain\'s prime minister', () => {
    assert.deepEqual(facts('The deal was signed in the presence of President Luis Ardila, Defence Minister Pedro Sánchez and the air force chief.', 'Pedro Sánchez'), ['', '']);
  });

  it('"Prime Minister Pedro Sánchez" is the figure, with his country and offices (guard)', () => {
    assert.deepEqual(facts('The deal was welcomed by Prime Minister Pedro Sánchez.', 'Pedro Sánchez'), ['Spain', 'Prime Minister since 2018']);
  });
});

describe('officials (set DK): a Japanese name written family name first', () => {
  it('"Mr Kato" after "President Kato Ryosuke" of a company is him', () => {
    assert.deepEqual(mentions('Hoshino Heavy Industries President Kato Ryosuke attended. Mr Kato said work was on schedule.', 'official'), [
      'Hoshino Heavy Industries President Kato Ryosuke → Kato Ryosuke',
      'Mr Kato → Kato Ryosuke',
    ]);
  });

  it('a Japanese surname written last stays the surname (guard)', () => {
    assert.deepEqual(mentions('Hoshino Heavy Industries President Ryosuke Kato attended. Mr Kato said work was on schedule.', 'official'), [
      'Hoshino Heavy Industries President Ryosuke Kato → Ryosuke Kato',
      'Mr Kato → Ryosuke Kato',
    ]);
  });
});

describe('officials (set DI): an office in an appositive before a rank, a name and its country', () => {
  it('"The mission\'s Force Commander, Lieutenant General X of Uganda," holds the office "the force commander" refers to', () => {
    assert.deepEqual(mentions('The mission\'s Force Commander, Lieutenant General Sam Okoro of Uganda, said troops were ready. "We need helicopters," the force commander said. In Goma, Force Commander Lieutenant General Rui Mota disagreed.', 'official'), [
      'Lieutenant General Sam Okoro → Sam Okoro',
      'the force commander → Sam Okoro',
      'Force Commander Lieutenant General Rui Mota → Rui Mota',
    ]);
  });

  it('"of" before no country ends no appositive (guard)', () => {
    assert.deepEqual(mentions('The mission\'s Force Commander, Lieutenant General Sam Okoro of the mission, said troops were ready.', 'official'), [
      'Lieutenant General Sam Okoro → Sam Okoro',
    ]);
  });
});
