package main

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/entities/gazetteer"
	"github.com/newsgraph/newsgraph/entities/ner"
)

func TestKMeansSeparatesGroups(t *testing.T) {
	// Two groups of unit vectors on disjoint dimensions.
	var vecs []sparse
	for i := 0; i < 20; i++ {
		d := int32(0)
		if i%2 == 1 {
			d = 2
		}
		vecs = append(vecs, sparse{ix: []int32{d, d + 1}, v: []float32{0.8, 0.6}})
	}
	members := make([]int, len(vecs))
	for i := range members {
		members[i] = i
	}
	assign := kmeans(vecs, members, 2, 4, rand.New(rand.NewPCG(1, 1)))
	for i := range assign {
		if (assign[i] == assign[0]) != (i%2 == 0) {
			t.Fatalf("assignments %v do not follow the groups", assign)
		}
	}
}

// TestInduceClusters clusters a tiny synthetic corpus in which towns and
// weekdays appear in different contexts.
func TestInduceClusters(t *testing.T) {
	towns := []string{"Varno", "Ostrava", "Lindholm", "Kestrel"}
	days := []string{"Monday", "Tuesday", "Friday", "Sunday"}
	var b strings.Builder
	for i := 0; i < 40; i++ {
		town, day := towns[i%4], days[(i/4)%4]
		fmt.Fprintf(&b, `{"title": "Report", "body": "Officials in %s met on %s. The mayor of %s spoke on %s."}`+"\n", town, day, town, day)
	}
	path := filepath.Join(t.TempDir(), "news.jsonl")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	cl, err := induceClusters([]string{path}, 2, 2, 1)
	if err != nil {
		t.Fatal(err)
	}
	coarse := map[string]uint16{}
	for i, w := range cl.words {
		coarse[w] = cl.coarse[i]
		if cl.fine[i] == 0 || cl.coarse[i] == 0 {
			t.Errorf("%s: no cluster", w)
		}
	}
	for _, group := range [][]string{towns, days} {
		for _, w := range group[1:] {
			if coarse[w] != coarse[group[0]] {
				t.Errorf("%s and %s in different clusters", w, group[0])
			}
		}
	}
	if coarse["Varno"] == coarse["Monday"] {
		t.Error("towns and weekdays share a cluster")
	}
	if _, err := induceClusters([]string{filepath.Join(t.TempDir(), "missing.jsonl")}, 2, 2, 1); err == nil {
		t.Error("a missing corpus file gave no error")
	}
}

func TestGazetteerNames(t *testing.T) {
	names := gazetteerNames(gazetteer.Default(), nil)
	has := func(text string, c ner.GazClass) bool {
		for _, n := range names {
			if n.Text == text && n.Class == c {
				return true
			}
		}
		return false
	}
	for _, want := range []ner.GazName{{Text: "Pakistan", Class: ner.GazCountry}, {Text: "Pakistani", Class: ner.GazDemonym}} {
		if !has(want.Text, want.Class) {
			t.Errorf("missing %+v", want)
		}
	}
}
