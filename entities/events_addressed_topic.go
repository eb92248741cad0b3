package entities

// topicGatheringEnd returns the token after the head of an addressed
// gathering named by what it is about rather than who holds it, starting
// at token i right after "a" or "an", or -1: "X told a fixed-income
// conference", "X told an energy industry seminar", "X told a luncheon".
// One or two lower-case topic words (hyphenated words count as one; not
// vague ones, topicVague) before a gathering head, or none before a head
// that is one occasion by itself (occasionHeads: a luncheon, a seminar,
// a rally). "Told a meeting" or "told a conference" alone gives nothing:
// a speaker may tell a meeting of many what it heard elsewhere, and the
// words that tell one such meeting from another are missing.
func topicGatheringEnd(d *Document, i int) int {
	k, topics := i, 0
	for k < len(d.Tokens) && topics < 2 && topicWord(d.Tokens[k]) {
		k = hyphenatedEnd(d, k, topicWord)
		topics++
	}
	if k >= len(d.Tokens) || d.Tokens[k].Cap() || d.Tokens[k].Break || k > i && d.Tokens[k-1].Break {
		return -1
	}
	switch h := low(d.Tokens[k]); {
	case occasionHeads[h]:
	case gatheringHeads[h] && h != "session" && topics > 0: // "a parliamentary session" is a sitting of a body
	default:
		return -1
	}
	return k + 1
}

// topicWord reports whether t may say what a gathering is about: a
// lower-case word that is no stop word, head or vague modifier.
func topicWord(t Token) bool {
	l := low(t)
	return t.Word() && !t.Cap() && !t.Break && !groupStopWords[l] && !gatheringHeads[l] && !occasionHeads[l] &&
		!topicVague[l] && !vagueModifiers[l]
}

// occasionHeads end the names of gatherings that are one occasion even
// without a modifier: "told a luncheon", "addressed a rally".
var occasionHeads = map[string]bool{"luncheon": true, "lunch": true, "dinner": true, "breakfast": true,
	"seminar": true, "symposium": true, "rally": true, "workshop": true, "banquet": true}

// topicVague are the words before a gathering head that say how or when
// it is held, not what it is about: "a news conference", "a closed
// meeting", "a recent meeting".
var topicVague = map[string]bool{"news": true, "press": true, "private": true, "closed": true, "recent": true,
	"brief": true, "regular": true, "special": true, "informal": true, "formal": true, "emergency": true,
	"weekly": true, "monthly": true, "annual": true, "daily": true, "joint": true, "public": true, "secret": true,
	"telephone": true, "televised": true, "later": true, "earlier": true, "previous": true, "last": true,
	"next": true, "full": true, "plenary": true, "high-level": true, "top-level": true, "crowded": true}

// isAddressedGathering reports whether event m ends in a head a speaker
// addresses: a gathering head or an occasion ("the luncheon").
func isAddressedGathering(d *Document, m placed) bool {
	return m.tokEnd > m.tokStart && !d.Tokens[m.tokEnd-1].Cap() && occasionHeads[low(d.Tokens[m.tokEnd-1])]
}

// prepositionBefore reports whether a preposition that takes a body as
// its object stands right before token i (a "the" between them allowed):
// "manager of Y", "an analyst at Y", "spokesman for Y".
func prepositionBefore(d *Document, i int) bool {
	k := i - 1
	if k > 0 && low(d.Tokens[k]) == "the" {
		k--
	}
	return k >= 0 && objectPrepositions[low(d.Tokens[k])]
}

// objectPrepositions tie a body to the title or person before them.
var objectPrepositions = map[string]bool{"of": true, "at": true, "for": true, "from": true, "with": true}

// hostedOccasions finds the occasions a host gives: "X is hosting a
// dinner tonight for Y", "X gave a luncheon for Y" (an occasion head,
// topic words allowed: "a state banquet"). A meeting held ("held a
// cabinet meeting") is not read here. The host is the verb's subject (an
// action word, "hosted", or the parse); the guest comes from
// occasionGuest.
func hostedOccasions(d *Document, at []int) []Mention {
	var out []Mention
	for _, v := range at {
		if v+2 >= len(d.Tokens) {
			continue
		}
		if !hostVerbsIx.of(d.Tokens[v]) || low(d.Tokens[v+1]) != "a" && low(d.Tokens[v+1]) != "an" {
			continue
		}
		start := v + 2
		if e := topicGatheringEnd(d, start); e > start && occasionHeads[low(d.Tokens[e-1])] {
			out = append(out, descEventOver(d, start, e))
		}
	}
	return out
}

// hostVerbs give an occasion.
var hostVerbs = map[string]bool{"hosted": true, "hosting": true, "hosts": true, "host": true, "gave": true,
	"giving": true, "gives": true, "give": true, "threw": true}

// occasionGuest returns the token where the guest of a hosted occasion
// ending at token e is named: "for" or "in honour of" right after it, a
// time word between allowed ("a dinner tonight for Y"), or -1.
func occasionGuest(d *Document, e int) int {
	k := e
	if k < len(d.Tokens) && (low(d.Tokens[k]) == "tonight" || low(d.Tokens[k]) == "today" || low(d.Tokens[k]) == "yesterday") {
		k++
	}
	switch {
	case k+1 < len(d.Tokens) && low(d.Tokens[k]) == "for" && !d.Tokens[k+1].Break:
		return k + 1
	case k+3 < len(d.Tokens) && low(d.Tokens[k]) == "in" && (low(d.Tokens[k+1]) == "honour" || low(d.Tokens[k+1]) == "honor") &&
		low(d.Tokens[k+2]) == "of":
		return k + 3
	}
	return -1
}
