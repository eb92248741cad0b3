// Package entities turns article text into entities and relations, and
// links them into a store.
//
// # Pipeline
//
//  1. [Segment] splits text into tokens and sentences, keeping byte offsets
//     so every mention and every piece of evidence cites its span.
//  2. Recognizers propose [Mention]s: the gazetteer (countries, demonyms,
//     capitals, cities, regions, parties, international organisations,
//     heads of government; readings chosen by what else the article names),
//     role cues ("Prime Minister X", "MP X", "ministers X and Y", "X, former
//     foreign secretary", "X said"), class and head nouns ("the militant
//     group X", "... Committee"), events ("Operation X", "the <place>
//     attack", "the <body> summit"), acronyms defined in the text ("Long Form
//     (LF)"), and any [Recognizer] added with [WithRecognizer] — the seam a
//     trained model plugs into. The best non-overlapping set is kept.
//  3. Later mentions of names already found are picked up: the full name
//     again, a defined acronym, a person's surname alone.
//  4. Mentions are resolved into an article's [Entity] values: people by
//     name (a surname or title + surname joins the one full name that
//     contains it), gazetteer entries by entry (a demonym is its country),
//     the rest by type and name key.
//  5. Relations: co_mention within a sentence, member_of from the wording
//     between a person and a party, capital_of from the gazetteer.
//  6. [Link] matches each entity to the store's entities (see its
//     documentation for the rules) and writes mentions and relations.
//
// The rules hold general news vocabulary only (role nouns, head nouns,
// honorifics); names come from the gazetteers in data/.
package entities
