package entities

import "github.com/newsgraph/newsgraph/graph"

// Parties to an inquiry, a lawsuit or a trial named by their part in it.
// An investigation or a case is often named by its bare noun, with the one
// it concerns in the words before it:
//
//	X is (one of) the target(s) of an investigation
//	X is the subject (focus) of an SEC inquiry
//	X faces a lawsuit, X is facing an investigation
//	X is co-operating (fully) with the investigation
//	X, a witness in the trial; X testified at the hearing
//	X gave evidence to the inquiry
//	X is at the centre of a row, X is embroiled in the scandal
//	X (agreed to) settle(d) the lawsuit
//	X ordered (led, set up, launched, is conducting) an inquiry
//
// The annotation guide makes the one investigated, sued or tried, and a
// witness who testifies, take part in the event. legalRoleAt makes the
// noun phrase after such a wording (a determiner, at most two modifiers,
// a body's name among them: "an SEC investigation", and a head of
// legalRoleHeads) an event of one article (descEventOver) when a named
// party, or a pronoun the coreference stage resolves, is the wording's
// subject; legalRoleSides (relations_events_legal_roles.go) links that
// subject, also to an event named earlier ("the investigation" resolved
// to "the SEC investigation"). A negation or a modal of possibility
// ("X could face a lawsuit", "X did not face an inquiry") gives nothing:
// only a case under way involves anyone.

// legalRoleHeads are the heads of the events a role wording names.
var legalRoleHeads = map[string]bool{"inquiry": true, "inquiries": true, "investigation": true,
	"investigations": true, "probe": true, "probes": true, "trial": true, "hearing": true, "hearings": true,
	"lawsuit": true, "lawsuits": true, "suit": true, "case": true, "prosecution": true, "claim": true,
	"claims": true, "proceedings": true, "litigation": true, "tribunal": true, "scandal": true, "scandals": true,
	"row": true, "affair": true, "dispute": true, "controversy": true, "feud": true}

// legalRoleWordings are the wordings that name a party by its part in
// the event after them.
var legalRoleWordings = newWordings([][]string{
	{"target", "of"}, {"targets", "of"}, {"subject", "of"}, {"focus", "of"}, {"witness", "in"}, {"witness", "at"},
	{"co", "-", "operating", "with"}, {"co", "-", "operating", "fully", "with"}, {"cooperating", "with"},
	{"cooperating", "fully", "with"}, {"co", "-", "operate", "with"}, {"co", "-", "operate", "fully", "with"},
	{"cooperate", "with"}, {"cooperate", "fully", "with"}, {"co", "-", "operated", "with"}, {"cooperated", "with"},
	{"faces"}, {"facing"}, {"faced"}, {"face"}, {"testify", "in"}, {"testify", "at"}, {"testify", "before"},
	{"testified", "in"}, {"testified", "at"}, {"testified", "before"}, {"testifying", "in"}, {"testifying", "at"},
	{"evidence", "to"}, {"evidence", "in"}, {"evidence", "at"}, {"evidence", "before"},
	{"at", "the", "centre", "of"}, {"at", "the", "center", "of"}, {"at", "the", "heart", "of"}, {"embroiled", "in"},
	{"mired", "in"}, {"involved", "in"}, {"testify", "later", "in"}, {"settled"}, {"settle"}, {"settling"},
	{"ordered"}, {"set", "up"}, {"conducting"}, {"conducted"}, {"carrying", "out"}, {"carried", "out"}, {"leading"},
	{"led"}, {"heading"}, {"headed"}, {"began"}, {"begun"}, {"started"}, {"opened"}, {"launched"},
})

// investigatorWords open the wordings of one who holds an inquiry or
// brings a case ("X ordered an inquiry", "X led the investigation", "X
// started proceedings"): their event's head must be one of
// investigatorHeads ("X led the row" is no such act).
var investigatorWords = map[string]bool{"ordered": true, "set": true, "conducting": true, "conducted": true,
	"carrying": true, "carried": true, "leading": true, "led": true, "heading": true, "headed": true, "began": true,
	"begun": true, "started": true, "opened": true, "launched": true}

// investigatorHeads are the heads of an inquiry held or a case brought.
var investigatorHeads = map[string]bool{"inquiry": true, "investigation": true, "probe": true, "hearing": true,
	"lawsuit": true, "suit": true, "case": true, "prosecution": true, "proceedings": true, "inquiries": true,
	"investigations": true, "probes": true, "lawsuits": true, "litigation": true}

// legalNounWordings are the wordings whose first word is a noun: their
// subject stands before a be-form or a comma ("X is the target of", "X,
// a witness in").
var legalNounWordings = map[string]bool{"target": true, "targets": true, "subject": true, "focus": true,
	"witness": true}

// legalRoleAt returns the event of the role wording at token k (see
// above), and whether there is one.
func legalRoleAt(d *Document, selected []Mention, k int) (Mention, bool) {
	n := legalRoleWordings.at(d, k, false)
	if n == 0 || talksNegated(d, k) || legalModalBefore(d, k) {
		return Mention{}, false
	}
	s, h := legalRoleObject(d, k+n, func(j int) int {
		if m := mentionAt(selected, j); m != nil && (m.Type == graph.Organization || m.Type == graph.Country) && m.TokEnd-m.TokStart <= 4 {
			return m.TokEnd
		}
		return -1
	})
	if h < 0 || investigatorWords[low(d.Tokens[k])] && !investigatorHeads[low(d.Tokens[h])] {
		return Mention{}, false
	}
	e := reportedSubjectEnd(d, legalRoleSubjectEnd(d, k))
	if e < 1 || !legalSubject(d, selected, e) {
		return Mention{}, false
	}
	return descEventOver(d, s, h+1), true
}

// legalModalBefore reports whether a modal of possibility stands within
// two words before token k: "could face", "may be the subject of".
func legalModalBefore(d *Document, k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		switch low(d.Tokens[j]) {
		case "could", "may", "might", "would", "should", "risk", "risks":
			return true
		}
	}
	return false
}

// reportedSubjectEnd returns, for a subject "it" or "they" reported by
// a named party ("X has said it is co-operating with the inquiry"), the
// token after that party's name; else e. Coreference resolves "he" and
// "she" only; a reported "it" is its reporter.
func reportedSubjectEnd(d *Document, e int) int {
	if e < 3 || low(d.Tokens[e-1]) != "it" && low(d.Tokens[e-1]) != "they" || !reportingVerbs[low(d.Tokens[e-2])] {
		return e
	}
	j := e - 2
	for j > 0 && !d.Tokens[j-1].Break && legalRoleAux[low(d.Tokens[j-1])] {
		j--
	}
	return j
}

// legalRoleObject reads the event after a wording at token k: a
// determiner or an owner pronoun, at most two modifiers (lower-case
// words, or a body's name: "an SEC investigation", "a Justice Department
// probe"; bodyEnd gives the end of such a name starting at a token, or
// -1) and a head of legalRoleHeads; it returns the event's first token
// (after the determiner) and its head, or -1, -1.
func legalRoleObject(d *Document, k int, bodyEnd func(int) int) (int, int) {
	if k < len(d.Tokens) && (purposeDeterminers[low(d.Tokens[k])] || ownerPronouns[low(d.Tokens[k])]) {
		k++
	}
	s, mods := k, 0
	for n := 0; n < 6 && k < len(d.Tokens) && !legalRoleHeads[low(d.Tokens[k])]; n++ {
		t := d.Tokens[k]
		l := low(t)
		switch {
		case t.Break:
			return -1, -1
		case bodyEnd(k) > k:
			k = bodyEnd(k)
			s = k // "an SEC investigation": the SEC holds the investigation, named before it
		case hasDigit(l) || amountWords[l] || currencySigns[l]:
			k++ // "a 1bn rouble claim"
		case innerHyphen(d, k, k+2):
			k++ // "back-tax"
		case talksModifier(t) && !phraseWishes[l] && mods < 2:
			mods++
			k++
		default:
			return -1, -1 // "faces a possible inquiry"
		}
	}
	if k >= len(d.Tokens) || !legalRoleHeads[low(d.Tokens[k])] || d.Tokens[k].Cap() || d.Tokens[k].Break || !phraseEnds(d, k+1) && !linkFollows(d, k) && !legalParticiples[low(d.Tokens[k+1])] {
		return -1, -1
	}
	if low(d.Tokens[k]) == "proceedings" && k == s && (k+1 >= len(d.Tokens) || low(d.Tokens[k+1]) != "against") {
		return -1, -1 // bare "proceedings" are as often a session's ("opened proceedings with a speech")
	}
	return s, k
}

// legalParticiples may follow the head of an inquiry or a case, ending
// its noun phrase: "a lawsuit brought by Y", "an inquiry led by Y".
var legalParticiples = map[string]bool{"brought": true, "filed": true, "launched": true, "opened": true, "led": true,
	"conducted": true, "ordered": true, "into": true, "against": true, "which": true, "that": true}

// currencySigns may open an amount before a claim's head.
var currencySigns = map[string]bool{"$": true, "£": true, "€": true, "rouble": true, "roubles": true, "euro": true,
	"dollar": true, "pound": true, "yen": true}

// legalRoleSubjectEnd returns the token after the subject of the role
// wording at token k: for a verb, before its auxiliaries and adverbs ("X
// has been co-operating", "X now faces"); for a noun, before "(is) (one
// of) the (main)" or ", a (key)" ("X is the target of", "X, a witness
// in"); -1 when the words between fit neither.
func legalRoleSubjectEnd(d *Document, k int) int {
	j := k
	if !legalNounWordings[low(d.Tokens[k])] && low(d.Tokens[k]) != "evidence" {
		for j > 0 && !d.Tokens[j-1].Break && (legalRoleAux[low(d.Tokens[j-1])] || passiveAdverb(low(d.Tokens[j-1]))) {
			j--
		}
		if low(d.Tokens[k]) == "face" && (j == k || j > 0 && low(d.Tokens[j-1]) == "to") {
			return -1 // "face" only after "will": "to face" is a wish as often
		}
		if j == k {
			if c := appositionComma(d, j); c > 0 {
				return c // "X, the lawyer leading the suit"
			}
		}
		return j
	}
	if low(d.Tokens[k]) == "evidence" { // "X gave evidence to", "X has given evidence at"
		if j < 1 || !givingVerbs[low(d.Tokens[j-1])] {
			return -1
		}
		j--
		for j > 0 && !d.Tokens[j-1].Break && legalRoleAux[low(d.Tokens[j-1])] {
			j--
		}
		return j
	}
	for n := 0; n < 4 && j > 0 && !d.Tokens[j-1].Break && legalRoleNounLeads[low(d.Tokens[j-1])]; n++ {
		j--
	}
	if j < k && j > 0 && (passiveBe[low(d.Tokens[j-1])] || low(d.Tokens[j-1]) == "remains" || d.Tokens[j-1].Text == ",") {
		j--
		for j > 0 && !d.Tokens[j-1].Break && legalRoleAux[low(d.Tokens[j-1])] {
			j--
		}
		return j
	}
	return -1
}

// legalRoleAux may stand between a role wording's subject and a verb
// wording: auxiliaries and adverbs of time.
var legalRoleAux = map[string]bool{"is": true, "are": true, "was": true, "were": true, "has": true, "have": true,
	"had": true, "been": true, "will": true, "now": true, "also": true, "already": true, "still": true,
	"currently": true, "remains": true, "remained": true, "became": true, "becomes": true, "become": true,
	"agreed": true, "to": true, "due": true}

// legalRoleNounLeads may stand between a be-form or comma and a noun
// wording: "is one of the main targets of", "a key witness in", "the
// prosecution's star witness".
var legalRoleNounLeads = map[string]bool{"a": true, "an": true, "the": true, "one": true, "of": true, "main": true,
	"key": true, "chief": true, "star": true, "prosecution": true, "principal": true, "primary": true, "central": true,
	"latest": true, "prosecution's": true, "government's": true, "defence": true, "defense": true, "sole": true}

// givingVerbs give evidence.
var givingVerbs = map[string]bool{"gave": true, "give": true, "gives": true, "given": true, "giving": true}

// bodyInquiryHeads are the heads of an inquiry or a case that a body's
// name before them holds or is party to, with "a" as with "the": "an
// SEC investigation", "a Justice Department probe", "a Senate hearing".
var bodyInquiryHeads = map[string]bool{"inquiry": true, "investigation": true, "probe": true, "hearing": true,
	"lawsuit": true, "suit": true, "prosecution": true}

// indefiniteInquiry reports whether an organization, party or person
// named after "a" or "an" right before token b modifies the inquiry or
// case whose phrase opens there and whose head is token j: "an SEC
// investigation into Y" is the SEC's as "the SEC investigation" is
// (compoundBefore); for other heads "a" before a name is as often a
// kind ("an OPEC meeting" of many).
func indefiniteInquiry(d *Document, selected []Mention, b, j int) bool {
	if !bodyInquiryHeads[low(d.Tokens[j])] {
		return false
	}
	m := mentionEndingAt(selected, b)
	if m == nil || m.Type != graph.Organization && m.Type != graph.Party && m.Type != graph.Person || m.TokStart < 1 {
		return false
	}
	a := m.TokStart - 1
	if a >= 2 && low(d.Tokens[a-1]) == "to" && (low(d.Tokens[a-2]) == "response" || low(d.Tokens[a-2]) == "reply") {
		return false // "in response to a Y inquiry": a question asked
	}
	return indefiniteAt(d, a)
}

// appositionComma returns the comma after a name that an apposition of
// at most four words, opened by "the", "a" or "an", follows up to token
// k ("X, the lawyer leading the suit", "X, a firm facing a lawsuit"), or
// -1.
func appositionComma(d *Document, k int) int {
	for j := k - 1; j >= 1 && j >= k-5; j-- {
		t := d.Tokens[j]
		if t.Break || !t.Word() {
			return -1
		}
		if l := low(t); (l == "the" || l == "a" || l == "an") && j < k-1 {
			if d.Tokens[j-1].Text == "," {
				return j - 1
			}
			return -1
		}
		if groupStopWords[low(t)] {
			return -1
		}
	}
	return -1
}
