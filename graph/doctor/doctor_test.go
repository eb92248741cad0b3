package doctor

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// doctorGraph holds known duplicates, look-alikes that are not
// duplicates, a type conflict and relations of one sentence.
func doctorGraph() *graph.Graph {
	ents := []graph.Entity{
		{Name: "Shehbaz Sharif", Type: graph.Person, Mentions: 9},
		{Name: "Shahbaz Sharif", Type: graph.Person, Mentions: 2}, // spelling
		{Name: "Bilawal Bhutto Zardari", Type: graph.Person, Mentions: 5},
		{Name: "Bhutto", Type: graph.Person, Mentions: 1}, // words of one longer name
		{Name: "Sanjay Jha", Type: graph.Person, Mentions: 3},
		{Name: "Vinod Jha", Type: graph.Person, Mentions: 2},
		{Name: "Jha", Type: graph.Person, Mentions: 1}, // ambiguous
		{Name: "Pakistan Peoples Party", Type: graph.Party, Mentions: 4},
		{Name: "PPP", Type: graph.Party, Mentions: 2}, // acronym
		{Name: "MTI", Type: graph.Organization},
		{Name: "Mack Trucks Inc", Type: graph.Organization},
		{Name: "Micron Technology Inc", Type: graph.Organization}, // ambiguous acronym
		{Name: "Texas", Type: graph.Place},
		{Name: "Texas Gulf Coast", Type: graph.Place}, // places are not subsets
		{Name: "United States", Type: graph.Country, Mentions: 8, Attrs: map[string]string{"gazetteer": "US"}},
		{Name: "United States", Type: graph.Country, Mentions: 1}, // same name
		{Name: "Jha", Type: graph.Person},                         // same name as another Jha: reported once below
		{Name: "Jha", Type: graph.Person},
		{Name: "Iran", Type: graph.Country, Attrs: map[string]string{"gazetteer": "IR"}},
		{Name: "Iraq", Type: graph.Country, Attrs: map[string]string{"gazetteer": "IQ"}}, // different entries: never
		{Name: "Austria", Type: graph.Country, Attrs: map[string]string{"gazetteer": "AT"}},
		{Name: "Australia", Type: graph.Country, Attrs: map[string]string{"gazetteer": "AU"}},
		{Name: "Georgia", Type: graph.Country},
		{Name: "Georgia", Type: graph.Place}, // type conflict
		{Name: "G7", Type: graph.Organization},
		{Name: "G20", Type: graph.Organization}, // digits differ: not a spelling variant
		{Name: "Indian Army", Type: graph.Organization, Aliases: []string{"the Army"}},
		{Name: "Pakistan Army", Type: graph.Organization, Aliases: []string{"Army"}}, // shared alias
		{Name: "Riverton", Type: graph.Organization, Attrs: map[string]string{"sport": "football"}},
		{Name: "Riverton", Type: graph.Organization, Attrs: map[string]string{"sport": "rugby"}}, // two clubs of one town: never
		{Name: "bid", Type: graph.Event, Attrs: map[string]string{"unnamed": "true"}},
		{Name: "bid", Type: graph.Event, Attrs: map[string]string{"unnamed": "true"}}, // two articles' described bids: never
		{Name: "fraud", Type: graph.Event, Attrs: map[string]string{"unnamed": "true"}},
		{Name: "Acme Fraud Inquiry", Type: graph.Event}, // a described event's one word in a name: never
		{Name: "Rowan Quill", Type: graph.Person, Aliases: []string{"Mr Quill"}},
		{Name: "Serena Quill", Type: graph.Person, Aliases: []string{"Mr Quill"}}, // a shared title and surname: never
		{Name: "Westmark", Type: graph.Organization, Attrs: map[string]string{"team": "true"}},
		{Name: "Westmark", Type: graph.Organization}, // a nation's side of no known sport and its other reading: never
		{Name: "Marrow", Type: graph.Person},
		{Name: "Marrow", Type: graph.Person, Attrs: map[string]string{"sex": "f"}}, // "Mrs Marrow" gathered apart from the bare surname: never
		{Name: "Tollan", Type: graph.Person, Attrs: map[string]string{"sports_news": "true"}},
		{Name: "Tollan", Type: graph.Person},     // a player's lone surname of sports news and another's of other news: never
		{Name: "Ivo Tollan", Type: graph.Person}, // a minister only other news named: never the player's
	}
	g := &graph.Graph{Entities: ents}
	for i := range g.Entities {
		g.Entities[i].ID = graph.ID(i + 1)
	}
	g.Relations = []graph.Relation{
		{Source: 1, Target: 8, Kind: graph.MemberOf, Weight: 1, Evidence: []graph.Evidence{{Sentence: "Sharif of the PPP."}}},
		{Source: 3, Target: 8, Kind: graph.MemberOf, Weight: 2},
		{Source: 1, Target: 3, Kind: graph.CoMention, Weight: 1},
		{Source: 1, Target: 4, Kind: graph.CoMention, Weight: 3},
	}
	return g
}

func TestDiagnose(t *testing.T) {
	rep := Diagnose(doctorGraph(), Options{})
	var got []string
	for _, d := range rep.Duplicates {
		var names []string
		for _, e := range d.Entities {
			names = append(names, e.Name)
		}
		got = append(got, d.Reason+": "+strings.Join(names, " | "))
	}
	want := []string{
		"same name: United States | United States",
		"same name: Jha | Jha | Jha",
		"acronym: PPP | Pakistan Peoples Party",
		"similar spelling: Shehbaz Sharif | Shahbaz Sharif",
		"words of a longer name: Bhutto | Bilawal Bhutto Zardari",
		"shared alias: Indian Army | Pakistan Army",
		"ambiguous: acronym of several names: MTI | Mack Trucks Inc | Micron Technology Inc",
		"ambiguous: words of several longer names: Jha | Sanjay Jha | Vinod Jha",
	}
	if !slices.Equal(got, want) {
		t.Errorf("duplicates:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if len(rep.TypeConflicts) != 1 || rep.TypeConflicts[0].Name != "georgia" || len(rep.TypeConflicts[0].Entities) != 2 {
		t.Errorf("type conflicts: %+v", rep.TypeConflicts)
	}
	if len(rep.WeakRelations) != 1 || rep.WeakRelations[0].Source.Name != "Shehbaz Sharif" || rep.WeakRelations[0].Evidence == nil || rep.WeakCoMentions != 1 {
		t.Errorf("weak relations: %+v, weak co-mentions %d", rep.WeakRelations, rep.WeakCoMentions)
	}
}

// TestDiagnoseScales checks that a Reuters-sized graph (16,000 entities)
// is diagnosed without comparing all pairs.
func TestDiagnoseScales(t *testing.T) {
	g := &graph.Graph{}
	words := []string{"bank", "oil", "corp", "national", "trade", "steel", "union", "group", "pacific", "energy"}
	for i := range 16000 {
		name := fmt.Sprintf("%s %s %c%c%c%c", words[i%10], words[(i/10)%10], 'a'+i%26, 'a'+(i/26)%26, 'a'+(i/676)%26, 'a'+(i/7)%26)
		g.Entities = append(g.Entities, graph.Entity{ID: graph.ID(i + 1), Name: name, Type: graph.Types[i%len(graph.Types)]})
	}
	rep := Diagnose(g, Options{})
	if rep == nil {
		t.Fatal("no report")
	}
}

func BenchmarkDiagnose(b *testing.B) {
	g := &graph.Graph{}
	words := []string{"bank", "oil", "corp", "national", "trade", "steel", "union", "group", "pacific", "energy"}
	for i := range 16000 {
		name := fmt.Sprintf("%s %s %c%c%c%c", words[i%10], words[(i/10)%10], 'a'+i%26, 'a'+(i/26)%26, 'a'+(i/676)%26, 'a'+(i/7)%26)
		g.Entities = append(g.Entities, graph.Entity{ID: graph.ID(i + 1), Name: name, Type: graph.Types[i%len(graph.Types)]})
	}
	for b.Loop() {
		Diagnose(g, Options{})
	}
}

func TestFurnitureLine(t *testing.T) {
	for _, tc := range []struct {
		text, mention, reason string
	}{
		{"Prime Minister Shehbaz Sharif\n\nIn what analysts call a move, Pakistan acted.", "Shehbaz Sharif", "first line"},
		{"Pakistan acted today.\n\nBased On A PTI Report", "PTI", "last line"},
		{"Pakistan acted today.\n\nFOLLOW REUTERS ON TWITTER\n\nMore text here.", "REUTERS", "all-caps line"},
		{"Read more:\n\n- Sharif visits London\n\nThe end.", "London", "list item"},
		{"Pakistan acted.\n\nPhoto: Sharif in Lahore\n\nThe talks went on.", "Lahore", "short line that is not a sentence"},
		{"Pakistan acted today.\n\nSharif met Modi in Delhi on Monday.\n\nThe end.", "Modi", ""},
		{"Bryson Oil and Gas Plc, a Belfast,\n\nNorthern Ireland, oil company, said.", "Bryson", ""},
		{"Computer Language Research Inc said its\n\nChairman resigned.", "Computer", ""},
		{"One line\nof a wrapped paragraph with Sharif\nin it.", "Sharif", ""},
	} {
		i := strings.Index(tc.text, tc.mention)
		_, reason := furnitureLine(tc.text, i, i+len(tc.mention))
		if reason != tc.reason {
			t.Errorf("%q in %q: reason %q, want %q", tc.mention, tc.text, reason, tc.reason)
		}
	}
}

func FuzzFurnitureLine(f *testing.F) {
	f.Add("Prime Minister Shehbaz Sharif\n\nText.", 15, 29)
	f.Add("a\n\nb", 0, 4)
	f.Fuzz(func(t *testing.T, text string, start, end int) {
		line, reason := furnitureLine(text, start, end)
		if reason != "" && !strings.Contains(text, line) {
			t.Errorf("line %q is not in the text", line)
		}
	})
}

// TestTitledSurname checks which person aliases sameNames leaves out of
// the shared aliases: a title and the surname, not a name of two words.
func TestTitledSurname(t *testing.T) {
	tests := []struct {
		alias, name string
		want        bool
	}{
		{"mr quill", "rowan quill", true},
		{"dr quill", "rowan a quill", true},
		{"rowan quill", "rowan quill", false},   // the name itself
		{"rowan quill", "rowan a quill", false}, // a shorter name, not a title
		{"mr quill", "quill", false},            // the name is the surname alone
		{"quill", "rowan quill", false},
	}
	for _, tt := range tests {
		if got := titledSurname(tt.alias, tt.name); got != tt.want {
			t.Errorf("titledSurname(%q, %q) = %v, want %v", tt.alias, tt.name, got, tt.want)
		}
	}
}
