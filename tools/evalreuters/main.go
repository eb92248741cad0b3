// Command evalreuters measures how many of Reuters-21578's document-level
// tags newsgraph finds: the PLACES tags that name a country and the PEOPLE
// tags. It reads the corpus (JSON lines with "id", "body", "places",
// "people") and a newsgraph JSON export of a store the corpus was ingested
// into, and prints recall by kind with the most frequent misses.
//
// A country tag counts as found when the article's entities include that
// country (mentioned by name, alias, demonym or capital: extraction maps
// them all to the country). A person tag counts when one of the article's
// person entities has the tag's surname (its last hyphen-separated word)
// as its last name word.
//
// scripts/eval-reuters builds the store and runs this command.
package main

import (
	"bufio"
	"cmp"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/entities/gazetteer"
	"github.com/newsgraph/newsgraph/graph"
)

func main() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) }

// record is the part of a corpus line evalreuters reads.
type record struct {
	ID     json.Number `json:"id"`
	Body   string      `json:"body"`
	Places []string    `json:"places"`
	People []string    `json:"people"`
}

// export is the part of a newsgraph JSON export evalreuters reads.
type export struct {
	Nodes []struct {
		ID    graph.ID          `json:"id"`
		Name  string            `json:"name"`
		Type  graph.Type        `json:"type"`
		Attrs map[string]string `json:"attrs"`
	} `json:"nodes"`
	Articles []struct {
		Ref      string     `json:"ref"`
		Entities []graph.ID `json:"entities"`
	} `json:"articles"`
}

// tally counts one kind of tag.
type tally struct {
	name         string
	total, found int
	misses       map[string]int
}

func (t *tally) add(tag string, ok bool) {
	t.total++
	if ok {
		t.found++
		return
	}
	if t.misses == nil {
		t.misses = map[string]int{}
	}
	t.misses[tag]++
}

func (t *tally) print(w io.Writer, top int) {
	fmt.Fprintf(w, "%-9s %6d of %6d tags found  recall %.1f%%\n", t.name, t.found, t.total, 100*float64(t.found)/float64(max(t.total, 1)))
	type miss struct {
		tag string
		n   int
	}
	var ms []miss
	for k, n := range t.misses {
		ms = append(ms, miss{k, n})
	}
	slices.SortFunc(ms, func(a, b miss) int { return cmp.Or(cmp.Compare(b.n, a.n), cmp.Compare(a.tag, b.tag)) })
	if len(ms) > top {
		ms = ms[:top]
	}
	var parts []string
	for _, m := range ms {
		parts = append(parts, fmt.Sprintf("%s %d", m.tag, m.n))
	}
	if len(parts) > 0 {
		fmt.Fprintf(w, "          most missed: %s\n", strings.Join(parts, ", "))
	}
}

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("evalreuters", flag.ContinueOnError)
	fs.SetOutput(stderr)
	corpus := fs.String("corpus", "../shared/corpus/reuters21578.jsonl", "Reuters-21578 as JSON lines")
	graphFile := fs.String("graph", "", "newsgraph JSON export of the ingested corpus (required)")
	top := fs.Int("top", 25, "how many of the most missed tags to list per kind")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *graphFile == "" {
		fmt.Fprintln(stderr, "evalreuters: -graph is required")
		return 2
	}
	if err := evaluate(*corpus, *graphFile, *top, stdout); err != nil {
		fmt.Fprintln(stderr, "evalreuters:", err)
		return 1
	}
	return 0
}

func evaluate(corpusPath, graphPath string, top int, w io.Writer) error {
	var ex export
	b, err := os.ReadFile(graphPath)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(b, &ex); err != nil {
		return fmt.Errorf("%s: %w", graphPath, err)
	}
	type node struct {
		typ     graph.Type
		country string
		last    string
	}
	nodes := map[graph.ID]node{}
	for _, n := range ex.Nodes {
		words := strings.Fields(strings.ToLower(n.Name))
		last := ""
		if len(words) > 0 {
			last = words[len(words)-1]
		}
		nodes[n.ID] = node{typ: n.Type, country: n.Attrs["country"], last: last}
	}
	byRef := map[string][]graph.ID{}
	for _, a := range ex.Articles {
		byRef[a.Ref] = a.Entities
	}

	gz := gazetteer.Default()
	countries := &tally{name: "countries"}
	people := &tally{name: "people"}
	unmapped := map[string]bool{}
	f, err := os.Open(corpusPath)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	articles := 0
	for sc.Scan() {
		var r record
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			return fmt.Errorf("%s: %w", corpusPath, err)
		}
		if strings.TrimSpace(r.Body) == "" {
			continue
		}
		ents, ok := byRef[r.ID.String()]
		if !ok {
			continue // not ingested (for example rejected as empty)
		}
		articles++
		haveCountry := map[string]bool{}
		haveSurname := map[string]bool{}
		for _, id := range ents {
			n := nodes[id]
			switch n.typ {
			case graph.Country:
				haveCountry[n.country] = true
			case graph.Person:
				haveSurname[n.last] = true
			}
		}
		for _, tag := range r.Places {
			code := countryCode(gz, tag)
			if code == "" {
				unmapped[tag] = true
				continue
			}
			countries.add(tag, haveCountry[code])
		}
		for _, tag := range r.People {
			words := strings.Split(tag, "-")
			people.add(tag, haveSurname[words[len(words)-1]])
		}
	}
	if err := sc.Err(); err != nil {
		return err
	}
	fmt.Fprintf(w, "Reuters-21578: %d articles with a body found in the export\n", articles)
	countries.print(w, top)
	people.print(w, top)
	fmt.Fprintf(w, "place tags not naming a current country (not counted): %d kinds\n", len(unmapped))
	return nil
}

// countryCode maps a Reuters place tag ("west-germany", "usa") to the
// ISO code of the country the gazetteer knows it as, or "".
func countryCode(gz *gazetteer.Gazetteer, tag string) string {
	for _, m := range gz.Find(strings.ReplaceAll(tag, "-", " ")) {
		if m.Entry.Type == graph.Country && !m.Alias.Weak() {
			return m.Entry.Country
		}
	}
	return ""
}
