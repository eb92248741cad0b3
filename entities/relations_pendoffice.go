package entities

import (
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// State offices whose country the title leaves unnamed. "Prime Minister
// X" names an office of some country without saying which: pendOffice
// records it with the countries its sentence names as such
// (standaloneCountry, outside quotes), and resolveOffices, once the
// whole article is read, gives it its country: the one the person holds
// a role of elsewhere, else the sentence's, else the article's
// (relations_homecountry.go).

// pendingOffice is a state office whose country the title does not name
// ("Prime Minister X"); resolveOffices gives it one when the article does.
type pendingOffice struct {
	p      int
	title  string
	former bool
	// cap: the title is capitalised ("Prime Minister", not "president"),
	// a department's ("Finance Ministry secretary"), a government's
	// ("the government of president X") or a minister's with a portfolio
	// ("finance minister X", relations_portfoliominister.go).
	cap       bool
	span      graph.Span
	countries []int // the countries the sentence names as such, outside quotes
	actors    []int // those of countries not after a destination preposition ("wheat to Y")
	possessor bool  // the person owns what follows ("President X's plan")
	described bool  // a role description coreference resolved (relations_descoffice.go)
	si        int   // the sentence
	start     int   // the title's first token
	end       int   // the token after the title
}

// pendOffice records office r of person p in sentence si for
// resolveOffices. in are the sentence's mentions (nil: none is usable).
func (rb *relBuilder) pendOffice(p int, r roleSpan, si int, in []placed) {
	r, govt := rb.governmentTitle(r)
	title, former := rb.roleTitle(r)
	if title == "" {
		return
	}
	s := rb.d.Sentences[si]
	po := pendingOffice{p: p, title: title, former: former, span: sentenceSpan(s),
		cap: rb.d.Tokens[r.end-1].Cap() || r.start > 0 && departmentWords[low(rb.d.Tokens[r.start-1])] || govt || rb.portfolioMinisterBefore(title, r),
		si:  si, start: r.start, end: r.end, described: rb.describedOffice(p, r, in)}
	for _, m := range in {
		if rb.ex.Entities[m.ent].Type == graph.Country && rb.standaloneCountry(m, s) && !quotedAt(rb.d, s, m.tokStart) && !rb.demonymAdjective(m, s) {
			po.countries = append(po.countries, m.ent)
			if !rb.destinationCountry(m) {
				po.actors = append(po.actors, m.ent)
			}
		}
		if m.ent == p && m.tokStart >= r.end && m.tokStart <= r.end+1 && !m.coref && possessiveAt(rb.d, m.tokEnd) {
			po.possessor = true
		}
	}
	rb.pending = append(rb.pending, po)
}

// resolveOffices gives each pending state office its country: the one
// country the person holds a role of elsewhere in the article, else the
// country a national title names (nationalTitleCountry), else the
// one country its sentence names as such, else the country the article
// is plainly about or the one whose capital datelines it (capitalOffice).
// Never a country the sentence only mentions in passing.
func (rb *relBuilder) resolveOffices() {
	if len(rb.pending) == 0 {
		return // spare counting the home country
	}
	home := rb.homeCountry()
	for _, po := range rb.pending {
		po.countries = rb.officeCountries(po)
		home := home
		if rb.lacksOffice(home, po.title) {
			home = -1
		}
		var known []int
		for k := range rb.rels {
			if k.a == po.p && k.k == graph.HoldsRole && rb.ex.Entities[k.b].Type == graph.Country && !containsInt(known, k.b) {
				known = append(known, k.b)
			}
		}
		attrs := map[string]string{"role": po.title}
		if po.former {
			attrs["former"] = "true"
		}
		nat, national := -1, false
		if len(known) == 0 && po.cap {
			nat, national = rb.nationalTitleCountry(po.title)
		}
		switch {
		case len(known) == 1:
			rb.add(po.p, known[0], graph.HoldsRole, po.span, confKnown, attrs)
		case national:
			// Another country is never this title's, even when the
			// article leaves the title's own unnamed.
			if nat >= 0 {
				rb.add(po.p, nat, graph.HoldsRole, po.span, confNationalTitle, attrs)
			}
		case len(known) == 0 && soleActor(po) >= 0 && !po.possessor && rb.parseLinksOffice(po.withCountry(soleActor(po))):
			// A possessor ("The Canadian government welcomed President
			// X's plan") is no actor of the sentence: its country says
			// nothing of theirs.
			rb.add(po.p, soleActor(po), graph.HoldsRole, po.span, confSentence, attrs)
		case len(known) == 0 && po.cap && rb.hostCountry(po) >= 0:
			rb.add(po.p, rb.hostCountry(po), graph.HoldsRole, po.span, confHostOffice, attrs) // "X met President Y during his visit"
		case len(known) == 0 && home >= 0 && (po.cap || po.described) && (len(po.countries) == 0 || rb.homeInSentence(po, home)):
			rb.add(po.p, home, graph.HoldsRole, po.span, confHome, attrs)
		case len(known) == 0 && po.cap:
			c, conf := -1, confArticleCountry
			if len(po.actors) == 0 {
				c = rb.articleCountry(po) // "X said wheat would go to Y": Y is no candidate
			}
			if c < 0 {
				c, conf = rb.lastOfficeCountry(po) // the capital's dateline, else the one country that can hold it
			}
			if c >= 0 && !rb.lacksOffice(c, po.title) {
				rb.add(po.p, c, graph.HoldsRole, po.span, conf, attrs)
			}
		}
	}
}

// standaloneCountry reports whether mention m names its country as such,
// not inside a compound ("Iran-contra") or as an adjective of another noun
// ("the Japanese yen").
func (rb *relBuilder) standaloneCountry(m placed, s Sentence) bool {
	d := rb.d
	if m.tokEnd < s.TokEnd {
		n := d.Tokens[m.tokEnd]
		if isDash(n.Text) && !n.Space {
			return false
		}
		if n.Word() && !n.Cap() && !isRelRoleWord(low(n)) && !stateNouns[low(n)] && !isDemonymFree(rb.ex.Entities[m.ent], d, m) {
			return false
		}
		if eventHeads[low(n)] {
			return false // "Iraq war"
		}
		if capitalisedModifierOf(rb.d, m.tokEnd) {
			return false // "the U.S. Standard and Poor's Corp"
		}
	}
	// A country inside an event's name: "the Iran-contra scandal".
	si := sentenceOf(d, d.Tokens[m.tokStart].Start)
	for _, q := range rb.bySentence[max(si, 0)] {
		if q.ent != m.ent && q.tokStart <= m.tokStart && m.tokEnd <= q.tokEnd && rb.ex.Entities[q.ent].Type == graph.Event {
			return false
		}
		// A country right before a company's name qualifies it: "the
		// U.S. Federal Reserve Board".
		if q.tokStart == m.tokEnd && !q.coref && rb.ex.Entities[q.ent].Type == graph.Organization {
			return false
		}
	}
	if m.tokStart > s.TokStart {
		if p := d.Tokens[m.tokStart-1]; isDash(p.Text) && !p.Space {
			return false
		}
	}
	return true
}

// stateNouns after a demonym make it stand for its state: "the French
// government", "Japanese officials".
var stateNouns = map[string]bool{"government": true, "administration": true, "officials": true, "authorities": true,
	"cabinet": true, "parliament": true, "state": true, "delegation": true}

// isDemonymFree reports whether mention m spells the country's own name
// (not a demonym such as "Japanese"), so a lower-case word after it is a
// verb ("Japan plans") rather than the noun it qualifies. A demonym of
// several words ends in its demonym word ("West German").
func isDemonymFree(e *Entity, d *Document, m placed) bool {
	text := strings.ToLower(d.Tokens[m.tokStart].Text)
	if f := strings.Fields(strings.ToLower(e.Name)); len(f) > 0 && f[0] == text {
		return true
	}
	last := strings.ToLower(d.Tokens[max(m.tokEnd-1, m.tokStart)].Text)
	for _, suf := range []string{"an", "ese", "ish", "ch", "i"} {
		if strings.HasSuffix(last, suf) {
			return false
		}
	}
	return true
}

// capitalisedModifierOf reports whether token k, right after a country, is
// a capitalised word of a name the country qualifies: not a title word, a
// department, a day or a month.
func capitalisedModifierOf(d *Document, k int) bool {
	t := d.Tokens[k]
	l := low(t)
	return t.Word() && t.Cap() && t.Space && !isRelRoleWord(l) && !departmentWords[l] && !weekdays[l] && months[l] == 0 && !stateNouns[l]
}

// weekdays may follow a country that is a subject ("Japan Tuesday said").
var weekdays = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true,
	"friday": true, "saturday": true, "sunday": true}

// quotedAt reports whether token k of sentence s stands inside a direct
// quotation that opens in the sentence: an odd number of double quotes
// before it. A country a speaker names in their words is no sign of the
// speaker's own office.
func quotedAt(d *Document, s Sentence, k int) bool {
	n := 0
	for i := s.TokStart; i < k; i++ {
		switch d.Tokens[i].Text {
		case "\"", "“", "”":
			n++
		}
	}
	return n%2 == 1
}

func containsInt(xs []int, x int) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

func uniqueInts(xs []int) []int {
	var out []int
	for _, x := range xs {
		if !containsInt(out, x) {
			out = append(out, x)
		}
	}
	return out
}
