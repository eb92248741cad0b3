package web

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/export"
	"github.com/newsgraph/newsgraph/export/render"
	"github.com/newsgraph/newsgraph/graph"
)

// filter is what the graph view's controls select: a relation kind, a
// minimum confidence, and a source and date range its evidence must come
// from (at least one sentence in a matching article).
type filter struct {
	Kind         graph.Kind
	MinConf      float64
	Source       string
	Since, Until string // ISO dates, inclusive; empty: open
}

func parseFilter(r *http.Request) filter {
	q := r.URL.Query()
	f := filter{Kind: graph.Kind(q.Get("kind")), Source: q.Get("source"), Since: q.Get("since"), Until: q.Get("until")}
	f.MinConf, _ = strconv.ParseFloat(q.Get("min"), 64)
	return f
}

// keep reports whether r passes f.
func (f filter) keep(v *view, r *graph.Relation) bool {
	if (f.Kind != "" && r.Kind != f.Kind) || r.Confidence < f.MinConf {
		return false
	}
	if f.Source == "" && f.Since == "" && f.Until == "" {
		return true
	}
	for _, ev := range r.Evidence {
		a := v.articleByID(ev.Article)
		if a == nil || (f.Source != "" && a.Source != f.Source) {
			continue
		}
		day := a.Date
		if len(day) > 10 {
			day = day[:10]
		}
		if (f.Since != "" && (day == "" || day < f.Since)) || (f.Until != "" && (day == "" || day > f.Until)) {
			continue
		}
		return true
	}
	return false
}

// maxExport caps the entities of a downloaded view.
const maxExport = 500

// handleExport writes the entities listed in ?ids= (the graph view's
// nodes) and the relations among them that pass the filter, as GraphML
// or SVG, for download.
func (s *Server) handleExport(w http.ResponseWriter, r *http.Request) {
	v := s.view()
	format := r.PathValue("format")
	if format != "graphml" && format != "svg" {
		http.Error(w, "format must be graphml or svg", http.StatusNotFound)
		return
	}
	f := parseFilter(r)
	in := map[graph.ID]bool{}
	for _, part := range strings.Split(r.URL.Query().Get("ids"), ",") {
		if id, err := strconv.ParseUint(strings.TrimSpace(part), 10, 64); err == nil && v.g.Entity(graph.ID(id)) != nil {
			in[graph.ID(id)] = true
		}
	}
	if len(in) == 0 || len(in) > maxExport {
		http.Error(w, fmt.Sprintf("give between 1 and %d entity numbers in ids", maxExport), http.StatusBadRequest)
		return
	}
	sub := &graph.Graph{}
	for id := range in {
		sub.Entities = append(sub.Entities, *v.g.Entity(id))
	}
	seen := map[int]bool{}
	for id := range in {
		for _, i := range v.rels[id] {
			rel := &v.g.Relations[i]
			if !seen[i] && in[rel.Source] && in[rel.Target] && f.keep(v, rel) {
				seen[i] = true
				sub.Relations = append(sub.Relations, *rel)
			}
		}
	}
	sub.Sort()
	o := export.Options{Title: "newsgraph view", MaxEvidence: 3, EdgeLabels: len(sub.Relations) <= 60}
	var buf bytes.Buffer
	var err error
	ctype := "application/graphml+xml"
	if format == "graphml" {
		err = export.WriteGraphML(&buf, sub, o)
	} else {
		ctype = "image/svg+xml"
		var dot bytes.Buffer
		if err = export.WriteDOT(&dot, sub, o); err == nil {
			ctx, cancel := context.WithTimeout(r.Context(), 30*time.Second)
			defer cancel()
			var img []byte
			img, err = render.SVG(ctx, dot.Bytes(), "")
			buf.Write(img)
		}
	}
	if err != nil {
		http.Error(w, "export: "+err.Error(), http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", ctype)
	w.Header().Set("Content-Disposition", "attachment; filename=newsgraph-view."+format)
	_, _ = w.Write(buf.Bytes())
}
