package entities

import (
	"strings"

	"github.com/newsgraph/newsgraph/entities/lexicon"
	"github.com/newsgraph/newsgraph/graph"
)

// A title after "central bank" that the recognizer did not read as a
// name ("Mexican central bank head X", "central bank governor X") is the
// bank's, never an office of the country. The
// bank is the one central bank the article names, and its name must name
// the country: the one before "central bank" ("Mexican", "Italy's") when
// there is one, else the country the article is about or is datelined
// in. Otherwise, or for a German state's central bank ("state central
// bank president X"), the title gives nothing. "Deputy central bank
// governor X" holds a role in the bank.

// centralBankNames are the proper names of central banks.
var centralBankNames = lexicon.Set("org_central_banks")

// centralBankTitle reports whether the title starting at token i follows
// "central bank"; it returns the bank with the title's start (a "deputy"
// before "central bank" included), or a negative ent when the bank is
// not known (see above).
func (rb *relBuilder) centralBankTitle(i, sentStart int, end map[int]placed) (placed, int, bool) {
	d := rb.d
	if i-2 < sentStart || low(d.Tokens[i-2]) != "central" || low(d.Tokens[i-1]) != "bank" {
		return placed{}, i, false
	}
	start, k := i, i-2
	if k-1 >= sentStart && roleKinds[low(d.Tokens[k-1])] == "junior" {
		start, k = k-1, k-1 // "Deputy Central Bank Governor X"
	}
	none := placed{ent: -1}
	country := -1
	if k-1 >= sentStart && low(d.Tokens[k-1]) == "state" {
		return none, start, true // a German state's central bank
	}
	if k-1 >= sentStart && possessiveAt(d, k-1) {
		k-- // "Italy's central bank governor X"
	}
	if m, ok := end[k]; ok {
		if rb.ex.Entities[m.ent].Type != graph.Country {
			return none, start, true // "West Berlin state central bank", "Acme central bank"
		}
		country = m.ent
	} else if k-1 >= sentStart && d.Tokens[k-1].Word() && d.Tokens[k-1].Cap() && k-1 > sentStart {
		return none, start, true // a modifier the recognizer did not read
	}
	if country < 0 {
		if country = rb.homeCountry(); country < 0 {
			if c := datelineCountry(rb.gz, rb.place, rb.region); c != nil {
				country = rb.namedEntry(c)
			}
		}
	}
	found := -1
	for e, ent := range rb.ex.Entities {
		if ent.Type != graph.Organization || len(ent.Mentions) == 0 || !centralBank(ent.Name) {
			continue
		}
		if found >= 0 {
			return none, start, true
		}
		found = e
	}
	if found < 0 || country < 0 || !rb.namesCountry(rb.ex.Entities[found].Name, country) {
		return none, start, true
	}
	return placed{tokStart: k, tokEnd: i, ent: found}, start, true
}

// centralBank reports whether an organization's name is a central
// bank's.
func centralBank(name string) bool {
	l := strings.ToLower(strings.Join(strings.Fields(name), " "))
	return centralBankNames[l] || strings.Contains(l, "central bank")
}

// namesCountry reports whether name holds a name or demonym of country
// entity c as a word ("Bank of Japan", "Indonesian Central Bank").
func (rb *relBuilder) namesCountry(name string, c int) bool {
	e := rb.ex.Entities[c]
	forms := append([]string{e.Name}, e.Aliases...)
	if e.Entry != nil {
		for _, a := range e.Entry.Aliases {
			forms = append(forms, a.Text)
		}
	}
	padded := " " + strings.ToLower(strings.Join(strings.Fields(name), " ")) + " "
	for _, f := range forms {
		if f = strings.ToLower(strings.Join(strings.Fields(f), " ")); len(f) > 2 && strings.Contains(padded, " "+f+" ") {
			return true
		}
	}
	return false
}
