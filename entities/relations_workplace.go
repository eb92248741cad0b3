package entities

import "github.com/newsgraph/newsgraph/graph"

// Two ways news names a person's employer that the role patterns of
// relations_roles.go read only in part:
//
//	<title> P at|with T          said economist X at T; Director X at the T
//	<role> of <description> T    vice chairman of banking giant T; chief
//	                             executive of French carmaker T
//
// The first gives the title's kind for an organization T named right after
// the name, when the title is no state office ("President X at the White
// House" is where X spoke, not whom X works for); with "with" only a
// staff title counts ("a bid by chairman X with T" names a partner). The second lets a
// description of the body stand between "of" and its name: up to four
// lower-case words, hyphens or country adjectives ending in a company or
// firm noun ("banking giant", "US medical services firm") or a compound
// naming a kind of firm ("fund manager").

// describedBodyWords is how many words a description before a body may
// have: "US medical services firm" has four.
const describedBodyWords = 4

// titleAtBody emits title r of person p (written before the name) to the
// organization of "at|with (the) T" right after the name; it reports
// whether it did.
func (rb *relBuilder) titleAtBody(p placed, r roleSpan, s Sentence, at map[int]placed,
	emit func(p, t placed, r roleSpan, conf float64, of bool)) bool {
	d := rb.d
	k := p.tokEnd
	if k >= s.TokEnd || officeNouns[r.noun] {
		return false
	}
	switch low(d.Tokens[k]) {
	case "at":
	case "with":
		// "chairman X with T" is as often a partner: only staff work with T.
		if kinds := rb.roleRelationKinds(r, graph.Organization, false); len(kinds) != 1 || kinds[0] != affiliatedWith {
			return false
		}
	default:
		return false
	}
	t, ok := rb.bodyAfter(k, s, at)
	if !ok || rb.ex.Entities[t.ent].Type != graph.Organization {
		return false
	}
	if u := rb.unitAfter(t, s); u > 0 {
		// "Director X at the bank's monetary department": a role in a
		// part of T, not T's head.
		title, former := rb.roleTitle(r)
		unit, _ := rb.roleTitle(roleSpan{start: t.tokEnd + 1, end: u, noun: low(d.Tokens[u-1])})
		rb.partRole(p, t, r, title+" of "+unit, former, s)
		return true
	}
	emit(p, t, r, confOfPattern, false)
	return true
}

// describedBody finds T in "(the|a|an) <description> T" starting at token
// k, the description ending in a company or firm noun; ok is false when
// no such description and body stand there.
func (rb *relBuilder) describedBody(k int, s Sentence, at map[int]placed) (placed, bool) {
	d := rb.d
	if k < s.TokEnd && determiners[low(d.Tokens[k])] {
		k++
	}
	words := 0
	for k < s.TokEnd && words < describedBodyWords {
		if m, ok := at[k]; ok {
			if tt := rb.ex.Entities[m.ent].Type; tt != graph.Country && tt != graph.Place {
				break
			}
			k = m.tokEnd // "French carmaker", "London-based bank"
			words++
			continue
		}
		t := d.Tokens[k]
		switch {
		case isDash(t.Text) && !t.Space && words > 0:
			k++ // "state-owned", "Frankfurt-based": one word
			continue
		case !t.Word() || t.Cap() || titleStopWords[low(t)]:
			return placed{}, false
		case isRoleNoun(low(t)) && (words == 0 || !rb.orgAt(at, k+1)):
			// A role noun may only close a compound naming a kind of firm
			// right before the name: "fund manager T", not "chairman T".
			return placed{}, false
		}
		k++
		words++
		if l := low(t); companyNouns[l] || firmClassNouns[l] || isRoleNoun(l) {
			if b, ok := at[k]; ok && rb.ex.Entities[b.ent].Type == graph.Organization {
				return b, true
			}
		}
	}
	return placed{}, false
}

// orgAt reports whether an organization's mention starts at token k.
func (rb *relBuilder) orgAt(at map[int]placed, k int) bool {
	m, ok := at[k]
	return ok && rb.ex.Entities[m.ent].Type == graph.Organization
}

// titleSuffixes end a title whose holder is chosen but not yet in office:
// "Prime Minister-designate X", "President-elect X".
var titleSuffixes = map[string]bool{"designate": true, "elect": true}

// titleSuffixAt reports whether token k is such a suffix, glued by a dash
// to a role word before it (not before token lo).
func titleSuffixAt(d *Document, k, lo int) bool {
	if k-2 < lo || !titleSuffixes[low(d.Tokens[k])] {
		return false
	}
	dash := d.Tokens[k-1]
	return isDash(dash.Text) && !dash.Space && !d.Tokens[k].Space && isRelRoleWord(low(d.Tokens[k-2]))
}

// glossMaxWords bounds the words of a title's gloss in brackets.
const glossMaxWords = 4

// glossStart returns the "(" of a bracketed gloss of role words that ends
// right before token i ("Chancellor of the Exchequer (Finance Minister)
// X": the title before the gloss is X's), else i.
func glossStart(d *Document, i, sentStart int) int {
	if i-3 < sentStart || d.Tokens[i-1].Text != ")" {
		return i
	}
	for k := i - 2; k >= sentStart && k >= i-2-glossMaxWords; k-- {
		t := d.Tokens[k]
		if t.Text == "(" {
			if k < i-2 {
				return k
			}
			return i
		}
		if !t.Word() || !isRelRoleWord(low(t)) {
			return i
		}
	}
	return i
}
