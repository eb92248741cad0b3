package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/entities/gazetteer"
)

func TestCountryCode(t *testing.T) {
	gz := gazetteer.Default()
	for tag, want := range map[string]string{"usa": "US", "uk": "GB", "japan": "JP", "south-korea": "KR", "ussr": "SU", "nowhere-land": ""} {
		if got := countryCode(gz, tag); got != want {
			t.Errorf("countryCode(%q) = %q, want %q", tag, got, want)
		}
	}
}

func TestEvaluate(t *testing.T) {
	dir := t.TempDir()
	corpus := filepath.Join(dir, "c.jsonl")
	os.WriteFile(corpus, []byte(`{"id": 1, "body": "Japan said.", "places": ["japan", "usa"], "people": ["james-baker", "volcker"]}
{"id": 2, "body": "", "places": ["uk"], "people": []}
`), 0o644)
	export := filepath.Join(dir, "g.json")
	os.WriteFile(export, []byte(`{"nodes": [
  {"id": 1, "name": "Japan", "type": "country", "attrs": {"country": "JP"}},
  {"id": 2, "name": "James Baker", "type": "person"}],
 "articles": [{"ref": "1", "entities": [1, 2]}]}`), 0o644)
	var out bytes.Buffer
	if err := evaluate(corpus, export, 5, &out); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"1 articles", "countries      1 of      2", "people         1 of      2", "most missed: usa 1", "most missed: volcker 1"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
}
