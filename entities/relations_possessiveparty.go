package entities

// A party named in full after a possessive is the owner's party:
//
//	Craxi's Socialist Party would back the plan      Craxi member_of the Socialist Party
//	He told a meeting of his Free Democratic Party   he member_of the Free Democratic Party
//
// where a bare party adjective qualifies the noun after it and names
// others ("X's Republican critics", "his Labour government"). A party is
// named in full when its mention is two words or more and ends in a
// party's head word ("Party", "Union", "Democrats"), not a word the
// party's adjective shares ("Labour").

// fullPartyHeads end the full name of a party: the party heads save those
// that are also the party's adjective, and the heads of unions of
// parties.
var fullPartyHeads = func() map[string]bool {
	m := map[string]bool{"union": true, "bloc": true, "coalition": true, "federation": true, "rally": true}
	for w := range partyHeads {
		m[w] = true
	}
	delete(m, "labour")
	delete(m, "labor")
	return m
}()

// partyNamedInFull reports whether party mention q names the party in
// full (see above).
func partyNamedInFull(d *Document, q placed) bool {
	return !q.coref && q.tokEnd-q.tokStart >= 2 && fullPartyHeads[low(d.Tokens[q.tokEnd-1])]
}
