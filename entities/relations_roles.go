package entities

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/entities/lexicon"
	"github.com/newsgraph/newsgraph/graph"
)

// Roles: a person holds_role a title in a country, organization or party,
// and leads an organization or party, when the wording around the names
// says so. The patterns, with T the country, organization or party:
//
//	T('s) <role> P           Pakistan's Prime Minister X, Pakistani PM X, Fed Chairman X
//	<role> of T P            Chief Minister of Punjab X
//	P, (the|a) <role> of T   X, the Prime Minister of Pakistan
//	P, T('s) <role>          X, India's foreign minister; X, a PPP senator
//	T (government), led by <role> P     (a T organization led by P: leads)
//	P, who leads|heads T
//
// A role with no T in reach, in a sentence naming exactly one country,
// is read as an office of that country, with a lower confidence.

// Confidences of the role patterns.
const (
	confAdjacent  = 0.9  // T('s) <role> P and P, T's <role>
	confOfPattern = 0.85 // <role> of T
	confLedBy     = 0.75 // T, led by P
	confSentence  = 0.5  // the sentence's only country
)

// leaderNouns are role nouns whose holder leads the organization or party.
var leaderNouns = lexicon.Set("leader_nouns")

// officeNouns are role nouns of a state's offices, read as offices of the
// sentence's only country when no other holder is named.
var officeNouns = lexicon.Set("office_nouns")

// roleSpan is a role title found around a person: tokens [start, end).
type roleSpan struct {
	start, end int
	noun       string // the last role noun, lower case
}

// roles adds holds_role and leads relations for the persons of one
// sentence (mentions in, in text order).
func (rb *relBuilder) roles(si int, in []placed) {
	d := rb.d
	s := d.Sentences[si]
	span := graph.Span{Start: s.Start, End: s.End}
	at := map[int]placed{}  // first token → mention
	end := map[int]placed{} // end token → mention
	for _, m := range in {
		at[m.tokStart] = m
		end[m.tokEnd] = m
	}
	countries := map[int]bool{}
	for _, m := range in {
		if rb.ex.Entities[m.ent].Type == graph.Country {
			countries[m.ent] = true
		}
	}
	holder := func(m placed) bool {
		switch rb.ex.Entities[m.ent].Type {
		case graph.Country, graph.Organization, graph.Party:
			return true
		}
		return false
	}
	emit := func(p placed, t placed, r roleSpan, conf float64, of bool) {
		te := rb.ex.Entities[t.ent]
		target := t.ent
		if te.Type == graph.Place {
			// "Chief Minister of <place>": an office in the place's country.
			if !of || te.Entry == nil || te.Entry.Country == "" {
				return
			}
			c := rb.gz.CountryByCode(te.Entry.Country)
			if c == nil {
				return
			}
			target = rb.ex.entityFor(c)
		}
		title, former := rb.roleTitle(r)
		if title == "" {
			return
		}
		attrs := map[string]string{"role": title}
		if former {
			attrs["former"] = "true"
		}
		rb.add(p.ent, target, graph.HoldsRole, span, conf, attrs)
		if leaderNouns[r.noun] && (te.Type == graph.Organization || te.Type == graph.Party) && !former {
			rb.add(p.ent, target, graph.Leads, span, conf, nil)
		}
	}

	for _, p := range in {
		if rb.ex.Entities[p.ent].Type != graph.Person {
			continue
		}
		found := false
		// Before the person: a role title, and before it T or "of T".
		if r, ok := rb.roleBefore(p.tokStart, s.TokStart, end); ok {
			if t, ok := end[r.start]; ok && holder(t) {
				emit(p, t, r.roleSpan, confAdjacent, false)
				found = true
			} else if r.start-1 >= s.TokStart && isPossessive(d.Tokens[r.start-1]) {
				if t, ok := end[r.start-1]; ok && holder(t) {
					emit(p, t, r.roleSpan, confAdjacent, false)
					found = true
				}
			}
			if !found && r.ofTarget >= 0 {
				emit(p, at[r.ofTarget], r.roleSpan, confOfPattern, true)
				found = true
			}
			if !found && officeNouns[r.noun] && len(countries) == 1 {
				for c := range countries {
					emit(p, placed{ent: c}, r.roleSpan, confSentence, false)
				}
				found = true
			}
		}
		// After the person: ", (the|a) T('s) <role> (of T)".
		if !found {
			found = rb.roleAfter(p, s, at, holder, emit)
		}
		// "T (government), led by (<role>) P".
		rb.ledBy(p, s, end, span)
	}
}

// roleBefore finds a role title ending right before token i ("former
// Foreign Minister"), possibly holding "of T" ("Chief Minister of Punjab").
func (rb *relBuilder) roleBefore(i, sentStart int, end map[int]placed) (roleOf, bool) {
	d := rb.d
	j := i
	ofTarget := -1
	for j > sentStart {
		if m, ok := end[j]; ok {
			// A mention inside the title is allowed only as "of T".
			if m.tokStart-1 > sentStart && low(d.Tokens[m.tokStart-1]) == "of" && ofTarget < 0 {
				ofTarget = m.tokStart
				j = m.tokStart - 1
				continue
			}
			break
		}
		t := d.Tokens[j-1]
		if !t.Word() || !isRoleWord(low(t)) {
			break
		}
		j--
	}
	// Trim leading function words.
	for j < i && !roleNouns[low(d.Tokens[j])] && !isTitleWord(low(d.Tokens[j])) {
		j++
	}
	noun := ""
	for k := j; k < i; k++ {
		if l := low(d.Tokens[k]); roleNouns[l] || leaderNouns[l] {
			noun = l
		}
	}
	if noun == "" {
		return roleOf{}, false
	}
	if ofTarget >= 0 && ofTarget < j {
		ofTarget = -1
	}
	return roleOf{roleSpan: roleSpan{start: j, end: i, noun: noun}, ofTarget: ofTarget}, true
}

// roleOf is a role title before a person and the first token of the T in
// its "of T", or -1.
type roleOf struct {
	roleSpan
	ofTarget int
}

// isTitleWord reports whether a role title may start with the word l.
func isTitleWord(l string) bool {
	switch l {
	case "of", "the", "a", "an", "and", "to":
		return false
	}
	return isRoleWord(l)
}

// roleAfter reads an apposition after person p: ", T's <role>",
// ", a T <role>", ", (the) <role> of T".
func (rb *relBuilder) roleAfter(p placed, s Sentence, at map[int]placed, holder func(placed) bool,
	emit func(p, t placed, r roleSpan, conf float64, of bool)) bool {
	d := rb.d
	i := p.tokEnd
	if i >= s.TokEnd || d.Tokens[i].Text != "," {
		return false
	}
	i++
	if i < s.TokEnd {
		switch low(d.Tokens[i]) {
		case "the", "a", "an":
			i++
		}
	}
	if t, ok := at[i]; ok && holder(t) {
		k := t.tokEnd
		if k < s.TokEnd && isPossessive(d.Tokens[k]) {
			k++
		}
		r, ok := rb.roleFrom(k, s.TokEnd)
		if ok {
			emit(p, t, r, confAdjacent, false)
			return true
		}
		return false
	}
	r, ok := rb.roleFrom(i, s.TokEnd)
	if !ok || r.end+1 >= s.TokEnd || low(d.Tokens[r.end]) != "of" {
		return false
	}
	k := r.end + 1
	if low(d.Tokens[k]) == "the" {
		k++
	}
	if t, ok := at[k]; ok {
		emit(p, t, r, confOfPattern, true)
		return true
	}
	return false
}

// roleFrom reads a role title starting at token i: role words up to and
// including the last role noun.
func (rb *relBuilder) roleFrom(i, stop int) (roleSpan, bool) {
	d := rb.d
	r := roleSpan{start: i, end: i}
	for k := i; k < stop; k++ {
		t := d.Tokens[k]
		l := low(t)
		if !t.Word() || !isRoleWord(l) || l == "of" || l == "and" || l == "to" {
			break
		}
		if roleNouns[l] || leaderNouns[l] {
			r.end, r.noun = k+1, l
		}
	}
	return r, r.noun != ""
}

// ledBy reads "T, led by (<role>) P" and "T-led": a government led by P
// is an office of its country; an organization or party led by P is led.
func (rb *relBuilder) ledBy(p placed, s Sentence, end map[int]placed, span graph.Span) {
	d := rb.d
	// Role words right before the person.
	j := p.tokStart
	for j > s.TokStart && d.Tokens[j-1].Word() && isRoleWord(low(d.Tokens[j-1])) {
		j--
	}
	if j-2 < s.TokStart || low(d.Tokens[j-1]) != "by" {
		return
	}
	switch low(d.Tokens[j-2]) {
	case "led", "headed", "chaired":
	default:
		return
	}
	k := j - 2
	if k-1 >= s.TokStart && d.Tokens[k-1].Text == "," {
		k--
	}
	government := false
	if k-1 >= s.TokStart {
		switch low(d.Tokens[k-1]) {
		case "government", "administration", "cabinet", "coalition":
			government = true
			k--
		}
	}
	t, ok := end[k]
	if !ok {
		return
	}
	te := rb.ex.Entities[t.ent]
	r := roleSpan{start: j, end: p.tokStart}
	for x := j; x < p.tokStart; x++ {
		if l := low(d.Tokens[x]); roleNouns[l] {
			r.noun = l
		}
	}
	switch {
	case government && te.Type == graph.Country:
		if r.noun == "" {
			return
		}
		title, _ := rb.roleTitle(r)
		rb.add(p.ent, t.ent, graph.HoldsRole, span, confLedBy, map[string]string{"role": title})
	case !government && (te.Type == graph.Organization || te.Type == graph.Party):
		rb.add(p.ent, t.ent, graph.Leads, span, confLedBy, nil)
	}
}

// roleTitle spells a role title in title case without a leading "former"
// or "ex", which it reports instead: "former foreign minister" →
// "Foreign Minister", true.
func (rb *relBuilder) roleTitle(r roleSpan) (string, bool) {
	former := false
	var words []string
	for k := r.start; k < r.end; k++ {
		t := rb.d.Tokens[k]
		l := low(t)
		switch {
		case len(words) == 0 && (l == "former" || l == "ex" || l == "then"):
			former = true
			continue
		case len(words) == 0 && (l == "the" || l == "a" || l == "an"):
			continue
		case functionWords[l]:
			words = append(words, l)
		case t.Upper() && utf8.RuneCountInString(t.Text) <= 4:
			words = append(words, t.Text) // MP, PM, CEO
		default:
			r, n := utf8.DecodeRuneInString(l)
			words = append(words, string(unicode.ToUpper(r))+l[n:])
		}
	}
	return strings.Join(words, " "), former
}
