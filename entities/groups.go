package entities

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/entities/lexicon"
	"github.com/newsgraph/newsgraph/graph"
)

// Groups: a delegation, team, panel, committee, commission, task force or
// mission that the text treats as a unit becomes an entity of type
// organization with the attribute "group" = "true". The groups stage finds
// phrases ending in a lower-case group noun and names the group by the
// phrase without its determiner ("parliamentary delegation", "seven-member
// team", "Senate committee", "Indian delegation"). A phrase opens a group
// when it says which group it is: a modifier or a name before the noun, a
// leader ("a delegation led by X", "X will lead a delegation"), or a
// destination ("a delegation to Oslo"); a capitalised group noun is part
// of a name and left to the other stages ("Foreign Affairs Committee").
//
// A later bare "the delegation" (the determiner, the noun, nothing else)
// is a mention of the article's most recent group with that noun, so
// relations read from its sentence reach the group; "the team" after "a
// delegation" and "the French team" are mentions of an earlier group when
// they can be no other (groups_refs.go). A country or demonym
// in the phrase ("the Indian delegation", "Japan's team") is the country
// that sends the group: its ISO code becomes the group's "country"
// attribute. The relations stage then links the group to who leads it,
// who is in it and where it goes (relations_groups.go), and settles the
// article's groups: one group per leader, named by the leader, and none
// the text does not single out (groups_settle.go).

// groupNouns head group phrases; groupPairs holds the two-word ones by
// their last word ("force" → "task").
var groupNouns, groupPairs = groupNounLists()

// groupStopWords end the modifiers before a group noun.
var groupStopWords = lexicon.Set("group_stop_words")

// officialGroupNouns are the group nouns that name an official unit with
// any modifier ("a parliamentary delegation"); the others ("team",
// "committee") need a name or a head count ("the Senate committee", "a
// seven-member team") or a leader, members or destination.
var officialGroupNouns = lexicon.Set("official_group_nouns")

// numberWords are the numbers written as words ("seven-member").
var numberWords = lexicon.Set("number_words")

// groupMaxModifiers bounds the words before a group noun.
const groupMaxModifiers = 3

func groupNounLists() (map[string]bool, map[string]string) {
	one, two := map[string]bool{}, map[string]string{}
	for _, w := range lexicon.Words("group_nouns") {
		if first, last, ok := strings.Cut(w, " "); ok {
			two[last] = first
		} else {
			one[w] = true
		}
	}
	return one, two
}

// groupAttr marks an organization entity as a group.
const groupAttr = "group"

// IsGroup reports whether e is a group: a delegation, team, panel or
// committee that the text treats as a unit.
func (e *Entity) IsGroup() bool { return e.Attrs[groupAttr] == "true" }

// groupsStage adds the article's groups to its extraction.
func groupsStage(d *Doc) {
	if d.Extraction != nil {
		findGroups(d.Document, d.Keys(), d.Extraction)
	}
}

// findGroups adds a group entity for each phrase that opens one, and a
// mention of the most recent group for each bare "the <noun>" after it.
// keys are the tokens' gazetteer keys (lower case), which spare a
// lower-casing of every token.
func findGroups(d *Document, keys []string, ex *Extraction) {
	// Which entity, if any, has a mention ending at each byte offset;
	// built when the first group noun is seen.
	var entAt map[int]int
	refs := &groupRefs{latest: map[string]int{}}
	for i := 0; i < len(d.Tokens); i++ {
		if !groupNouns[keys[i]] && groupPairs[keys[i]] == "" {
			continue
		}
		t := d.Tokens[i]
		l := low(t)
		start := i
		switch {
		case groupNouns[l]:
		case groupPairs[l] != "" && i > 0 && low(d.Tokens[i-1]) == groupPairs[l]:
			start = i - 1
			l = groupPairs[l] + " " + l
		default:
			continue
		}
		if t.Cap() || d.Tokens[start].Cap() {
			continue // part of a name: "Foreign Affairs Committee"
		}
		if entAt == nil {
			entAt = map[int]int{}
			for ei, e := range ex.Entities {
				for _, sp := range e.Mentions {
					entAt[sp.End] = ei
				}
			}
		}
		if i+1 < len(d.Tokens) && d.Tokens[i+1].Cap() && d.Tokens[i+1].Word() && !d.Tokens[i+1].Break {
			continue // "the team Ajax": a name follows
		}
		// Modifiers: lower-case describing words and names right before.
		country := ""
		nounStart := start
		countryFirst := -1             // where a country right before the noun starts
		named, counted := false, false // a name, or "seven-member", among them
		for start > 0 && i-start < groupMaxModifiers+1 {
			p := d.Tokens[start-1]
			pl := low(p)
			if isPossessive(p) && start >= 2 {
				if ei, ok := entAt[d.Tokens[start-2].End]; ok && ex.Entities[ei].Type == graph.Country {
					country = entryCountry(ex.Entities[ei])
					adjacent := start == nounStart
					named = true
					start = firstTokenOf(d, ex.Entities[ei], d.Tokens[start-2].End)
					if adjacent {
						countryFirst = start
					}
					break
				}
				break
			}
			if ei, ok := entAt[p.End]; ok {
				e := ex.Entities[ei]
				if e.Type != graph.Country && e.Type != graph.Organization && e.Type != graph.Party {
					break
				}
				adjacent := start == nounStart
				named = true
				start = firstTokenOf(d, e, p.End)
				if e.Type == graph.Country {
					country = entryCountry(e)
					if adjacent {
						countryFirst = start
					}
				}
				continue
			}
			if isDash(p.Text) && start >= 2 && d.Tokens[start-2].Word() && !d.Tokens[start-2].Cap() {
				w := low(d.Tokens[start-2])
				counted = counted || numberWords[w] || isNumber(w)
				start -= 2 // "seven-member", "high-level"
				continue
			}
			if !p.Word() || p.Cap() && (p.Break || start-1 == sentenceStart(d, start)) || groupStopWords[pl] || reportingVerbs[pl] || isNumber(pl) && !strings.Contains(pl, "-") {
				break
			}
			named = named || p.Cap()
			start--
		}
		det := ""
		if start > 0 {
			det = low(d.Tokens[start-1])
		}
		bare := start == i || l != low(t) && start == i-1
		// "the French team": the country is the one modifier.
		countryOnly := countryFirst >= 0 && start == countryFirst
		if det == "the" && (bare || countryOnly) {
			if gi, ok := refs.referent(l, bare, country); ok {
				g := ex.Entities[gi]
				g.Mentions = append(g.Mentions, graph.Span{Start: d.Tokens[start].Start, End: t.End})
				if name := d.Text[d.Tokens[start].Start:t.End]; !bare && !slices.Contains(g.Aliases, name) {
					g.Aliases = append(g.Aliases, name) // "German team"
				}
				continue
			}
		}
		// A group the text singles out: by a name or a head count in its
		// phrase ("the Senate committee", "a three-judge panel"), by any
		// modifier for the nouns of official missions ("a parliamentary
		// delegation"), or by its leader, members or destination; "his
		// mission to W" is a trip (personalMission).
		specific := named || counted || officialGroupNouns[l] && !bare
		if !specific && !groupIntroduced(d, start, i) || personalMission(d, i) {
			continue
		}
		name := d.Text[d.Tokens[start].Start:t.End]
		g := &Entity{Name: name, Type: graph.Organization, Aliases: []string{name},
			Mentions: []graph.Span{{Start: d.Tokens[start].Start, End: t.End}},
			Attrs:    map[string]string{groupAttr: "true"}}
		if country != "" {
			g.Attrs["country"] = country
		}
		ex.Entities = append(ex.Entities, g)
		refs.open(len(ex.Entities)-1, l, country)
	}
}

// groupIntroduced reports whether a bare group noun at tokens [start,
// end] is said to be one group: led by someone ("a delegation led by X",
// "X will lead a delegation") or sent somewhere ("a delegation to Oslo").
func groupIntroduced(d *Document, start, end int) bool {
	if _, ok := ledByAfter(d, end+1, len(d.Tokens)); ok {
		return true // "a delegation (, which will be) led by X"
	}
	if end+2 < len(d.Tokens) {
		n1 := low(d.Tokens[end+1])
		if n1 == "," && end+3 < len(d.Tokens) {
			n1 = low(d.Tokens[end+2])
		}
		if n1 == "to" && d.Tokens[end+2].Cap() {
			return true
		}
	}
	// "the chairman of the working party", "a member of the panel".
	if k := start - 1; k >= 2 && low(d.Tokens[k]) == "the" && low(d.Tokens[k-1]) == "of" {
		if h := low(d.Tokens[k-2]); groupHeadNouns[h] || h == "member" || h == "members" {
			return true
		}
	}
	// "Headed by X, the team ...".
	if k := start - 2; k >= 3 && d.Tokens[k].Text == "," {
		f := sentenceStart(d, k)
		if k-f <= 16 && groupLeadVerbs[low(d.Tokens[f])] && low(d.Tokens[f+1]) == "by" {
			return true
		}
	}
	for k := start - 1; k >= 0 && start-k <= 3; k-- {
		if groupLeadVerbs[low(d.Tokens[k])] {
			return true
		}
		if !d.Tokens[k].Word() {
			break
		}
	}
	return false
}

// sentenceStart returns the first token of the sentence holding token i.
func sentenceStart(d *Document, i int) int {
	if si := sentenceOf(d, d.Tokens[i].Start); si >= 0 {
		return d.Sentences[si].TokStart
	}
	return 0
}

// firstTokenOf returns the first token of e's mention that ends at byte
// offset end.
func firstTokenOf(d *Document, e *Entity, end int) int {
	for _, sp := range e.Mentions {
		if sp.End == end {
			return tokenAt(d, sp.Start)
		}
	}
	return 0
}

// tokenAt returns the index of the token starting at byte offset off
// (the first one starting after it when none does).
func tokenAt(d *Document, off int) int {
	i, _ := tokenSearch(d, off, false)
	return i
}

// entryCountry returns a country entity's ISO code, or "".
func entryCountry(e *Entity) string {
	if e.Entry == nil {
		return ""
	}
	return e.Entry.Country
}
