package main

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/store"
	"github.com/newsgraph/newsgraph/ingest"
	"github.com/newsgraph/newsgraph/internal/ingesttest"
)

// cli runs one command line against a store and returns its exit status
// and output.
func cli(t *testing.T, db string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(append([]string{"--db", db}, args...), strings.NewReader(""), &out, &errb)
	return code, out.String(), errb.String()
}

// story is a short article naming two people, a party and countries.
const story = ingesttest.Story

func writeFile(t *testing.T, dir, name, content string) string {
	t.Helper()
	return ingesttest.WriteFile(t, dir, name, content)
}

func TestIngestAndQuery(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "db")
	in := filepath.Join(dir, "in")
	os.MkdirAll(in, 0o755)
	writeFile(t, in, "story.txt", story)

	code, out, errs := cli(t, db, "ingest", in)
	if code != 0 || !strings.Contains(out, "1 added, 0 unchanged, 0 failed") {
		t.Fatalf("ingest: code %d, out %q, err %q", code, out, errs)
	}
	code, out, _ = cli(t, db, "ingest", "--json", in)
	var sum ingest.Summary
	if err := json.Unmarshal([]byte(out), &sum); code != 0 || err != nil || sum.Added != 0 || sum.Unchanged != 1 {
		t.Fatalf("re-ingest: code %d, summary %+v, err %v", code, sum, err)
	}

	code, out, _ = cli(t, db, "entities", "--json", "--type", "person")
	var ents []graph.Entity
	if err := json.Unmarshal([]byte(out), &ents); code != 0 || err != nil {
		t.Fatalf("entities: %d %v", code, err)
	}
	names := map[string]graph.Entity{}
	for _, e := range ents {
		names[e.Name] = e
	}
	bz, ok := names["Bilawal Bhutto Zardari"]
	if !ok || bz.Mentions != 3 || len(names) != 2 {
		t.Errorf("people = %+v, want Bilawal Bhutto Zardari (3 mentions) and Shehbaz Sharif", names)
	}

	code, out, _ = cli(t, db, "show", "--json", "mr zardari")
	var sh showResult
	if err := json.Unmarshal([]byte(out), &sh); code != 0 || err != nil {
		t.Fatalf("show: %d %v %s", code, err, out)
	}
	// "<Party> Chairman X" states that X heads the party (leads), not
	// only that X belongs to it.
	member := false
	for _, r := range sh.Relations {
		if r.Kind == graph.Leads && r.Other.Name == "Pakistan Peoples Party" && r.Direction == "out" && len(r.Evidence) == 1 {
			member = true
		}
	}
	if !member {
		t.Errorf("show: no leads → Pakistan Peoples Party with evidence in %+v", sh.Relations)
	}

	// A misspelt word resolves; a name only partly like one gets suggestions.
	code, _, errs = cli(t, db, "show", "Bilawal Zardary")
	if code != 0 || !strings.Contains(errs, `is "Bilawal Bhutto Zardari"`) {
		t.Errorf("misspelt name: code %d, stderr %q", code, errs)
	}
	code, _, errs = cli(t, db, "show", "Bilawal Smith")
	if code != 1 || !strings.Contains(errs, `did you mean "Bilawal Bhutto Zardari"`) {
		t.Errorf("unknown name: code %d, stderr %q", code, errs)
	}

	code, out, _ = cli(t, db, "neighbours", "--json", "Pakistan Peoples Party", "--kind", "leads")
	if code != 0 || !strings.Contains(out, "Bilawal Bhutto Zardari") {
		t.Errorf("neighbours: %d %s", code, out)
	}
	code, out, _ = cli(t, db, "path", "--json", "Shehbaz Sharif", "India")
	var p pathResult
	if err := json.Unmarshal([]byte(out), &p); code != 0 || err != nil || len(p.Hops) != 2 {
		t.Errorf("path: code %d, %+v, %v", code, p, err)
	}
	for _, by := range []string{"degree", "pagerank", "betweenness", "closeness", "eigenvector"} {
		code, out, _ = cli(t, db, "rank", "--json", "--by", by, "--top", "3")
		var rows []rankRow
		if err := json.Unmarshal([]byte(out), &rows); code != 0 || err != nil || len(rows) != 3 {
			t.Errorf("rank --by %s: code %d, %v, %s", by, code, err, out)
		}
	}
	code, out, _ = cli(t, db, "communities", "--json")
	if code != 0 || !strings.Contains(out, `"modularity"`) {
		t.Errorf("communities: %d %s", code, out)
	}
	code, out, _ = cli(t, db, "stats", "--json")
	var st statsResult
	if err := json.Unmarshal([]byte(out), &st); code != 0 || err != nil || st.Articles != 1 || st.ByKind[graph.Leads] != 1 {
		t.Errorf("stats: %d %+v %v", code, st, err)
	}
}

func TestIngestBadInputs(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "db")
	in := filepath.Join(dir, "in")
	os.MkdirAll(in, 0o755)
	writeFile(t, in, "good.txt", story)
	writeFile(t, in, "empty.txt", "")
	writeFile(t, in, "binary.txt", "\x00\x01\x02PK\x03\x04\x00\x00garbage\x00")
	writeFile(t, in, "latin1.txt", "Caf\xe9 au lait\nIt was late.\n")
	writeFile(t, in, "feed.jsonl", `{"title":"One","text":"India and Pakistan met in Geneva."}
{"title": broken
{"title":"Two","body":"Japan and Malaysia signed a deal."}
`)
	code, out, errs := cli(t, db, "ingest", in, filepath.Join(dir, "missing.txt"))
	if code != 1 {
		t.Fatalf("exit %d, want 1; out %q err %q", code, out, errs)
	}
	if !strings.Contains(out, "3 added, 0 unchanged, 5 failed") {
		t.Errorf("summary %q", out)
	}
	for _, want := range []string{"empty.txt", "binary.txt", "latin1.txt", "feed.jsonl:2:", "missing.txt"} {
		if !strings.Contains(errs, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errs)
		}
	}
	for _, line := range strings.Split(strings.TrimSpace(errs), "\n") {
		if !strings.HasPrefix(line, "newsgraph: ") {
			t.Errorf("error line %q is not one prefixed line", line)
		}
	}
}

func TestStoreErrors(t *testing.T) {
	dir := t.TempDir()

	// Not a store: exit 2, nothing written.
	other := filepath.Join(dir, "other")
	os.MkdirAll(other, 0o755)
	writeFile(t, other, "notes.txt", "hello")
	code, _, errs := cli(t, other, "ingest", filepath.Join(other, "notes.txt"))
	if code != 2 || !strings.Contains(errs, "not a newsgraph store") || strings.Count(errs, "\n") != 1 {
		t.Errorf("foreign dir: code %d, stderr %q", code, errs)
	}
	if entries, _ := os.ReadDir(other); len(entries) != 1 {
		t.Errorf("ingest wrote into a foreign directory")
	}

	// No store: exit 2.
	code, _, errs = cli(t, filepath.Join(dir, "none"), "entities")
	if code != 2 || !strings.Contains(errs, "no store") {
		t.Errorf("missing store: code %d, stderr %q", code, errs)
	}

	// Locked by a writer: exit 2, naming the holder.
	db := filepath.Join(dir, "db")
	s, err := store.Open(db, store.Options{Create: true})
	if err != nil {
		t.Fatal(err)
	}
	code, _, errs = cli(t, db, "stats")
	s.Close()
	if code != 2 || !strings.Contains(errs, "in use by another process") || !strings.Contains(errs, "pid") {
		t.Errorf("locked store: code %d, stderr %q", code, errs)
	}

	// Bad usage: exit 2.
	if code, _, _ = cli(t, db, "rank", "--by", "fame"); code != 2 {
		t.Errorf("bad measure: code %d, want 2", code)
	}
	if code, _, _ = cli(t, db, "export"); code != 2 {
		t.Errorf("export without --format: code %d, want 2", code)
	}
}

// TestExportHostileNames stores entities whose names try to break out of
// every format and checks each export still parses and shows them as text.
func TestExportHostileNames(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "db")
	s, err := store.Open(db, store.Options{Create: true})
	if err != nil {
		t.Fatal(err)
	}
	hostile := `"]; <script>alert(1)</script>`
	const art = "0123456789abcdef"
	text := "A sentence naming " + hostile + " & friends."
	err = s.Update(func(tx *store.Txn) error {
		if err := tx.PutArticle(&graph.Article{ID: art, Title: "<b>title</b>"}, text, art); err != nil {
			return err
		}
		a := &graph.Entity{Name: hostile, Type: graph.Person}
		b := &graph.Entity{Name: "B & <C>", Type: graph.Organization}
		if _, err := tx.NewEntity(a); err != nil {
			return err
		}
		if _, err := tx.NewEntity(b); err != nil {
			return err
		}
		if err := tx.AddMentions(art, a.ID, []graph.Span{{Start: 19, End: 19 + len(hostile)}}); err != nil {
			return err
		}
		return tx.AddRelation(a.ID, graph.CoMention, b.ID, art, []graph.Span{{Start: 0, End: len(text)}})
	})
	s.Close()
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{"json", "graphml", "dot", "svg"} {
		out := filepath.Join(dir, "out."+f)
		code, _, errs := cli(t, db, "export", "--format", f, "--out", out)
		if code != 0 {
			t.Fatalf("export %s: code %d: %s", f, code, errs)
		}
		b, _ := os.ReadFile(out)
		switch f {
		case "json":
			var v struct {
				Nodes []graph.Entity `json:"nodes"`
			}
			if err := json.Unmarshal(b, &v); err != nil || len(v.Nodes) != 2 || v.Nodes[0].Name != hostile {
				t.Errorf("json: %v %+v", err, v.Nodes)
			}
		case "graphml", "svg":
			dec := xml.NewDecoder(bytes.NewReader(b))
			for {
				tok, err := dec.Token()
				if err == io.EOF {
					break
				}
				if err != nil {
					t.Fatalf("%s does not parse: %v", f, err)
				}
				if se, ok := tok.(xml.StartElement); ok && se.Name.Local == "script" {
					t.Errorf("%s: a name injected a <script> element", f)
				}
			}
			if !strings.Contains(string(b), "&lt;script&gt;") {
				t.Errorf("%s: escaped name not found", f)
			}
		case "dot":
			if strings.Contains(string(b), "<script>") && !strings.Contains(string(b), `\"]; <script>`) {
				t.Errorf("dot: name not quoted:\n%s", b)
			}
		}
	}
}

func TestDemo(t *testing.T) {
	dir := t.TempDir()
	var out, errb bytes.Buffer
	code := run([]string{"demo", "--out", filepath.Join(dir, "demo")}, strings.NewReader(""), &out, &errb)
	if code != 0 {
		t.Fatalf("demo: code %d\n%s\n%s", code, out.String(), errb.String())
	}
	for _, f := range []string{"map.svg", "graph.graphml"} {
		if st, err := os.Stat(filepath.Join(dir, "demo", f)); err != nil || st.Size() == 0 {
			t.Errorf("%s missing or empty", f)
		}
	}
	// Running it again rebuilds a fresh store.
	out.Reset()
	if code := run([]string{"demo", "--out", filepath.Join(dir, "demo")}, strings.NewReader(""), &out, &errb); code != 0 || !strings.Contains(out.String(), "Read 5 sample articles") {
		t.Errorf("second demo: code %d, %s", code, out.String())
	}
}

func TestHelpForEveryCommand(t *testing.T) {
	root := newRootCommand(&globalOptions{})
	for _, c := range root.Commands() {
		if c.Name() == "help" || c.Name() == "completion" {
			continue
		}
		var out bytes.Buffer
		code := run([]string{c.Name(), "--help"}, strings.NewReader(""), &out, io.Discard)
		if code != 0 || !strings.Contains(out.String(), "Exit status") {
			t.Errorf("%s --help: code %d, no exit statuses in:\n%s", c.Name(), code, out.String())
		}
	}
}
