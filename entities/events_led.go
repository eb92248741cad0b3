package entities

// Events a participant leads, named by a compound in "-led": "the
// U.S.-led invasion", "a Kohlberg-led buyout", "the Opec-led price war".
// The name before "-led" is who carries the event out (the guide's
// "carried out", "ran"); the event is the words after it, at most two
// lower-case modifiers and an event head (phraseHeads, nominalFrames or
// eventHeads), a description of one article (descEventOver) named by
// its head phrase. A body led by someone ("the Labour-led council", "a
// U.S.-led coalition") has no event head and gives nothing; neither
// does an event only wanted or denied (phraseUnreal). The relation stage
// links the leader (ledBefore, relations_events.go).

// ledIx indexes the one word "led" that the rule starts at
// (eventStartsOf).
var ledIx = indexSet(map[string]bool{"led": true})

// ledEvents finds the events of "<name>-led <head>" whose leader is a
// named person, organization, country or party. at are the tokens
// "led" may be (eventStartsOf).
func ledEvents(d *Document, selected []Mention, at []int) []Mention {
	var out []Mention
	for _, j := range at {
		if j < 2 || j+1 >= len(d.Tokens) || !ledIx.of(d.Tokens[j]) || d.Tokens[j].Cap() || !ledBefore(d, j-1) {
			continue
		}
		m := mentionEndingAt(selected, j-1)
		if m == nil || !sideType(m.Type) || phraseUnreal(d, m.TokStart) {
			continue
		}
		if h := ledHead(d, j+1); h > 0 {
			out = append(out, descEventOver(d, j+1, h+1))
		}
	}
	return out
}

// ledBefore reports whether token k is the hyphen of "-led" written
// without spaces ("U.S.-led") after a name.
func ledBefore(d *Document, k int) bool {
	return k >= 1 && k+1 < len(d.Tokens) && isDash(d.Tokens[k].Text) && !d.Tokens[k].Space && !d.Tokens[k+1].Space &&
		low(d.Tokens[k+1]) == "led"
}

// ledHead returns the event head of the phrase starting at token s after
// "-led": at most two lower-case modifiers ("price war", "military
// invasion") and a lower-case head that ends its noun phrase, or -1.
func ledHead(d *Document, s int) int {
	for k := s; k < len(d.Tokens) && k-s <= 2; k++ {
		t := d.Tokens[k]
		if t.Break || !t.Word() || t.Cap() {
			return -1
		}
		l := low(t)
		if _, ok := phraseHeads[l]; ok || eventHeads[l] {
			if alliances[l] || !phraseEnds(d, k+1) && !linkFollows(d, k) {
				return -1 // "a U.S.-led alliance" is a body; "the Opec-led price war chest" goes on
			}
			return k
		}
		if !talksModifier(t) {
			return -1
		}
	}
	return -1
}
