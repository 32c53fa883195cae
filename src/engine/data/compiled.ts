/**
 * The knowledge bases compiled into the look-up tables the recognisers read (see ../kbIndex.ts).
 *
 * As written, this module computes them when it is loaded. The build (esbuild.config.mjs, plugin
 * "kb-compiled") runs this very module once and bundles its result instead, as one JSON string:
 * the bundles then carry neither the records nor the world-countries data as code, and a fresh
 * process parses a string rather than compiling object literals and indexing four thousand
 * spellings. The result must therefore stay plain JSON data (the build checks that it survives
 * JSON.stringify and JSON.parse unchanged).
 */
import worldCountries from 'world-countries';
import { AGREEMENTS } from './agreements';
import { FIGURES } from './figures';
import { SYSTEMS } from './systems';
import { buildCountryTables, compactTrie, indexAgreements, indexSystems, packSystems, recordAgreements, recordSystems, type CompiledKb } from '../kbIndex';

const systems = packSystems(indexSystems(recordSystems(SYSTEMS)));
const agreements = indexAgreements(recordAgreements(AGREEMENTS));

export const COMPILED: CompiledKb = {
  // The name tries in their compact form (see CompactTrie); the recognisers expand them once.
  systems: { ...systems, phrases: compactTrie(systems.phrases) },
  agreements: { ...agreements, phrases: compactTrie(agreements.phrases) },
  countries: buildCountryTables(worldCountries),
  figures: FIGURES,
};
