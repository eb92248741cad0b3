package entities

import (
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

func TestDefaultStageOrder(t *testing.T) {
	want := []string{StageSegment, StageGazetteer, StagePartyNicknames, StageCues, StageRecognizers, StageSelect, StageCompanies,
		StageFragments, StageCompanyPrefixes, StageControlledPlaces, StageCapitals, StageOrgContext, StageAcronyms, StageRepeats, StageTeams,
		StageEvents, StageResolve, StageHandles, StageGroups, StageCoref, StageRelations, StageDateline}
	if got := New().Stages(); !slices.Equal(got, want) {
		t.Errorf("stages = %v, want %v", got, want)
	}
}

func names(ex *Extraction) []string {
	var out []string
	for _, e := range ex.Entities {
		out = append(out, string(e.Type)+":"+e.Name)
	}
	return out
}

// TestStageEdits checks that options change what an extractor does, stage
// by stage: without the dateline stage a dateline adds nothing; a stage
// inserted before selection can veto candidates; one inserted after
// resolution sees the entities.
func TestStageEdits(t *testing.T) {
	const text = "Shares rose on Tuesday, said Prime Minister Anna Lindqvist of Sweden."
	info := ArticleInfo{Place: "CHICAGO"}
	all := names(New().ExtractArticle(text, info))
	if !slices.Contains(all, "place:Chicago") || !slices.Contains(all, "person:Anna Lindqvist") {
		t.Fatalf("default extraction = %v, want the dateline's place and the person", all)
	}

	if got := names(New(WithoutStage(StageDateline)).ExtractArticle(text, info)); slices.Contains(got, "place:Chicago") {
		t.Errorf("without the dateline stage: %v", got)
	}

	noPeople := StageFunc("no-people", func(d *Doc) {
		d.Candidates = slices.DeleteFunc(d.Candidates, func(m Mention) bool { return m.Type == graph.Person })
	})
	got := names(New(WithStageBefore(StageSelect, noPeople)).ExtractArticle(text, info))
	if slices.ContainsFunc(got, func(s string) bool { return strings.HasPrefix(s, "person:") }) {
		t.Errorf("with a stage dropping people before selection: %v", got)
	}

	var seen []string
	spy := StageFunc("spy", func(d *Doc) { seen = names(d.Extraction) })
	x := New(WithStageAfter(StageResolve, spy))
	if i := slices.Index(x.Stages(), "spy"); i < 0 || x.Stages()[i-1] != StageResolve {
		t.Fatalf("stages = %v, want spy after resolve", x.Stages())
	}
	x.ExtractArticle(text, info)
	if !slices.Contains(seen, "person:Anna Lindqvist") || slices.Contains(seen, "place:Chicago") {
		t.Errorf("after resolve, before dateline, a stage saw %v", seen)
	}

	// Replacing the relations stage: no relations at all.
	if ex := New(WithStageReplaced(StageRelations, StageFunc("none", func(*Doc) {}))).ExtractArticle(text, info); len(ex.Relations) != 0 {
		t.Errorf("relations with the stage replaced: %v", ex.Relations)
	}

	// An extractor without stages still returns an Extraction.
	if ex := New(WithStages()).Extract(text); ex == nil || len(ex.Entities) != 0 {
		t.Errorf("no stages: %+v", ex)
	}
}

func TestUnknownStagePanics(t *testing.T) {
	defer func() {
		if r := recover(); r == nil || !strings.Contains(r.(string), `"parser"`) {
			t.Errorf("recover() = %v, want a panic naming the stage", r)
		}
	}()
	New(WithStageAfter("parser", StageFunc("x", func(*Doc) {})))
}

// TestStageAlone runs one stage on a hand-made Doc: the acronyms stage
// makes a defined abbreviation an alias of the mention before it, and the
// repeats stage then finds the abbreviation used alone.
func TestStageAlone(t *testing.T) {
	d := &Doc{Document: Segment("The Northern Grain Board (NGB) met. Later the NGB agreed.")}
	d.Mentions = []Mention{{Start: d.Tokens[1].Start, End: d.Tokens[3].End, TokStart: 1, TokEnd: 4,
		Type: graph.Organization, Source: "test", Score: ScoreStrong}}
	stages := map[string]Stage{}
	for _, s := range DefaultStages(nil) {
		stages[s.Name()] = s
	}
	stages[StageAcronyms].Run(d)
	if len(d.Acronyms) != 1 || d.Acronyms[0].Abbr != "NGB" || d.Acronyms[0].Of.Start != d.Mentions[0].Start {
		t.Fatalf("acronyms = %+v", d.Acronyms)
	}
	stages[StageRepeats].Run(d)
	if len(d.Mentions) != 2 || d.Mentions[1].Text(d.Document) != "NGB" || d.Mentions[1].Source != "acronym" {
		t.Errorf("mentions after repeats = %+v", d.Mentions)
	}
}
