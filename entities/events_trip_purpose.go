package entities

// Talks a trip is made for. A traveller's purpose names a gathering the
// traveller takes part in: "Yeutter, in New Zealand for informal GATT
// ministerial talks, said", "the minister arrived in Algiers ... for
// talks on stabilizing oil prices", "X will go on to Paris for talks
// tomorrow with Y". tripAt makes the gathering after "for" an event
// of one article (descEventOver: its modifiers and head, vague words such
// as "informal" or "similar" left out of its name) when a trip stands
// before it in its clause: a travel word (travel_words) or a place after
// "in" or "to" right before "for". tripPurposeSides links the traveller:
// the name before the trip (auxiliaries and a travel verb between), or the name
// before an apposition "X, in Z for E,". Without the trip ("X asked for
// talks", "X called for a summit") the talks are only wanted, and nothing
// is found.

// purposeGatheringHeads are the gatherings a trip is made for.
var purposeGatheringHeads = map[string]bool{"talks": true, "negotiations": true, "discussions": true,
	"meeting": true, "meetings": true, "summit": true, "conference": true, "consultations": true}

// purposeDeterminers may open the gathering of a trip's purpose.
var purposeDeterminers = map[string]bool{"the": true, "a": true, "an": true, "its": true, "their": true, "his": true, "her": true}

// tripReach bounds the tokens from a travel word to the "for" of its
// purpose ("arrived in Algiers at the head of a large delegation for").
const tripReach = 12

// tripAt returns the gathering that the "for" at token f gives as a
// trip's purpose (see above), and whether there is one.
func tripAt(d *Document, selected []Mention, f int) (Mention, bool) {
	if low(d.Tokens[f]) != "for" || d.Tokens[f].Break {
		return Mention{}, false
	}
	s, h := purposeGathering(d, f)
	if h < 0 || tripBefore(d, selected, f) < 0 {
		return Mention{}, false
	}
	return descEventOver(d, s, h+1), true
}

// purposeGathering reads the gathering after "for" at token f: vague and
// grading words, at most two modifiers (lower-case topic words or
// capitalised bodies: "GATT ministerial") and a gathering head. It
// returns the first token of the event's name and the head, or -1, -1.
func purposeGathering(d *Document, f int) (int, int) {
	k := f + 1
	if k < len(d.Tokens) && purposeDeterminers[low(d.Tokens[k])] {
		k++ // "for the summit", "for a meeting"
	}
	for k < len(d.Tokens) && (pactVague[low(d.Tokens[k])] || gradingWords[low(d.Tokens[k])] || low(d.Tokens[k]) == "similar") && !d.Tokens[k].Break {
		k++
	}
	s := k
	for n := 0; n < 2 && k < len(d.Tokens) && !purposeGatheringHeads[low(d.Tokens[k])] && datedModifier(d.Tokens[k]); n++ {
		k++
	}
	if k >= len(d.Tokens) || !purposeGatheringHeads[low(d.Tokens[k])] || d.Tokens[k].Cap() || d.Tokens[k].Break {
		return -1, -1
	}
	return s, k
}

// tripBefore returns the token of the trip that "for" at token f gives
// the purpose of: a travel word within tripReach tokens before it in its
// clause, or the "in" or "to" of a place mention that ends right at f;
// -1 when there is none.
func tripBefore(d *Document, selected []Mention, f int) int {
	if m := mentionEndingAt(selected, f); m != nil && landMention(m) && m.TokStart > 0 {
		if l := low(d.Tokens[m.TokStart-1]); l == "in" || l == "to" {
			return m.TokStart - 1
		}
	}
	for k := f - 1; k >= 0 && f-k <= tripReach; k-- {
		t := d.Tokens[k]
		if t.Break || t.Text == "," || t.Text == ";" {
			return -1
		}
		if travelWords[low(t)] && !t.Cap() {
			return k
		}
	}
	return -1
}

// tripPurposeSides links the traveller to the gathering m of
// tripAt: the name before the trip (auxiliaries and a travel verb
// between: "X flew to Z for E") or the name before the comma of an apposition that holds the trip ("X, in Z
// for E").
func (rb *relBuilder) tripPurposeSides(in []placed, xi int, m placed) bool {
	d := rb.d
	x := in[xi]
	if m.coref || x.coref && !pronounAt(d, x.tokStart) || x.tokEnd > m.tokStart {
		return false
	}
	f := m.tokStart - 1
	for f > 0 && low(d.Tokens[f]) != "for" && m.tokStart-f <= 4 {
		f--
	}
	if f <= 0 || low(d.Tokens[f]) != "for" {
		return false
	}
	if s, h := purposeGathering(d, f); h < 0 || s != m.tokStart {
		return false
	}
	var selected []Mention
	for _, q := range in {
		if !q.coref {
			selected = append(selected, Mention{TokStart: q.tokStart, TokEnd: q.tokEnd, Type: rb.ex.Entities[q.ent].Type})
		}
	}
	trip := tripBefore(d, selected, f)
	if trip < 0 {
		return false
	}
	k := trip
	if low(d.Tokens[k]) == "in" && k > 0 && d.Tokens[k-1].Text == "," {
		return x.tokEnd == k-1 // "X, in Z for E"
	}
	for k > 0 && (meetLeads[low(d.Tokens[k-1])] || actorAuxiliaries[low(d.Tokens[k-1])] || travelWords[low(d.Tokens[k-1])]) && !d.Tokens[k-1].Break {
		k--
	}
	return x.tokEnd == k
}

// meetLeads may stand between a traveller and the travel word: the
// auxiliaries, modals and adverbs of a planned or past trip ("will go on
// to", "has also arrived").
var meetLeads = map[string]bool{"has": true, "have": true, "had": true, "will": true, "would": true, "also": true,
	"is": true, "are": true, "was": true, "were": true, "due": true, "to": true, "expected": true, "later": true,
	"then": true, "first": true, "today": true, "yesterday": true, "recently": true, "go": true, "went": true,
	"on": true}
