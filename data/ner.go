package data

import _ "embed"

// NERModel is the trained named-entity recognizer (ner/model.bin.gz),
// written by tools/nertrain and read by entities/ner.Default.
//
//go:embed ner/model.bin.gz
var NERModel []byte
