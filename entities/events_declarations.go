package entities

// declarationEvents finds the joint declarations and communiques a verb
// says were issued, signed or adopted: "X and Y issued a joint
// declaration", "the ministers adopted a joint communique", "signed the
// declaration". A declaration its makers issue together is an act they
// are parties to, like a signed agreement (events_signed.go). The event is
// "joint" (when written) and the head; the makers are the verb's subject
// and its conjuncts (the parse, agreementVerb). A declaration only
// mentioned ("the declaration said") or a statement ("a joint statement",
// one of many a day) gives nothing.
func declarationEvents(d *Document, at []int) []Mention {
	var out []Mention
	for _, v := range at {
		if v+2 >= len(d.Tokens) {
			continue
		}
		if !declarationVerbsIx.of(d.Tokens[v]) {
			continue
		}
		k := v + 1
		if det := low(d.Tokens[k]); det != "a" && det != "the" && det != "their" {
			continue
		}
		start := k + 1
		if low(d.Tokens[start]) == "joint" {
			k = start
		}
		h := k + 1
		if h >= len(d.Tokens) || !declarationHeads[low(d.Tokens[h])] || d.Tokens[h].Cap() || d.Tokens[start].Break {
			continue
		}
		out = append(out, descEventOver(d, start, h+1))
	}
	return out
}

// declarationVerbs issue or sign a declaration.
var declarationVerbs = map[string]bool{"issued": true, "issue": true, "issues": true, "signed": true, "sign": true,
	"signs": true, "adopted": true, "adopt": true, "adopts": true}

// declarationHeads end the name of a declaration its makers issue.
var declarationHeads = map[string]bool{"declaration": true, "communique": true, "communiqué": true}

// isDeclaration reports whether event m ends in a declaration head.
func isDeclaration(d *Document, m placed) bool {
	return m.tokEnd > m.tokStart && declarationHeads[low(d.Tokens[m.tokEnd-1])]
}
