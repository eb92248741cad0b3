package entities

// This file holds the resolver's short-form lookups: the one longer name
// a short form ends ("Security Council" → "UN Security Council") or
// begins ("Magna" → "Magna International Inc"), and the form a group is
// named by (resolve.go).

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/entities/gazetteer"
	"github.com/newsgraph/newsgraph/graph"
)

// suffixGroup returns the one group of type t whose name key ends with key
// as whole words, or nil when there is none or more than one, counting
// the names of other types but people's. A seat of government's name is
// whole ("the House" is no short form of "the White House"), and a last
// word after a hyphen pairs two names (hyphenEnd).
func (r *resolver) suffixGroup(t graph.Type, key string) *group {
	var found *group
	other := false // a name of another type, not a person's, ends with key
	suffix := " " + key
	for _, g := range r.groups {
		if g.ent.Type != t {
			other = other || g.ent.Type != graph.Person && r.endsWith(g, key, suffix)
			continue
		}
		if g.ent.Entry != nil && g.ent.Type != graph.Organization {
			continue
		}
		if r.endsWith(g, key, suffix) {
			if found != nil && found != g {
				return nil
			}
			found = g
		}
	}
	if other {
		return nil // "the House" beside "Upper House" and "Lower House", whatever their types
	}
	return found
}

// endsWith reports whether a form of group g ends with key (suffix is
// " "+key) as whole words and is longer: not a seat of government's name
// nor a pair of names joined by a hyphen.
func (r *resolver) endsWith(g *group, key, suffix string) bool {
	for f := range g.forms {
		if fk := r.formKey(f); fk != key && strings.HasSuffix(fk, suffix) && !governmentSeats[strings.ToLower(f)] && !hyphenEnd(f, key) {
			return true
		}
	}
	return false
}

// hyphenEnd reports whether the one-word key ends form f after a hyphen:
// "House-Senate" pairs two bodies, it is no name "Senate" shortens.
func hyphenEnd(f, key string) bool {
	w := strings.Fields(f)
	return len(w) > 0 && !strings.Contains(key, " ") && strings.Contains(w[len(w)-1], "-")
}

// directionOf reports whether a form of group g is a direction word and
// key ("east stirling" for "stirling"): a team named by a town is not the
// team of the town's east or west ("Stirling", "East Stirling"; "Fife",
// "East Fife").
func directionOf(g *group, key string) bool {
	for f := range g.forms {
		if first, rest, ok := strings.Cut(gazetteer.Key(f), " "); ok && rest == key && directions[first] {
			return true
		}
	}
	return false
}

// companyGroup returns the one organization group whose name is key
// followed only by corporate words and company heads ("Magna" →
// "Magna International Inc", "Shell" → "Shell Oil Co", "Halvern" →
// "Halvern University"), or nil.
func (r *resolver) companyGroup(key string) *group {
	var found *group
	prefix := key + " "
	for _, g := range r.groups {
		if g.ent.Type != graph.Organization {
			continue
		}
		for f := range g.forms {
			rest, ok := strings.CutPrefix(r.formKey(f), prefix)
			if !ok {
				continue
			}
			all := true
			for _, w := range strings.Fields(rest) {
				if !corporateWords[w] && !companyHeads[w] && !universityWords[w] && w != "international" {
					all = false
					break
				}
			}
			if all {
				if found != nil && found != g {
					return nil
				}
				found = g
			}
		}
	}
	return found
}

// spelledOut returns, for a person's name that starts with an initial
// ("C Lowe"), the most frequent form of as many words that spells the
// first name out ("Carla Lowe"), else name: the node's name then agrees
// with its name words, which linking indexes.
func spelledOut(name string, forms map[string]int) string {
	w := strings.Fields(name)
	if len(w) < 2 || len([]rune(strings.Trim(w[0], "."))) != 1 {
		return name
	}
	best, bc := name, 0
	keys := make([]string, 0, len(forms))
	for f := range forms {
		keys = append(keys, f)
	}
	slices.Sort(keys)
	for _, f := range keys {
		fw := strings.Fields(f)
		if len(fw) == len(w) && len([]rune(strings.Trim(fw[0], "."))) > 1 && fw[len(fw)-1] == w[len(w)-1] && forms[f] > bc {
			best, bc = f, forms[f]
		}
	}
	return best
}

// bestForm picks an entity's name from its surface forms: the most words,
// then the most frequent, then the first in sort order.
func bestForm(forms map[string]int) string {
	best, bw, bc := "", -1, -1
	keys := make([]string, 0, len(forms))
	for f := range forms {
		keys = append(keys, f)
	}
	slices.Sort(keys)
	for _, f := range keys {
		w := len(strings.Fields(f))
		if w > bw || w == bw && forms[f] > bc {
			best, bw, bc = f, w, forms[f]
		}
	}
	return best
}
