// Rules for officials drawn from the article sets CX, CY and CZ (round 5). Each sentence here is
// written for the test; none is taken from an article, and the people are invented.
import * as assert from 'node:assert/strict';
import { mentions, titles } from './support/readouts';

describe('officials (set CZ): a pair after a meeting is the two who met', () => {
  it('"The two ministers" after "B ... met Defence Secretary C" are B and C, not A named before', () => {
    assert.deepEqual(mentions('Defence minister Carl Tamm signed the deal in Tallinn. In Oslo, Defence Minister Ola Brenn met British Defence Secretary Tom Vane. The two ministers discussed the frigate.', 'official'), [
      'Defence minister Carl Tamm → Carl Tamm',
      'Defence Minister Ola Brenn → Ola Brenn',
      'British Defence Secretary Tom Vane → Tom Vane',
      'The two ministers → Ola Brenn; Tom Vane',
    ]);
  });

  it('"The Ministers" after "A and B met", then C named, are A and B', () => {
    assert.deepEqual(mentions('Minister Ann Kolar and Minister Ben Sato met in Prague. The meeting was attended by Minister Cid Roa. The Ministers agreed to meet again.', 'official'), [
      'Minister Ann Kolar → Ann Kolar',
      'Minister Ben Sato → Ben Sato',
      'Minister Cid Roa → Cid Roa',
      'The Ministers → Ann Kolar; Ben Sato',
    ]);
  });

  it('a meeting of three is no pair (guard): "the ministers" stay the latest two', () => {
    assert.deepEqual(mentions('Defense Minister Ken Ota met British Defence Secretary Tom Vane and Italian Defense Minister Leo Conti in Tokyo. The two ministers from Europe left.', 'official'), [
      'Defense Minister Ken Ota → Ken Ota',
      'British Defence Secretary Tom Vane → Tom Vane',
      'Italian Defense Minister Leo Conti → Leo Conti',
      'The two ministers → Ken Ota; Leo Conti',
    ]);
  });
});

describe('officials (set CY): counted groups whose noun is no title', () => {
  it('"The two general officers" are the two generals named, not the secretary between them', () => {
    assert.deepEqual(mentions('Brig. Gen. Ada Lune testified on Tuesday. Assistant Secretary Bo Karr spoke. Maj. Gen. Cal Rees agreed. The two general officers briefed lawmakers.', 'official'), [
      'Brig. Gen. Ada Lune → Ada Lune',
      'Assistant Secretary Bo Karr → Bo Karr',
      'Maj. Gen. Cal Rees → Cal Rees',
      'The two general officers → Ada Lune; Cal Rees',
    ]);
  });

  it('"The two negotiators" and "The three speakers" are the officials just named', () => {
    assert.deepEqual(mentions('Deputy Foreign Minister Ivo Dant met Ambassador Rue Hale. The two negotiators spoke for an hour.', 'official'), [
      'Deputy Foreign Minister Ivo Dant → Ivo Dant',
      'Ambassador Rue Hale → Rue Hale',
      'The two negotiators → Ivo Dant; Rue Hale',
    ]);
    assert.deepEqual(mentions('Senator Pia Moss, Governor Lee Vant and Admiral Tor Feld took part. The three speakers agreed.', 'official'), [
      'Senator Pia Moss → Pia Moss',
      'Governor Lee Vant → Lee Vant',
      'Admiral Tor Feld → Tor Feld',
      'The three speakers → Pia Moss; Lee Vant; Tor Feld',
    ]);
  });

  it('without a count the noun stays no reference (guard): "the negotiators", "the officers"', () => {
    assert.deepEqual(mentions('Deputy Foreign Minister Ivo Dant met Ambassador Rue Hale. The negotiators left, and the two officers at the door stayed.', 'official'), [
      'Deputy Foreign Minister Ivo Dant → Ivo Dant',
      'Ambassador Rue Hale → Rue Hale',
    ]);
  });
});

describe('officials (set CZ): a department of several portfolios before its secretary', () => {
  it('"Business and Trade Secretary" and "Culture, Media and Sport Secretary" are whole titles', () => {
    assert.deepEqual(titles('Business and Trade Secretary Ann Rowe said it. Culture, Media and Sport Secretary Lee Hart agreed.'), [
      'Ann Rowe (Business and Trade Secretary)',
      'Lee Hart (Culture, Media and Sport Secretary)',
    ]);
    assert.deepEqual(mentions('Business and Trade Secretary Ann Rowe said it.', 'official'), ['Business and Trade Secretary Ann Rowe → Ann Rowe']);
  });

  it('portfolio words the title walk leaves out before the head ("Net Zero") are the last portfolio', () => {
    assert.deepEqual(mentions('The Energy Security and Net Zero Secretary Ed Vance spoke.', 'official'), [
      'Energy Security and Net Zero Secretary Ed Vance → Ed Vance',
    ]);
  });

  it('a name, or a department named after "of", before "and" stays out (guard)', () => {
    assert.deepEqual(mentions('Yesterday Borov and Defence Minister Ivan Pell met. The Department of National Defense and Secretary Ray Quill of Oman spoke.', 'official'), [
      'Defence Minister Ivan Pell → Ivan Pell',
      'Secretary Ray Quill → Ray Quill',
    ]);
  });
});

describe('officials (set CX): a command\'s place after an appositive office is no person', () => {
  it('"Admiral X, Commander of Allied Joint Force Command Naples," names only the admiral', () => {
    assert.deepEqual(mentions('Admiral Roy Tamsin, Commander of Allied Joint Force Command Naples, led the exercise. The exercise was run by Allied Joint Force Command Naples.', 'official'), [
      'Admiral Roy Tamsin → Roy Tamsin',
    ]);
  });

  it('a surname after such an office that opens the sentence is still the holder (guard)', () => {
    assert.deepEqual(mentions('Director of the Central Intelligence Agency Kolby said it.', 'official'), [
      'Director of the Central Intelligence Agency Kolby → Kolby',
    ]);
  });
});

describe('officials (set CZ): a general who commands a country\'s service, set off in lower case', () => {
  it('"General X, the commander of Ukraine\'s air force," is then "The commander"', () => {
    assert.deepEqual(mentions('Lieutenant General Taras Velyk, the commander of Ukraine\'s air force, said the jets flew. The commander praised the crews.', 'official'), [
      'Lieutenant General Taras Velyk → Taras Velyk',
      'The commander → Taras Velyk',
    ]);
  });

  it('a ship\'s commander stays no office of the rank (guard)', () => {
    assert.deepEqual(mentions('Captain Luc Aubry, the commander of the frigate Forbin, said the drill ended. The commander left.', 'official'), [
      'Captain Luc Aubry → Luc Aubry',
    ]);
  });
});
