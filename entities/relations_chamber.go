package entities

import (
	"strings"

	"github.com/newsgraph/newsgraph/entities/lexicon"
	"github.com/newsgraph/newsgraph/graph"
)

// chamberNames are the names news gives a legislature or one of its
// chambers with no country in them; with the proper names of
// org_legislatures they make a "speaker" the chamber's head ("House
// Speaker X", "the Speaker of the Commons").
var chamberNames = map[string]bool{"house": true, "senate": true, "parliament": true, "commons": true,
	"house of commons": true, "house of representatives": true, "house of lords": true, "lords": true,
	"assembly": true, "national assembly": true, "congress": true, "diet": true, "chamber of deputies": true}

// legislatureNames are the proper names of legislatures ("Knesset").
var legislatureNames = lexicon.Set("org_legislatures")

// legislature reports whether an organization's name is a legislature's
// or a chamber's.
func legislature(name string) bool {
	l := strings.ToLower(strings.Join(strings.Fields(name), " "))
	l = strings.TrimPrefix(l, "the ")
	return chamberNames[l] || legislatureNames[l]
}

// titleKinds is roleRelationKinds for title r held in body target of type
// tt, with a legislature's speaker its head ("House Speaker X" presides
// over the House).
func (rb *relBuilder) titleKinds(r roleSpan, target int, tt graph.Type, chamber bool) []graph.Kind {
	if r.noun == "speaker" && tt == graph.Organization && legislature(rb.ex.Entities[target].Name) {
		return []graph.Kind{graph.Leads}
	}
	return rb.roleRelationKinds(r, tt, chamber)
}
