// Agreement rules drawn from the article sets DO, DP, DQ and DR (round 2). Each sentence here is
// written for the test; none is taken from an article, and the people are invented.
import * as assert from 'node:assert/strict';
import { agreementLinks } from './support/readouts';

describe('agreements (sets DO-DR): initials of a capitalised description', () => {
  it('the initials of "a Reciprocal Defence Procurement agreement" are that agreement, before it and after', () => {
    assert.deepEqual(agreementLinks('Velor, Ostra put RDP agreement on the table\n\nThe two sides discussed a Reciprocal Defence Procurement agreement on Monday. The RDP would follow a framework signed last year.'), [
      'RDP agreement | a Reciprocal Defence Procurement agreement | RDP',
    ]);
  });

  it('guard: a description with a word in lower case among its capitals defines no initials', () => {
    assert.deepEqual(agreementLinks('The two sides discussed a Reciprocal defence Procurement agreement on Monday. The RDP would follow.'), [
      'a Reciprocal defence Procurement agreement',
    ]);
  });
});

describe('agreements (sets DO-DR): which agreement a reference is, by partner, year and place', () => {
  it('"the agreement with" a country goes back past a pact with another to the agreement its signers named', () => {
    assert.deepEqual(agreementLinks('New Zealand and Velor signed the Coastal Security Agreement in 2023. In 2022 Ostra signed a security pact with China. Marlow said the agreement with New Zealand was vital; Tessa defended the 2022 pact with China.'), [
      'Coastal Security Agreement | the agreement',
      'a security pact | the 2022 pact',
    ]);
  });

  it('guard: "the agreement with" a company stays with the latest', () => {
    assert.deepEqual(agreementLinks('Velor signed the Coastal Security Agreement in 2023. Ostra signed a security pact with China. Marlow said the agreement with Acme Marine was vital.'), [
      'Coastal Security Agreement',
      'a security pact | the agreement',
    ]);
  });

  it('a year the reference was made in, against the year of a name before it, makes another agreement', () => {
    assert.deepEqual(agreementLinks('Officials called it a step after the Coastal Security Agreement of December 2023. Ostra would not expand the security agreement with China signed in 2022. That deal allows police visits.'), [
      'Coastal Security Agreement',
      'the security agreement | That deal',
    ]);
  });

  it('guard: the same year joins the name', () => {
    assert.deepEqual(agreementLinks('Velor signed the Coastal Security Agreement in 2022. Officials reviewed the security agreement with China signed in 2022.'), [
      'Coastal Security Agreement | the security agreement',
    ]);
  });

  it('"the <year> pact" is the agreement whose first words say it was signed that year, not a later name', () => {
    assert.deepEqual(agreementLinks('Ostra would not expand the security agreement with China signed in 2022. Velor signed the Marlow Treaty with Tessaly. Analysts say the Tessaly treaty goes further. Kerr defended the 2022 pact.'), [
      'the security agreement | the 2022 pact',
      'Marlow Treaty | the Tessaly treaty',
    ]);
  });

  it('"the <place> deal" is the agreement reached in that place', () => {
    assert.deepEqual(agreementLinks('Velor and Ostra signed a ceasefire agreement in Port Arlen. Both sides also cited the 2000 MOU on boundary demarcation. The Port Arlen deal has held.'), [
      'a ceasefire agreement | The Port Arlen deal',
      'the 2000 MOU',
    ]);
  });

  it('guard: a place no agreement was reached in changes nothing', () => {
    assert.deepEqual(agreementLinks('Velor and Ostra signed a ceasefire agreement in Port Arlen. Both sides also cited the 2000 MOU on boundary demarcation. The Dunmore deal has held.'), [
      'a ceasefire agreement',
      'the 2000 MOU',
      'The Dunmore deal',
    ]);
  });
});

describe('agreements (sets DO-DR): a name given to a named agreement', () => {
  it('"which X has named the Y" makes Y the same agreement, before and after', () => {
    assert.deepEqual(agreementLinks('Velor, Ostra sign Kestrel Treaty\n\nLeaders signed the Velor-Ostra Mutual Defence Treaty, which Marlow has named the "Kestrel Treaty" after a bird. The Kestrel Treaty takes effect next year.'), [
      'Kestrel Treaty | Velor-Ostra Mutual Defence Treaty | Kestrel Treaty | Kestrel Treaty',
    ]);
  });

  it('guard: a name after other words stays its own', () => {
    assert.deepEqual(agreementLinks('Leaders signed the Velor-Ostra Mutual Defence Treaty, which Marlow compared to the Kestrel Treaty of 1990.'), [
      'Velor-Ostra Mutual Defence Treaty',
      'Kestrel Treaty',
    ]);
  });
});

describe('agreements (sets DO-DR): an understanding named before others', () => {
  it('"Under the understanding" after a heading goes back past other agreements to the understanding made', () => {
    assert.deepEqual(agreementLinks('Velor and the agency signed a technical understanding on inspections. Ostra cited the Northern Treaty and the 2015 deal.\n\nInspections\n\nUnder the understanding, Velor will admit inspectors.'), [
      'a technical understanding | the understanding',
      'Northern Treaty | the 2015 deal',
    ]);
  });

  it('guard: with no understanding made, "the understanding" is no mention', () => {
    assert.deepEqual(agreementLinks('Ostra cited the Northern Treaty.\n\nUnder the understanding, Velor will admit inspectors.'), [
      'Northern Treaty',
    ]);
  });
});
