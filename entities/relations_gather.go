package entities

// gatherSides reports whether in[xi] takes part in gathering m by one of
// the events_gather_*.go wordings.
func (rb *relBuilder) gatherSides(in []placed, xi int, m placed) bool {
	return rb.saidInSpeaker(in, xi, m) || rb.gatherObjectTaker(in, xi, m) || // events_gather_speech.go, events_gather_verbs.go
		rb.withTalksSubject(in, xi, m) || rb.speaksTo(in, xi, m) || // relations_gather_during.go, relations_gather_speakto.go
		rb.toldAtGathering(in, xi, m)
}

// gatherObjectTaker reports whether in[xi] is the subject of the verb
// that takes gathering m as its object (gatherObject): the name right
// before the verb (auxiliaries and "will" between), or a name of a list
// "X and Y" that ends there ("X and Y will hold talks"; actionBetween
// takes only the last). Verbs the action words lack ("testified at a
// hearing") are linked here too.
func (rb *relBuilder) gatherObjectTaker(in []placed, xi int, m placed) bool {
	d := rb.d
	x := in[xi]
	if m.coref || x.coref || x.tokEnd > m.tokStart || !rb.eventNamed(m) {
		return false
	}
	v := -1
	for k := m.tokStart - 1; k >= 1 && k >= m.tokStart-3; k-- {
		if s, h := gatherObject(d, k); s == m.tokStart && h+1 == m.tokEnd {
			v = k
			break
		}
	}
	if v < 0 {
		return false
	}
	if low(d.Tokens[v]) == "part" {
		v--
	}
	a := willSkipped(d, v)
	for a > 0 && actorAuxiliaries[low(d.Tokens[a-1])] {
		a--
	}
	if x.tokEnd == a {
		return true
	}
	// "X and Y held talks": X before "and" and a name ending at a.
	if x.tokEnd+1 >= a || low(d.Tokens[x.tokEnd]) != "and" {
		return false
	}
	n := x.tokEnd + 1
	for n < a && d.Tokens[n].Word() && isRelRoleWord(low(d.Tokens[n])) {
		n++ // "X and President Y"
	}
	for _, y := range in {
		if !y.coref && y.tokStart == n && y.tokEnd == a && rb.participant(y) {
			return true
		}
	}
	return false
}

// toldAtGathering reports whether in[xi] told an audience at gathering
// m: "X told his colleagues at a welcoming ceremony" (speaksAt takes
// only the audience words of audienceWords).
func (rb *relBuilder) toldAtGathering(in []placed, xi int, m placed) bool {
	d := rb.d
	x := in[xi]
	if m.coref || x.coref || x.tokEnd > m.tokStart || m.tokEnd <= m.tokStart || !ledGatheringHeads[low(d.Tokens[m.tokEnd-1])] {
		return false
	}
	k := m.tokStart - 1
	if k > x.tokEnd && ledDeterminers[low(d.Tokens[k])] {
		k--
	}
	if k <= x.tokEnd || low(d.Tokens[k]) != "at" {
		return false
	}
	for j := k - 1; j >= x.tokEnd && j >= k-3; j-- {
		if w := low(d.Tokens[j]); w == "told" || w == "tells" {
			return j < k-1 && !speakUnreal(d, j) && rb.speakerBefore(in, xi, j)
		}
		if t := d.Tokens[j]; !t.Word() || t.Cap() || t.Break {
			return false
		}
	}
	return false
}
