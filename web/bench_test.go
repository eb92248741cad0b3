package web

import (
	"fmt"
	"net/http/httptest"
	"net/url"
	"os"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/entities"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/names"
	"github.com/newsgraph/newsgraph/graph/store"
	"github.com/newsgraph/newsgraph/internal/cputime"
)

// benchServer opens the store named by $NEWSGRAPH_SERVE_DB (built by
// scripts/bench-serve from the Reuters-21578 corpus) read-only.
func benchServer(b *testing.B) *Server {
	b.Helper()
	dir := os.Getenv("NEWSGRAPH_SERVE_DB")
	if dir == "" {
		b.Skip("NEWSGRAPH_SERVE_DB is not set: run scripts/bench-serve (needs ../shared/corpus/reuters21578.jsonl)")
	}
	st, err := store.Open(dir, store.Options{ReadOnly: true})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { st.Close() })
	s, err := New(st, Options{ReadOnly: true, Resolver: names.Resolver{Title: entities.TitleWord}})
	if err != nil {
		b.Fatal(err)
	}
	return s
}

// mostConnected returns the entity with the most relations.
func mostConnected(v *view) *graph.Entity {
	var best *graph.Entity
	for i := range v.g.Entities {
		e := &v.g.Entities[i]
		if best == nil || v.degree(e.ID) > v.degree(best.ID) {
			best = e
		}
	}
	return best
}

// loop serves path b.N times and reports the process's CPU time per
// request besides the wall time: on a shared machine the wall time
// includes waiting for other jobs.
func loop(b *testing.B, s *Server, path string) {
	start := cputime.Used()
	for b.Loop() {
		serve(b, s, path)
	}
	if cpu := cputime.Used() - start; cpu > 0 {
		b.ReportMetric(float64(cpu.Microseconds())/1000/float64(b.N), "cpu-ms/op")
	}
}

func serve(b *testing.B, s *Server, path string) {
	rec := httptest.NewRecorder()
	s.Handler().ServeHTTP(rec, httptest.NewRequest("GET", path, nil))
	if rec.Code != 200 {
		b.Fatalf("GET %s: %d", path, rec.Code)
	}
}

func BenchmarkEntityPage(b *testing.B) {
	s := benchServer(b)
	e := mostConnected(s.view())
	b.Logf("%s (#%d): %d relations, %d entities, %d relations in the graph", e.Name, e.ID, s.view().degree(e.ID),
		len(s.view().g.Entities), len(s.view().g.Relations))
	path := fmt.Sprintf("/entity/%d", e.ID)
	loop(b, s, path)
}

func BenchmarkSearch(b *testing.B) {
	s := benchServer(b)
	e := mostConnected(s.view())
	// A query that is a prefix of the name: no exact match, so the
	// resolver falls through to suggestions over every entity.
	rs := []rune(e.Name)
	q := strings.ToLower(string(rs[:max(min(3, len(rs)), len(rs)-2)]))
	for _, tc := range []struct{ name, q string }{{"exact", e.Name}, {"partial", q}} {
		b.Run(tc.name, func(b *testing.B) {
			path := "/search?q=" + url.QueryEscape(tc.q)
			loop(b, s, path)
		})
	}
}
