package embedded

import "testing"

func TestParser(t *testing.T) {
	p := Parser()
	if p.ClustersStale() {
		t.Error("entities/ner's word clusters changed since the parser was trained: retrain it (go run ./tools/parsetrain -seed 1)")
	}
	tr := p.ParseSentence([]string{"It", "works", "."})
	if tr.Root() != 1 {
		t.Errorf("root %d in %+v", tr.Root(), tr.Tokens)
	}
}
