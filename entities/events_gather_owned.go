package entities

// Speeches named by their speaker's possessive: "his speech to bankers",
// "her prepared testimony", "Lawson's budget speech", "his address to the
// conference". News refers to a speech by its speaker's "his" or "her" in
// any subject once the speaker is named; the owner-adjacent link of the
// relation stage (an owner right before the event, or before its "'s")
// makes the speaker take part. The pronoun's owner is the person the
// article resolves it to (coref.go). A possessive name with a bare head
// ("Hale's speech") the older stages find; this one adds the heads with
// modifiers ("prepared", "budget", "opening") and every pronoun-owned one.
// "address" is a speech only before "to" or "at" ("his address to the
// conference", not "his address in Lisbon").

// ownedUtteranceHeads are the heads of a speaker's own utterance.
// "His remarks" is left out: after a possessive it names what was said
// more than an occasion ("His remarks followed news that ..."), and the
// gold takes it for no event.
var ownedUtteranceHeads = map[string]bool{"speech": true, "testimony": true}

// speakerPronouns own a speaker's utterance.
var speakerPronouns = map[string]bool{"his": true, "her": true}

// ownersIx indexes the owners of an utterance: the speaker pronouns and
// the possessive "'s".
var ownersIx = indexSet(speakerPronouns, map[string]bool{"'s": true, "’s": true})

// ownedUtterances finds the utterances of a possessive owner.
func ownedUtterances(d *Document, at []int) []Mention {
	var out []Mention
	for _, i := range at {
		if !ownersIx.of(d.Tokens[i]) || i+1 >= len(d.Tokens) {
			continue // at lists this list's tokens (eventStartsOf); the test keeps the rule right for any at
		}
		pronoun := speakerPronouns[low(d.Tokens[i])]
		k := i + 1
		for k < len(d.Tokens) && k-i <= 2 && !utteranceHeads[low(d.Tokens[k])] && (talksModifier(d.Tokens[k]) || low(d.Tokens[k]) == "prepared") && !d.Tokens[k].Break {
			k++
		}
		if k >= len(d.Tokens) || d.Tokens[k].Cap() || d.Tokens[k].Break || !ownedUtteranceHead(d, k) {
			continue
		}
		if !pronoun && k == i+1 {
			continue // "Hale's speech": the older stages
		}
		out = append(out, descEventOver(d, i+1, k+1))
	}
	return out
}

// ownedUtteranceHead reports whether token k heads an utterance: speech,
// testimony, or "address" before "to" or "at".
func ownedUtteranceHead(d *Document, k int) bool {
	l := low(d.Tokens[k])
	if ownedUtteranceHeads[l] {
		return true
	}
	return l == "address" && k+1 < len(d.Tokens) && (low(d.Tokens[k+1]) == "to" || low(d.Tokens[k+1]) == "at")
}
