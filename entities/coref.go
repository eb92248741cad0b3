package entities

import (
	"cmp"
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/entities/lexicon"
	"github.com/newsgraph/newsgraph/graph"
)

// Coreference: within one article, a later word that refers to an entity
// without naming it becomes a [Coref] the relation rules read like a
// mention (in no other place: it adds no mention, alias or co-mention).
//
//	he, she, him, her, his     the nearest person whose gender fits: the one
//	                           person of the nearest sentence that names one
//	                           (one named only as a possessor, "Y's story",
//	                           gives way to one named otherwise),
//	                           at most two sentences back, never a person
//	                           the pronoun's own sentence names after it,
//	                           unless the pronoun is in a phrase opening the
//	                           sentence ("During his visit, X said": X;
//	                           coref_fronted.go); a subject "He" opening a
//	                           sentence after one naming several people:
//	                           that sentence's subject; "him" never the
//	                           subject of its own clause (coref_subject.go)
//	the minister, the Tory     the one person the article gave that title
//	leader                     ("Tory leader X"), else the same search (the
//	                           description's own sentence left out) unless
//	                           the person found has titles it does not fit
//	                           (coref_titles.go): the description states
//	                           the title, so the Coref stands right after
//	                           it, where a name would follow a title
//	its                        the one organization, party or country its
//	                           sentence names before it ("Acme said its
//	                           chairman, X, ..."), or the sentence before
//	                           names, when "Its" opens the sentence
//	it                         the organization, country or party that
//	                           reports it: "X said (today) (that) it ..."
//	                           (coref_reported.go)
//	the company, the party     the latest organization (party) named in the
//	                           sentence or the three before it; "the company"
//	                           never a public body, "the bank" only a bank;
//	the country                the latest country, in the sentence or the one
//	                           before
//	the scandal, the accord    the latest event whose name ends in that head
//	                           ("Iran arms scandal"), named in the sentence
//	                           or the corefEventReach before it; not when
//	                           "of" or a name follows ("the summit of the
//	                           Union" names an event of its own)
//
// A bare surname or "Mr" + surname needs nothing here: the repeats and
// resolve stages already make it a mention of the full name. A person's
// gender is known only from an honorific before one of its mentions
// ("Mr", "Ms"); a person without one fits both pronouns.

// Coref is a reference to an entity of the extraction by a word that does
// not name it.
type Coref struct {
	// TokStart and TokEnd are the tokens of the reference ("he", or
	// "company" in "the company"). For a role description ("the Foreign
	// Secretary") both are the token after it: the description is the
	// title of the person referred to, read as "<title> X".
	TokStart, TokEnd int
	// Entity is the index of the entity in the Extraction.
	Entity int
}

// pronounGenders, honorificGenders: "he" → m; "Mrs" → f.
var (
	pronounGenders   = lexicon.Pairs("pronoun_genders")
	honorificGenders = lexicon.Pairs("honorific_genders")
)

// corefNouns refer back to the latest entity of a type ("the company").
var corefNouns = typeMap("coref_nouns")

// publicBodyHeads end the names of bodies that are not companies.
var publicBodyHeads = lexicon.Set("public_body_heads")

// How far back a reference looks, in sentences.
const (
	corefPersonReach = 2
	corefBodyReach   = 3
	// "the country" looks back one sentence only: further back it is
	// more often a country in general ("toured the country").
	corefCountryReach = 1
	// An event is named once and then called "the scandal" for the rest
	// of a short article.
	corefEventReach = 6
)

// corefStage finds the references of an extracted article.
func corefStage(d *Doc) {
	if d.Extraction != nil {
		d.Corefs = corefs(d.Document, d.Extraction)
	}
}

// corefMention is one mention of an entity by tokens.
type corefMention struct {
	tokStart, tokEnd, ent int
}

// corefs returns the references in d to the entities of ex, in text order.
func corefs(d *Document, ex *Extraction) []Coref {
	bySentence := mentionsBySentence(d, ex)
	gender := personGenders(d, ex, bySentence)
	var titles map[int][]personTitle // made when a description needs them
	var out []Coref
	for si, s := range d.Sentences {
		in := bySentence[si]
		inside := func(k int) bool {
			return slices.ContainsFunc(in, func(m corefMention) bool { return m.tokStart <= k && k < m.tokEnd })
		}
		for k := s.TokStart; k < s.TokEnd; k++ {
			t := d.Tokens[k]
			if !t.Word() || inside(k) {
				continue
			}
			l := low(t)
			if l == "its" {
				owners := in
				if k == s.TokStart && si > 0 {
					owners = bySentence[si-1] // "Acme lost money. Its chairman ..."
				}
				if e, ok := ownerOfIts(ex, owners, k); ok {
					out = append(out, Coref{TokStart: k, TokEnd: k + 1, Entity: e})
				}
				continue
			}
			if l == "it" {
				if e, ok := reportedIt(d, ex, in, k, s); ok { // coref_reported.go
					out = append(out, Coref{TokStart: k, TokEnd: k + 1, Entity: e})
				}
				continue
			}
			if pronounGendersIx.of(t) {
				g := pronounGenders[l]
				if e, ok := frontedSubject(d, ex, bySentence, gender, si, k, g); ok {
					out = append(out, Coref{TokStart: k, TokEnd: k + 1, Entity: e})
				} else if e, ok := boundObject(d, ex, bySentence, out, gender, si, k, g); ok {
					if e >= 0 {
						out = append(out, Coref{TokStart: k, TokEnd: k + 1, Entity: e})
					}
				} else if e, ok := continuedSubject(d, ex, bySentence, out, gender, si, k, g); ok {
					out = append(out, Coref{TokStart: k, TokEnd: k + 1, Entity: e})
				} else if e, ok := findPerson(d, ex, bySentence, gender, si, k, g, false); ok {
					out = append(out, Coref{TokStart: k, TokEnd: k + 1, Entity: e})
				}
				continue
			}
			if l != "the" || k+1 >= s.TokEnd {
				continue
			}
			if typ, ok := corefNouns[low(d.Tokens[k+1])]; ok && !inside(k+1) && !startsNameAt(d, k+2, s.TokEnd) {
				if e, ok := findBody(d, ex, bySentence, si, k, typ, low(d.Tokens[k+1])); ok {
					out = append(out, Coref{TokStart: k + 1, TokEnd: k + 2, Entity: e})
				}
				continue
			}
			if e, ok := findEvent(d, ex, bySentence, si, k); ok {
				out = append(out, Coref{TokStart: k + 1, TokEnd: anaphorHead(d, k, s.TokEnd) + 1, Entity: e})
				continue
			}
			if end, ok := roleDescription(d, in, k, s); ok {
				if titles == nil {
					titles = personTitles(d, ex, bySentence)
				}
				if e, ok := describedPerson(d, ex, bySentence, gender, titles, si, k, end); ok {
					out = append(out, Coref{TokStart: end, TokEnd: end, Entity: e})
				}
			}
		}
	}
	cat := cataphors(d, ex, bySentence, func() map[int][]personTitle {
		if titles == nil {
			titles = personTitles(d, ex, bySentence)
		}
		return titles
	}, out)
	if len(cat) > 0 {
		out = append(out, cat...)
		slices.SortStableFunc(out, func(x, y Coref) int { return cmp.Compare(x.TokStart, y.TokStart) })
	}
	return out
}

// roleHeadPrepositions join a title to the person it serves: "adviser to
// the president", "spokesman for the minister".
var roleHeadPrepositions = map[string]bool{"to": true, "for": true, "of": true}

// roleDescription reads "the <role title>" at token k (the "the") that
// names no one: a title ending in a singular role noun, not followed by a
// name, "of" or "'s", and not in apposition to a name ("X, the minister")
// nor the object of another title ("assistant to the prime minister",
// where the Coref would stand where the assistant's name may follow).
// Mentions inside the title are allowed ("the Tory leader"). It returns
// the token after the title.
func roleDescription(d *Document, in []corefMention, k int, s Sentence) (int, bool) {
	if k-2 >= s.TokStart && d.Tokens[k-1].Text == "," && slices.ContainsFunc(in, func(m corefMention) bool { return m.tokEnd == k-1 }) {
		return 0, false
	}
	if k-2 >= s.TokStart && roleHeadPrepositions[low(d.Tokens[k-1])] && isRoleNoun(low(d.Tokens[k-2])) {
		return 0, false // "special assistant to the prime minister": a title of someone else
	}
	end, noun := -1, ""
	for j := k + 1; j < s.TokEnd; j++ {
		if i := slices.IndexFunc(in, func(m corefMention) bool { return m.tokStart == j }); i >= 0 {
			j = in[i].tokEnd - 1
			continue
		}
		l := low(d.Tokens[j])
		if !d.Tokens[j].Word() || !isRelRoleWord(l) || titleStopWords[l] {
			break
		}
		if isRoleNoun(l) {
			end, noun = j+1, l
		}
	}
	if end < 0 || singularRole(noun) != noun || end >= s.TokEnd {
		return 0, false
	}
	n := d.Tokens[end]
	if n.Word() && n.Cap() || low(n) == "of" || isPossessive(n) && !possessedVisit(d, s, end+1) || n.Text == "," && slices.ContainsFunc(in, func(m corefMention) bool { return m.tokStart == end+1 }) {
		return 0, false
	}
	return end, true
}

// findPerson returns the person a reference at token k of sentence si
// refers to: the one person (of gender g, "" for any) of the nearest
// sentence that names a fitting one, from the reference's own sentence
// (before k; left out when skipOwn) back corefPersonReach sentences. A
// person the reference's sentence names after it is never the one.
func findPerson(d *Document, ex *Extraction, by [][]corefMention, gender map[int]string, si, k int, g string, skipOwn bool) (int, bool) {
	excluded := map[int]bool{}
	for _, m := range by[si] {
		if m.tokStart > k || skipOwn {
			excluded[m.ent] = true
		}
	}
	for sj := si; sj >= 0 && sj >= si-corefPersonReach; sj-- {
		// The people of the sentence that fit, and those named other
		// than as a possessor ("X's story").
		var fit, plain []int
		for _, m := range by[sj] {
			e := ex.Entities[m.ent]
			if e.Type != graph.Person || excluded[m.ent] || sj == si && m.tokStart > k {
				continue
			}
			if g != "" && gender[m.ent] != "" && gender[m.ent] != g {
				continue
			}
			if !slices.Contains(fit, m.ent) {
				fit = append(fit, m.ent)
			}
			if (m.tokEnd >= len(d.Tokens) || !isPossessive(d.Tokens[m.tokEnd])) && !slices.Contains(plain, m.ent) {
				plain = append(plain, m.ent)
			}
		}
		switch {
		case len(fit) == 1:
			return fit[0], true
		case len(fit) > 1 && len(plain) == 1:
			return plain[0], true // a possessor is not the one referred to
		case len(fit) > 1:
			return 0, false // two people: no telling which
		}
	}
	return 0, false
}

// findBody returns the latest entity of type typ named before token k,
// in sentence si or the corefBodyReach sentences before it, that noun
// ("company", "bank") may refer to.
func findBody(d *Document, ex *Extraction, by [][]corefMention, si, k int, typ graph.Type, noun string) (int, bool) {
	reach := corefBodyReach
	if typ == graph.Country {
		reach = corefCountryReach
	}
	for sj := si; sj >= 0 && sj >= si-reach; sj-- {
		ms := by[sj]
		for i := len(ms) - 1; i >= 0; i-- {
			m := ms[i]
			e := ex.Entities[m.ent]
			if m.tokStart >= k || e.Type != typ || e.IsGroup() {
				continue
			}
			if typ == graph.Organization && !bodyFits(e, noun) {
				continue
			}
			if slices.ContainsFunc(ms, func(o corefMention) bool {
				return o.ent != m.ent && o.tokStart <= m.tokStart && m.tokEnd <= o.tokEnd
			}) {
				continue // part of a longer name: "the Iraq war"
			}
			return m.ent, true
		}
	}
	return 0, false
}

// findEvent reads "the <event head>" at token k (the "the") as the latest
// event of sentence si or the corefEventReach sentences before it, named
// before k, whose name ends in that head (the last of two: "the election
// campaign" is a campaign).
func findEvent(d *Document, ex *Extraction, by [][]corefMention, si, k int) (int, bool) {
	s := d.Sentences[si]
	if k+1 >= s.TokEnd {
		return 0, false
	}
	first := anaphorHead(d, k, s.TokEnd) // "the annual summit" (events_anaphora.go)
	head := low(d.Tokens[first])
	if !eventHeads[head] && eventFamilyOf(head) == "" && !describedHead(head) && !offenceHeads[head] || slices.ContainsFunc(by[si], func(m corefMention) bool { return m.tokStart <= first && k+1 < m.tokEnd }) {
		return 0, false
	}
	h := first // "the election campaign": the last head names the event
	for h+1 < s.TokEnd && eventHeads[low(d.Tokens[h+1])] && !d.Tokens[h+1].Cap() {
		h++
	}
	head = low(d.Tokens[h])
	if h+1 < s.TokEnd && (low(d.Tokens[h+1]) == "of" || startsNameAt(d, h+1, s.TokEnd)) {
		return 0, false
	}
	return eventOfReach(d, ex, by, si, k, head) // events_anaphora.go
}

// bodyFits reports whether organization e may be called "the <noun>": a
// bank only a body with "bank" in its name, a company or firm only a body
// that is not a public one.
func bodyFits(e *Entity, noun string) bool {
	name := strings.ToLower(e.Name)
	if noun == "bank" {
		return strings.Contains(name, "bank")
	}
	if e.Entry != nil {
		return false // the gazetteer's organizations are international and public bodies
	}
	f := strings.Fields(name)
	return len(f) > 0 && !publicBodyHeads[f[len(f)-1]]
}

// mentionsBySentence places every mention of ex in its sentence, by
// tokens, in text order.
func mentionsBySentence(d *Document, ex *Extraction) [][]corefMention {
	by := make([][]corefMention, len(d.Sentences))
	for ei, e := range ex.Entities {
		for _, sp := range e.Mentions {
			si := sentenceOf(d, sp.Start)
			if si < 0 {
				continue
			}
			a, b := tokenRange(d, sp)
			if a < b {
				by[si] = append(by[si], corefMention{a, b, ei})
			}
		}
	}
	for _, in := range by {
		slices.SortFunc(in, func(x, y corefMention) int { return cmp.Compare(x.tokStart, y.tokStart) })
	}
	return by
}

// tokenRange returns the tokens [a, b) that span sp covers.
func tokenRange(d *Document, sp graph.Span) (a, b int) {
	a, _ = tokenSearch(d, sp.Start, false)
	b, _ = tokenSearch(d, sp.End, false)
	return a, b
}

// personGenders reads each person's gender from the honorifics before or
// at the start of its mentions; a person with honorifics of both genders
// gets none.
func personGenders(d *Document, ex *Extraction, by [][]corefMention) map[int]string {
	out := map[int]string{}
	mixed := map[int]bool{}
	for _, in := range by {
		for _, m := range in {
			if ex.Entities[m.ent].Type != graph.Person {
				continue
			}
			for _, k := range []int{m.tokStart - 1, m.tokStart} {
				if k < 0 || k >= len(d.Tokens) {
					continue
				}
				g, ok := honorificGenders[strings.TrimSuffix(low(d.Tokens[k]), ".")]
				if !ok {
					continue
				}
				if old := out[m.ent]; old != "" && old != g {
					mixed[m.ent] = true
				}
				out[m.ent] = g
			}
		}
	}
	for e := range mixed {
		delete(out, e)
	}
	return out
}

// ownerOfIts returns the one organization, party or country named before
// token k in its sentence (mentions in), the owner of an "its" there.
func ownerOfIts(ex *Extraction, in []corefMention, k int) (int, bool) {
	found := -1
	for _, m := range in {
		if m.tokStart >= k {
			break
		}
		switch ex.Entities[m.ent].Type {
		case graph.Organization, graph.Party, graph.Country:
			if found >= 0 && found != m.ent {
				return 0, false
			}
			found = m.ent
		}
	}
	return found, found >= 0
}
