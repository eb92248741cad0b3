package gazetteer

import (
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/newsgraph/newsgraph/data"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/cputime"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden")

func TestNewLookupOrder(t *testing.T) {
	g := New([]Entry{
		{ID: "place:2", Name: "Georgia", Type: graph.Place, Country: "US", Population: 9_000_000,
			Aliases: []Alias{{"Georgia", KindName}}},
		{ID: "country:GE", Name: "Georgia", Type: graph.Country, Country: "GE", Population: 3_700_000,
			Aliases: []Alias{{"Georgia", KindName}, {"GE", KindCode}, {"Georgian", KindDemonym}}},
		{ID: "place:1", Name: "Georgian Bay", Type: graph.Place, Country: "CA",
			Aliases: []Alias{{"Georgian Bay", KindName}, {"Georgian", KindDerived}}},
		{ID: "party:1", Name: "Georgian Dream", Type: graph.Party, Country: "GE",
			Aliases: []Alias{{"Georgian Dream", KindName}, {"GD", KindShort}, {"G.D.", KindDerived}, {"gd", KindName}}},
		{ID: "place:3", Name: "Springfield", Type: graph.Place, Country: "US", Population: 100,
			Aliases: []Alias{{"Springfield", KindName}}},
		{ID: "place:4", Name: "Springfield", Type: graph.Place, Country: "US", Population: 200,
			Aliases: []Alias{{"Springfield", KindName}, {"", KindName}}},
	})
	ids := func(ms []Match) string {
		var s []string
		for _, m := range ms {
			s = append(s, m.Entry.ID+"/"+string(m.Alias.Kind))
		}
		return strings.Join(s, " ")
	}
	tests := []struct{ key, want string }{
		// A country before a more populous place of the same kind.
		{"georgia", "country:GE/name place:2/name"},
		// Stronger kind first.
		{"georgian", "country:GE/demonym place:1/derived"},
		// A key repeated within an entry counts once, with its strongest kind.
		{"gd", "party:1/name"},
		// Larger population first.
		{"springfield", "place:4/name place:3/name"},
		{"nowhere", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := ids(g.Lookup(tt.key)); got != tt.want {
			t.Errorf("Lookup(%q) = %q, want %q", tt.key, got, tt.want)
		}
	}
	if got := g.Find("Georgian  Dream"); len(got) != 1 || got[0].Entry.ID != "party:1" {
		t.Errorf("Find(Georgian  Dream) = %v", got)
	}
	if g.Len() != 6 || g.MaxWords() != 2 {
		t.Errorf("Len, MaxWords = %d, %d; want 6, 2", g.Len(), g.MaxWords())
	}
	if e := g.CountryByCode("ge"); e == nil || e.ID != "country:GE" {
		t.Errorf("CountryByCode(ge) = %v", e)
	}
	if e := g.CountryByCode("US"); e != nil {
		t.Errorf("CountryByCode(US) = %v, want nil", e)
	}
	if e := g.ByID("place:3"); e == nil || e.Population != 100 {
		t.Errorf("ByID(place:3) = %v", e)
	}
	if g.ByID("place:9") != nil {
		t.Errorf("ByID(place:9) != nil")
	}
}

func TestLookupDoesNotAllocate(t *testing.T) {
	g := Default()
	keys := []string{"pakistan", "new delhi", "no such place at all", "bjp"}
	if n := testing.AllocsPerRun(100, func() {
		for _, k := range keys {
			_ = g.Lookup(k)
		}
	}); n != 0 {
		t.Errorf("Lookup allocates %v times per run", n)
	}
}

// TestDefaultFacts checks facts that the embedded data must get right.
func TestDefaultFacts(t *testing.T) {
	g := Default()
	type want struct {
		id, typ, country string
		kind             AliasKind
		capital, first   bool // the entry is a capital; it is the first match
	}
	tests := []struct {
		text string
		want want
	}{
		{"pakistani", want{id: "country:PK", kind: KindDemonym, first: true}},
		{"Pakistanis", want{id: "country:PK", kind: KindDemonym, first: true}},
		{"Islamabad", want{typ: "place", country: "PK", capital: true, first: true}},
		{"New Delhi", want{typ: "place", country: "IN", capital: true, first: true}},
		{"BJP", want{typ: "party", country: "IN", kind: KindShort, first: true}},
		{"Bharatiya Janata Party", want{typ: "party", country: "IN", kind: KindName, first: true}},
		{"UN", want{id: "org:Q1065", kind: KindShort, first: true}},
		{"United Nations", want{id: "org:Q1065", kind: KindName, first: true}},
		{"G7", want{typ: "organization", first: true}},
		{"Group of Seven", want{typ: "organization", first: true}},
		{"UN Security Council", want{typ: "organization", first: true}},
		{"U.S.", want{id: "country:US", kind: KindShort, first: true}},
		{"USA", want{id: "country:US", kind: KindShort, first: true}},
		{"UK", want{id: "country:GB", kind: KindShort, first: true}},
		{"UAE", want{id: "country:AE", kind: KindShort, first: true}},
		{"Americans", want{id: "country:US", kind: KindDemonym, first: true}},
		{"PK", want{id: "country:PK", kind: KindCode, first: true}},
		{"Georgia", want{id: "country:GE", first: true}},
		{"Georgia", want{typ: "place", country: "US"}},
		{"Jammu and Kashmir", want{typ: "place", country: "IN", first: true}},
		{"British Columbia", want{typ: "place", country: "CA", first: true}},
		{"Punjab", want{typ: "place", country: "PK"}},
		{"Punjab", want{typ: "place", country: "IN"}},
		{"West Asia", want{typ: "place", first: true}},
		{"Middle East", want{typ: "place", first: true}},
		{"South Asia", want{typ: "place", first: true}},
		{"Congress", want{id: "party:1297", kind: KindDerived}},
		{"CPI(M)", want{typ: "party", country: "IN", first: true}},
		{"JD(U)", want{typ: "party", country: "IN", kind: KindShort, first: true}},
		{"JDU", want{typ: "party", country: "IN", kind: KindDerived, first: true}},
		{"PTI", want{typ: "party", country: "PK", kind: KindShort, first: true}},
		{"PML-N", want{typ: "party", country: "PK", kind: KindShort, first: true}},
		{"PPP", want{typ: "party", country: "PK", kind: KindDerived}},
		{"Narendra Modi", want{typ: "person", country: "IN", kind: KindName, first: true}},
		{"Shehbaz Sharif", want{typ: "person", country: "PK", first: true}},
		{"Donald Trump", want{typ: "person", country: "US", kind: KindName, first: true}},
		{"Reading", want{typ: "place", country: "GB", kind: KindDerived, first: true}},
		{"Nice", want{typ: "place", country: "FR", kind: KindDerived, first: true}},
		{"NATO", want{typ: "organization", kind: KindShort, first: true}},
		{"Paris", want{typ: "place", country: "FR", capital: true, first: true}},
	}
	for _, tt := range tests {
		ms := g.Find(tt.text)
		i := slices.IndexFunc(ms, func(m Match) bool {
			w := tt.want
			return (w.id == "" || m.Entry.ID == w.id) &&
				(w.typ == "" || string(m.Entry.Type) == w.typ) &&
				(w.country == "" || m.Entry.Country == w.country) &&
				(w.kind == "" || m.Alias.Kind == w.kind) &&
				(!w.capital || m.Entry.Capital)
		})
		switch {
		case i < 0:
			t.Errorf("%q: no match like %+v among %s", tt.text, tt.want, describe(ms))
		case tt.want.first && i > 0:
			t.Errorf("%q: the match like %+v is #%d: %s", tt.text, tt.want, i+1, describe(ms))
		}
	}
	if e := g.CountryByCode("IN"); e == nil || e.Name != "India" || !slices.Contains(e.Capitals, "New Delhi") {
		t.Errorf("CountryByCode(IN) = %+v", e)
	}
	if e := g.ByID("country:PK"); e == nil || e.Type != graph.Country {
		t.Errorf("ByID(country:PK) = %+v", e)
	}
	if g.MaxWords() < 5 {
		t.Errorf("MaxWords = %d", g.MaxWords())
	}
}

// TestDefaultInvariants checks every embedded entry.
func TestDefaultInvariants(t *testing.T) {
	g := Default()
	ids := make(map[string]bool, g.Len())
	n := 0
	for e := range g.All {
		n++
		if ids[e.ID] {
			t.Errorf("duplicate ID %s", e.ID)
		}
		ids[e.ID] = true
		if !graph.ValidType(e.Type) || e.Name == "" || len(e.Aliases) == 0 {
			t.Errorf("%s: bad type, name or aliases: %+v", e.ID, e)
			continue
		}
		if Key(e.Aliases[0].Text) != Key(e.Name) {
			t.Errorf("%s: first alias %q is not the name %q", e.ID, e.Aliases[0].Text, e.Name)
		}
		if !strings.HasPrefix(e.ID, string(e.Type)[:3]) && !strings.HasPrefix(e.ID, "region:") && !strings.HasPrefix(e.ID, "area:") {
			t.Errorf("%s: ID does not match type %s", e.ID, e.Type)
		}
		if e.Country != "" && g.CountryByCode(e.Country) == nil {
			t.Errorf("%s: unknown country %q", e.ID, e.Country)
		}
		keys := make(map[string]bool)
		for _, a := range e.Aliases {
			k := Key(a.Text)
			if keys[k] {
				t.Errorf("%s: two aliases with key %q", e.ID, k)
			}
			keys[k] = true
			if !a.Kind.Valid() || len([]rune(k)) < 2 {
				t.Errorf("%s: bad alias %+v", e.ID, a)
			}
			// Lookup finds the entry under the alias, once, in order:
			// stronger kinds first, then countries, then larger population.
			ms := g.Lookup(k)
			if !slices.IsSortedFunc(ms, compareMatches) {
				t.Errorf("Lookup(%q) is not in order: %s", k, describe(ms))
			}
			found := 0
			for i, m := range ms {
				if m.Entry == e {
					found++
				}
				if i > 0 && m.Entry == ms[i-1].Entry {
					t.Errorf("Lookup(%q) repeats %s", k, m.Entry.ID)
				}
			}
			if found != 1 {
				t.Errorf("Lookup(%q) finds %s %d times", k, e.ID, found)
			}
		}
	}
	if n != g.Len() {
		t.Errorf("All yields %d entries, Len = %d", n, g.Len())
	}
	// Every type is present in numbers.
	counts := make(map[graph.Type]int)
	for e := range g.All {
		counts[e.Type]++
	}
	for typ, min := range map[graph.Type]int{graph.Country: 240, graph.Place: 100_000, graph.Party: 5000, graph.Organization: 500, graph.Person: 300} {
		if counts[typ] < min {
			t.Errorf("%d entries of type %s, want at least %d", counts[typ], typ, min)
		}
	}
}

// TestDefaultConcurrent loads and reads the default gazetteer from many
// goroutines at once (run with -race).
func TestDefaultConcurrent(t *testing.T) {
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			g := Default()
			if len(g.Lookup("pakistan")) == 0 || g.ByID("country:IN") == nil {
				t.Error("lookup failed")
			}
		})
	}
	wg.Wait()
}

// TestLookupGolden records the first matches of probe phrases in
// testdata/lookup.golden; run with -update after regenerating the data.
func TestLookupGolden(t *testing.T) {
	g := Default()
	probes, err := os.ReadFile(filepath.Join("testdata", "lookup.probes"))
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, p := range strings.Split(strings.TrimSpace(string(probes)), "\n") {
		if p == "" || strings.HasPrefix(p, "#") {
			continue
		}
		ms := g.Find(p)
		fmt.Fprintf(&b, "%s\t%d\n", p, len(ms))
		for _, m := range ms[:min(len(ms), 3)] {
			e := m.Entry
			fmt.Fprintf(&b, "\t%s\t%s\t%s\t%s\t%s\tpop=%d", m.Alias.Kind, e.ID, e.Type, e.Name, e.Country, e.Population)
			if e.Capital {
				b.WriteString("\tcapital")
			}
			if e.Role != "" {
				b.WriteString("\t" + e.Role)
			}
			b.WriteByte('\n')
		}
	}
	golden := filepath.Join("testdata", "lookup.golden")
	if *update {
		if err := os.WriteFile(golden, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if got := b.String(); got != string(want) {
		t.Errorf("lookups differ from %s (run go test -update after checking the change):\n%s", golden, diffLines(string(want), got))
	}
}

func describe(ms []Match) string {
	var s []string
	for _, m := range ms[:min(len(ms), 6)] {
		s = append(s, fmt.Sprintf("[%s %s %s %s]", m.Entry.ID, m.Entry.Name, m.Entry.Country, m.Alias.Kind))
	}
	return strings.Join(s, " ")
}

// diffLines lists the lines of got that want lacks and the reverse.
func diffLines(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	var b strings.Builder
	for _, l := range g {
		if !slices.Contains(w, l) {
			b.WriteString("+ " + l + "\n")
		}
	}
	for _, l := range w {
		if !slices.Contains(g, l) {
			b.WriteString("- " + l + "\n")
		}
	}
	return b.String()
}

// BenchmarkLoad measures what Default does once: decompress, parse and
// index the embedded files. Besides wall time it reports the CPU time of
// the whole process per load (cpu-ms/op), which other load on the machine
// disturbs less.
func BenchmarkLoad(b *testing.B) {
	sub, err := fs.Sub(data.Gazetteer, "gazetteer")
	if err != nil {
		b.Fatal(err)
	}
	cpu := cputime.Used()
	n := 0
	for b.Loop() {
		if _, err := Load(sub); err != nil {
			b.Fatal(err)
		}
		n++
	}
	if used := cputime.Used() - cpu; used > 0 {
		b.ReportMetric(float64(used.Milliseconds())/float64(n), "cpu-ms/op")
	}
}

// BenchmarkLookup looks up the n-grams of a news sentence, as the extractor
// does.
func BenchmarkLookup(b *testing.B) {
	g := Default()
	words := strings.Fields(Key("Prime Minister Shehbaz Sharif has tapped former Foreign Minister to lead a delegation to the United Nations in New York, Washington, London and Brussels"))
	var grams []string
	for i := range words {
		for n := 1; n <= g.MaxWords() && i+n <= len(words); n++ {
			grams = append(grams, strings.Join(words[i:i+n], " "))
		}
	}
	b.ResetTimer()
	found := 0
	for b.Loop() {
		for _, k := range grams {
			found += len(g.Lookup(k))
		}
	}
	b.ReportMetric(float64(len(grams)), "lookups/op")
}

func TestLookupLonger(t *testing.T) {
	g := New([]Entry{
		{ID: "place:1", Name: "New York", Type: graph.Place, Aliases: []Alias{{"New York", KindName}}},
		{ID: "place:2", Name: "New York City", Type: graph.Place, Aliases: []Alias{{"New York City", KindName}, {"NYC", KindShort}}},
		{ID: "org:1", Name: "Bank of New England", Type: graph.Organization, Aliases: []Alias{{"Bank of New England", KindName}}},
		{ID: "org:2", Name: "AT&T", Type: graph.Organization, Aliases: []Alias{{"AT&T", KindName}}},
	})
	for _, tt := range []struct {
		key     string
		matches int
		longer  bool
	}{
		{"new", 0, true},
		{"new york", 1, true},
		{"new york city", 1, false},
		{"new york c", 0, false},
		{"bank", 0, true},
		{"bank of", 0, true},
		{"bank of new", 0, true},
		{"bank of new england", 1, false},
		{"of new", 0, false}, // not a word prefix: keys start at their first word
		{"at", 0, false},     // "at&t" goes on without a space
		{"at&t", 1, false},
		{"nyc", 1, false},
		{"york", 0, false},
	} {
		m, longer := g.LookupLonger(tt.key)
		if len(m) != tt.matches || longer != tt.longer {
			t.Errorf("LookupLonger(%q) = %d matches, %v; want %d, %v", tt.key, len(m), longer, tt.matches, tt.longer)
		}
		if got := g.Lookup(tt.key); len(got) != len(m) {
			t.Errorf("Lookup(%q) = %d matches, LookupLonger %d", tt.key, len(got), len(m))
		}
	}
}

// TestDefaultLookupLonger checks the word prefixes of every key of the
// embedded gazetteer: each is marked as going on, and a key is marked so
// exactly when a longer key starts with it and a space.
func TestDefaultLookupLonger(t *testing.T) {
	g := Default()
	keys := map[string]bool{}
	for e := range g.All {
		for _, a := range e.Aliases {
			if k := Key(a.Text); k != "" {
				keys[k] = true
			}
		}
	}
	prefixes := map[string]bool{}
	for k := range keys {
		for i := range len(k) {
			if k[i] == ' ' {
				prefixes[k[:i]] = true
			}
		}
	}
	for k := range keys {
		if m, longer := g.LookupLonger(k); len(m) == 0 || longer != prefixes[k] {
			t.Fatalf("LookupLonger(%q) = %d matches, %v; want some, %v", k, len(m), longer, prefixes[k])
		}
	}
	for p := range prefixes {
		if m, longer := g.LookupLonger(p); !longer || len(m) == 0 != !keys[p] {
			t.Fatalf("LookupLonger(%q) = %d matches, %v; want longer, key %v", p, len(m), longer, keys[p])
		}
	}
}
