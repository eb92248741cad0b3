package data

import _ "embed"

// ParserModel is the trained tagger, lemmatizer and dependency parser of
// entities/syntax (parser/model.bin.gz), written by tools/parsetrain from
// UD English EWT: CC BY-SA 4.0, see README.md.
//
//go:embed parser/model.bin.gz
var ParserModel []byte
