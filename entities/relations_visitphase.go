package entities

// A trip is also placed by the phase of it a clause happens in: "X told
// reporters at the end of a two-day visit to W", "X spoke at the start of
// a tour of W". The phrase stands where a trip preposition would ("after
// a visit to W"), and its subject is the traveller as there.

// phaseNouns name a part of a trip's time.
var phaseNouns = map[string]bool{"end": true, "start": true, "beginning": true, "close": true,
	"conclusion": true, "middle": true, "outset": true, "course": true}

// phasePreps open a phase of a trip: "at the end of", "towards the close of".
var phasePreps = map[string]bool{"at": true, "by": true, "towards": true, "toward": true, "near": true, "during": true, "in": true}

// phasePrep returns the preposition that opens "<prep> the <phase> of" when
// token p is that "of", and whether there is one.
func phasePrep(d *Document, s Sentence, p int) (int, bool) {
	if p-3 < s.TokStart || low(d.Tokens[p]) != "of" || !phaseNouns[low(d.Tokens[p-1])] || low(d.Tokens[p-2]) != "the" ||
		!phasePreps[low(d.Tokens[p-3])] {
		return 0, false
	}
	return p - 3, true
}

// pressWords, with audienceWords, may make up whom a speaker tells: "told
// a news conference at the end of a visit".
var pressWords = map[string]bool{"a": true, "press": true, "news": true, "conference": true, "briefing": true}

// audienceOnly reports whether tokens [i, j) are only an audience ("reporters",
// "a press conference"): a speech verb before them keeps its subject the
// subject of the clause ("X told reporters after a visit to W").
func audienceOnly(d *Document, i, j int) bool {
	if j-i > 4 {
		return false
	}
	for k := i; k < j; k++ {
		if l := low(d.Tokens[k]); !audienceWords[l] && !pressWords[l] {
			return false
		}
	}
	return true
}
