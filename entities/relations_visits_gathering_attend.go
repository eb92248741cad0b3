package entities

import "github.com/newsgraph/newsgraph/graph"

// An article about one gathering held in one place (gatheringPlaces)
// often names its guests by wordings that do not repeat the gathering:
//
//	Mr X - whose attendance was announced at the last minute - ...
//	President Y, whose arrival has been delayed by ...
//	Z will also be there - as will W
//	V is expected to attend; U will attend.
//
// With one located gathering in the article, "there" and a bare
// "attend" can only mean it, so each of these persons is its guest; as
// for every presence, a guest visits the place only when the article
// says which country he or she serves and the place lies in another.

// attendanceNouns after "whose" say the person comes to the gathering.
var attendanceNouns = map[string]bool{"attendance": true, "arrival": true, "participation": true, "presence": true}

// attendExpectations may stand between a subject and a bare "attend":
// "is expected to attend", "are due to attend".
var attendExpectations = map[string]bool{"is": true, "are": true, "was": true, "were": true, "expected": true,
	"due": true, "scheduled": true, "set": true, "to": true, "will": true, "would": true, "also": true}

// guestModals open "will (also) be there".
var guestModals = map[string]bool{"will": true, "would": true, "is": true, "was": true}

// gatheringGuests adds the visits of the guests of the article's one
// located gathering (see above).
func (rb *relBuilder) gatheringGuests() {
	where := rb.gatheringPlaces()
	if len(where) != 1 {
		return
	}
	var place gatheringPlace
	for _, gps := range where {
		if len(gps) != 1 {
			return
		}
		place = gps[0]
	}
	dst := rb.ex.Entities[place.dst]
	if dst.Entry == nil || dst.Entry.Country == "" {
		return
	}
	for si, in := range rb.bySentence {
		s := rb.d.Sentences[si]
		for _, p := range rb.guestsOf(s, in) {
			home := rb.servedCountries(p)
			if len(home) == 0 || home[dst.Entry.Country] || rb.residentRole(p) {
				continue
			}
			rb.add(p, place.dst, graph.Visits, sentenceSpan(s), confPresence, nil)
			rb.add(p, place.dst, graph.Visits, place.span, confPresence, nil)
		}
	}
}

// guestsOf returns the persons of sentence s a guest wording names.
func (rb *relBuilder) guestsOf(s Sentence, in []placed) []int {
	d := rb.d
	var out []int
	for i, p := range in {
		if !rb.personEnt(p.ent) || p.tokEnd >= s.TokEnd || quotedAt(d, s, p.tokStart) {
			continue
		}
		k := p.tokEnd
		if t := d.Tokens[k].Text; t == "," || isDash(t) {
			k++
		}
		switch {
		case k+1 < s.TokEnd && low(d.Tokens[k]) == "whose" && attendanceNouns[low(d.Tokens[k+1])]:
			out = append(out, p.ent)
		case rb.beThere(s, k):
			out = append(out, p.ent)
			if q, ok := rb.asWill(s, in[i+1:]); ok {
				out = append(out, q)
			}
		case bareAttend(d, s, k):
			out = append(out, p.ent)
		}
	}
	return out
}

// beThere reports whether "will (also) be there" or "is (also) there"
// starts at token k, not negated.
func (rb *relBuilder) beThere(s Sentence, k int) bool {
	d := rb.d
	if k >= s.TokEnd || !guestModals[low(d.Tokens[k])] {
		return false
	}
	j := k + 1
	if j < s.TokEnd && low(d.Tokens[j]) == "also" {
		j++
	}
	if j < s.TokEnd && low(d.Tokens[j]) == "be" && (low(d.Tokens[k]) == "will" || low(d.Tokens[k]) == "would") {
		j++
	}
	return j < s.TokEnd && low(d.Tokens[j]) == "there" && j > k+1 && !(j+1 < s.TokEnd && d.Tokens[j+1].Word() && !d.Tokens[j+1].Cap() && low(d.Tokens[j+1]) != "as")
}

// asWill returns the person of "- as will (title) W" among after, the
// mentions after a "be there" wording's subject.
func (rb *relBuilder) asWill(s Sentence, after []placed) (int, bool) {
	d := rb.d
	for _, q := range after {
		if !rb.personEnt(q.ent) {
			continue
		}
		for k := s.TokStart; k+1 < q.tokStart; k++ {
			if low(d.Tokens[k]) == "as" && low(d.Tokens[k+1]) == "will" && titleGap(d, k+2, q.tokStart) {
				return q.ent, true
			}
		}
		return 0, false
	}
	return 0, false
}

// bareAttend reports whether "(is expected to) attend" with no object
// starts at token k: the verb ends its clause.
func bareAttend(d *Document, s Sentence, k int) bool {
	j := k
	for j < s.TokEnd && j-k <= 4 && attendExpectations[low(d.Tokens[j])] {
		j++
	}
	if j == k || j >= s.TokEnd {
		return false
	}
	switch low(d.Tokens[j]) {
	case "attend", "attending":
	default:
		return false
	}
	if hasWord(d, k, j, negationWords) {
		return false
	}
	return j+1 >= s.TokEnd || !d.Tokens[j+1].Word()
}
