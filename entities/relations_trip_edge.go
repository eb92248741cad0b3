package entities

// A trip's edge is a time of the trip, as its parts are ("on the first
// day of a visit"): "at the end of a visit to Y", "at the start of a
// tour of Y", "towards the close of a trip to Y" put the clause's
// subject on the trip, and tripSubject finds the subject as for "during
// a visit to Y":
//
//	X told reporters at the end of a two-day visit to Y
//	At the start of a tour of Y, X said ...

// tripEdges are the nouns of a trip's beginning or end.
var tripEdges = map[string]bool{"end": true, "close": true, "start": true, "beginning": true, "conclusion": true}

// tripEdgePreps open the phrase of a trip's edge.
var tripEdgePreps = map[string]bool{"at": true, "towards": true, "toward": true, "near": true, "by": true}

// tripEdgeBefore reads "<prep> the <edge> of" ending at token p (the
// "of" before the trip's determiner) and returns the preposition.
func tripEdgeBefore(d *Document, s Sentence, p int) (int, bool) {
	if p-3 < s.TokStart || low(d.Tokens[p]) != "of" || !tripEdges[low(d.Tokens[p-1])] || low(d.Tokens[p-2]) != "the" {
		return 0, false
	}
	return p - 3, tripEdgePreps[low(d.Tokens[p-3])]
}
