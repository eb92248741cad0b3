package ner

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/newsgraph/newsgraph/entities"
	"github.com/newsgraph/newsgraph/entities/article"
	"github.com/newsgraph/newsgraph/entities/gazetteer"
)

func TestRecognizer(t *testing.T) {
	text := "Prime Minister Shehbaz Sharif met Angela Merkel in Berlin on Monday.\n\nThe Pakistan Peoples Party\u2019s leaders flew to Brussels."
	d := entities.Segment(text)
	r := DefaultRecognizer()
	ms := r.Recognize(d)
	var got []string
	for _, m := range ms {
		if m.Source != "model" || m.Score != entities.ScoreModel {
			t.Errorf("mention %+v: source %q score %v", m, m.Source, m.Score)
		}
		if m.Text(d) != strings.Join(tokenTexts(d, m.TokStart, m.TokEnd), " ") && !strings.Contains(m.Text(d), "\n") {
			// Offsets and the token range must name the same span.
			if d.Tokens[m.TokStart].Start != m.Start || d.Tokens[m.TokEnd-1].End != m.End {
				t.Errorf("mention %+v: offsets do not match its tokens", m)
			}
		}
		got = append(got, m.Text(d)+"/"+string(m.Type))
	}
	for _, want := range []string{"Shehbaz Sharif/person", "Angela Merkel/person", "Berlin/place", "Brussels/place"} {
		if !slices.Contains(got, want) {
			t.Errorf("missing %s in %q", want, got)
		}
	}
	hd := entities.Segment("Follow @CMShehbaz and #Pakistan for updates.")
	for _, m := range r.Recognize(hd) {
		t.Errorf("handle or hashtag tagged: %q (%s)", m.Text(hd), m.Type)
	}
	// Concurrent use gives the same answer.
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if again := r.Recognize(entities.Segment(text)); len(again) != len(ms) {
				t.Errorf("concurrent call found %d mentions, want %d", len(again), len(ms))
			}
		}()
	}
	wg.Wait()
}

func tokenTexts(d *entities.Document, i, j int) []string {
	var out []string
	for _, t := range d.Tokens[i:j] {
		out = append(out, t.Text)
	}
	return out
}

// seedGold is entities/testdata/seeds_gold.json.
type seedGold struct {
	Articles map[string][]struct {
		Name     string   `json:"name"`
		Type     string   `json:"type"`
		Aliases  []string `json:"aliases"`
		Optional bool     `json:"optional"`
	} `json:"articles"`
}

// seedScores measures an extractor on the seed articles as
// entities/seeds_test.go does: recall of the annotated entities (right
// type, a matching name or alias) and precision of those reported.
func seedScores(t *testing.T, x *entities.Extractor, seeds string, gd seedGold) (recall, precision float64) {
	var found, wanted, real, reported int
	names := make([]string, 0, len(gd.Articles))
	for n := range gd.Articles {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, name := range names {
		var text string
		for a, err := range article.ReadFile(filepath.Join(seeds, name)) {
			if err != nil {
				t.Fatal(err)
			}
			text = a.Text
			break
		}
		ex := x.Extract(text)
		match := func(e *entities.Entity, i int) bool {
			g := gd.Articles[name][i]
			if string(e.Type) != g.Type {
				return false
			}
			keys := []string{gazetteer.Key(g.Name)}
			for _, a := range g.Aliases {
				keys = append(keys, gazetteer.Key(a))
			}
			for _, n := range append([]string{e.Name}, e.Aliases...) {
				if slices.Contains(keys, gazetteer.Key(n)) {
					return true
				}
			}
			return false
		}
		var got []*entities.Entity
		for _, e := range ex.Entities {
			if len(e.Mentions) > 0 {
				got = append(got, e)
			}
		}
		for i, g := range gd.Articles[name] {
			if g.Optional {
				continue
			}
			wanted++
			if slices.ContainsFunc(got, func(e *entities.Entity) bool { return match(e, i) }) {
				found++
			} else if testing.Verbose() {
				t.Logf("%s: missed %s (%s)", name, g.Name, g.Type)
			}
		}
		for _, e := range got {
			reported++
			hit := false
			for i := range gd.Articles[name] {
				hit = hit || match(e, i)
			}
			if hit {
				real++
			} else if testing.Verbose() {
				t.Logf("%s: not in the annotation: %s (%s)", name, e.Name, e.Type)
			}
		}
	}
	return float64(found) / float64(wanted), float64(real) / float64(reported)
}

// TestSeedArticles runs the foundation's seed-story check with and
// without the recognizer.
func TestSeedArticles(t *testing.T) {
	seeds := sharedFile(t, "corpus/seeds")
	b, err := os.ReadFile(filepath.Join("..", "testdata", "seeds_gold.json"))
	if err != nil {
		t.Fatal(err)
	}
	var gd seedGold
	if err := json.Unmarshal(b, &gd); err != nil {
		t.Fatal(err)
	}
	r0, p0 := seedScores(t, entities.New(), seeds, gd)
	t.Logf("without the recognizer: recall %.3f precision %.3f", r0, p0)
	for _, c := range []struct {
		name string
		m    *Model
	}{{"coarse model + rules", Default()}, {"fine model", DefaultFine()}} {
		r, p := seedScores(t, entities.New(entities.WithRecognizer(NewRecognizer(c.m))), seeds, gd)
		t.Logf("with the recognizer (%s): recall %.3f precision %.3f", c.name, r, p)
		if r < r0 {
			t.Errorf("%s: recall dropped from %.3f to %.3f", c.name, r0, r)
		}
	}
}

// TestTokenText checks tokenText's shortcut: every replaced rune starts
// with the byte it looks for, and it returns what the replacer does.
func TestTokenText(t *testing.T) {
	for i := 0; i < len(tokenReplacements); i += 2 {
		if old := tokenReplacements[i]; old == "" || old[0] != 0xE2 {
			t.Errorf("replaced string %q does not start with 0xE2", old)
		}
	}
	for _, s := range []string{"", "plain", "O'Neill", "it\u2019s", "\u2018quoted\u2019", "\u201cQ\u201d", "1990\u20131991", "a\u2014b", "\u2026", "\u20ac5", "caf\u00e9", "\u2019", "\u2014\u2014"} {
		if got, want := tokenText(s), tokenReplacer.Replace(s); got != want {
			t.Errorf("tokenText(%q) = %q, replacer gives %q", s, got, want)
		}
	}
}
