// Rules for officials' descriptive references drawn from the article sets DO, DP, DQ and DR. Each
// sentence here is written for the test; none is taken from an article, and the people are invented.
import * as assert from 'node:assert/strict';
import { mentions } from './support/readouts';

describe('officials (set DP): an acronym before a nominal head must name the person\'s organisation', () => {
  it('"the IAF chief" is the Chief of the Air Staff when the text spells out "Indian Air Force"', () => {
    assert.deepEqual(mentions('Chief of the Air Staff Air Chief Marshal Arun Kapoor said the Indian Air Force was short of jets. "Timelines are not met," the IAF chief said.', 'official'), [
      'Chief of the Air Staff Air Chief Marshal Arun Kapoor → Arun Kapoor',
      'the IAF chief → Arun Kapoor',
    ]);
  });

  it('"the HAL chief" is not an Air Chief Marshal ("hal" only inside "marshal")', () => {
    assert.deepEqual(mentions('Air Chief Marshal Arun Kapoor urged the firm to speed up deliveries. "We now have a commitment," the HAL chief said.', 'official'), [
      'Air Chief Marshal Arun Kapoor → Arun Kapoor',
    ]);
  });

  it('"the IAF chief" stays unresolved when the text never spells the acronym out (guard)', () => {
    assert.deepEqual(mentions('Air Chief Marshal Arun Kapoor visited the base. "Timelines are not met," the IAF chief said.', 'official'), [
      'Air Chief Marshal Arun Kapoor → Arun Kapoor',
    ]);
  });

  it('an acronym a title has keeps to that title, not to one with its spelling-out\'s first word (guard)', () => {
    const m = mentions('The deal was signed by Jin Ho-min, Minister of Korea\'s Defense Procurement Office (DPO). Defence Minister Park Sang-woo attended. The DPO minister said deliveries would begin in 2027.', 'official');
    assert.ok(m.includes('The DPO minister → Jin Ho-min'), m.join('\n'));
  });
});

describe('officials (set DQ): a person introduced as a past holder ("then-X", "former X") holds X no longer', () => {
  it('"The French leader" is the president in office, not the "then-French president"', () => {
    const m = mentions('French President Paul Durand visited Athens on Tuesday. The deal was first discussed in 2008 by then-French president Louis Berger. The French leader said the frigates would be delivered on time.', 'official');
    assert.ok(m.includes('The French leader → Paul Durand'), m.join('\n'));
  });

  it('"The two presidents" are the two in office, not the "then-French president"', () => {
    const m = mentions('Brazilian President Joao Rocha and French President Paul Durand attended the ceremony. Rocha said the boat was ready. The programme grew out of a 2008 accord signed by Rocha during his second term and then-French president Louis Berger. The two presidents also discussed helicopters.', 'official');
    assert.ok(m.includes('The two presidents → Joao Rocha; Paul Durand'), m.join('\n'));
  });

  it('"The former French president" is still the past holder (guard)', () => {
    const m = mentions('President Paul Durand visited Athens on Tuesday. The deal was first discussed in 2008 by then-French president Louis Berger. The former French president said the frigates were his idea.', 'official');
    assert.ok(!m.includes('The former French president → Paul Durand'), m.join('\n'));
  });
});

describe('officials (set DR): a list of nationalities with commas before a plural title is a group', () => {
  it('"the British, Japanese and Italian defence ministers" is the three ministers', () => {
    const m = mentions('British Defence Minister John Hale, Japanese Defense Minister Ken Sato and Italian Defence Minister Marco Rossi signed it. They later met the British, Japanese and Italian defence ministers of the previous government.', 'official');
    assert.ok(m.includes('the British, Japanese and Italian defence ministers → John Hale; Ken Sato; Marco Rossi'), m.join('\n'));
  });

  it('a comma list before a singular noun is no group (guard)', () => {
    const m = mentions('British Defence Minister John Hale, Japanese Defense Minister Ken Sato and Italian Defence Minister Marco Rossi signed it. The British, Japanese and Italian defence minister of the day would approve it.', 'official');
    assert.ok(!m.some((x) => x.startsWith('The British, Japanese')), m.join('\n'));
  });
});
