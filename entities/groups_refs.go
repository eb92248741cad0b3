package entities

import "github.com/newsgraph/newsgraph/entities/lexicon"

// Later mentions of a group (groups.go). An article that sends a group
// somewhere often names it again with another noun or with its country
// only: "A nine-member French delegation will visit Oslo. The team, led
// by the foreign minister, ...", "the French team". Such a mention is the
// earlier group when it can be no other:
//
//   - a bare "the <noun>" is the latest group with that noun, else the
//     one group so far whose noun is of the same kind (travelGroupNouns:
//     a delegation, team or mission are one kind of group, a panel and a
//     committee two others);
//   - "the <country> <noun>" (the country or its demonym the only
//     modifier: "the French team", "Japan's delegation") is the latest
//     group of the same kind sent by that country.
//
// A group of a kind of its own ("the committee" after "a panel") is not
// resolved: the two nouns may name two bodies.

// travelGroupNouns are the group nouns one travelling group is called by
// in turn ("delegation", then "the team").
var travelGroupNouns = lexicon.Set("travel_group_nouns")

// travelKind is the kind of the nouns of travelGroupNouns.
const travelKind = "delegation"

// groupKind returns the kind of a group noun: travelKind for the nouns of
// travelGroupNouns, the noun itself for the others ("taskforce" is
// "task force").
func groupKind(noun string) string {
	switch {
	case travelGroupNouns[noun]:
		return travelKind
	case noun == "taskforce":
		return "task force"
	}
	return noun
}

// openedGroup is a group findGroups opened: its entity index, noun and
// sending country.
type openedGroup struct {
	ent           int
	noun, country string
}

// groupRefs holds the groups of an article as findGroups opens them.
type groupRefs struct {
	latest map[string]int // group noun → entity index of its latest group
	opened []openedGroup
}

// open records a new group.
func (r *groupRefs) open(ent int, noun, country string) {
	r.latest[noun] = ent
	r.opened = append(r.opened, openedGroup{ent, noun, country})
}

// referent returns the earlier group a definite mention with group noun
// noun refers to: bare ("the team"), or with only a country as modifier
// (country, "the French team"); ok is false when there is none or more
// than one may be meant. The mention's noun then names that group too.
func (r *groupRefs) referent(noun string, bare bool, country string) (ent int, ok bool) {
	kind := groupKind(noun)
	switch {
	case bare:
		if gi, ok := r.latest[noun]; ok {
			return gi, true
		}
		n := 0
		for _, o := range r.opened {
			if groupKind(o.noun) == kind {
				ent, n = o.ent, n+1
			}
		}
		ok = n == 1
	case country != "":
		for k := len(r.opened) - 1; k >= 0 && !ok; k-- {
			if o := r.opened[k]; o.country == country && groupKind(o.noun) == kind {
				ent, ok = o.ent, true
			}
		}
	}
	if ok {
		r.latest[noun] = ent
	}
	return ent, ok
}

// ledByAuxiliaries may stand between a group and "led by" in a clause
// about it: "the delegation will be headed by X", "the panel, which is
// chaired by X", "the team has been led by X".
var ledByAuxiliaries = map[string]bool{
	"which": true, "who": true, "that": true, "will": true, "would": true,
	"is": true, "was": true, "are": true, "were": true, "be": true,
	"been": true, "being": true, "has": true, "have": true, "had": true,
	"to": true, "also": true, "now": true, "currently": true,
}

// ledByAfter returns the token after "by" when the tokens from k, before
// stop, say that what precedes them is led by someone: "(,) led|headed|
// chaired by", with up to three auxiliaries before the verb ("will be
// headed by", ", which is led by"), and whether they do.
func ledByAfter(d *Document, k, stop int) (int, bool) {
	if k < stop && d.Tokens[k].Text == "," {
		k++
	}
	for n := 0; n < 3 && k < stop && ledByAuxiliaries[low(d.Tokens[k])]; n++ {
		k++
	}
	if k+1 < stop && groupLeadVerbs[low(d.Tokens[k])] && low(d.Tokens[k+1]) == "by" {
		return k + 2, true
	}
	return 0, false
}
