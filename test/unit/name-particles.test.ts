import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine/analyze';

const officials = (text: string) => analyze(text).entities.filter((e) => e.type === 'official');
const mentions = (text: string) => officials(text).map((e) => e.mentions.map((m) => m.text));

// Names with several particles ("von der", "van den", "de la"): a particle was taken only when a
// capitalised word followed it, so "President Ursula von der Leyen" became "President Ursula"; and
// a capitalised particle opening a sentence ("Von der Leyen said") was read as a first name, so
// the short form was not found.
describe('officials: names with particles', () => {
  it('two particles inside a full name after a title', () => {
    assert.deepEqual(mentions('Yesterday President Ursula von der Leyen spoke.'), [['President Ursula von der Leyen']]);
    assert.deepEqual(mentions('Yesterday Minister Hans van den Broek spoke.'), [['Minister Hans van den Broek']]);
    assert.deepEqual(mentions('Yesterday Foreign Minister Carlos de la Torre spoke.'), [['Foreign Minister Carlos de la Torre']]);
    assert.equal(officials('Yesterday President Ursula von der Leyen spoke.')[0]!.name, 'Ursula von der Leyen');
  });

  it('a later short form with its particles, capitalised at the start of a sentence or not, is the same person', () => {
    assert.deepEqual(mentions('President Ursula von der Leyen spoke. Von der Leyen said more. Later von der Leyen left.'), [
      ['President Ursula von der Leyen', 'Von der Leyen', 'von der Leyen'],
    ]);
    assert.deepEqual(mentions('Minister Hans van den Broek spoke. Van den Broek agreed.'), [['Minister Hans van den Broek', 'Van den Broek']]);
    assert.deepEqual(mentions('Special Envoy Staffan de Mistura spoke. De Mistura said.'), [['Special Envoy Staffan de Mistura', 'De Mistura']]);
  });

  it('a particle that is a first name still starts the name ("Ben Wallace said")', () => {
    assert.deepEqual(mentions('Defence Secretary Ben Wallace spoke. Ben Wallace said more. Wallace left.'), [['Defence Secretary Ben Wallace', 'Ben Wallace', 'Wallace']]);
  });

  it('a name with particles and no title or earlier mention is no official, and a particle before a non-name is dropped', () => {
    assert.deepEqual(mentions('Van Morrison sang. Von der Leyen is a name.'), []);
    assert.deepEqual(mentions('Yesterday Prince Faisal bin Minister spoke.'), [['Prince Faisal']]);
  });
});
