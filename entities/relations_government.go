package entities

import (
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// A wire story speaks of one government when the offices it spells out
// all belong to one country, or when it is datelined in a capital and
// names that country. A bare state title that no earlier rule gave a
// country ("HONG KONG - ... Japan's Prime Minister Y ... Finance Minister
// X told the committee"; "WASHINGTON - President X told supporters")
// takes that government's country (governmentOffices), when:
//
//   - the title is a government's (governmentTitle): a minister's,
//     secretary's, chancellor's, premier's or president's, capitalised;
//   - the person holds no country's office elsewhere in the article and
//     is not the one met, told or received ("talks with Trade Minister
//     X"), nor "visiting", nor owned by a body named right before the
//     title;
//   - no other country is named before the title in its sentence, as
//     such or by a demonym ("Japan's envoy and Finance Minister X",
//     "Chinese counterpart Minister X"), and no place or other
//     capitalised word stands right before it ("Alberta Premier X");
//   - the title is not one other country's by itself ("Treasury
//     Secretary" is the United States' wherever it is named).
//
// The government is the one country whose government offices the
// article spells out for other people ("Japan's Prime Minister Y",
// "Dutch Finance Minister Y": the colleagues' country; an office some
// rule inferred does not count), unless
// the dateline is in another country the article names; else, for a
// president's or a prime minister's title only, the country of a capital
// dateline, when the article names it ("WASHINGTON - President X"): a
// capital's stories name visiting ministers with bare titles too
// ("TOKYO - Agriculture Secretary X ... in talks here"). A story with no
// dateline tells neither: a British one names foreign officials with
// their country ("French President X") and its own bare ("Chancellor
// Y"), and the one country it names may be only its topic. There the
// government is the country of the parties it names, when they are all
// one country's and it names that country ("Labour ... the UK ...
// Foreign Secretary X"), for a minister's, secretary's or chancellor's
// title only ("President X" in such a story is another country's).

// confGovernment is the confidence of an office given the article's
// government.
const confGovernment = 0.3

// governmentTitle reports whether a state office title is a government
// member's: a minister's (ministerTitle) or a president's, not a vice
// president's or a body's secretary-general.
func governmentTitle(title string) bool {
	if ministerTitle(title) {
		return true
	}
	return lastWord(title) == "president" && !strings.Contains(strings.ToLower(title), "vice")
}

// headOfGovernment reports whether title is a president's or a prime
// minister's: a visiting one is named with the country on first mention.
func headOfGovernment(title string) bool {
	switch strings.ToLower(strings.Join(strings.Fields(title), " ")) {
	case "president", "prime minister", "premier":
		return true
	}
	return false
}

// governmentOffices gives each pending government title still without a
// country the article's government (see above). It runs after every
// other resolver, so an office a person holds elsewhere, a company's
// head and a national title decide first.
func (rb *relBuilder) governmentOffices() {
	var left []pendingOffice
	for _, po := range rb.pending {
		if po.cap && governmentTitle(po.title) && !rb.holdsStateOffice(po.p) {
			if _, national := rb.nationalTitleCountry(po.title); !national {
				left = append(left, po)
			}
		}
	}
	if len(left) == 0 {
		return
	}
	g, byDateline := rb.articleGovernment()
	if g < 0 {
		return
	}
	for _, po := range left {
		if byDateline && !headOfGovernment(po.title) && rb.place != "" {
			continue // "TOKYO - ... Agriculture Secretary X": often a visitor
		}
		if rb.place == "" && !ministerTitle(po.title) {
			continue // "President X" in a British story is another country's
		}
		if rb.objectOfAddress(po) || rb.ownedTitle(po) || rb.visitingBefore(po) || rb.foreignTitle(po, g) || rb.lacksOffice(g, po.title) {
			continue
		}
		attrs := map[string]string{"role": po.title}
		if po.former {
			attrs["former"] = "true"
		}
		rb.add(po.p, g, graph.HoldsRole, po.span, confGovernment, attrs)
	}
}

// holdsStateOffice reports whether person p holds a role of a country.
func (rb *relBuilder) holdsStateOffice(p int) bool {
	for k := range rb.rels {
		if k.a == p && k.k == graph.HoldsRole && rb.ex.Entities[k.b].Type == graph.Country {
			return true
		}
	}
	return false
}

// articleGovernment returns the country whose government the article
// speaks of (see above), or -1; byDateline reports that only a capital
// dateline tells it.
func (rb *relBuilder) articleGovernment() (g int, byDateline bool) {
	colleague := -1
	for k, r := range rb.rels {
		if k.k != graph.HoldsRole || rb.ex.Entities[k.b].Type != graph.Country || !governmentTitle(r.attrs["role"]) || r.conf < confOfPattern {
			continue
		}
		if colleague >= 0 && colleague != k.b {
			return -1, false // two governments' officials
		}
		colleague = k.b
	}
	dateline := -1
	if c := datelineCountry(rb.gz, rb.place, rb.region); c != nil {
		dateline = rb.namedEntry(c)
	}
	switch {
	case rb.place == "":
		// A British story names foreign offices and its own bare: only
		// its parties tell whose government it speaks of.
		return rb.partiesCountry(), true
	case colleague >= 0:
		if dateline >= 0 && dateline != colleague {
			return -1, false
		}
		return colleague, false
	}
	return rb.capitalDatelineCountry(), true
}

// partiesCountry returns the country of every party the article names,
// when they are all one country's and the article names it; -1
// otherwise.
func (rb *relBuilder) partiesCountry() int {
	c := -1
	for _, e := range rb.ex.Entities {
		if e.Type != graph.Party || len(e.Mentions) == 0 {
			continue
		}
		i := rb.namedCountryOf(e.Entry)
		if i < 0 || c >= 0 && c != i {
			return -1
		}
		c = i
	}
	return c
}

// visitingBefore reports whether "visiting" stands in the two words
// before po's title: a visitor's office is not the host's.
func (rb *relBuilder) visitingBefore(po pendingOffice) bool {
	d := rb.d
	for k := max(d.Sentences[po.si].TokStart, po.start-2); k < po.start; k++ {
		if low(d.Tokens[k]) == "visiting" {
			return true
		}
	}
	return false
}

// otherCountryBefore reports whether po's sentence names a country other
// than g as such before the title.
func (rb *relBuilder) otherCountryBefore(po pendingOffice, g int) bool {
	s := rb.d.Sentences[po.si]
	for _, m := range rb.bySentence[po.si] {
		if !m.coref && m.ent != g && m.tokEnd <= po.start && rb.ex.Entities[m.ent].Type == graph.Country && rb.standaloneCountry(m, s) {
			return true
		}
	}
	return false
}

// foreignTitle reports whether po's title is qualified as another
// government's or a region's: a country other than g named in any form
// before it in its sentence ("Chinese counterpart Minister X"), or a
// place or a capitalised word that is not the sentence's first right
// before it ("Alberta Premier X": a province's office).
func (rb *relBuilder) foreignTitle(po pendingOffice, g int) bool {
	d := rb.d
	s := d.Sentences[po.si]
	for _, m := range rb.bySentence[po.si] {
		if m.coref || m.ent == g || m.tokEnd > po.start {
			continue
		}
		switch t := rb.ex.Entities[m.ent].Type; {
		case t == graph.Country, t == graph.Place && m.tokEnd == po.start:
			return true
		}
	}
	k := po.start - 1
	if k < s.TokStart || !d.Tokens[k].Word() || !d.Tokens[k].Cap() || formerWords[low(d.Tokens[k])] {
		return false
	}
	if k > s.TokStart {
		return true
	}
	// The sentence's first word is capitalised anyway: only a place
	// the gazetteer knows qualifies the title.
	for _, m := range rb.gz.Find(d.Tokens[k].Text) {
		if !m.Alias.Weak() && (m.Entry.Type == graph.Place || m.Entry.Type == graph.Country) {
			return true
		}
	}
	return false
}
