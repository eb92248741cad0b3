// Command parsetrain trains the tagger, lemmatizer and dependency parser
// of entities/syntax on UD English EWT and writes the model embedded by
// package data (data/parser/model.bin.gz), then records its figures in
// data/README.md.
//
// Run from the repository root with the treebanks in ../shared/ud:
//
//	nice go run ./tools/parsetrain -seed 1
//
// It trains on ewt-train.conllu, keeps the epochs that score best on
// ewt-dev.conllu, and reports ewt-dev and gum-dev (GUM is read for
// evaluation only; its licence, CC BY-NC-SA 4.0, rules out training a
// shipped model on it). The same seed and data give the same model. Word
// clusters come from the embedded NER model (entities/ner); retrain the
// parser when it changes them (go test ./entities/syntax says so).
package main
