package web

import (
	"encoding/json"
	"net/http"

	"github.com/newsgraph/newsgraph/graph"
)

// maxNeighbours caps the nodes one expansion adds to the graph view.
const maxNeighbours = 60

type apiNode struct {
	ID       graph.ID   `json:"id"`
	Name     string     `json:"name"`
	Type     graph.Type `json:"type"`
	Mentions int        `json:"mentions"`
}

type apiEdge struct {
	Source     graph.ID   `json:"source"`
	Target     graph.ID   `json:"target"`
	Kind       graph.Kind `json:"kind"`
	Weight     int        `json:"weight"`
	Confidence float64    `json:"confidence"`
	Role       string     `json:"role,omitempty"`
	Date       string     `json:"date,omitempty"`
}

type apiGraph struct {
	Nodes []apiNode `json:"nodes"`
	Edges []apiEdge `json:"edges"`
	// More counts the neighbours left out by the cap.
	More int `json:"more"`
}

// writeJSON writes v; encoding/json escapes <, > and & in strings, so
// names are safe even if a browser sniffed the body as HTML.
func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	_ = json.NewEncoder(w).Encode(v)
}

func node(e *graph.Entity) apiNode {
	return apiNode{ID: e.ID, Name: e.Name, Type: e.Type, Mentions: e.Mentions}
}

func (s *Server) handleAPISearch(w http.ResponseWriter, r *http.Request) {
	v := s.view()
	type result struct {
		apiNode
		Fact string `json:"fact"`
	}
	out := []result{}
	for _, c := range s.search(v, r.URL.Query().Get("q")) {
		out = append(out, result{node(c.E), c.Fact})
	}
	writeJSON(w, out)
}

// handleAPINeighbours returns an entity and its neighbours, filtered by
// ?kind=, ?min= (minimum confidence), ?source=, ?since= and ?until=,
// heaviest first.
func (s *Server) handleAPINeighbours(w http.ResponseWriter, r *http.Request) {
	v := s.view()
	id, ok := entityID(r)
	e := v.g.Entity(id)
	if !ok || e == nil {
		http.Error(w, "no such entity", http.StatusNotFound)
		return
	}
	out := apiGraph{Nodes: []apiNode{node(e)}, Edges: []apiEdge{}}
	seen := map[graph.ID]bool{e.ID: true}
	for _, n := range v.neighbours(id, parseFilter(r)) {
		if !seen[n.Other.ID] {
			if len(out.Nodes) > maxNeighbours {
				out.More++
				continue
			}
			seen[n.Other.ID] = true
			out.Nodes = append(out.Nodes, node(n.Other))
		}
		out.Edges = append(out.Edges, apiEdge{Source: n.Rel.Source, Target: n.Rel.Target, Kind: n.Rel.Kind,
			Weight: n.Rel.Weight, Confidence: n.Rel.Confidence, Role: n.Rel.Attrs["role"], Date: n.Rel.Attrs["date"]})
	}
	writeJSON(w, out)
}
