// Rules for officials' descriptive references drawn from the article sets DL, DM and DN (and
// leftovers of DH-DK). Each sentence here is written for the test; none is taken from an article,
// and the people are invented.
import * as assert from 'node:assert/strict';
import { mentions } from './support/readouts';

describe('officials (set DL): a nationality nominal of a minister placed in a country by the sentence', () => {
  it('"In Cyprus, Defence Minister X ... The Cypriot minister" is X', () => {
    assert.deepEqual(mentions('In Cyprus, Defence Minister Andreas Kosta confirmed the delivery. The Cypriot minister said talks would continue.', 'official'), [
      'Defence Minister Andreas Kosta → Andreas Kosta',
      'The Cypriot minister → Andreas Kosta',
    ]);
  });

  it('"in neighbouring Romania, Defence Minister X ... The Romanian minister" is X', () => {
    assert.deepEqual(mentions('Meanwhile, in neighbouring Romania, Defence Minister Ion Barbu said Bucharest would buy howitzers. The Romanian minister declined to comment.', 'official'), [
      'Defence Minister Ion Barbu → Ion Barbu',
      'The Romanian minister → Ion Barbu',
    ]);
  });

  it('a country named without "in" before the title gives the minister no nationality (guard)', () => {
    assert.deepEqual(mentions('After talks with Cyprus, Defence Minister Ion Barbu said Bucharest would buy howitzers. The Cypriot minister declined to comment.', 'official'), [
      'Defence Minister Ion Barbu → Ion Barbu',
    ]);
  });
});

describe('officials (set DN): counted groups of the people just named, whatever their titles', () => {
  it('"Both officers" after a general and an admiral is the two of them', () => {
    assert.deepEqual(mentions('Lt. Gen. Pham Van Tuan met Rear Adm. Do Minh Khoa in Hanoi. Both officers discussed patrols.', 'official'), [
      'Lt. Gen. Pham Van Tuan → Pham Van Tuan',
      'Rear Adm. Do Minh Khoa → Do Minh Khoa',
      'Both officers → Pham Van Tuan; Do Minh Khoa',
    ]);
  });

  it('"both witnesses" after two people questioned is the two of them', () => {
    assert.deepEqual(mentions('The committee questioned Gen. Alan Brooke and Secretary Mara Lind. He added that both witnesses had agreed.', 'official'), [
      'Gen. Alan Brooke → Alan Brooke',
      'Secretary Mara Lind → Mara Lind',
      'both witnesses → Alan Brooke; Mara Lind',
    ]);
  });

  it('"Both executives" after two company presidents is the two of them', () => {
    assert.deepEqual(mentions('Shipyard President Nora Vance said the deal was good. Ironworks President Carl Dunn agreed. Both executives praised the contract.', 'official'), [
      'Shipyard President Nora Vance → Nora Vance',
      'Ironworks President Carl Dunn → Carl Dunn',
      'Both executives → Nora Vance; Carl Dunn',
    ]);
  });

  it('"the two officers" after Lt. Gen. X and Rear Adm. Y is the two of them', () => {
    assert.deepEqual(mentions('Lt. Gen. Pham Van Tuan and Rear Adm. Do Minh Khoa will testify next month; the two officers are expected to face questions.', 'official'), [
      'Lt. Gen. Pham Van Tuan → Pham Van Tuan',
      'Rear Adm. Do Minh Khoa → Do Minh Khoa',
      'the two officers → Pham Van Tuan; Do Minh Khoa',
    ]);
  });

  it('officers without a count are not the people named (guard)', () => {
    assert.deepEqual(mentions('Lt. Gen. Pham Van Tuan met Rear Adm. Do Minh Khoa in Hanoi. Two officers were hurt, and the officers were treated.', 'official'), [
      'Lt. Gen. Pham Van Tuan → Pham Van Tuan',
      'Rear Adm. Do Minh Khoa → Do Minh Khoa',
    ]);
  });
});

describe('officials (sets DM, DL): a bare title in a sentence-case headline', () => {
  it('"Defense chief says ..." opening the headline is the one defence minister of the body', () => {
    assert.deepEqual(mentions('Defense chief says frigate on track\n\nMinister of National Defense Lin Pao-shu spoke to reporters on Monday.', 'official'), [
      'Defense chief → Lin Pao-shu',
      'Minister of National Defense Lin Pao-shu → Lin Pao-shu',
    ]);
  });

  it('"X receives French defence minister": the nationality and title as the headline verb\'s object', () => {
    assert.deepEqual(mentions('Leader receives French defence minister\n\nPresident Omar Nasser received French Defence Minister Claire Dumont in Cairo.', 'official'), [
      'French defence minister → Claire Dumont',
      'President Omar Nasser → Omar Nasser',
      'French Defence Minister Claire Dumont → Claire Dumont',
    ]);
  });

  it('a Defense Ministry spokesperson named too is no "Defense chief": the minister still is', () => {
    assert.deepEqual(mentions('Defense chief says frigate on track\n\nMinister of National Defense Lin Pao-shu spoke. Defense Ministry spokesperson Sun Li-fang added details.', 'official'), [
      'Defense chief → Lin Pao-shu',
      'Minister of National Defense Lin Pao-shu → Lin Pao-shu',
      'Defense Ministry spokesperson Sun Li-fang → Sun Li-fang',
    ]);
  });

  it('with two people of the body fitting, the headline title stays unmarked (guard)', () => {
    assert.deepEqual(mentions('Defense chief says frigate on track\n\nMinister of National Defense Lin Pao-shu met Defense Minister Tom Hale.', 'official'), [
      'Minister of National Defense Lin Pao-shu → Lin Pao-shu',
      'Defense Minister Tom Hale → Tom Hale',
    ]);
  });
});

describe('officials (set DN): "the nominee" is the person named as a nominee', () => {
  it('"The nominee" and "the nominee\'s" after "nominee for <office>, Dr. X," are X', () => {
    assert.deepEqual(mentions('Senators questioned Gen. Ray Holt and the nominee for Assistant Secretary of the Navy, Dr. Lena Park, on Tuesday. Sen. Tom Reyes pressed Park. The nominee said she would review the terms. The panel will hold the nominee\'s vote next week.', 'official'), [
      'Gen. Ray Holt → Ray Holt',
      'Dr. Lena Park → Lena Park',
      'Sen. Tom Reyes → Tom Reyes',
      'Park → Lena Park',
      'The nominee → Lena Park',
      'the nominee → Lena Park',
    ]);
  });

  it('with nobody named as a nominee, "The nominee" stays unmarked (guard)', () => {
    assert.deepEqual(mentions('Secretary Jane Roe spoke on Tuesday. The nominee was not present.', 'official'), [
      'Secretary Jane Roe → Jane Roe',
    ]);
  });
});

describe('officials (set DJ): "his predecessor" of a person said to have succeeded another', () => {
  it('"A succeeded B ... A and his predecessor" is B', () => {
    assert.deepEqual(mentions('Army Chief of Staff Lt. Gen. Ari Moran succeeded Lt. Gen. Dov Shalev in March. Moran and his predecessor have both warned about stocks.', 'official'), [
      'Army Chief of Staff Lt. Gen. Ari Moran → Ari Moran',
      'Lt. Gen. Dov Shalev → Dov Shalev',
      'Moran → Ari Moran',
      'his predecessor → Dov Shalev',
    ]);
  });

  it('without a succession stated, "his predecessor" stays unmarked (guard)', () => {
    assert.deepEqual(mentions('Lt. Gen. Ari Moran met Lt. Gen. Dov Shalev in March. Moran and his predecessor have both warned about stocks.', 'official'), [
      'Lt. Gen. Ari Moran → Ari Moran',
      'Lt. Gen. Dov Shalev → Dov Shalev',
      'Moran → Ari Moran',
    ]);
  });
});
