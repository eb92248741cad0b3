// Package ner is newsgraph's trained named-entity recognizer: a
// first-order sequence tagger (an averaged structured perceptron decoded
// with Viterbi) over hashed features of each token and its neighbours,
// gazetteer membership, word clusters induced from unlabelled news and the
// way a word is written elsewhere in the same document.
//
// # Labels
//
// The tagger predicts BILOU labels internally (B-, I-, L- for the first,
// inner and last token of a multi-token name, U- for a one-token name) over
// the CoNLL-2003 types PER, LOC, ORG and MISC, and reports IOB2 tags. Fine
// maps its spans to newsgraph's types (person, party, country,
// organization, place, event, misc) with the gazetteer and head words.
//
// # Model
//
// The trained model is embedded (data/ner/model.bin.gz) and loaded once by
// Default. It is produced by tools/nertrain from CoNLL-2003 eng.train and
// unlabelled news; data/README.md gives the command and the expected F1.
//
// # Evaluation
//
// Chunks and Evaluate count phrases as the CoNLL shared task's conlleval
// script does: a phrase is correct only when its type and both boundaries
// match. Gold labels may be IOB1 (as in CoNLL-2003) or IOB2.
//
// # Recognizer
//
// Recognizer adapts a Tagger to entities.Recognizer, so ingest can use the
// model beside the gazetteers and cue rules.
package ner
