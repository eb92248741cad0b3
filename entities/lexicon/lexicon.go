package lexicon

import (
	"embed"
	"fmt"
	"io/fs"
	"path"
	"strings"
)

//go:embed *.txt
var files embed.FS

// KnownOrganizations are the names of the lists of well-known
// organizations the gazetteers lack or give to something else: news
// agencies, broadcasters, newspapers, stock exchanges, central banks, government
// agencies, companies, universities and legislatures. A name of these
// lists is an organization wherever it stands alone.
var KnownOrganizations = []string{"org_news_agencies", "org_broadcasters", "org_newspapers", "org_stock_exchanges", "org_central_banks", "org_government_agencies", "org_companies", "org_universities", "org_legislatures"}

// PersonPredicates are the words after a name that only a person's takes
// ("X was born", "X married"): the recognizer's rules and the entity
// finder's person cues match them with StartsAt.
var PersonPredicates = Phrases("person_predicates")

// KnownOrganization is one name of the lists of KnownOrganizations.
type KnownOrganization struct {
	Name string // as the list writes it ("Xinhua News Agency")
	List string // the list's name ("org_news_agencies")
}

// KnownOrganizationNames returns the names of the lists called lists
// (all of KnownOrganizations when none is given), list by list in file
// order. It is the one reader of those lists: the recognizer's rules,
// the entity finder and the recognizer's training read them through it.
func KnownOrganizationNames(lists ...string) []KnownOrganization {
	if len(lists) == 0 {
		lists = KnownOrganizations
	}
	var out []KnownOrganization
	for _, l := range lists {
		for _, name := range Words(l) {
			out = append(out, KnownOrganization{Name: name, List: l})
		}
	}
	return out
}

// Words returns the entries of the list called name, in file order.
// It panics when there is no such list: names are fixed when the program
// is written, and a test of this package reads every list.
func Words(name string) []string {
	b, err := files.ReadFile(name + ".txt")
	if err != nil {
		panic(fmt.Sprintf("lexicon: no list %q", name))
	}
	var out []string
	for line := range strings.Lines(string(b)) {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		out = append(out, line)
	}
	return out
}

// PhraseList is a list of phrases, each its lower-case words in order.
type PhraseList [][]string

// Phrases returns the entries of the list called name, in file order,
// each split into its words ("was born" → was, born).
func Phrases(name string) PhraseList {
	var out PhraseList
	for _, w := range Words(name) {
		out = append(out, strings.Fields(w))
	}
	return out
}

// StartsAt reports whether one of the phrases starts at word i of a
// sequence of n words, lower(j) giving the lower case of word j.
func (l PhraseList) StartsAt(n, i int, lower func(j int) string) bool {
	for _, p := range l {
		if i+len(p) > n {
			continue
		}
		ok := true
		for j, w := range p {
			if lower(i+j) != w {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// Set returns the entries of the list called name as a set.
func Set(name string) map[string]bool {
	words := Words(name)
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// Pairs returns the entries of the list called name, each an entry and a
// value after its last space ("office organization"), as a map from entry
// to value. It panics on a line without a value.
func Pairs(name string) map[string]string {
	words := Words(name)
	m := make(map[string]string, len(words))
	for _, w := range words {
		i := strings.LastIndexByte(w, ' ')
		if i < 0 {
			panic(fmt.Sprintf("lexicon: %s: %q has no value", name, w))
		}
		m[strings.TrimSpace(w[:i])] = w[i+1:]
	}
	return m
}

// Names returns the names of all lists, sorted.
func Names() []string {
	matches, _ := fs.Glob(files, "*.txt")
	for i, m := range matches {
		matches[i] = strings.TrimSuffix(path.Base(m), ".txt")
	}
	return matches
}

// Purpose returns the first line of the list called name without its
// "# ": what the list is for.
func Purpose(name string) string {
	b, err := files.ReadFile(name + ".txt")
	if err != nil {
		panic(fmt.Sprintf("lexicon: no list %q", name))
	}
	first, _, _ := strings.Cut(string(b), "\n")
	return strings.TrimSpace(strings.TrimPrefix(first, "#"))
}
