package entities

// cueEvents runs the event rules that start at one cue word in one pass
// over the tokens: dated gatherings (events_dated.go), offences of a
// charge (events_charges.go), a trip's purpose (events_trip_purpose.go),
// events suffered (events_suffered.go), conflicts (events_conflict.go)
// and legal acts stated by a verb (events_legal.go). Each rule's first word is a
// closed class, so one lookup of the token in eventCues decides which
// rule, if any, reads on. The pass reads only the tokens at (those whose
// word is in eventCues, from eventStartsOf), so the lookup is made only
// at them.
func cueEvents(d *Document, selected []Mention, at []int) []Mention {
	var out []Mention
	for _, k := range at {
		if k+1 >= len(d.Tokens) {
			continue
		}
		c := eventCues[low(d.Tokens[k])]
		if c == 0 {
			continue
		}
		for _, r := range cueRules {
			if c&r.cue == 0 {
				continue
			}
			if m, ok := r.at(d, selected, k); ok {
				out = append(out, m)
			}
		}
	}
	return out
}

// eventCue marks the rules a word may open.
type eventCue uint8

const (
	cueDated eventCue = 1 << iota
	cueCharge
	cueTrip
	cueSuffer
	cueConflict // events_conflict.go, events_conflict_more.go
	cueLegal
	cueLegalRole
)

// cueRules are the rules of cueEvents, in the order they run at a token.
var cueRules = []struct {
	cue eventCue
	at  func(d *Document, selected []Mention, k int) (Mention, bool)
}{
	{cueDated, func(d *Document, _ []Mention, k int) (Mention, bool) { return datedAt(d, k) }},
	{cueCharge, chargedAt},
	{cueTrip, tripAt},
	{cueSuffer, sufferedAt},
	{cueConflict, conflictCueAt},
	{cueLegal, legalVerbAt},     // events_legal.go
	{cueLegalRole, legalRoleAt}, // events_legal_roles.go
}

// eventCues are the first words of the rules of cueEvents.
var eventCues = func() map[string]eventCue {
	m := map[string]eventCue{"for": cueTrip}
	for w := range weekdays {
		m[w] |= cueDated
	}
	for _, w := range []string{"yesterday", "today", "tomorrow", "tonight", "next", "last", "this"} {
		m[w] |= cueDated
	}
	for w := range chargeWordings.firsts {
		m[w] |= cueCharge
	}
	for w := range sufferWordings.firsts {
		m[w] |= cueSuffer
	}
	for _, w := range conflictCueWords() {
		m[w] |= cueConflict
	}
	for w := range legalVerbNominals {
		m[w] |= cueLegal
	}
	m["under"] |= cueLegal
	for w := range legalRoleWordings.firsts {
		m[w] |= cueLegalRole
	}
	return m
}()
