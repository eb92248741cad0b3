package web

import (
	"cmp"
	"fmt"
	"maps"
	"net/http"
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/store"
)

// Page limits keep the pages of very connected entities fast; each page
// says how many it left out.
const (
	relationsPerKind = 100
	evidencePerRel   = 3
	searchResults    = 20
	articlesShown    = 100
)

// candidate is one search result.
type candidate struct {
	E *graph.Entity
	// Fact distinguishes same-named entities: a country, a Wikidata ID,
	// or the most connected neighbour.
	Fact   string
	Degree int
}

// search resolves q as the CLI does, through the view's name index
// (names.Resolver.ResolveIn: exact, case-folded, token, fuzzy), or when
// nothing matches, suggestions.
func (s *Server) search(v *view, q string) []candidate {
	q = strings.TrimSpace(q)
	if q == "" {
		return nil
	}
	found := s.opt.Resolver.ResolveIn(v.names, q).Candidates
	seen := map[graph.ID]bool{}
	for _, e := range found {
		seen[e.ID] = true
	}
	if len(found) == 0 {
		for _, e := range s.opt.Resolver.SuggestIn(v.names, q, searchResults) {
			if !seen[e.ID] && len(found) < searchResults {
				found = append(found, e)
				seen[e.ID] = true
			}
		}
	}
	out := make([]candidate, 0, len(found))
	for _, e := range found {
		out = append(out, candidate{E: e, Fact: fact(v, e), Degree: v.degree(e.ID)})
	}
	return out
}

// fact returns a short fact that tells an entity from others of its name.
func fact(v *view, e *graph.Entity) string {
	var parts []string
	if c := e.Attrs["country"]; c != "" {
		parts = append(parts, "country "+c)
	}
	if w := e.Attrs["wikidata"]; w != "" {
		parts = append(parts, "Wikidata "+w)
	}
	if r := v.heaviest(e.ID); r != nil {
		if o := v.g.Entity(other(r, e.ID)); o != nil {
			parts = append(parts, fmt.Sprintf("linked to %s (%s)", o.Name, r.Kind))
		}
	}
	parts = append(parts, fmt.Sprintf("%d mentions in %d articles", e.Mentions, e.Articles))
	return strings.Join(parts, "; ")
}

func (s *Server) handleSearch(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query().Get("q")
	v := s.view()
	p := s.page("Search", s.search(v, q))
	p.Query = q
	if q != "" {
		p.Title = "Search: " + q
	}
	s.render(w, http.StatusOK, "search.html", p)
}

// relView is one relation on an entity page.
type relView struct {
	neighbour
	Role     string
	Date     string
	Evidence []evidenceView
	More     int
}

type evidenceView struct {
	Article  string
	Title    string
	Source   string
	Segments []segment
}

type kindGroup struct {
	Kind      graph.Kind
	Relations []relView
	More      int
}

type entityData struct {
	E        *graph.Entity
	Kinds    []kindGroup
	AllKinds []graph.Kind
	Sources  []string
	Types    []graph.Type
	Articles []*graph.Article
	MoreArts int
}

func (s *Server) handleEntity(w http.ResponseWriter, r *http.Request) {
	v := s.view()
	id, ok := entityID(r)
	e := v.g.Entity(id)
	if !ok || e == nil {
		s.render(w, http.StatusNotFound, "error.html", s.page("Not found", "no entity "+r.PathValue("id")))
		return
	}
	s.render(w, http.StatusOK, "entity.html", s.page(e.Name, entityPage(v, e)))
}

func entityPage(v *view, e *graph.Entity) *entityData {
	d := &entityData{E: e, AllKinds: graph.Kinds, Sources: v.sources, Types: graph.Types}
	m := newNameMatcher(e)
	byKind := map[graph.Kind]*kindGroup{}
	for _, n := range v.neighbours(e.ID, filter{}) {
		grp := byKind[n.Rel.Kind]
		if grp == nil {
			grp = &kindGroup{Kind: n.Rel.Kind}
			byKind[n.Rel.Kind] = grp
		}
		if len(grp.Relations) == relationsPerKind {
			grp.More++
			continue
		}
		rv := relView{neighbour: n, Role: n.Rel.Attrs["role"], Date: n.Rel.Attrs["date"]}
		for i, ev := range n.Rel.Evidence {
			if i == evidencePerRel {
				rv.More = len(n.Rel.Evidence) - i
				break
			}
			evv := evidenceView{Article: ev.Article, Title: ev.Title, Segments: segments(ev.Sentence, m.marks(ev.Sentence, 0))}
			if a := v.articleByID(ev.Article); a != nil {
				evv.Source = a.Source
			}
			rv.Evidence = append(rv.Evidence, evv)
		}
		grp.Relations = append(grp.Relations, rv)
	}
	for _, k := range graph.Kinds {
		if grp := byKind[k]; grp != nil {
			d.Kinds = append(d.Kinds, *grp)
		}
	}
	for i, ai := range v.arts[e.ID] {
		if i == articlesShown {
			d.MoreArts = len(v.arts[e.ID]) - i
			break
		}
		d.Articles = append(d.Articles, &v.g.Articles[ai])
	}
	return d
}

// outlet is one source's column on the compare page.
type outlet struct {
	Source string
	Links  []outletLink
}

type outletLink struct {
	Other *graph.Entity
	Kind  graph.Kind
	N     int
}

func (s *Server) handleCompare(w http.ResponseWriter, r *http.Request) {
	v := s.view()
	id, ok := entityID(r)
	e := v.g.Entity(id)
	if !ok || e == nil {
		s.render(w, http.StatusNotFound, "error.html", s.page("Not found", "no entity "+r.PathValue("id")))
		return
	}
	s.render(w, http.StatusOK, "compare.html", s.page("Compare outlets: "+e.Name, struct {
		E       *graph.Entity
		Outlets []outlet
	}{e, compareOutlets(v, e)}))
}

// compareOutlets counts, per source, the evidence sentences that tie e to
// each neighbour.
func compareOutlets(v *view, e *graph.Entity) []outlet {
	type key struct {
		other graph.ID
		kind  graph.Kind
	}
	counts := map[string]map[key]int{}
	for _, n := range v.neighbours(e.ID, filter{}) {
		for _, ev := range n.Rel.Evidence {
			src := "(no source)"
			if a := v.articleByID(ev.Article); a != nil && a.Source != "" {
				src = a.Source
			}
			if counts[src] == nil {
				counts[src] = map[key]int{}
			}
			counts[src][key{n.Other.ID, n.Rel.Kind}]++
		}
	}
	var out []outlet
	for _, src := range slices.Sorted(maps.Keys(counts)) {
		o := outlet{Source: src}
		for k, c := range counts[src] {
			o.Links = append(o.Links, outletLink{Other: v.g.Entity(k.other), Kind: k.kind, N: c})
		}
		slices.SortFunc(o.Links, func(a, b outletLink) int {
			return cmp.Or(cmp.Compare(b.N, a.N), cmp.Compare(a.Other.Name, b.Other.Name), cmp.Compare(a.Kind, b.Kind))
		})
		if len(o.Links) > relationsPerKind {
			o.Links = o.Links[:relationsPerKind]
		}
		out = append(out, o)
	}
	return out
}

func (s *Server) handleArticle(w http.ResponseWriter, r *http.Request) {
	v := s.view()
	a := v.articleByID(r.PathValue("id"))
	if a == nil {
		s.render(w, http.StatusNotFound, "error.html", s.page("Not found", "no article "+r.PathValue("id")))
		return
	}
	var text string
	var spans map[graph.ID][]graph.Span
	root := map[graph.ID]graph.ID{}
	err := s.st.View(func(t *store.Txn) error {
		text, _ = t.Text(a.ID)
		var err error
		if spans, err = t.ArticleMentions(a.ID); err != nil {
			return err
		}
		for id := range spans {
			if root[id], err = t.Resolve(id); err != nil {
				return err
			}
		}
		return mergedRoots(t, root)
	})
	if err != nil {
		s.render(w, http.StatusInternalServerError, "error.html", s.page("Error", err.Error()))
		return
	}
	var marks []mark
	for id, ss := range spans {
		to := root[id]
		if v.g.Entity(to) == nil {
			to = 0
		}
		for _, sp := range ss {
			marks = append(marks, mark{sp, to})
		}
	}
	s.render(w, http.StatusOK, "article.html", s.page(a.Title, struct {
		A        *graph.Article
		Segments []segment
	}{a, segments(text, marks)}))
}

// mergedRoots follows the active merge curations in the log, so that a
// mention stored under an entity merged from the page links to the entity
// it was merged into.
func mergedRoots(t *store.Txn, root map[graph.ID]graph.ID) error {
	log, err := t.Curations()
	if err != nil {
		return err
	}
	into := map[graph.ID]graph.ID{}
	for _, c := range log {
		if c.Active() && c.Op == store.OpMerge {
			for _, o := range c.Others {
				into[o] = c.Entity
			}
		}
	}
	for id, to := range root {
		for range 64 {
			next, ok := into[to]
			if !ok {
				break
			}
			to = next
		}
		root[id] = to
	}
	return nil
}
