package entities

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/entities/lexicon"
	"github.com/newsgraph/newsgraph/entities/text"
	"github.com/newsgraph/newsgraph/graph"
)

// knownOrgLists are the lexicon lists of well-known organizations the
// gazetteers lack: news agencies, broadcasters, stock exchanges, central
// banks and government agencies.
var knownOrgLists = []string{"org_news_agencies", "org_broadcasters", "org_stock_exchanges", "org_central_banks", "org_government_agencies"}

// knownOrgs maps the first token key (gazetteer.Key: lower case, marks
// and apostrophes folded) of each known organization's name to the names'
// token keys, longest first.
var knownOrgs = loadKnownOrgs()

func loadKnownOrgs() map[string][][]string {
	m := map[string][][]string{}
	for _, list := range knownOrgLists {
		for _, name := range lexicon.Words(list) {
			toks := tokenKeys(text.Segment(name))
			m[toks[0]] = append(m[toks[0]], toks)
		}
	}
	for k, names := range m {
		// Longest first, so "Xinhua News Agency" wins over "Xinhua".
		for i := 1; i < len(names); i++ {
			for j := i; j > 0 && len(names[j]) > len(names[j-1]); j-- {
				names[j], names[j-1] = names[j-1], names[j]
			}
		}
		m[k] = names
	}
	return m
}

// knownOrganizations finds the names of the known organizations in d,
// their first and last words capitalised ("NASDAQ" and "Nasdaq", not
// "nasdaq-listed"), and returns them as organization mentions with
// the gazetteer's readings inside them removed ("France" in "Agence
// France-Presse", "Portugal" in "Banco de Portugal", a party named after
// "NHK"). A name with a capitalised word glued before or after it may be
// part of a longer name ("Thomson Reuters"): it is then only as strong as
// the model's mentions, so a longer one the model finds wins.
func knownOrganizations(d *Document, keys []string, gaz []Mention) (kept, known []Mention) {
	for i := 0; i < len(d.Tokens); i++ {
		if keys[i] == "" {
			continue
		}
		names := knownOrgs[keys[i]]
		for _, name := range names {
			if !tokensAre(d, keys, i, name) {
				continue
			}
			end := i + len(name)
			score := text.ScoreStrong
			if capitalisedNeighbour(d, i-1) || capitalisedNeighbour(d, end) {
				score = text.ScoreModel
			}
			known = append(known, Mention{
				Start: d.Tokens[i].Start, End: d.Tokens[end-1].End, TokStart: i, TokEnd: end,
				Type: graph.Organization, Source: "list", Score: score,
			})
			i = end - 1
			break
		}
	}
	if len(known) == 0 {
		return gaz, nil
	}
	kept = gaz[:0:0]
	for _, g := range gaz {
		inside := false
		for _, k := range known {
			inside = inside || k.Score == text.ScoreStrong && k.Start <= g.Start && g.End <= k.End
		}
		if !inside {
			kept = append(kept, g)
		}
	}
	return kept, known
}

// tokensAre reports whether d's tokens from i (their keys) are name's,
// the first and the last capitalised.
func tokensAre(d *Document, keys []string, i int, name []string) bool {
	n := len(name)
	if i+n > len(d.Tokens) || !startsUpper(d.Tokens[i].Text) || !startsUpper(d.Tokens[i+n-1].Text) {
		return false
	}
	for j, t := range name {
		if keys[i+j] != t {
			return false
		}
	}
	return true
}

// capitalisedNeighbour reports whether token i is a capitalised word with
// lower-case letters ("Thomson", not "US") in the same sentence as the
// name beside it: a sentence's first word does not count.
func capitalisedNeighbour(d *Document, i int) bool {
	if i < 0 || i >= len(d.Tokens) {
		return false
	}
	w := d.Tokens[i].Text
	if !startsUpper(w) || strings.ToUpper(w) == w || nonNames[strings.ToLower(w)] {
		return false
	}
	for _, s := range d.Sentences {
		if s.TokStart == i {
			return false
		}
	}
	return true
}

// startsUpper reports whether w starts with an upper-case letter.
func startsUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}
