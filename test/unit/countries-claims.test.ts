import * as assert from 'node:assert/strict';
import worldCountries from 'world-countries';
import { analyze } from '../../src/engine/analyze';
import { countryByDemonym, countryByName } from '../../src/engine/countries';

// Several world-countries records share a nationality word or a name ("French": France and the
// French Southern and Antarctic Lands). The first record to claim a word keeps it, and in the
// package's own order territories came first for "French", "Dutch" and "American" (see claimOrder
// in kbIndex.ts), so French, Dutch and American officials were given a territory as their country.
describe('countries that share a nationality word or a name', () => {
  it('a nationality word means the state, not a territory that shares it', () => {
    const cases: Array<[string, string]> = [
      ['French', 'France'], ['Dutch', 'Netherlands'], ['American', 'United States'], ['Indian', 'India'],
      ['Norwegian', 'Norway'], ['British', 'United Kingdom'],
    ];
    for (const [word, country] of cases) assert.equal(countryByDemonym(word)?.name, country, word);
  });

  it('between two UN members, the larger one ("Dominican": the Dominican Republic, "Congolese": DR Congo)', () => {
    assert.equal(countryByDemonym('Dominican')?.name, 'Dominican Republic');
    assert.equal(countryByDemonym('Congolese')?.name, 'DR Congo');
  });

  it('every word a UN member uses goes to a UN member, every word a state uses to a state', () => {
    const records = worldCountries as unknown as Array<{ name: { common: string; official: string }; demonyms?: { eng?: { f: string; m: string } }; unMember?: boolean; independent?: boolean | null }>;
    assert.ok(records.some((c) => c.unMember === true), 'the bundled records carry unMember');
    const byName = new Map(records.map((c) => [c.name.common, c]));
    let checked = 0;
    for (const c of records) {
      const dem = c.demonyms?.eng;
      if (!dem) continue;
      // (An entry that lists two forms, "Bosnian, Herzegovinian", gives each its own.)
      for (const word of [dem.m, dem.f].flatMap((form) => form.split(/, | or /)).filter((w) => w.length > 0)) {
        const got = byName.get(countryByDemonym(word)?.name ?? '');
        assert.ok(got, `${word} has a country`);
        if (c.unMember) assert.equal(got.unMember, true, `${word}: ${got.name.common}`);
        if (c.independent) assert.equal(got.independent, true, `${word}: ${got.name.common}`);
        checked++;
      }
    }
    assert.ok(checked > 400, `only ${checked} words checked`);
    assert.equal(countryByName('France')?.name, 'France');
  });

  it('officials get the state as their country', () => {
    const result = analyze('French President Emmanuel Macron met Dutch Prime Minister Mark Rutte and American Secretary of State Antony Blinken.');
    const countries = Object.fromEntries(result.entities.filter((e) => e.type === 'official').map((e) => [e.name, e.attributes['country']]));
    assert.deepEqual(countries, { 'Emmanuel Macron': 'France', 'Mark Rutte': 'Netherlands', 'Antony Blinken': 'United States' });
  });
});
