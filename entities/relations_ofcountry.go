package entities

import (
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// A body whose name ends in "of <Country>" ("Bank of Finland", "Bank of
// Korea") is sometimes read as two mentions, the body's head and the
// country, when a title follows: "Bank of Finland Governor X". The title
// is then the body's, never the country's: ofCountryBody gives the body
// back when the article names it whole elsewhere, and tells the caller to
// give the title to neither when it does not. The head may be a mention of
// its own or capitalised words the recognizer left unread, but no title
// ("Prime Minister of Finland X" is the country's).

// ofCountryBody reports whether country mention t, ending right before a
// title, closes a body's name "<Org> of <Country>" (end indexes the
// sentence's mentions by the token after them). It returns the entity the
// article names by the whole name, or a negative ent when none.
func (rb *relBuilder) ofCountryBody(t placed, sentStart int, end map[int]placed) (placed, bool) {
	d := rb.d
	if rb.ex.Entities[t.ent].Type != graph.Country || t.tokStart-2 < sentStart || low(d.Tokens[t.tokStart-1]) != "of" {
		return placed{}, false
	}
	start := -1
	if h, ok := end[t.tokStart-1]; ok && !h.coref && rb.ex.Entities[h.ent].Type == graph.Organization {
		start = h.tokStart
	} else if _, ok := end[t.tokStart-1]; !ok {
		// The head unread: capitalised words that are no title ("Bank").
		for k := t.tokStart - 2; k >= sentStart && k >= t.tokStart-4; k-- {
			if tk := d.Tokens[k]; !tk.Word() || !tk.Cap() || isRelRoleWord(low(tk)) || openers[low(tk)] || stateNouns[low(tk)] {
				break
			}
			start = k
		}
	}
	if start < 0 {
		return placed{}, false
	}
	name := strings.Join(strings.Fields(d.Text[d.Tokens[start].Start:d.Tokens[t.tokEnd-1].End]), " ")
	for i, e := range rb.ex.Entities {
		if e.Type != graph.Organization {
			continue
		}
		for _, a := range append([]string{e.Name}, e.Aliases...) {
			if strings.EqualFold(strings.Join(strings.Fields(a), " "), name) {
				return placed{tokStart: start, tokEnd: t.tokEnd, ent: i}, true
			}
		}
	}
	return placed{ent: -1}, true
}

// countryDepartment returns the country mention that ends right before
// the department mention starting at token tstart in sentence si ("U.S.
// Treasury Secretary X": the United States), or -1: a department's
// minister or secretary holds an office of that country.
func (rb *relBuilder) countryDepartment(tstart, si int) int {
	if tstart <= 0 || si < 0 || si >= len(rb.bySentence) {
		return -1
	}
	for _, m := range rb.bySentence[si] {
		if m.tokEnd == tstart && !m.coref && rb.ex.Entities[m.ent].Type == graph.Country {
			return m.ent
		}
	}
	return -1
}

// unreadBody gives person p the title r when its body is one the
// recognizer did not read whole: "Bank of Finland Governor X" read as
// "Bank" and "Finland" (ofCountryBody), "Mexican central bank head X"
// (centralBankTitle). It reports whether the title was such a one, given
// to the body or to nothing (never to the country).
func (rb *relBuilder) unreadBody(p placed, r roleSpan, sentStart int, end map[int]placed,
	emit func(p, t placed, r roleSpan, conf float64, of bool)) bool {
	t, named := end[r.start]
	if !named {
		b, start, ok := rb.centralBankTitle(r.start, sentStart, end)
		if ok && b.ent >= 0 {
			emit(p, b, roleSpan{start: start, end: r.end, noun: r.noun}, confOfPattern, false)
		}
		return ok
	}
	b, part := rb.ofCountryBody(t, sentStart, end)
	if part && b.ent >= 0 {
		emit(p, b, r, confAdjacent, false)
	}
	return part
}

// departmentOffice adds the state office of person p that a department's
// minister or secretary holds (seg, the department's mention starting at
// token tstart): its title is the department's when that is a national
// title ("Treasury Secretary"), and "U.S. Treasury Secretary X" names
// the state (countryDepartment); otherwise resolveOffices finds it.
func (rb *relBuilder) departmentOffice(p, tstart int, seg roleSpan, former bool, span graph.Span, si int, conf float64) {
	dept := seg
	if tstart < seg.start && seg.start-tstart <= 2 {
		dept.start = tstart
	}
	title, _ := rb.roleTitle(dept)
	switch c := rb.countryDepartment(tstart, si); {
	case c >= 0 && title != "":
		attrs := map[string]string{"role": title}
		if former {
			attrs["former"] = "true"
		}
		rb.add(p, c, graph.HoldsRole, span, conf, attrs)
	case c >= 0:
	case nationalTitles[strings.ToLower(title)] != "":
		rb.pendOffice(p, dept, si, nil)
	default:
		rb.pendOffice(p, seg, si, nil)
	}
}
