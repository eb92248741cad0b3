package entities

import (
	"slices"

	"github.com/newsgraph/newsgraph/entities/gazetteer"
	"github.com/newsgraph/newsgraph/graph"
)

// placed is one mention with the entity it resolved to.
type placed struct {
	tokStart, tokEnd int
	ent              int // index in Extraction.Entities
}

// relate adds the relations of an article: co-mentions within a sentence,
// person → party memberships stated by the wording around the two names,
// and capital → country links from the gazetteer.
func relate(d *Document, ex *Extraction, gz *gazetteer.Gazetteer) {
	// Index mentions by token position.
	spanEnt := map[graph.Span]int{}
	for i, e := range ex.Entities {
		for _, s := range e.Mentions {
			spanEnt[s] = i
		}
	}
	tokOf := map[int]int{} // byte start → token index
	for i, t := range d.Tokens {
		tokOf[t.Start] = i
	}
	endTok := map[int]int{}
	for i, t := range d.Tokens {
		endTok[t.End] = i + 1
	}

	type relKey struct {
		a, b int
		k    graph.Kind
	}
	rels := map[relKey][]graph.Span{}
	addRel := func(a, b int, k graph.Kind, s graph.Span) {
		if a == b {
			return
		}
		if k == graph.CoMention && a > b {
			a, b = b, a
		}
		key := relKey{a, b, k}
		if !slices.Contains(rels[key], s) {
			rels[key] = append(rels[key], s)
		}
	}

	for _, s := range d.Sentences {
		span := graph.Span{Start: s.Start, End: s.End}
		var in []placed
		for sp, ei := range spanEnt {
			if sp.Start >= s.Start && sp.End <= s.End {
				in = append(in, placed{tokStart: tokOf[sp.Start], tokEnd: endTok[sp.End], ent: ei})
			}
		}
		slices.SortFunc(in, func(a, b placed) int { return a.tokStart - b.tokStart })
		for i := range in {
			for j := i + 1; j < len(in); j++ {
				addRel(in[i].ent, in[j].ent, graph.CoMention, span)
			}
		}
		for _, p := range in {
			if ex.Entities[p.ent].Type != graph.Person {
				continue
			}
			for _, q := range in {
				if ex.Entities[q.ent].Type == graph.Party && statesMembership(d, p, q) {
					addRel(p.ent, q.ent, graph.MemberOf, span)
				}
			}
		}
	}

	// Capitals link to their countries; the country joins the extraction
	// if the article does not name it.
	for i := 0; i < len(ex.Entities); i++ {
		e := ex.Entities[i]
		if e.Entry == nil || !e.Entry.Capital || e.Entry.Country == "" || len(e.Mentions) == 0 {
			continue
		}
		c := gz.CountryByCode(e.Entry.Country)
		if c == nil {
			continue
		}
		ci := slices.IndexFunc(ex.Entities, func(o *Entity) bool { return o.Entry == c })
		if ci < 0 {
			ex.Entities = append(ex.Entities, &Entity{Name: c.Name, Type: c.Type, Entry: c})
			ci = len(ex.Entities) - 1
		}
		first := e.Mentions[0]
		for _, s := range d.Sentences {
			if first.Start >= s.Start && first.End <= s.End {
				addRel(i, ci, graph.CapitalOf, graph.Span{Start: s.Start, End: s.End})
				break
			}
		}
	}

	keys := make([]relKey, 0, len(rels))
	for k := range rels {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(x, y relKey) int {
		if x.a != y.a {
			return x.a - y.a
		}
		if x.b != y.b {
			return x.b - y.b
		}
		if x.k < y.k {
			return -1
		}
		if x.k > y.k {
			return 1
		}
		return 0
	})
	for _, k := range keys {
		ss := rels[k]
		slices.SortFunc(ss, func(a, b graph.Span) int { return a.Start - b.Start })
		ex.Relations = append(ex.Relations, Relation{From: k.a, To: k.b, Kind: k.k, Sentences: ss})
	}
}

// statesMembership reports whether the words between a person p and a
// party q state that p belongs to q:
//
//	<Party> MP X, <Party> leader X, <Party> Chairman and former Minister X,
//	<Party>'s X, X (<Party>), X of the <Party>, X of <Party>,
//	X, a <Party> MP.
func statesMembership(d *Document, p, q placed) bool {
	if q.tokEnd <= p.tokStart {
		between := d.Tokens[q.tokEnd:p.tokStart]
		if len(between) == 0 {
			return false
		}
		roles := 0
		for _, t := range between {
			l := low(t)
			switch {
			case l == "’s" || l == "'s":
			case roleNouns[l]:
				roles++
			case roleModifiers[l] && l != "of" && l != "the" && l != "to":
			default:
				return false
			}
		}
		possessive := low(between[0]) == "’s" || low(between[0]) == "'s"
		return roles > 0 || possessive && len(between) == 1
	}
	if p.tokEnd > q.tokStart {
		return false
	}
	between := d.Tokens[p.tokEnd:q.tokStart]
	words := make([]string, 0, len(between))
	for _, t := range between {
		words = append(words, low(t))
	}
	switch {
	case slices.Equal(words, []string{"("}):
		return q.tokEnd < len(d.Tokens) && d.Tokens[q.tokEnd].Text == ")"
	case slices.Equal(words, []string{"of", "the"}), slices.Equal(words, []string{"of"}),
		slices.Equal(words, []string{",", "of", "the"}):
		return true
	case len(words) >= 2 && words[0] == "," && (words[1] == "a" || words[1] == "the"):
		// "X, a <Party> MP": the party is followed by a role noun.
		if len(words) == 2 && q.tokEnd < len(d.Tokens) && roleNouns[low(d.Tokens[q.tokEnd])] {
			return true
		}
	}
	return false
}
