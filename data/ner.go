package data

import _ "embed"

// The trained named-entity recognizer, written by tools/nertrain and read
// by entities/ner: NERModel tags PER, LOC, ORG and MISC (ner/model.bin.gz);
// NERFineModel, stacked on it, tags newsgraph's types (ner/fine.bin.gz).
var (
	//go:embed ner/model.bin.gz
	NERModel []byte
	//go:embed ner/fine.bin.gz
	NERFineModel []byte
)
