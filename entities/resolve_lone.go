package entities

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/entities/gazetteer"
)

// This file decides which of an article's fuller names a lone name word
// ("Reagan", "Fo") joins in resolve. A short form points back to a name
// written before it, and to the one name that holds it; but an article
// can say that the bare word is someone else:
//
//   - it writes the two side by side as two people: "Reagan and Nancy
//     Reagan would be in Rome", "Michael Reagan, son of President Reagan"
//     (a kin noun and "of" after the full name and a comma). The bare word
//     never names that full name in the article, and every bare mention
//     of it gathers apart, for the person the article took as known;
//   - it writes the word before the full name, and the word is a middle
//     word of it, neither the given name nor the surname: "Fo was born at
//     Leggiuno ... their younger sister Bianca Fo Garambois".
//
// Such a word starts a group of its own, kept apart (group.apart), and
// later lone mentions of the word join that group rather than the full
// name: once an article uses the bare word for one person, it keeps
// using it so. Cross-article resolution (ingest.Resolve) then finds the
// bearer it stands for among every article's people.

// namePair is a lone name word that an article writes beside a full name
// as another person: full is the full name mention's first token.
type namePair struct {
	word string
	full int
}

// kinLeads are the words that may come between a comma and the kin noun
// of an apposition ("X, the eldest son of Y").
var kinLeads = map[string]bool{
	"the": true, "his": true, "her": true, "their": true, "a": true, "an": true,
	"eldest": true, "elder": true, "older": true, "younger": true, "youngest": true, "late": true, "only": true,
}

// namePairs returns the pairs of a lone word and a full name that the
// article writes as two people: coordinated ("W and F W", "F W and W"),
// or the full name's relative ("F W, son of W"). lone holds the one-word
// person mentions with their name word, full the mentions of two or more
// name words.
func namePairs(d *Document, lone []Mention, words []string, full []Mention) []namePair {
	if len(lone) == 0 || len(full) == 0 {
		return nil
	}
	starts, ends := map[int]bool{}, map[int]int{}
	for _, m := range full {
		starts[m.TokStart] = true
		ends[m.TokEnd] = m.TokStart
	}
	var out []namePair
	for i, m := range lone {
		if k := m.TokEnd; k+1 < len(d.Tokens) && low(d.Tokens[k]) == "and" && starts[k+1] {
			out = append(out, namePair{words[i], k + 1})
		}
		if k := m.TokStart - 1; k >= 1 && low(d.Tokens[k]) == "and" {
			if s, ok := ends[k]; ok {
				out = append(out, namePair{words[i], s})
			}
		}
		if k := kinOf(d, m); k > 0 {
			for k--; k > 0 && kinLeads[low(d.Tokens[k])]; k-- {
			}
			if d.Tokens[k].Text == "," {
				if s, ok := ends[k]; ok {
					out = append(out, namePair{words[i], s})
				}
			}
		}
	}
	return out
}

// kinOf returns the token of the kin noun that, with "of" and capitalised
// title words, comes right before mention m ("son of President Reagan"),
// or -1.
func kinOf(d *Document, m Mention) int {
	k := m.TokStart - 1
	for n := 0; n < 3 && k >= 0 && d.Tokens[k].Cap() && TitleWord(gazetteer.Key(d.Tokens[k].Text)); n++ {
		k--
	}
	if k >= 1 && low(d.Tokens[k]) == "of" && kinNouns[low(d.Tokens[k-1])] {
		return k - 1
	}
	return -1
}

// loneFound filters the groups a one-word person mention m (name word
// word) was found to fit: a group kept apart for the word takes it; a
// fuller name the article pairs the word with (pairs) or that holds the
// word in its middle and comes after m is dropped. It reports whether it
// dropped a group, so that the new group starts apart.
func (r *resolver) loneFound(m Mention, word string, found []*group, pairs []namePair) ([]*group, bool) {
	for _, g := range found {
		if g.apart && len(g.ent.Words) == 1 && g.ent.Words[0] == word {
			return []*group{g}, false
		}
	}
	n := len(found)
	found = slices.DeleteFunc(found, func(g *group) bool {
		w := g.ent.Words
		if len(w) < 2 || m.Entry != nil && g.ent.Entry == m.Entry {
			return false
		}
		for _, p := range pairs {
			if p.word == word && slices.ContainsFunc(g.sample, func(s Mention) bool { return s.TokStart == p.full }) {
				return true
			}
		}
		return m.Start < firstStart(g.ent) && r.middleWord(g, word)
	})
	return found, len(found) < n
}

// middleWord reports whether word is a middle word of every form of
// group g: neither its first nor its last. A given name written before
// the full name ("JANSHER" before "Jansher Khan") is the man, and so is a
// word that ends one of the group's forms ("Carson" of "Johnny Carson",
// which joined a misread "Johnny Carson Theater").
func (r *resolver) middleWord(g *group, word string) bool {
	if w := g.ent.Words; w[0] == word || w[len(w)-1] == word {
		return false
	}
	for f := range g.forms {
		w := strings.Fields(r.formKey(f))
		if len(w) > 0 && (w[0] == word || w[len(w)-1] == word) {
			return false
		}
	}
	return true
}
