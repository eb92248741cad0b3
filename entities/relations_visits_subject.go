package entities

// The subject of a travel or attending verb, read from the parse first:
// the verb's own nsubj, a name the parse split, the noun a relative
// "who" stands for, or the subject of the verb it is joined to by "and";
// else the trip's subject rule (tripSubject). The attend, here and
// journey rules of visits share it (relations_visits_attend.go,
// relations_visits_here.go, relations_visits_journey.go).

// verbSubject returns the subject of the verb at token v: its own
// subject in the parse ("a spokesman said Minister X would take part
// in"), the noun a relative "who" stands for ("Y, who arrived here"),
// else the trip's subject (tripSubject). A subject in lower case the
// parse gives that is no traveller ("the officials", an unresolved "he")
// decides: no one.
func (rb *relBuilder) verbSubject(si int, in []placed, v int) (int, bool) {
	if src, ok, decided := rb.parsedVerbSubject(si, in, v); decided {
		return src, ok
	}
	return rb.tripSubject(si, in, v, v)
}

// parsedVerbSubject reads verbSubject's parse, and reports whether the
// parse decided. A verb joined to another by "and" with no subject of its
// own shares the other's.
func (rb *relBuilder) parsedVerbSubject(si int, in []placed, v int) (src int, ok, decided bool) {
	tr, j := rb.parsedTokenAt(si, v)
	if tr == nil {
		return 0, false, false
	}
	for range 2 {
		if rel(tr, j) != "conj" || tr.Tokens[j].Head < 0 || hasChild(tr, j, "nsubj", nil) {
			break
		}
		j = tr.Tokens[j].Head // "X will leave on Monday and spend two weeks in W": X's
	}
	ps := rb.newParsedSentence(si, in)
	for _, c := range tr.Children(j) {
		if rel(tr, c) != "nsubj" {
			continue
		}
		if mi := rb.subjectMention(ps, c); mi >= 0 {
			return in[mi].ent, true, true
		}
		if mi := rb.travellerCovering(in, tr.Tokens[c].Start); mi >= 0 {
			return in[mi].ent, true, true // a name the parse split: "Tom" ccomp, "Rell" nsubj
		}
		if l := lemmaOf(tr, c); (l == "who" || l == "that") && tr.Tokens[j].Head >= 0 {
			mi := rb.travellerCovering(in, tr.Tokens[tr.Tokens[j].Head].Start)
			if mi >= 0 {
				return in[mi].ent, true, true
			}
			return 0, false, true
		}
		if f := tr.Tokens[c].Form; f != "" && f[0] >= 'a' && f[0] <= 'z' {
			return 0, false, true // "the officials", an unresolved "he"
		}
		return 0, false, false // a title the parse heads: "Minister X"
	}
	return 0, false, false
}

// travellerCovering returns the traveller mention whose tokens cover byte
// offset start, or -1.
func (rb *relBuilder) travellerCovering(in []placed, start int) int {
	d := rb.d
	for mi, m := range in {
		if !m.coref && rb.isTraveller(m) && d.Tokens[m.tokStart].Start <= start && start < d.Tokens[m.tokEnd-1].End {
			return mi
		}
	}
	return -1
}
