package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/doctor"
	"github.com/newsgraph/newsgraph/graph/store"
)

// laterStory is a second article, ingested after curations were made.
const laterStory = `Talks in Geneva
Staff Reporter | 22 May 2025 | Geneva

Bilawal Bhutto Zardari met diplomats from India in Geneva on Thursday.

Mr Zardari said Pakistan and India should talk. Prime Minister Shahbaz Sharif welcomed the talks.
`

// exportDoc is the part of a JSON export the curation tests compare.
type exportDoc struct {
	Nodes []struct {
		ID       graph.ID   `json:"id"`
		Name     string     `json:"name"`
		Type     graph.Type `json:"type"`
		Aliases  []string   `json:"aliases"`
		Mentions int        `json:"mentions"`
		Articles int        `json:"articles"`
	} `json:"nodes"`
}

// exportJSON returns the whole JSON export (scores by degree, which are
// exact, so two exports of the same graph are byte-identical).
func exportJSON(t *testing.T, db string) string {
	t.Helper()
	code, out, errs := cli(t, db, "export", "--format", "json", "--by", "degree")
	if code != 0 {
		t.Fatalf("export: %d %s", code, errs)
	}
	return out
}

// byName indexes a JSON export's nodes by name.
func byName(t *testing.T, doc string) map[string]graph.Entity {
	t.Helper()
	var d exportDoc
	if err := json.Unmarshal([]byte(doc), &d); err != nil {
		t.Fatal(err)
	}
	m := map[string]graph.Entity{}
	for _, n := range d.Nodes {
		m[n.Name] = graph.Entity{ID: n.ID, Name: n.Name, Type: n.Type, Aliases: n.Aliases, Mentions: n.Mentions, Articles: n.Articles}
	}
	return m
}

func mustRun(t *testing.T, db string, args ...string) string {
	t.Helper()
	code, out, errs := cli(t, db, args...)
	if code != 0 {
		t.Fatalf("%s: exit %d: %s", strings.Join(args, " "), code, errs)
	}
	return out
}

// curations is every kind of curation, each with what must hold after it.
var curations = []struct {
	args  []string
	check func(t *testing.T, ents map[string]graph.Entity)
}{
	{[]string{"merge", "Pakistan", "India"}, func(t *testing.T, ents map[string]graph.Entity) {
		p, ok := ents["Pakistan"]
		if _, india := ents["India"]; india || !ok {
			t.Errorf("after merge: Pakistan %+v (present %v); India present %v", p, ok, india)
		}
	}},
	{[]string{"rename", "Shehbaz Sharif", "Shahbaz Sharif"}, func(t *testing.T, ents map[string]graph.Entity) {
		e, ok := ents["Shahbaz Sharif"]
		if _, old := ents["Shehbaz Sharif"]; old || !ok || !slices.Contains(e.Aliases, "Shehbaz Sharif") {
			t.Errorf("after rename: %+v (present %v)", e, ok)
		}
	}},
	{[]string{"retype", "United Nations", "party"}, func(t *testing.T, ents map[string]graph.Entity) {
		if e := ents["United Nations"]; e.Type != graph.Party {
			t.Errorf("after retype: %+v", e)
		}
	}},
	{[]string{"alias", "add", "London", "Londinium"}, func(t *testing.T, ents map[string]graph.Entity) {
		if e := ents["London"]; !slices.Contains(e.Aliases, "Londinium") {
			t.Errorf("after alias add: %+v", e)
		}
	}},
	{[]string{"alias", "remove", "Pakistan", "India"}, func(t *testing.T, ents map[string]graph.Entity) {
		if e := ents["Pakistan"]; slices.Contains(e.Aliases, "India") {
			t.Errorf("after alias remove: %+v", e)
		}
	}},
	{[]string{"split", "Bilawal Bhutto Zardari", "--alias", "Zardari"}, func(t *testing.T, ents map[string]graph.Entity) {
		full, short := ents["Bilawal Bhutto Zardari"], ents["Zardari"]
		if short.ID == 0 || short.Type != graph.Person || short.Mentions == 0 || full.Mentions == 0 || short.ID == full.ID {
			t.Errorf("after split: %+v and %+v", full, short)
		}
	}},
}

// TestCurationRoundTrip applies every curation, checks each holds, that
// re-ingesting changes nothing, that undo restores the export byte for
// byte, and that curations apply to an article ingested later.
func TestCurationRoundTrip(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "db")
	in := filepath.Join(dir, "in")
	os.MkdirAll(in, 0o755)
	writeFile(t, in, "story.txt", story)
	mustRun(t, db, "ingest", in)
	base := exportJSON(t, db)

	// A dry run changes nothing and says what would merge.
	out := mustRun(t, db, "merge", "Pakistan", "India", "--dry-run", "--json")
	var res curateResult
	if err := json.Unmarshal([]byte(out), &res); err != nil || !res.DryRun || len(res.Entities) != 1 || res.Entities[0].Name != "Pakistan" || len(res.Before) != 2 || res.Before[1].Name != "India" {
		t.Fatalf("dry run: %v %s", err, out)
	}
	before := byName(t, base)
	if got, want := res.Entities[0].Mentions, before["Pakistan"].Mentions+before["India"].Mentions; got != want {
		t.Errorf("dry run: merged mentions %d, want %d", got, want)
	}
	out = mustRun(t, db, "split", "Bilawal Bhutto Zardari", "--alias", "Zardari", "--dry-run")
	if !strings.Contains(out, "dry run (nothing changed)") || !strings.Contains(out, "Zardari (#") {
		t.Errorf("split dry run: %q", out)
	}
	if exportJSON(t, db) != base {
		t.Fatal("a dry run changed the graph")
	}
	if out := mustRun(t, db, "curate", "log"); !strings.Contains(out, "no curations") {
		t.Errorf("log after a dry run: %q", out)
	}

	for _, c := range curations {
		mustRun(t, db, c.args...)
		c.check(t, byName(t, exportJSON(t, db)))
	}
	curated := exportJSON(t, db)
	ents := byName(t, curated)
	for _, c := range curations {
		c.check(t, ents) // each still holds after the later ones
	}

	// Re-ingesting the same articles changes nothing.
	mustRun(t, db, "ingest", in)
	if exportJSON(t, db) != curated {
		t.Error("re-ingest changed the curated graph")
	}

	var log []store.Curation
	if err := json.Unmarshal([]byte(mustRun(t, db, "curate", "log", "--json")), &log); err != nil || len(log) != len(curations) {
		t.Fatalf("log: %v, %d entries, want %d", err, len(log), len(curations))
	}
	for i, c := range log {
		if c.N != i+1 || !c.Active() || c.Summary == "" {
			t.Errorf("log entry %d: %+v", i, c)
		}
	}

	// Undo one in the middle (the rename), then the rest, last first.
	mustRun(t, db, "curate", "undo", "2")
	if ents := byName(t, exportJSON(t, db)); ents["Shehbaz Sharif"].ID == 0 || ents["Pakistan"].ID == 0 {
		t.Errorf("undo 2 should restore the old name and keep the merge")
	}
	if code, _, errs := cli(t, db, "curate", "undo", "2"); code != exitFailure || !strings.Contains(errs, "already undone") {
		t.Errorf("undo twice: %d %q", code, errs)
	}
	for range len(curations) - 1 {
		mustRun(t, db, "curate", "undo")
	}
	if got := exportJSON(t, db); got != base {
		t.Errorf("undo did not restore the graph exactly:\n%s", firstDiff(base, got))
	}
	if code, _, errs := cli(t, db, "curate", "undo"); code != exitFailure || !strings.Contains(errs, "nothing to undo") {
		t.Errorf("undo with nothing left: %d %q", code, errs)
	}

	// Curate again, then ingest a new article: its mentions are curated too.
	for _, c := range curations {
		mustRun(t, db, c.args...)
	}
	writeFile(t, in, "later.txt", laterStory)
	mustRun(t, db, "ingest", in)
	ents = byName(t, exportJSON(t, db))
	for _, c := range curations {
		c.check(t, ents)
	}
	if p := ents["Pakistan"]; p.Articles != 2 {
		t.Errorf("Pakistan (India merged in) has %d articles after a new one, want 2", p.Articles)
	}
	if s := ents["Shahbaz Sharif"]; s.Articles != 2 {
		t.Errorf("the renamed Shahbaz Sharif has %d articles after a new one that names him so, want 2", s.Articles)
	}
	if z := ents["Zardari"]; z.Articles != 2 {
		t.Errorf("the split-off Zardari has %d articles after a new one, want 2", z.Articles)
	}
}

func firstDiff(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := range min(len(al), len(bl)) {
		if al[i] != bl[i] {
			return "line " + strconv.Itoa(i+1) + ":\n- " + al[i] + "\n+ " + bl[i]
		}
	}
	return "lengths differ"
}

func TestCurationErrors(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "db")
	in := filepath.Join(dir, "in")
	os.MkdirAll(in, 0o755)
	writeFile(t, in, "story.txt", story)
	mustRun(t, db, "ingest", in)
	base := exportJSON(t, db)
	for _, tc := range []struct {
		args []string
		code int
		err  string
	}{
		{[]string{"merge", "Pakistan", "Atlantis"}, exitFailure, "no entity named \"Atlantis\""},
		{[]string{"merge", "Pakistan", "pakistan"}, exitFailure, "same entity"},
		{[]string{"merge", "Pakistan"}, exitStore, "requires at least 2"},
		{[]string{"split", "Pakistan", "--alias", "Lahore"}, exitFailure, "nothing to split (its mentions read \"Pakistan\")"},
		{[]string{"split", "Pakistan", "--alias", "Pakistan"}, exitFailure, "rename it instead"},
		{[]string{"split", "Pakistan"}, exitStore, "required flag"},
		{[]string{"rename", "Pakistan", "Pakistan"}, exitFailure, "already named"},
		{[]string{"rename", "Pakistan", "..."}, exitStore, "no letters"},
		{[]string{"retype", "Pakistan", "planet"}, exitStore, "unknown type"},
		{[]string{"retype", "Pakistan", "country"}, exitFailure, "already a country"},
		{[]string{"alias", "remove", "Pakistan", "Pakistania"}, exitFailure, "has no alias"},
		{[]string{"alias", "add", "Bilawal Bhutto Zardari", "zardari"}, exitFailure, "already has"},
		{[]string{"curate", "undo", "x"}, exitStore, "not a positive integer"},
		{[]string{"curate", "redo"}, exitStore, "unknown command"},
		{[]string{"alias", "rename", "a", "b"}, exitStore, "unknown command"},
		{[]string{"curate", "undo", "9"}, exitFailure, "no such curation"},
		{[]string{"--db", filepath.Join(dir, "none"), "merge", "A", "B"}, exitStore, "no store"},
	} {
		code, _, errs := cli(t, db, tc.args...)
		if code != tc.code || !strings.Contains(errs, tc.err) || strings.Count(errs, "\n") != 1 {
			t.Errorf("%q: exit %d, stderr %q; want %d and %q in one line", tc.args, code, errs, tc.code, tc.err)
		}
	}
	if exportJSON(t, db) != base {
		t.Error("a failed curation changed the graph")
	}
	if out := mustRun(t, db, "curate", "log"); !strings.Contains(out, "no curations") {
		t.Errorf("failed curations were logged: %q", out)
	}
}

func TestArticlesCommand(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "db")
	in := filepath.Join(dir, "in")
	os.MkdirAll(in, 0o755)
	writeFile(t, in, "story.txt", story)
	writeFile(t, in, "feed.jsonl", `{"id": "wire-7", "title": "Wire story", "source": "Wire", "date": "2025-05-21", "text": "Prime Minister Shehbaz Sharif spoke to reporters in Lahore about India."}`+"\n")
	mustRun(t, db, "ingest", in)
	var rows []articleRow
	if err := json.Unmarshal([]byte(mustRun(t, db, "articles", "--json")), &rows); err != nil || len(rows) != 2 {
		t.Fatalf("articles: %v %+v", err, rows)
	}
	ents := byName(t, exportJSON(t, db))
	var wire *articleRow
	for i := range rows {
		if rows[i].Ref == "wire-7" {
			wire = &rows[i]
		}
	}
	if wire == nil || wire.Source != "Wire" || wire.Date != "2025-05-21" || wire.Title != "Wire story" ||
		!slices.Contains(wire.Entities, ents["Shehbaz Sharif"].ID) || slices.Contains(wire.Entities, ents["London"].ID) {
		t.Errorf("wire article: %+v", wire)
	}
	if err := json.Unmarshal([]byte(mustRun(t, db, "articles", "--json", "--source", "wire")), &rows); err != nil || len(rows) != 1 || rows[0].Ref != "wire-7" {
		t.Errorf("articles --source wire: %v %+v", err, rows)
	}
	if err := json.Unmarshal([]byte(mustRun(t, db, "articles", "--json", "--until", "2025-05-20")), &rows); err != nil || len(rows) != 1 || rows[0].Ref != "" {
		t.Errorf("articles --until 2025-05-20: %v %+v", err, rows)
	}
	if code, _, errs := cli(t, db, "articles", "--since", "May 2025"); code != exitStore || !strings.Contains(errs, "YYYY-MM-DD") {
		t.Errorf("bad date: %d %q", code, errs)
	}

	// Slicing a query: only the wire article's relations are left.
	code, out, _ := cli(t, db, "neighbours", "Shehbaz Sharif", "--source", "Wire", "--json")
	var nb []neighbourRow
	if err := json.Unmarshal([]byte(out), &nb); code != 0 || err != nil {
		t.Fatalf("neighbours --source: %d %v", code, err)
	}
	for _, n := range nb {
		if !slices.Contains(wire.Entities, n.ID) || n.Weight != 1 {
			t.Errorf("neighbour %+v is not from the wire article", n)
		}
	}
	if len(nb) == 0 {
		t.Error("no neighbours in the wire slice")
	}
	for _, args := range [][]string{
		{"rank", "--min-confidence", "2"},
		{"communities", "--weight", "votes"},
		{"export", "--format", "json", "--until", "21/05/2025"},
	} {
		if code, _, errs := cli(t, db, args...); code != exitStore || strings.Count(errs, "\n") != 1 {
			t.Errorf("%q: exit %d, %q; want 2 and one line", args, code, errs)
		}
	}
	var rk []rankRow
	code, out, _ = cli(t, db, "rank", "--json", "--top", "0", "--source", "Wire", "--weight", "articles")
	if err := json.Unmarshal([]byte(out), &rk); code != 0 || err != nil || len(rk) != len(wire.Entities) {
		t.Errorf("rank --source Wire: %d %v %+v", code, err, rk)
	}
	if code, _, _ := cli(t, db, "communities", "--json", "--since", "2025-05-21"); code != 0 {
		t.Errorf("communities --since: exit %d", code)
	}
	code, out, _ = cli(t, db, "export", "--format", "json", "--since", "2025-05-21", "--weight", "sources")
	var doc struct {
		Nodes    []struct{ ID graph.ID } `json:"nodes"`
		Articles []struct{ Ref string }  `json:"articles"`
	}
	if err := json.Unmarshal([]byte(out), &doc); code != 0 || err != nil || len(doc.Articles) != 1 || doc.Articles[0].Ref != "wire-7" || len(doc.Nodes) != len(wire.Entities) {
		t.Errorf("export --since: %d %v %+v", code, err, doc)
	}
}

func TestDoctorCommand(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "db")
	in := filepath.Join(dir, "in")
	os.MkdirAll(in, 0o755)
	writeFile(t, in, "story.txt", story)
	mustRun(t, db, "ingest", in)
	// Split off a surface form: the two entities then share a name's
	// words, which doctor must report; undoing the split clears it.
	mustRun(t, db, "split", "Bilawal Bhutto Zardari", "--alias", "Zardari")
	var rep doctor.Report
	if err := json.Unmarshal([]byte(mustRun(t, db, "doctor", "--json")), &rep); err != nil {
		t.Fatal(err)
	}
	found := false
	for _, d := range rep.Duplicates {
		names := []string{}
		for _, e := range d.Entities {
			names = append(names, e.Name)
		}
		slices.Sort(names)
		if slices.Equal(names, []string{"Bilawal Bhutto Zardari", "Zardari"}) {
			found = true
		}
	}
	if !found {
		t.Errorf("doctor missed the split pair: %+v", rep.Duplicates)
	}
	if out := mustRun(t, db, "doctor"); !strings.Contains(out, "likely duplicates: ") || !strings.Contains(out, "Zardari") {
		t.Errorf("doctor table: %q", out)
	}
}

// TestCurationFollowsJoins splits a surname off a person, then ingests an
// article that names the person by the surname alone: linking keeps the
// lone surname as an entity of its own and Resolve joins it to the one
// person who has it, and the split applies to its mention as to the
// person's own. Undone, the mention is the person's again.
func TestCurationFollowsJoins(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "db")
	in := filepath.Join(dir, "in")
	os.MkdirAll(in, 0o755)
	writeFile(t, in, "a.txt", "Budget vote\nStaff | 20 May 2025 | Quorn\n\nFinance Minister Ada Quillon said the budget would pass. Mrs Quillon said taxes would fall.\n")
	mustRun(t, db, "ingest", in)
	mustRun(t, db, "split", "Ada Quillon", "--alias", "Quillon")
	writeFile(t, in, "b.txt", "Taxes\nStaff | 21 May 2025 | Quorn\n\nMrs Quillon said on Tuesday that taxes would fall next year, the minister told reporters.\n")
	mustRun(t, db, "ingest", in)
	ents := byName(t, exportJSON(t, db))
	if full, short := ents["Ada Quillon"], ents["Quillon"]; full.Articles != 1 || short.Articles != 2 || short.ID == full.ID {
		t.Errorf("after the split and a later lone surname: %+v and %+v, want the split-off Quillon in both articles", full, short)
	}
	mustRun(t, db, "curate", "undo")
	ents = byName(t, exportJSON(t, db))
	if full, short := ents["Ada Quillon"], ents["Quillon"]; full.Articles != 2 || short.ID != 0 {
		t.Errorf("after undo: %+v and %+v, want Ada Quillon in both articles", full, short)
	}
}
