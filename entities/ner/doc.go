// Package ner is newsgraph's trained named-entity recognizer, in pure Go.
//
// # Model
//
// A first-order sequence tagger: an averaged structured perceptron
// (Collins 2002) decoded with Viterbi, over hashed features (64-bit hashes;
// no feature string is ever built):
//
//   - the word, its lower case, shape ("Xx", "X.X.", "dd-dd"), prefixes
//     and suffixes, and the words and shapes around it;
//   - word clusters induced from unlabelled news by tools/nertrain
//     (spherical k-means on the words' neighbours, two levels), and how
//     often that news capitalises the word inside a sentence;
//   - membership of the gazetteer names (countries, places, parties,
//     organisations, people, demonyms) starting, inside or ending at the
//     word;
//   - the document: whether the word is written in lower case, or
//     capitalised inside a sentence, elsewhere in it, and which types the
//     tagger gave it in earlier sentences (the prediction history, so a
//     later "Blackburn" follows an earlier "Peter Blackburn").
//
// Labels are BILOU (B-, I-, L- for the first, inner and last word of a
// name, U- for a one-word name); Viterbi only follows transitions BILOU
// allows. Results are reported as IOB2 tags or as Chunks.
//
// # Models shipped
//
// Default is the coarse model (PER, LOC, ORG, MISC), trained on CoNLL-2003.
// DefaultFine stacks on it and tags newsgraph's types (person, party,
// country, organization, place, event, misc): its features include the
// coarse model's labels and the type the rules of FineType give each
// coarse name (gazetteer classes, head words such as "Party" or
// "election"). Both are embedded (data/ner) and written by tools/nertrain;
// data/README.md gives the command, the data and the F1 to expect.
//
// FineChunks (and TagFine) then fix names by rules the sequence view
// misses: a name's extent and type by its head words and structure
// (finerules.go: complements such as "Fund for X", foreign links such as
// "Parti des ...", event and state heads; orgrules.go: institution heads
// such as "Committee" or "School" make a person or party name an
// organization's; placerules.go: constituencies such as "X East" or
// "A - B - C"; seatplaces.go: "the seat of X"; orglists.go: each item of a
// list of organizations is one name; boards.go: "Board of Trustees of X"
// names X), and what the document says about its acronyms: one
// defined in parentheses after a name takes the name's type wherever it
// stands alone, one the gazetteer knows as a party's is a party in a
// document about parties, and a fine model's party acronym makes its long
// name a party's (acronymparties.go).
//
// # Evaluation
//
// Chunks and Evaluation count names as the CoNLL shared task's conlleval
// script does: a name is correct only when its type and both boundaries
// match. Gold tags may be IOB1 (as in CoNLL-2003), IOB2 or BILOU.
//
// # Recognizer
//
// Recognizer adapts a model to the text.Recognizer interface of package
// entities/text, so the extraction pipeline of package entities can run it
// as a stage beside the gazetteer and cue rules. The package imports only
// that leaf package, never entities itself. It joins hyphenated name
// chains ("al-Hakim", "Jamaat-e-Islami") into one token as CoNLL-2003
// writes them, and lets person names keep their particles ("bin", "van",
// "de"). Models are safe for concurrent use.
package ner
