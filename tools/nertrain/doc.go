// Command nertrain trains newsgraph's named-entity recognizer
// (entities/ner) and writes the model that package data embeds.
//
// It induces word clusters from unlabelled news (spherical k-means over
// the words' left and right neighbours, in two levels), collects names
// from the embedded gazetteer, trains the averaged perceptron on a
// CoNLL-2003 training file, picks the number of epochs by F1 on the
// development file, and writes the model:
//
//	go run ./tools/nertrain -out data/ner/model.bin.gz
//
// Flags add training signal beyond CoNLL-2003: -coarse-crossner N trains
// the coarse model also on CrossNER politics train (its labels mapped to
// CoNLL-2003's), -known-orgs adds the lexicon's well-known organizations
// and -former-countries FILE the countries of a WhoGov table that the
// gazetteer lacks (the Soviet Union, Yugoslavia) to the gazetteer
// features.
//
// -heldout-dir DIR -heldout-fold K holds out a fixed fifth of the fine
// training file (by the hash of each sentence's text) and writes both
// models to DIR instead, for an estimate on sentences neither model saw
// (scripts/ner-heldout runs every fold).
//
// The defaults read ../shared/ner/conll2003/eng.train and eng.testa and
// ../shared/corpus/{reuters21578,bbc_news}.jsonl; data/README.md gives the
// seed and the F1 to expect. Training never runs from go generate.
package main
