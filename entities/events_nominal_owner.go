package entities

import "github.com/newsgraph/newsgraph/graph"

// Events owned by a pronoun or a description. phraseEvents makes an event of "X's veto" or
// "the X summit" because the phrase names X; "his veto of the highway
// bill", "its meeting on 12 January", "its 2006 autumn conference" name
// their participant by an owner pronoun only, and the article says whom
// the pronoun means (coref.go: "his" the nearest person, "its" the
// organization, party or country its sentence names before it), as it
// says what "the party" of "the party's conference" or "the country" of
// "the country's debt crisis" is (corefNouns). The
// event is the head and its modifiers (descEventOver), as phraseEvents
// names it; the relation stage links the owner when the article resolves
// the pronoun (phraseOwner, relations_events_phrase.go), and the link
// words' names as for any phrase event (phraseSides).
//
// Only heads that name one occurrence whatever their owner are read
// (ownedEventHeads): "his speech", "its takeover", "her trial". Not heads
// an owner also reads as a state, a quality or an amount ("its
// agreement" to a plan, "his challenge", "its appeal", "its budget",
// "its collapse", "his attack on the government" as words); not "its war
// with counterfeiters", a figure in company news; not "its
// restructuring", which company news names as what a firm sells units
// "as part of" (relations_events_part.go would make the units take
// part); not an election to an office ("his election as chief
// executive", "her election to the board": an appointment, not a poll).

// ownedEventHeads are the event heads read after an owner pronoun: each
// also in phraseHeads with the owner link.
var ownedEventHeads = map[string]bool{
	// gatherings and negotiations
	"talks": true, "negotiations": true, "meeting": true, "meetings": true, "summit": true, "conference": true,
	// company deals
	"merger": true, "takeover": true, "acquisition": true, "buyout": true, "bid": true, "offer": true,
	"sale": true, "purchase": true, "auction": true, "flotation": true, "privatisation": true, "privatization": true,
	// politics
	"election": true, "re-election": true, "campaign": true, "referendum": true, "reshuffle": true, "veto": true,
	"speech": true, "testimony": true, "rally": true,
	// leaving an office (an occurrence the guide counts: "X's resignation")
	"resignation": true, "departure": true,
	// legal acts
	"trial": true, "retrial": true, "hearing": true, "arrest": true, "indictment": true, "conviction": true,
	"prosecution": true, "inquiry": true, "investigation": true, "probe": true,
	// conflicts and labour
	"strike": true, "walkout": true, "boycott": true, "invasion": true, "dispute": true,
	"scandal": true, "crisis": true,
}

// pronounOwnerEvents finds the events of ownedEventHeads whose phrase
// opens after "his", "her" or "its" and ends at the head or goes on with
// a link word ("his veto of the highway bill", "its meeting on 12
// January", "its planned merger"): modifiers, grading words and a date
// between (phraseModifiersStart, phraseOpening). The pronoun needs a
// referent of its kind before it (pronounReferentBefore); a phrase only
// wanted, refused or reported ("he denied his campaign had ...", "calls
// for its investigation") or a superlative ("its biggest takeover") is
// no event.
func pronounOwnerEvents(d *Document, selected []Mention) []Mention {
	var out []Mention
	for j := 2; j < len(d.Tokens); j++ {
		t := &d.Tokens[j]
		if t.Break || (t.Cap() || !ownedEventHeadsIx.at(d, j)) && !chancellorsBudget(d, j) {
			continue
		}
		s := phraseModifiersStart(d, j)
		b := phraseOpening(d, s)
		ob := ownerOpening(d, b) // "its 1.05 billion dlr acquisition of Y" (events_amounts.go)
		if ob < 2 || d.Tokens[ob].Break || !pronounOwnerAt(d, ob-1) && !describedOwnerAt(d, ob) {
			continue
		}
		if !phraseEnds(d, j+1) || officeElection(d, j) || travelDeparture(d, j) || phraseUnreal(d, b) || hopedClause(d, b) || reportedOnly(d, b) || ofManner(d, j) ||
			superlativeIn(d, b, j) || !ownerReferentBefore(d, selected, ob) {
			continue
		}
		out = append(out, descEventOver(d, s, j+1))
	}
	return out
}

// pronounOwnerAt reports whether token k is an owner pronoun that coref.go
// resolves: "his", "her" (a person) or "its" (a body, party or country).
// "their" has no single referent there.
func pronounOwnerAt(d *Document, k int) bool {
	switch low(d.Tokens[k]) {
	case "his", "her", "its":
		return true
	}
	return false
}

// describedOwnerAt reports whether the phrase opening at token b follows
// a possessive description that coref.go resolves (ownerDescriptions, of
// corefNouns): "the party's conference", "the country's debt crisis".
func describedOwnerAt(d *Document, b int) bool {
	if b < 3 || !isPossessive(d.Tokens[b-1]) || low(d.Tokens[b-3]) != "the" || d.Tokens[b-2].Cap() {
		return false
	}
	return ownerDescriptions[low(d.Tokens[b-2])]
}

// ownerDescriptions are the coref nouns read as an event's owner: "the
// party", "the country", which mean the one party or country of the
// passage. Not "the company", "the firm", "the bank" or "the agency":
// company news names several firms in a passage, and the owner of "the
// firm's restructuring" is as often one the latest name only rates,
// advises or sells to (corpus sample: 16 of 24 right with them).
var ownerDescriptions = map[string]bool{"party": true, "country": true}

// ownerReferentBefore reports whether the owner before the phrase opening
// at token b may have a referent: a pronoun's (pronounReferentBefore) or
// a description's, a mention of its type in its sentence or the
// corefBodyReach before (corefCountryReach for "the country").
func ownerReferentBefore(d *Document, selected []Mention, b int) bool {
	if pronounOwnerAt(d, b-1) {
		return pronounReferentBefore(d, selected, b-1)
	}
	typ := corefNouns[low(d.Tokens[b-2])]
	reach := corefBodyReach
	if typ == graph.Country {
		reach = corefCountryReach
	}
	from := sentenceStart(d, b-2)
	for n := 0; n < reach && from > 0; n++ {
		from = sentenceStart(d, from-1)
	}
	for _, m := range selected {
		if m.TokStart >= from && m.TokEnd <= b-3 && m.Type == typ {
			return true
		}
	}
	return false
}

// pronounReferentBefore reports whether the owner pronoun at token k has
// a mention it may refer to before it: for "his" or "her" a person named
// in its sentence or the two before; for "its" an organization, party or
// country named earlier in its sentence, or in the sentence before when
// "Its" opens the sentence. This is the reach of coref.go, so that an
// event is made only where the relation stage can link its owner.
func pronounReferentBefore(d *Document, selected []Mention, k int) bool {
	start := sentenceStart(d, k)
	person := low(d.Tokens[k]) != "its"
	from := start
	switch {
	case person:
		for n := 0; n < 2 && from > 0; n++ {
			from = sentenceStart(d, from-1)
		}
	case k == start && from > 0:
		from = sentenceStart(d, from-1)
	}
	for _, m := range selected {
		if m.TokStart < from || m.TokEnd > k {
			continue
		}
		if person && m.Type == graph.Person || !person && (m.Type == graph.Organization || m.Type == graph.Party || m.Type == graph.Country) {
			return true
		}
	}
	return false
}

// officeElection reports whether the election head at token j takes the
// office it fills: "his election as chairman", "her election to the
// board".
func officeElection(d *Document, j int) bool {
	if l := low(d.Tokens[j]); l != "election" && l != "re-election" || j+1 >= len(d.Tokens) {
		return false
	}
	n := low(d.Tokens[j+1])
	return n == "as" || n == "to"
}

// chancellorsBudget reports whether the token at j is "Budget"
// capitalised inside its sentence, as British news names a finance
// minister's annual statement ("his ninth Budget", "after his Budget last
// week"), not a sum of money ("its budget").
func chancellorsBudget(d *Document, j int) bool {
	return d.Tokens[j].Text == "Budget" && sentenceStart(d, j) != j
}

// budgetOwner links the Budget of chancellorsBudget in sentence si to the
// person its owner pronoun ("his", "her") refers to: the owner link of
// phraseOwner, which the occurrence noun "budget" (event_nominals, no
// links) does not take.
func (rb *relBuilder) budgetOwner(si int, in []placed) {
	d := rb.d
	span := sentenceSpan(d.Sentences[si])
	for _, e := range in {
		if !rb.eventNamed(e) || e.tokEnd <= e.tokStart || !chancellorsBudget(d, e.tokEnd-1) {
			continue
		}
		b := phraseOpening(d, e.tokStart)
		if b == 0 || !pronounOwnerAt(d, b-1) || low(d.Tokens[b-1]) == "its" {
			continue
		}
		for _, x := range in {
			if x.coref && x.tokStart == b-1 && x.tokEnd == b && rb.ex.Entities[x.ent].Type == graph.Person {
				rb.add(x.ent, e.ent, graph.InvolvedIn, span, confInvolvedAdjacent, rb.eventAttrs(e.ent))
			}
		}
	}
}
