package entities

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/entities/gazetteer"
	"github.com/newsgraph/newsgraph/graph"
)

// RelativeAttr is the attribute of a person that an article introduces
// as someone's relative: a kin noun before the full name ("His parents
// were Sarah Feig and Shlomo Quill", "her husband, Tom Quill") or after it
// and a comma ("Tom Quill, son of ..."). Such a person is named beside
// the relative the article is about, who often shares the surname; a
// bare surname elsewhere is more likely that one (ingest.Resolve reads
// the mark among a surname's bearers).
const RelativeAttr = "relative"

// kinBetween are the words that may stand between a kin noun and the
// name it introduces: verbs of being, articles and possessives, the
// adjectives of kin ("younger"), "and" and commas of a list, and the
// capitalised words of other names of the list.
var kinBetween = map[string]bool{
	"is": true, "was": true, "are": true, "were": true, "and": true, ",": true,
	"the": true, "his": true, "her": true, "their": true, "a": true, "an": true,
	"eldest": true, "elder": true, "older": true, "younger": true, "youngest": true, "late": true, "only": true,
}

// kinIntroduced reports whether a kin noun introduces the name m of two
// or more words: within six tokens before it, across only kinBetween
// words and capitalised words, or after it, a comma and kinLeads words.
func kinIntroduced(d *Document, m Mention) bool {
	if m.TokEnd-m.TokStart < 2 {
		return false
	}
	si := sentenceOf(d, m.Start)
	if si < 0 {
		return false
	}
	s := d.Sentences[si]
	for k, n := m.TokStart-1, 0; k >= s.TokStart && n < 6; k, n = k-1, n+1 {
		t := d.Tokens[k]
		l := low(t)
		if kinNouns[l] {
			return true
		}
		if !kinBetween[l] && !(t.Word() && t.Cap()) {
			break
		}
	}
	k := m.TokEnd
	if k >= s.TokEnd || d.Tokens[k].Text != "," {
		return false
	}
	for k++; k < s.TokEnd && kinLeads[low(d.Tokens[k])]; k++ {
	}
	return k < s.TokEnd && kinNouns[low(d.Tokens[k])]
}

// markRelative gives a person group's entity RelativeAttr when a kin
// noun introduces one of its names of two or more words.
func markRelative(d *Document, g *group) {
	for _, m := range g.sample {
		if kinIntroduced(d, m) {
			if g.ent.Attrs == nil {
				g.ent.Attrs = map[string]string{}
			}
			g.ent.Attrs[RelativeAttr] = "true"
			return
		}
	}
}

// companyWordsWeak takes the weak type (Entity.WeakType) from a one-word
// organization or place that is a word of an organization of two or more
// words of the same article: "Webb said it had a half interest" beside
// "Del E. Webb Corp", "Bryson" beside "Bryson Oil and Gas Plc" is the
// company's short name, not the surname of a person another article
// names (ingest reads a weakly typed word so).
func companyWordsWeak(ents []*Entity) {
	weakWord := func(e *Entity) bool {
		return e.WeakType && (e.Type == graph.Organization || e.Type == graph.Place) && !strings.Contains(e.Name, " ")
	}
	if !slices.ContainsFunc(ents, weakWord) {
		return // the usual case: nothing to take the weak type from
	}
	var words map[string]bool
	for _, e := range ents {
		if e.Type != graph.Organization {
			continue
		}
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			if w := strings.Fields(gazetteer.Key(n)); len(w) >= 2 {
				if words == nil {
					words = map[string]bool{}
				}
				for _, x := range w {
					words[x] = true
				}
			}
		}
	}
	if words == nil {
		return
	}
	for _, e := range ents {
		if weakWord(e) && words[gazetteer.Key(e.Name)] {
			e.WeakType = false
		}
	}
}

// regionAfterPlace reports whether a mention of place group g comes right
// after a place or country and a comma ("Monroeville, Penn.", "Gilman,
// Conn."): a state or region, never a person's surname, whatever the
// recognizer alone read.
func (r *resolver) regionAfterPlace(g *group) bool {
	if g.ent.Type != graph.Place {
		return false
	}
	for _, m := range g.sample {
		k := m.TokStart - 1
		if k < 1 || r.d.Tokens[k].Text != "," {
			continue
		}
		for _, o := range r.groups {
			if o.ent.Type != graph.Place && o.ent.Type != graph.Country {
				continue
			}
			for _, p := range o.sample {
				if p.TokEnd == k {
					return true
				}
			}
		}
	}
	return false
}
