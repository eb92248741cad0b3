package entities

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/graph"
)

// Settling an article's groups once its relations are read (groups.go,
// relations_groups.go):
//
//   - Two groups of one kind (groupKind) with the same leader are one
//     group: "a second delegation led by X will go to Moscow ... the
//     second team led by X". The article's phrases for it become its
//     aliases.
//   - A delegation, team or mission with a leader is named "team led by
//     <leader>": store linking merges organizations by name, so "a
//     delegation led by X" in one article and "the team led by X" in
//     another are one node, and two leaders' delegations from one
//     country stay two. Its phrases stay aliases. A standing body keeps
//     its name (nameLedGroup). The store knows an organization by its
//     fullest name (the one with the most words), which is the one with
//     the leader unless a phrase is as long ("the nine-member
//     high-level French trade delegation"): such a group is known by
//     that phrase.
//   - A group the text does not single out is dropped with its
//     relations: its phrase the noun alone or after one describing word,
//     no name, head count or country in it, and no leader, member or
//     destination ("the delegation", "a diplomatic mission", "the
//     executive committee"). Linking would gather every article's
//     "diplomatic mission" into one node that stands for nothing.

// travelGroupName is the noun that names a led group of travelKind.
const travelGroupName = "team"

// settleGroups merges, names and prunes the article's groups once its
// relations are read, before they are written (finish).
func (rb *relBuilder) settleGroups() {
	ex := rb.ex
	var groups []int
	for i, e := range ex.Entities {
		if e.IsGroup() {
			groups = append(groups, i)
		}
	}
	if len(groups) == 0 {
		return
	}
	leader := map[int]int{} // group → its leader's entity index
	linked := map[int]bool{}
	for _, r := range rb.sortedKeys() {
		switch {
		case r.k == graph.Leads && ex.Entities[r.b].IsGroup():
			if _, ok := leader[r.b]; !ok || ex.Entities[r.a].Name == ex.Entities[r.b].Attrs["leader"] {
				leader[r.b] = r.a
			}
		case r.k == affiliatedWith && ex.Entities[r.b].IsGroup():
			linked[r.b] = true
		case r.k == graph.Visits && ex.Entities[r.a].IsGroup():
			linked[r.a] = true
		}
	}
	type led struct {
		person int
		kind   string
	}
	into := map[int]int{} // group → the earlier group it is
	first := map[led]int{}
	for _, gi := range groups {
		p, ok := leader[gi]
		if !ok {
			continue
		}
		k := led{p, groupKind(groupNoun(ex.Entities[gi]))}
		if rep, ok := first[k]; ok {
			into[gi] = rep
			linked[rep] = linked[rep] || linked[gi]
		} else {
			first[k] = gi
		}
	}
	drop := map[int]bool{}
	for _, gi := range groups {
		e := ex.Entities[gi]
		if _, ok := into[gi]; ok {
			continue
		}
		if _, ok := leader[gi]; !ok && !linked[gi] && e.Attrs["country"] == "" && genericPhrase(e) {
			drop[gi] = true
		}
	}
	if len(into) == 0 && len(drop) == 0 && len(leader) == 0 {
		return
	}
	for _, gi := range groups { // in text order, so aliases are too
		rep, ok := into[gi]
		if !ok {
			continue
		}
		g, r := ex.Entities[gi], ex.Entities[rep]
		r.Mentions = append(r.Mentions, g.Mentions...)
		r.Aliases = append(r.Aliases, g.Aliases...)
		if r.Attrs["country"] == "" && g.Attrs["country"] != "" {
			r.Attrs["country"] = g.Attrs["country"]
		}
	}
	for gi, p := range leader {
		if _, ok := into[gi]; !ok {
			nameLedGroup(ex.Entities[gi], ex.Entities[p].Name)
		}
	}
	rb.renumber(into, drop)
}

// groupPhrase returns the phrase that opened group e: its first alias.
func groupPhrase(e *Entity) string {
	if len(e.Aliases) > 0 {
		return e.Aliases[0]
	}
	return e.Name
}

// groupNoun returns the group noun a group's phrase ends with ("team" of
// "seven-member team", "task force").
func groupNoun(e *Entity) string {
	words := strings.Fields(strings.ToLower(groupPhrase(e)))
	if len(words) == 0 {
		return ""
	}
	n := words[len(words)-1]
	if len(words) >= 2 && groupPairs[n] == words[len(words)-2] {
		return words[len(words)-2] + " " + n
	}
	return n
}

// nameLedGroup names a travelling group g by its leader ("team led by
// X"), and keeps its phrases as aliases, in text order. A standing body
// (a committee, a panel) keeps the name its relations gave it: its
// phrase, with its leader when "led by" or "X, chairman of" found it
// ("audit panel led by X"), else its phrase alone ("House Banking
// committee", whose chairman a title named), a name that gathers the
// articles about that body.
func nameLedGroup(g *Entity, leader string) {
	if groupKind(groupNoun(g)) == travelKind {
		g.Name = travelGroupName + " led by " + leader
		g.Attrs["leader"] = leader
	}
	var aliases []string
	for _, a := range g.Aliases {
		if !slices.Contains(aliases, a) {
			aliases = append(aliases, a)
		}
	}
	g.Aliases = aliases
	slices.SortFunc(g.Mentions, func(a, b graph.Span) int { return a.Start - b.Start })
}

// genericPhrase reports whether the phrase of group e names no group in
// particular: the noun alone or after one describing word ("the
// committee", "a diplomatic mission", "the executive committee"), with no
// name or number (phraseSingles). A longer run of modifiers names a body
// ("the buffer stock working group", "the senate agriculture committee").
func genericPhrase(e *Entity) bool {
	phrase := groupPhrase(e)
	words := len(strings.Fields(phrase)) - len(strings.Fields(groupNoun(e)))
	return words <= 1 && !phraseSingles(phrase)
}

// phraseSingles reports whether a group's phrase singles it out by a name
// or a head count: a capitalised word ("Senate committee", "World Bank
// mission") or a number ("three-judge panel", "12-bank committee").
func phraseSingles(phrase string) bool {
	for _, w := range strings.Fields(phrase) {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) || strings.IndexFunc(w, unicode.IsDigit) >= 0 {
			return true
		}
		if n, _, ok := strings.Cut(strings.ToLower(w), "-"); ok && numberWords[n] {
			return true
		}
	}
	return false
}

// renumber removes the entities merged into others (into) or dropped
// from the extraction, and moves the collected relations onto the
// entities they merged into (add merges those that become one), dropping
// those of dropped entities.
func (rb *relBuilder) renumber(into map[int]int, drop map[int]bool) {
	if len(into) == 0 && len(drop) == 0 {
		return
	}
	ex := rb.ex
	index := make([]int, len(ex.Entities))
	kept := ex.Entities[:0]
	for i, e := range ex.Entities {
		if _, merged := into[i]; merged || drop[i] {
			index[i] = -1
			continue
		}
		index[i] = len(kept)
		kept = append(kept, e)
	}
	for i, rep := range into {
		index[i] = index[rep]
	}
	clear(ex.Entities[len(kept):])
	ex.Entities = kept
	keys := rb.sortedKeys()
	old := rb.rels
	rb.rels, rb.typed = map[relKey]*relAcc{}, nil
	for _, k := range keys {
		r := old[k]
		for _, s := range r.spans {
			rb.add(index[k.a], index[k.b], k.k, s, r.conf, r.attrs)
		}
	}
}
