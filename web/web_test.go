package web

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/store"
)

// hostile is an entity name that would run script if a page emitted it
// unescaped.
const hostile = `<img src=x onerror=alert(1)>`

const (
	art1  = "0123456789abcdef"
	art2  = "fedcba9876543210"
	text1 = "Alice Rowe met the " + hostile + " group in Lisbon. Later Alice Rowe spoke to Borcorp about trade."
	text2 = "Borcorp opened an office in Lisbon."
)

// fixture is a small store: three people-and-things across two articles,
// one of them named with markup.
type fixture struct {
	st                         *store.Store
	alice, evil, lisbon, borco graph.ID
}

// span returns the byte span of the n-th (from 0) occurrence of sub in s.
func span(t *testing.T, s, sub string, n int) graph.Span {
	t.Helper()
	at := 0
	for i := 0; ; i++ {
		j := strings.Index(s[at:], sub)
		if j < 0 {
			t.Fatalf("%q not in %q", sub, s)
		}
		if i == n {
			return graph.Span{Start: at + j, End: at + j + len(sub)}
		}
		at += j + len(sub)
	}
}

func newFixture(t *testing.T) *fixture {
	t.Helper()
	st, err := store.Open(t.TempDir(), store.Options{Create: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	f := &fixture{st: st}
	err = st.Update(func(tx *store.Txn) error {
		if err := tx.PutArticle(&graph.Article{ID: art1, Title: "Talks in Lisbon", Source: "Outlet One"}, text1, art1); err != nil {
			return err
		}
		if err := tx.PutArticle(&graph.Article{ID: art2, Title: "Borcorp expands", Source: "Outlet Two"}, text2, art2); err != nil {
			return err
		}
		ents := []struct {
			id  *graph.ID
			e   graph.Entity
			art string
			txt string
			sub string
			n   int
		}{
			{&f.alice, graph.Entity{Name: "Alice Rowe", Type: graph.Person, Attrs: map[string]string{"wikidata": "Q999"}}, art1, text1, "Alice Rowe", 2},
			{&f.evil, graph.Entity{Name: hostile, Type: graph.Organization}, art1, text1, hostile, 1},
			{&f.lisbon, graph.Entity{Name: "Lisbon", Type: graph.Place}, art1, text1, "Lisbon", 1},
			{&f.borco, graph.Entity{Name: "Borcorp", Type: graph.Organization}, art1, text1, "Borcorp", 1},
		}
		for _, x := range ents {
			e := x.e
			if _, err := tx.NewEntity(&e); err != nil {
				return err
			}
			*x.id = e.ID
			var spans []graph.Span
			for i := range x.n {
				spans = append(spans, span(t, x.txt, x.sub, i))
			}
			if err := tx.AddMentions(x.art, e.ID, spans); err != nil {
				return err
			}
		}
		if err := tx.AddMentions(art2, f.borco, []graph.Span{span(t, text2, "Borcorp", 0)}); err != nil {
			return err
		}
		if err := tx.AddMentions(art2, f.lisbon, []graph.Span{span(t, text2, "Lisbon", 0)}); err != nil {
			return err
		}
		s1 := span(t, text1, "Alice Rowe met the "+hostile+" group in Lisbon.", 0)
		s2 := span(t, text1, "Later Alice Rowe spoke to Borcorp about trade.", 0)
		s3 := span(t, text2, text2, 0)
		for _, r := range []struct {
			a, b graph.ID
			k    graph.Kind
			art  string
			s    graph.Span
		}{
			{f.alice, f.evil, graph.CoMention, art1, s1},
			{f.alice, f.lisbon, graph.Visits, art1, s1},
			{f.alice, f.borco, graph.CoMention, art1, s2},
			{f.borco, f.lisbon, graph.CoMention, art2, s3},
		} {
			if err := tx.AddRelation(r.a, r.k, r.b, r.art, []graph.Span{r.s}); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func newServer(t *testing.T, readOnly bool) (*fixture, *Server) {
	t.Helper()
	f := newFixture(t)
	s, err := New(f.st, Options{ReadOnly: readOnly})
	if err != nil {
		t.Fatal(err)
	}
	return f, s
}

// get fetches a path and returns the status and body.
func get(t *testing.T, s *Server, path string) (int, string, http.Header) {
	t.Helper()
	rec := httptest.NewRecorder()
	s.Handler().ServeHTTP(rec, httptest.NewRequest("GET", path, nil))
	return rec.Code, rec.Body.String(), rec.Header()
}

// post submits a form as a same-origin browser would.
func post(t *testing.T, s *Server, form url.Values, hdr map[string]string) *httptest.ResponseRecorder {
	t.Helper()
	req := httptest.NewRequest("POST", "/curate", strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Sec-Fetch-Site", "same-origin")
	for k, v := range hdr {
		req.Header.Set(k, v)
	}
	rec := httptest.NewRecorder()
	s.Handler().ServeHTTP(rec, req)
	return rec
}

func TestPages(t *testing.T) {
	f, s := newServer(t, false)
	tests := []struct {
		path string
		code int
		want []string
	}{
		{"/search?q=alice+rowe", 200, []string{fmt.Sprintf(`href="/entity/%d"`, f.alice), "Alice Rowe", ">person<", "Wikidata Q999"}},
		{"/search?q=alise", 200, []string{"Alice Rowe"}}, // a misspelling finds it through suggestions
		{"/search?q=zzzzqqq", 200, []string{"No entity matches"}},
		{fmt.Sprintf("/entity/%d", f.alice), 200, []string{
			"<h1 id=\"entity-name\">Alice Rowe</h1>", "Q999", ">visits (1)<", ">co_mention (2)<",
			"Later <mark>Alice Rowe</mark> spoke to Borcorp about trade.", `href="/article/` + art1 + `"`,
			fmt.Sprintf(`href="/entity/%d" class="neighbour">Lisbon<`, f.lisbon), "Outlet One"}},
		{"/article/" + art1, 200, []string{
			fmt.Sprintf(`<a href="/entity/%d" class="mention"><mark>Alice Rowe</mark></a> met`, f.alice),
			fmt.Sprintf(`<a href="/entity/%d" class="mention"><mark>Borcorp</mark></a>`, f.borco)}},
		{fmt.Sprintf("/compare/%d", f.lisbon), 200, []string{"<h2>Outlet One</h2>", "<h2>Outlet Two</h2>", ">Borcorp</a>"}},
		{"/entity/9999", 404, []string{"no entity 9999"}},
		{"/article/nope", 404, []string{"no article"}},
		{"/static/cytoscape.min.js", 200, []string{"cytoscape"}},
		{"/static/cytoscape.LICENSE", 200, []string{"Copyright"}},
	}
	for _, tc := range tests {
		code, body, _ := get(t, s, tc.path)
		if code != tc.code {
			t.Errorf("GET %s: status %d, want %d", tc.path, code, tc.code)
		}
		for _, w := range tc.want {
			if !strings.Contains(body, w) {
				t.Errorf("GET %s: body lacks %q", tc.path, w)
			}
		}
	}
}

func TestSecurityHeadersOnEveryResponse(t *testing.T) {
	_, s := newServer(t, false)
	for _, p := range []string{"/", "/entity/1", "/entity/9999", "/static/app.js", "/api/search?q=a", "/nowhere"} {
		_, _, h := get(t, s, p)
		csp := h.Get("Content-Security-Policy")
		for _, w := range []string{"default-src 'self'", "script-src 'self'", "object-src 'none'", "frame-ancestors 'none'", "base-uri 'none'"} {
			if !strings.Contains(csp, w) {
				t.Errorf("GET %s: CSP %q lacks %q", p, csp, w)
			}
		}
		if strings.Contains(csp, "unsafe-inline") {
			t.Errorf("GET %s: CSP allows inline code: %q", p, csp)
		}
		if h.Get("X-Content-Type-Options") != "nosniff" || h.Get("Referrer-Policy") == "" {
			t.Errorf("GET %s: headers %v", p, h)
		}
	}
}

// TestNoInlineScript checks that pages only load scripts from files, as
// the CSP requires (an inline script would be blocked, so a page relying
// on one would break silently).
func TestNoInlineScript(t *testing.T) {
	f, s := newServer(t, false)
	re := regexp.MustCompile(`<script[^>]*>`)
	for _, p := range []string{"/", fmt.Sprintf("/entity/%d", f.alice), "/article/" + art1} {
		_, body, _ := get(t, s, p)
		for _, tag := range re.FindAllString(body, -1) {
			if !strings.Contains(tag, `src="/static/`) {
				t.Errorf("GET %s: inline script %s", p, tag)
			}
		}
		if strings.Contains(body, " on") && regexp.MustCompile(`<[^>]+\son[a-z]+=`).MatchString(body) {
			t.Errorf("GET %s: an element has an event handler attribute", p)
		}
	}
}

func TestHostileNameIsEscaped(t *testing.T) {
	f, s := newServer(t, false)
	pages := []string{
		"/search?q=" + url.QueryEscape(hostile),
		"/search?q=img",
		fmt.Sprintf("/entity/%d", f.evil),
		fmt.Sprintf("/entity/%d", f.alice),
		fmt.Sprintf("/compare/%d", f.alice),
		"/article/" + art1,
	}
	for _, p := range pages {
		code, body, _ := get(t, s, p)
		if code != 200 {
			t.Errorf("GET %s: status %d", p, code)
		}
		if strings.Contains(body, "<img") {
			t.Errorf("GET %s: raw markup from an entity name in the page", p)
		}
		if !strings.Contains(body, "&lt;img src=x onerror=alert(1)&gt;") {
			t.Errorf("GET %s: the name is not shown as text", p)
		}
	}
	// In attributes: the rename form's value and the search box.
	_, body, _ := get(t, s, fmt.Sprintf("/entity/%d", f.evil))
	if !strings.Contains(body, `name="name" value="&lt;img src=x onerror=alert(1)&gt;"`) {
		t.Errorf("entity page: the rename field's value is not escaped")
	}
	_, body, _ = get(t, s, "/search?q="+url.QueryEscape(`"><script>x</script>`))
	if strings.Contains(body, "<script>x") || !strings.Contains(body, `value="&#34;&gt;&lt;script&gt;x&lt;/script&gt;"`) {
		t.Errorf("search box value not escaped")
	}
	// In JSON: escaped, and still the same name once decoded.
	for _, p := range []string{fmt.Sprintf("/api/neighbours/%d", f.alice), "/api/search?q=img"} {
		_, body, h := get(t, s, p)
		if !strings.HasPrefix(h.Get("Content-Type"), "application/json") {
			t.Errorf("GET %s: content type %q", p, h.Get("Content-Type"))
		}
		if strings.Contains(body, "<img") || !strings.Contains(body, `\u003cimg`) {
			t.Errorf("GET %s: JSON %s", p, body)
		}
		if !strings.Contains(decodeNames(t, body), hostile) {
			t.Errorf("GET %s: decoded JSON lacks the name", p)
		}
	}
}

// decodeNames returns the "name" fields of a JSON body, joined.
func decodeNames(t *testing.T, body string) string {
	t.Helper()
	var names []string
	var walk func(any)
	walk = func(v any) {
		switch v := v.(type) {
		case map[string]any:
			if n, ok := v["name"].(string); ok {
				names = append(names, n)
			}
			for _, x := range v {
				walk(x)
			}
		case []any:
			for _, x := range v {
				walk(x)
			}
		}
	}
	var v any
	if err := json.Unmarshal([]byte(body), &v); err != nil {
		t.Fatal(err)
	}
	walk(v)
	return strings.Join(names, "\n")
}

func TestNeighboursFilters(t *testing.T) {
	f, s := newServer(t, false)
	var g apiGraph
	_, body, _ := get(t, s, fmt.Sprintf("/api/neighbours/%d?kind=visits", f.alice))
	if err := json.Unmarshal([]byte(body), &g); err != nil {
		t.Fatal(err)
	}
	if len(g.Edges) != 1 || g.Edges[0].Kind != graph.Visits || len(g.Nodes) != 2 {
		t.Errorf("kind=visits: %+v", g)
	}
	_, body, _ = get(t, s, fmt.Sprintf("/api/neighbours/%d", f.alice))
	g = apiGraph{}
	json.Unmarshal([]byte(body), &g)
	if len(g.Edges) != 3 || len(g.Nodes) != 4 {
		t.Errorf("all kinds: %d nodes, %d edges, want 4 and 3", len(g.Nodes), len(g.Edges))
	}
}

func TestCurationNeedsTokenAndSameOrigin(t *testing.T) {
	f, s := newServer(t, false)
	form := url.Values{"op": {"rename"}, "entity": {fmt.Sprint(f.alice)}, "name": {"Alice R. Rowe"}, "confirm": {"yes"}}
	if rec := post(t, s, form, nil); rec.Code != http.StatusForbidden {
		t.Errorf("POST without token: status %d, want 403", rec.Code)
	}
	form.Set("csrf", "not-the-token")
	if rec := post(t, s, form, nil); rec.Code != http.StatusForbidden {
		t.Errorf("POST with a wrong token: status %d, want 403", rec.Code)
	}
	form.Set("csrf", s.token)
	if rec := post(t, s, form, map[string]string{"Sec-Fetch-Site": "cross-site", "Origin": "https://evil.example"}); rec.Code != http.StatusForbidden {
		t.Errorf("cross-site POST with the token: status %d, want 403", rec.Code)
	}
	if _, body, _ := get(t, s, fmt.Sprintf("/entity/%d", f.alice)); !strings.Contains(body, ">Alice Rowe</h1>") {
		t.Fatalf("a refused POST changed the graph")
	}
}

func TestCurationConfirmApplyUndo(t *testing.T) {
	f, s := newServer(t, false)
	path := fmt.Sprintf("/entity/%d", f.alice)
	_, body, _ := get(t, s, path)
	tok := regexp.MustCompile(`name="csrf" value="([0-9a-f]+)"`).FindStringSubmatch(body)
	if tok == nil {
		t.Fatal("entity page has no curation form token")
	}
	form := url.Values{"csrf": {tok[1]}, "op": {"merge"}, "entity": {fmt.Sprint(f.alice)}, "other": {fmt.Sprint(f.borco)}}
	rec := post(t, s, form, nil)
	if rec.Code != 200 || !strings.Contains(rec.Body.String(), `merge &#34;Borcorp&#34;`) || !strings.Contains(rec.Body.String(), `id="confirm"`) {
		t.Fatalf("preview: %d %s", rec.Code, rec.Body.String())
	}
	if _, body, _ := get(t, s, fmt.Sprintf("/entity/%d", f.borco)); !strings.Contains(body, ">Borcorp</h1>") {
		t.Fatal("the preview changed the graph")
	}
	form.Set("confirm", "yes")
	rec = post(t, s, form, nil)
	if rec.Code != http.StatusSeeOther || rec.Header().Get("Location") != path {
		t.Fatalf("confirm: %d %q", rec.Code, rec.Header().Get("Location"))
	}
	if code, _, _ := get(t, s, fmt.Sprintf("/entity/%d", f.borco)); code != 404 {
		t.Errorf("merged entity still has a page: %d", code)
	}
	_, body, _ = get(t, s, path)
	if !strings.Contains(body, `<span class="alias">Borcorp</span>`) {
		t.Errorf("merged name is not an alias")
	}
	_, body, _ = get(t, s, "/article/"+art2)
	if !strings.Contains(body, fmt.Sprintf(`<a href="/entity/%d" class="mention"><mark>Borcorp</mark>`, f.alice)) {
		t.Errorf("article mention does not follow the merge")
	}
	// Undo from the log restores the page.
	rec = post(t, s, url.Values{"csrf": {tok[1]}, "op": {"undo"}, "n": {"1"}, "confirm": {"yes"}}, nil)
	if rec.Code != http.StatusSeeOther {
		t.Fatalf("undo: %d %s", rec.Code, rec.Body.String())
	}
	if code, body, _ := get(t, s, fmt.Sprintf("/entity/%d", f.borco)); code != 200 || !strings.Contains(body, ">Borcorp</h1>") {
		t.Errorf("undo did not restore Borcorp: %d", code)
	}
	if _, body, _ := get(t, s, "/curations"); !strings.Contains(body, "undone ") {
		t.Errorf("curation log does not show the undo")
	}
}

func TestCurationsRefusedWhenReadOnly(t *testing.T) {
	f, s := newServer(t, true)
	form := url.Values{"csrf": {s.token}, "op": {"rename"}, "entity": {fmt.Sprint(f.alice)}, "name": {"X"}, "confirm": {"yes"}}
	rec := post(t, s, form, nil)
	if rec.Code != http.StatusForbidden || !strings.Contains(rec.Body.String(), "read-only") {
		t.Errorf("read-only POST: %d %s", rec.Code, rec.Body.String())
	}
	_, body, _ := get(t, s, fmt.Sprintf("/entity/%d", f.alice))
	if strings.Contains(body, `action="/curate"`) {
		t.Errorf("read-only entity page offers curation forms")
	}
	if _, body, _ := get(t, s, fmt.Sprintf("/entity/%d", f.alice)); !strings.Contains(body, ">Alice Rowe</h1>") {
		t.Errorf("read-only POST changed the graph")
	}
}

func TestNeighboursSourceAndDate(t *testing.T) {
	f, s := newServer(t, false)
	var g apiGraph
	_, body, _ := get(t, s, fmt.Sprintf("/api/neighbours/%d?source=%s", f.lisbon, url.QueryEscape("Outlet Two")))
	if err := json.Unmarshal([]byte(body), &g); err != nil {
		t.Fatal(err)
	}
	if len(g.Edges) != 1 || g.Nodes[1].ID != f.borco {
		t.Errorf("source=Outlet Two: %+v", g)
	}
	g = apiGraph{}
	_, body, _ = get(t, s, fmt.Sprintf("/api/neighbours/%d?since=2000-01-01", f.lisbon))
	json.Unmarshal([]byte(body), &g)
	if len(g.Edges) != 0 {
		t.Errorf("since=2000-01-01 kept relations whose articles have no date: %+v", g)
	}
}

func TestExportView(t *testing.T) {
	f, s := newServer(t, false)
	code, body, h := get(t, s, fmt.Sprintf("/export/graphml?ids=%d,%d,%d", f.alice, f.evil, f.lisbon))
	if code != 200 || !strings.Contains(h.Get("Content-Disposition"), "attachment") {
		t.Fatalf("graphml: %d %v", code, h)
	}
	if strings.Contains(body, "<img") || !strings.Contains(body, "&lt;img") || strings.Count(body, "<edge ") != 2 {
		t.Errorf("graphml of 3 nodes: want 2 edges and the name escaped:\n%s", body)
	}
	if code, _, _ := get(t, s, "/export/graphml?ids="); code != 400 {
		t.Errorf("empty ids: %d", code)
	}
	if code, _, _ := get(t, s, "/export/exe?ids=1"); code != 404 {
		t.Errorf("unknown format: %d", code)
	}
}
