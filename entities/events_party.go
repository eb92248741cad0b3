package entities

// Parties to an agreement: whoever honours, complies with, violates,
// breaches, abides by, enforces, implements, renegotiates, suspends or
// withdraws from an agreement, or is called a signatory or party to it,
// is a party to it, whether or not it keeps it. With E the agreement and X the
// party:
//
//	X's failure to honor a 1986 agreement     X was not honoring the pact
//	X is in full compliance with E            X has violated a semiconductor pact
//	X's violation of E                        accused X of breaching E
//	X remains committed to E                  X's commitment to E, its commitments under E
//
// partyEvents names the agreements such a predicate introduces that no
// other rule names: a determiner, one to three modifiers that say which
// agreement it is (a year, a month, lower-case words: "a July 1986
// agreement", "the semiconductor pact"; a bare "the agreement" is one of
// many, or a reference the coref stage reads) and an agreement head. The
// relation stage links the party (partyTo, relations_involved_party.go).

// agreementPartyWords are the predicates that make their subject a party to the
// agreement after them, with the preposition some of them take.
var agreementPartyWords = map[string]string{
	"honor": "", "honour": "", "honored": "", "honoured": "", "honoring": "", "honouring": "", "honors": "", "honours": "",
	"violate": "", "violated": "", "violating": "", "violates": "", "breach": "", "breached": "", "breaching": "",
	"enforce": "", "enforced": "", "enforcing": "", "implement": "", "implemented": "", "implementing": "",
	"renegotiate": "", "renegotiated": "", "renegotiating": "",
	"comply": "with", "complied": "with", "complying": "with", "complies": "with", "compliance": "with",
	"abide": "by", "abiding": "by", "abided": "by", "abides": "by", "adhere": "to", "adhered": "to", "adhering": "to",
	"violation": "of",
	"signatory": "to", "signatories": "to", "party": "to", "parties": "to",
	"suspend": "", "suspended": "", "suspending": "", "suspends": "", "abrogated": "", "abrogate": "",
	"withdrew": "from", "withdraw": "from", "withdrawn": "from", "withdrawing": "from", "withdrawal": "from",
}

// commitWords bind their subject or possessor to an agreement after
// "to" or "under": "X remains committed to E", "the Saudi commitment to
// E", "to meet its commitments under E" (a common misspelling too). Unlike
// breaking an agreement, not being committed to it ("X is not committed
// to E") says nothing of being a party (partyTo).
var commitWords = map[string]bool{"committed": true, "commitment": true, "commitments": true,
	"committment": true, "committments": true, "recommitted": true}

// agreementWordBefore returns the token of the party word that governs an
// object starting at token k ("honor a", "compliance with the"), or -1.
// The object may be a part of the agreement: "violated the terms of",
// "enforce major provisions of".
func agreementWordBefore(d *Document, k int) int {
	if k >= 2 && low(d.Tokens[k-1]) == "of" && agreementParts[low(d.Tokens[k-2])] {
		j := k - 3
		for n := 0; j >= 0 && n < 2 && (actedDeterminers[low(d.Tokens[j])] || gradingWords[low(d.Tokens[j])]); n++ {
			j--
		}
		if j >= 0 {
			k = j + 1
		}
	}
	for j := k - 1; j >= 0 && j >= k-2; j-- {
		l := low(d.Tokens[j])
		if prep, ok := agreementPartyWords[l]; ok && (prep == "" && j == k-1 || prep != "" && j == k-2 && low(d.Tokens[k-1]) == prep) {
			return j
		}
		if l == "breach" && j == k-2 && low(d.Tokens[k-1]) == "of" {
			return j
		}
		if commitWords[l] && j == k-2 && (low(d.Tokens[k-1]) == "to" || low(d.Tokens[k-1]) == "under") {
			return j
		}
	}
	return -1
}

// agreementParts name a part of an agreement a party keeps or breaks.
var agreementParts = map[string]bool{"terms": true, "provisions": true, "spirit": true, "letter": true, "rules": true}

// partyEvents finds the agreements a party word introduces (see above).
func partyEvents(d *Document, at []int) []Mention {
	var out []Mention
	for _, k := range at {
		if k < 1 || k+1 >= len(d.Tokens) {
			continue
		}
		if !actedDeterminersIx.of(d.Tokens[k]) || agreementWordBefore(d, k) < 0 {
			continue
		}
		if m, ok := agreementFrom(d, k+1, 3, partyModifier, signedHeads); ok {
			out = append(out, m)
		}
	}
	return out
}

// partyModifier reports whether t may say which agreement it is: a year,
// a month or a lower-case word that is no stop word, head or state
// ("final", "proposed").
func partyModifier(t Token) bool {
	l := low(t)
	if months[l] > 0 {
		return true
	}
	if len(l) == 4 && isNumber(l) {
		return true
	}
	return signedModifier(t) && !numberWords[l]
}
