package lexicon

import (
	"strings"
	"testing"
)

// TestLists reads every list: each opens with a comment saying what it is
// for and the package that reads it, holds entries, no entry twice, and
// pairs lists give every entry a value.
func TestLists(t *testing.T) {
	names := Names()
	if len(names) < 40 {
		t.Fatalf("Names() = %d lists, want at least 40", len(names))
	}
	for _, name := range names {
		b, err := files.ReadFile(name + ".txt")
		if err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(string(b), "\n")
		if len(lines) < 3 || !strings.HasPrefix(lines[0], "# ") || !strings.HasPrefix(lines[1], "# Read by package ") {
			t.Errorf("%s: first lines %q do not say what the list is for and who reads it", name, lines[:min(2, len(lines))])
		}
		if Purpose(name) == "" {
			t.Errorf("%s: empty purpose", name)
		}
		words := Words(name)
		if len(words) == 0 {
			t.Errorf("%s: no entries", name)
		}
		seen := map[string]bool{}
		for _, w := range words {
			if seen[w] {
				t.Errorf("%s: %q twice", name, w)
			}
			seen[w] = true
			if w != strings.ToLower(w) {
				t.Errorf("%s: %q is not lower case", name, w)
			}
		}
	}
	if got := Pairs("months")["sept"]; got != "9" {
		t.Errorf(`Pairs("months")["sept"] = %q, want "9"`, got)
	}
	if !Set("honorifics")["mr"] || Set("honorifics")["minister"] {
		t.Error(`Set("honorifics") is wrong about "mr" or "minister"`)
	}
}

func TestMissingListPanics(t *testing.T) {
	defer func() {
		if r := recover(); r == nil {
			t.Error("Words of a missing list did not panic")
		}
	}()
	Words("no_such_list")
}

// BenchmarkLoadAll parses every list once, which is what the packages
// reading them do at start-up in total (some lists are read twice).
func BenchmarkLoadAll(b *testing.B) {
	names := Names()
	b.ReportAllocs()
	for b.Loop() {
		for _, n := range names {
			Set(n)
		}
	}
}

func TestKnownOrganizationNames(t *testing.T) {
	all := KnownOrganizationNames()
	lists := map[string]int{}
	for _, o := range all {
		if o.Name == "" {
			t.Errorf("empty name in %s", o.List)
		}
		lists[o.List]++
	}
	for _, l := range KnownOrganizations {
		if lists[l] == 0 {
			t.Errorf("no names from %s", l)
		}
	}
	one := KnownOrganizationNames("org_universities")
	if len(one) != lists["org_universities"] {
		t.Errorf("KnownOrganizationNames(org_universities): %d names, want %d", len(one), lists["org_universities"])
	}
}

func TestPhrases(t *testing.T) {
	ps := Phrases("person_predicates")
	if len(ps) != len(Words("person_predicates")) {
		t.Fatalf("Phrases: %d entries, want one per line", len(ps))
	}
	two := false
	for _, p := range ps {
		if len(p) == 0 {
			t.Errorf("empty phrase")
		}
		two = two || len(p) == 2
	}
	if !two {
		t.Error("no phrase of two words: entries are not split")
	}
}
