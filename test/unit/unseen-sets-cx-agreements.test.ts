// Agreement rules drawn from the article sets CX, CY and CZ (round 5). Each sentence here is
// written for the test; none is taken from an article, and the people are invented.
import * as assert from 'node:assert/strict';
import { agreementLinks } from './support/readouts';

describe('agreements (sets CX-CZ): a reference\'s own words against the agreements before it', () => {
  it('a memorandum\'s first words end where a second one of its sentence begins', () => {
    assert.deepEqual(agreementLinks('Lima and Quito signed a memorandum of understanding on coastal cooperation and a second memorandum on defence industry cooperation. The coastal MOU builds on the Free Trade Agreement. Under the industry agreement, firms will share data.'), [
      'a memorandum of understanding | The coastal MOU',
      'a second memorandum | the industry agreement',
      'Free Trade Agreement',
    ]);
  });

  it('guard: a subject word of the first memorandum still finds it', () => {
    assert.deepEqual(agreementLinks('Lima and Quito signed a memorandum of understanding on coastal cooperation and a second memorandum on defence industry cooperation. The coastal MOU builds on the Free Trade Agreement. Under the coastal agreement, navies will patrol together.'), [
      'a memorandum of understanding | The coastal MOU | the coastal agreement',
      'a second memorandum',
      'Free Trade Agreement',
    ]);
  });

  it('"the Sept. 19 military agreement" is not a treaty named before it with no such date', () => {
    assert.deepEqual(agreementLinks('In June, Chile and Peru signed the Treaty on Comprehensive Strategic Partnership. Peru scrapped the Sept. 19 military agreement last November.'), [
      'Treaty on Comprehensive Strategic Partnership',
      'the Sept. 19 military agreement',
    ]);
  });

  it('guard: a date written near the agreement it names still joins it', () => {
    assert.deepEqual(agreementLinks('On Sept. 19, Chile and Peru signed the Treaty on Comprehensive Strategic Partnership. Peru scrapped the Sept. 19 agreement last November.'), [
      'Treaty on Comprehensive Strategic Partnership | the Sept. 19 agreement',
    ]);
  });

  it('"the visiting forces pact" is the named agreement with those words, not the latest one', () => {
    assert.deepEqual(agreementLinks('Chile and Peru operate under the Status of Visiting Forces Agreement. Lima also has the Reciprocal Access Agreement with Japan, and the visiting forces pact with Chile.'), [
      'Status of Visiting Forces Agreement | the visiting forces pact',
      'Reciprocal Access Agreement',
    ]);
  });
});

describe('agreements (sets CX-CZ): guards', () => {
  it('guard: one word of a named agreement\'s name does not move a reference to it', () => {
    assert.deepEqual(agreementLinks('Chile and Peru operate under the Status of Visiting Forces Agreement. Lima also signed a defence cooperation agreement with Japan, and the forces agreement takes effect in May.'), [
      'Status of Visiting Forces Agreement',
      'a defence cooperation agreement | the forces agreement',
    ]);
  });
});
