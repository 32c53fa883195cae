// Systems rules drawn from the article sets DH, DI, DJ and DK. Each sentence here is written for
// the test; none is taken from an article.
import * as assert from 'node:assert/strict';
import { mentions } from './support/readouts';

describe('systems (sets DH-DK): more back-references', () => {
  it('"both cruise missiles" is the cruise missile just named', () => {
    assert.deepEqual(mentions('Russia launched two Kh-101 cruise missiles at night. Gunners shot down both cruise missiles.', 'system'), [
      'Kh-101 → Kh-101',
      'both cruise missiles → Kh-101',
    ]);
  });

  it('"the weapon" is the missile just named; not a fighter (guard)', () => {
    assert.deepEqual(mentions('The Army tested the Long-Range Hypersonic Weapon. It said the weapon had flown well.', 'system'), [
      'Long-Range Hypersonic Weapon → Dark Eagle',
      'the weapon → Dark Eagle',
    ]);
    assert.deepEqual(mentions('Poland ordered more F-35 jets. It said the weapon was costly.', 'system'), ['F-35 → F-35']);
  });

  it('"The class" is the class just named; not a single aircraft (guard)', () => {
    assert.deepEqual(mentions('Navy X ordered four Hangor-class submarines. The class is a new design.', 'system'), [
      'Hangor-class → Hangor-class',
      'The class → Hangor-class',
    ]);
    assert.deepEqual(mentions('Navy X ordered four F-35 jets. The class is a new design.', 'system'), ['F-35 → F-35']);
  });

  it('"the new SLBM" is the submarine-launched missile just named; "The SLBM" alone is not (guard)', () => {
    assert.deepEqual(mentions('Country X tested the JL-2 on Friday. Analysts said the new SLBM had flown far.', 'system'), [
      'JL-2 → JL-2',
      'the new SLBM → JL-2',
    ]);
    assert.deepEqual(mentions('Country X tested the JL-2 on Friday. The SLBM flew far.', 'system'), ['JL-2 → JL-2']);
  });

  it('a bare category head reaches back within its paragraph to the only drone named; not across a paragraph (guard)', () => {
    assert.deepEqual(mentions('The Eurodrone passed its design review. The agency manages the contract. Its director said that the drone remained on cost.', 'system'), [
      'Eurodrone → Eurodrone',
      'the drone → Eurodrone',
    ]);
    assert.deepEqual(mentions('The Eurodrone passed its design review.\n\nThe agency manages the contract. Its director said that the drone remained on cost.', 'system'), [
      'Eurodrone → Eurodrone',
    ]);
  });

  it('"The laser system" takes its head noun into the span', () => {
    assert.deepEqual(mentions('Israel deployed Iron Beam in the north. The laser system shot down drones.', 'system'), [
      'Iron Beam → Iron Beam',
      'The laser system → Iron Beam',
    ]);
  });
});

describe('systems (sets DH-DK): which system a back-reference means', () => {
  it('the nearest fitting system in the reference\'s sentence wins over one named more often before', () => {
    assert.deepEqual(mentions('Country X sells the JF-17 Block III. Officials said the JF-17 Block III was proven. Country Y bought the JF-17 Block III.\n\nCountry X also flies the J-10C, and officials cite its use as proof of the fighter\'s maturity.', 'system'), [
      'JF-17 Block III → JF-17 Block III',
      'JF-17 Block III → JF-17 Block III',
      'JF-17 Block III → JF-17 Block III',
      'J-10C → J-10C',
      'the fighter → J-10C',
    ]);
  });

  it('the most-named system still wins when the nearest is in an earlier sentence (guard)', () => {
    assert.deepEqual(mentions('Country X flies the J-35. The J-35 flew. A KJ-500 was seen nearby. The J-35 landed. Officials praised the fighter.', 'system'), [
      'J-35 → J-35',
      'J-35 → J-35',
      'KJ-500 → KJ-500',
      'J-35 → J-35',
      'the fighter → J-35',
    ]);
  });

  it('"the missiles launched at" a place are incoming, not the interceptor named before; an attack missile stays (guard)', () => {
    assert.deepEqual(mentions('Arrow 3 has been used since October. The chief said the army had intercepted most of the missiles launched at the country.', 'system'), [
      'Arrow 3 → Arrow 3',
    ]);
    assert.deepEqual(mentions('Russia fired two Kh-101 cruise missiles. Officials said most of the missiles launched at the city were downed.', 'system'), [
      'Kh-101 → Kh-101',
      'the missiles → Kh-101',
    ]);
  });
});

describe('systems (sets DH-DK): knowledge base', () => {
  it('new records and names: Tamandaré-class, Karel Doorman class, FS-LIDS, Sudarshan Chakra, 212CD, Upgraded Mogami', () => {
    assert.deepEqual(mentions('Brazil offered a Tamandaré-class frigate. The Dutch Karel Doorman class frigates retire. The Army fields FS-LIDS. India operates the S-400 as Sudarshan Chakra. The first 212CD hull floated. Canberra chose the Upgraded Mogami design.', 'system'), [
      'Tamandaré-class → Tamandaré-class',
      'Karel Doorman class → Karel Doorman-class',
      'FS-LIDS → FS-LIDS',
      'S-400 → S-400',
      'Sudarshan Chakra → S-400',
      '212CD → Type 212',
      'Upgraded Mogami → Mogami-class',
    ]);
  });
});
