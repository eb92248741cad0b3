package export

import (
	"bufio"
	"encoding/json"
	"io"

	"github.com/newsgraph/newsgraph/graph"
)

// The JSON document. Field order here is the order in the output.
type (
	jsonNode struct {
		ID        graph.ID          `json:"id"`
		Name      string            `json:"name"`
		Type      string            `json:"type"`
		Aliases   []string          `json:"aliases"`
		Mentions  int               `json:"mentions"`
		Articles  int               `json:"articles"`
		Attrs     map[string]string `json:"attrs"`
		Score     *float64          `json:"score,omitempty"`
		Community *int              `json:"community,omitempty"`
	}
	jsonEdge struct {
		Source     graph.ID          `json:"source"`
		Target     graph.ID          `json:"target"`
		Kind       string            `json:"kind"`
		Directed   bool              `json:"directed"`
		Weight     int               `json:"weight"`
		Confidence float64           `json:"confidence"`
		Attrs      map[string]string `json:"attrs"`
		Evidence   []jsonEvidence    `json:"evidence"`
	}
	jsonEvidence struct {
		Article  string `json:"article"`
		Title    string `json:"title"`
		Sentence string `json:"sentence"`
		Start    int    `json:"start"`
		End      int    `json:"end"`
	}
	jsonArticle struct {
		ID       string     `json:"id"`
		Ref      string     `json:"ref"`
		Title    string     `json:"title"`
		Source   string     `json:"source"`
		Date     string     `json:"date"`
		URL      string     `json:"url"`
		Entities []graph.ID `json:"entities"`
	}
)

// WriteJSON writes g to w as one indented JSON object:
//
//	{
//	  "title": "newsgraph",
//	  "score_name": "pagerank",
//	  "nodes": [{"id", "name", "type", "aliases", "mentions", "articles", "attrs", "score", "community"}],
//	  "edges": [{"source", "target", "kind", "directed", "weight", "confidence", "attrs",
//	             "evidence": [{"article", "title", "sentence", "start", "end"}]}],
//	  "articles": [{"id", "ref", "title", "source", "date", "url", "entities"}]
//	}
//
// "score_name" is present only when o.Scores is set; a node's "score" and
// "community" only when it has one. Arrays and "attrs" are never null.
// Node IDs, edge endpoints and article entities are the numeric entity IDs.
// Evidence is capped by o.MaxEvidence. Strings are cleaned with [Clean] and
// escaped by encoding/json (which also escapes <, > and &).
//
// The document is streamed one element at a time, so memory use does not
// grow with the size of the graph.
func WriteJSON(w io.Writer, g *graph.Graph, o Options) error {
	v := newView(g)
	jw := &jsonWriter{w: bufio.NewWriter(w)}

	jw.raw("{\n  \"title\": ")
	jw.value("", Clean(o.title()))
	if o.Scores != nil {
		jw.raw(",\n  \"score_name\": ")
		jw.value("", Clean(o.scoreName()))
	}

	jw.raw(",\n  \"nodes\": [")
	for i, e := range v.entities {
		n := jsonNode{
			ID:       e.ID,
			Name:     Clean(e.Name),
			Type:     Clean(string(e.Type)),
			Aliases:  cleanAll(e.Aliases),
			Mentions: e.Mentions,
			Articles: e.Articles,
			Attrs:    make(map[string]string, len(e.Attrs)),
		}
		for _, k := range sortedKeys(e.Attrs) {
			if _, dup := n.Attrs[Clean(k)]; !dup {
				n.Attrs[Clean(k)] = Clean(e.Attrs[k])
			}
		}
		if s, ok := o.score(e.ID); ok {
			n.Score = &s
		}
		if c, ok := o.community(e.ID); ok {
			n.Community = &c
		}
		jw.element(i, n)
	}
	jw.end(len(v.entities))

	jw.raw(",\n  \"edges\": [")
	for i, r := range v.relations {
		ev := o.evidence(r)
		out := jsonEdge{
			Source:   r.Source,
			Target:   r.Target,
			Kind:     Clean(string(r.Kind)),
			Directed: r.Kind.Directed(),
			Weight:   r.Weight,
			Evidence: make([]jsonEvidence, len(ev)),
		}
		out.Confidence = r.Confidence
		out.Attrs = make(map[string]string, len(r.Attrs))
		for k, v := range r.Attrs {
			out.Attrs[Clean(k)] = Clean(v)
		}
		for j, e := range ev {
			out.Evidence[j] = jsonEvidence{
				Article:  Clean(e.Article),
				Title:    Clean(e.Title),
				Sentence: Clean(e.Sentence),
				Start:    e.Start,
				End:      e.End,
			}
		}
		jw.element(i, out)
	}
	jw.end(len(v.relations))

	jw.raw(",\n  \"articles\": [")
	for i, a := range v.articles {
		out := jsonArticle{
			ID:       Clean(a.ID),
			Ref:      Clean(a.Ref),
			Title:    Clean(a.Title),
			Source:   Clean(a.Source),
			Date:     Clean(a.Date),
			URL:      Clean(a.URL),
			Entities: a.Entities,
		}
		if out.Entities == nil {
			out.Entities = []graph.ID{}
		}
		jw.element(i, out)
	}
	jw.end(len(v.articles))
	jw.raw("\n}\n")
	return jw.flush()
}

func cleanAll(ss []string) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = Clean(s)
	}
	return out
}

// jsonWriter writes a JSON document piece by piece and keeps the first
// error.
type jsonWriter struct {
	w   *bufio.Writer
	err error
}

func (jw *jsonWriter) raw(s string) {
	if jw.err == nil {
		_, jw.err = jw.w.WriteString(s)
	}
}

// value writes x marshalled with the given indentation prefix.
func (jw *jsonWriter) value(prefix string, x any) {
	if jw.err != nil {
		return
	}
	b, err := json.MarshalIndent(x, prefix, "  ")
	if err != nil {
		jw.err = err
		return
	}
	_, jw.err = jw.w.Write(b)
}

// element writes the i'th element of an array at depth 2.
func (jw *jsonWriter) element(i int, x any) {
	if i > 0 {
		jw.raw(",")
	}
	jw.raw("\n    ")
	jw.value("    ", x)
}

// end closes an array of n elements.
func (jw *jsonWriter) end(n int) {
	if n > 0 {
		jw.raw("\n  ")
	}
	jw.raw("]")
}

func (jw *jsonWriter) flush() error {
	if jw.err != nil {
		return jw.err
	}
	return jw.w.Flush()
}
