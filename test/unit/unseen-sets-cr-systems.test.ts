// System rules drawn from the article sets CR, CS and CT (the fourteenth session's third round).
// Each sentence here is written for the test; none is taken from an article, and the people are invented.
import * as assert from 'node:assert/strict';
import { entities } from './support/readouts';

describe('systems (CR-CT): a block written without "Block", or as "Blk"', () => {
  it('"SM-3 IIA" is the SM-3 Block IIA, one system with it', () => {
    assert.deepEqual(entities('Norvia co-funds the SM-3 Block IIA. Its yards build parts of the SM-3 IIA too.', 'system'), [
      'SM-3 Block IIA: SM-3 Block IIA | SM-3 IIA',
    ]);
  });

  it('"SM-6 Blk IA" is the SM-6 Block IA, and so is its proper name with the block', () => {
    assert.deepEqual(entities('The crew fired a Standard Missile-6 Block IA (SM-6 Blk IA) at the drone.', 'system'), [
      'SM-6 Block IA: Standard Missile-6 Block IA | SM-6 Blk IA',
    ]);
  });

  it('a Roman numeral without a sub-block letter stays outside the span', () => {
    assert.deepEqual(entities('The F-16 II of the story is a film, and the SM-3 I saw was a model.', 'system').map((s) => s.split(':')[1]), [' F-16', ' SM-3']);
  });
});

describe('systems (CR-CT): a name written onto a participle of carrying or firing', () => {
  it('"Aegis-equipped destroyers" mention the Aegis combat system', () => {
    assert.deepEqual(entities('Two Aegis-equipped destroyers escorted the carrier.', 'system').map((s) => s.split(':')[1]), [' Aegis']);
  });

  it('a word of no system before such a participle is none', () => {
    assert.deepEqual(entities('Two truck-mounted cranes lifted the Patriot launcher.', 'system').map((s) => s.split(':')[1]), [' Patriot']);
  });
});

describe('systems (CR-CT): a navy\'s prefix and a name before a noun of a site', () => {
  it('"the HMAS Vantor facilities" is an establishment, at that and its later mentions', () => {
    assert.deepEqual(entities('Minister Elen Dask toured the HMAS Vantor facilities. HMAS Vantor hosts two boats.', 'system'), []);
  });

  it('a ship\'s crew is no site', () => {
    assert.deepEqual(entities('The HMAS Corval crew returned on Friday.', 'system'), ['HMAS Corval: HMAS Corval']);
  });
});

describe('systems (CR-CT): an unknown designation with a variant\'s letters and a proper name', () => {
  it('before a system noun, the name is part of it ("A-4QX Stormhawk aircraft")', () => {
    assert.deepEqual(entities('Orvania retired its A-4QX Stormhawk aircraft last year.', 'system'), ['A-4QX Stormhawk: A-4QX Stormhawk']);
  });

  it('coordinated with a known system, and its designation alone later is the same system', () => {
    assert.deepEqual(entities('Orvania flew the Mirage III and the A-4QX Stormhawk. The A-4QX was slow.', 'system'), [
      'Mirage III: Mirage III',
      'A-4QX Stormhawk: A-4QX Stormhawk | A-4QX',
    ]);
  });

  it('alone with a capitalised word after it, it is no system', () => {
    assert.deepEqual(entities('Workers with an H-1B Visa arrived in Orvania.', 'system'), []);
  });
});

describe('systems (CR-CT): a known designation and a name of its own in one country\'s service', () => {
  it('"K9 Moukari guns" is a mention of the K9 with the name in it', () => {
    assert.deepEqual(entities('Orvania bought 48 second-hand K9 Moukari guns. The K9 fleet grows.', 'system'), ['K9: K9 Moukari | K9']);
  });

  it('a descriptor\'s capitalised words after a designation stay outside it ("S-400 Long Range ... System")', () => {
    assert.deepEqual(entities('The deal covers the S-400 Long Range Surface-to-Air Missile System.', 'system'), ['S-400: S-400']);
  });
});

describe('systems (CR-CT): a system noun in capitals after a whole name', () => {
  it('"Type 26 Frigates" in a headline is the Type 26', () => {
    assert.deepEqual(entities('Type 26 Frigates: Orvania Picks British Design', 'system'), ['Type 26: Type 26']);
  });

  it('a name whose words before the noun name nothing keeps the noun ("Global Combat Ship")', () => {
    assert.deepEqual(entities('The Global Combat Ship design won.', 'system'), ['Type 26: Global Combat Ship']);
  });
});

describe('systems (CR-CT): knowledge base additions', () => {
  it('the Ground-Based Interceptor is a system of its own, a component of the GMD system', () => {
    assert.deepEqual(entities('The Ground-Based Interceptors make up the Ground-based Midcourse Defense system. Each GBI is old.', 'system'), [
      'Ground-Based Interceptor: Ground-Based Interceptors | GBI',
      'Ground-Based Midcourse Defense: Ground-based Midcourse Defense',
    ]);
  });

  it('the GMD system alone is still the GMD system', () => {
    assert.deepEqual(entities('The GMD system protects the homeland.', 'system'), ['Ground-Based Midcourse Defense: GMD']);
  });

  it('the Light Combat Helicopter (LCH) is the Prachand; the Advanced Light Helicopter Dhruv the Dhruv', () => {
    assert.deepEqual(entities('Orvania saw 12 Light Combat Helicopter Prachand (LCH). The LCH shares parts with the Advanced Light Helicopter Dhruv.', 'system'), [
      'Prachand: Light Combat Helicopter Prachand | LCH | LCH',
      'Dhruv: Advanced Light Helicopter Dhruv',
    ]);
  });

  it('"City class" is the Royal Navy\'s name of the Type 26 class', () => {
    assert.deepEqual(entities('Orvania will buy frigates like the Royal Navy\'s eight City class frigates. Type 26 is a fine design.', 'system'), [
      'Type 26: City class | Type 26',
    ]);
  });
});
