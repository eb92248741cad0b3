package ingest

import (
	"reflect"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestJoinsSameName checks that Resolve's joins put entities of one type,
// sport and fullest name on the lowest ID, and leave apart people, other
// sports, gazetteer entries and curated entities (made-up names).
func TestJoinsSameName(t *testing.T) {
	ents := []graph.Entity{
		{ID: 3, Name: "NLAF", Type: graph.Organization, Aliases: []string{"Norland League of Athletics Federations"}},
		{ID: 7, Name: "Norland League of Athletics Federations", Type: graph.Organization, Aliases: []string{"NLAF"}},
		{ID: 9, Name: "Norland League of Athletics Federations", Type: graph.Organization},
		{ID: 4, Name: "Tova Brenn", Type: graph.Person},
		{ID: 5, Name: "Tova Brenn", Type: graph.Person},
		{ID: 11, Name: "Vestby", Type: graph.Organization, Attrs: map[string]string{"sport": "football"}},
		{ID: 12, Name: "Vestby", Type: graph.Organization, Attrs: map[string]string{"sport": "cricket"}},
		{ID: 13, Name: "Vestby", Type: graph.Organization, Attrs: map[string]string{"sport": "football"}},
		{ID: 20, Name: "Ostmark", Type: graph.Place, Attrs: map[string]string{"gazetteer": "place:1"}},
		{ID: 21, Name: "Ostmark", Type: graph.Place, Attrs: map[string]string{"gazetteer": "place:2"}},
		{ID: 30, Name: "Harbour Board", Type: graph.Organization},
		{ID: 31, Name: "Harbour Board", Type: graph.Organization},
	}
	memo := newJoinMemo(len(ents))
	got := joins(ents, map[graph.ID]bool{31: true}, nil, memo, newJoinIndex(ents, memo))
	want := map[graph.ID]graph.ID{7: 3, 9: 3, 13: 11}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("joins = %v, want %v", got, want)
	}
}

// TestJoinsSameNameTied: an entity with two equally full names ("Zelby
// Hall", "Upper Hall") is the same name only as another with both, not as
// one named by whichever the key order puts first: that would make
// "Zelby Hall" the "Upper Hall" that a weak "Hall" is known by.
func TestJoinsSameNameTied(t *testing.T) {
	ents := []graph.Entity{
		{ID: 1, Name: "Zelby Hall", Type: graph.Organization, Aliases: []string{"Hall", "Upper Hall"}},
		{ID: 2, Name: "Hall", Type: graph.Organization, Aliases: []string{"Upper Hall"}},
		{ID: 3, Name: "Upper Hall", Type: graph.Organization, Aliases: []string{"Zelby Hall"}},
		{ID: 4, Name: "Zelby Hall", Type: graph.Organization},
	}
	memo := newJoinMemo(len(ents))
	got := sameNames(ents, nil, memo)
	want := map[graph.ID]graph.ID{3: 1}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("sameNames = %v, want %v", got, want)
	}
}
