package entities

// clauseOpeners are the first words of a fronted clause that ends with a
// comma before a sentence's subject: "With the help of X, Quillby won",
// "After the war, Quillby taught".
var clauseOpeners = map[string]bool{
	"with": true, "after": true, "before": true, "in": true, "during": true, "since": true,
	"following": true, "although": true, "though": true, "when": true, "while": true,
	"despite": true, "by": true, "on": true, "at": true, "from": true, "until": true, "once": true,
}

// mainSubject reports whether mention m is the subject of sentence si's
// main clause: it starts the sentence, or it follows the comma that
// closes a fronted clause (one of clauseOpeners first) and a verb in
// lower case follows it ("In 1950, Quillby received", not "In 1950,
// Quillby and Vestby" nor "In Paris, Quillby's shares").
func mainSubject(d *Document, si int, m Mention) bool {
	s := d.Sentences[si].TokStart
	if s == m.TokStart {
		return true
	}
	if m.TokStart-1 <= s || d.Tokens[m.TokStart-1].Text != "," || !clauseOpeners[low(d.Tokens[s])] || m.TokEnd >= len(d.Tokens) {
		return false
	}
	v := d.Tokens[m.TokEnd]
	if !v.Word() || v.Cap() {
		return false
	}
	switch low(v) {
	case "and", "or", "of", "nor":
		return false
	}
	return true
}

// nameModifier reports whether a capitalised word follows mention o in
// its sentence: the person's name is then a word of a longer name ("the
// Tam Brell Award", "the Ada Quill Institute"), not a person named there.
func nameModifier(d *Document, o Mention) bool {
	if o.TokEnd >= len(d.Tokens) || sentenceOf(d, d.Tokens[o.TokEnd].Start) != sentenceOf(d, o.Start) {
		return false
	}
	t := d.Tokens[o.TokEnd]
	return t.Word() && t.Cap()
}

// partnerVerbs are the words before a name that only a person is the
// object of: "divorced from X", "married to X", "engaged to X".
var partnerVerbs = map[string]string{"divorced": "from", "separated": "from", "married": "to", "engaged": "to"}

// personObject reports whether mention i, or the first name of the list
// it ends (listJoined: "Quillby and Vestby"), stands where only a person
// does: after a partner verb and its preposition ("divorced from X"),
// after "met" whose subject is "he" or "she" ("He soon met X and Y"; a
// team meets a team), or before "and" with a possessive pronoun and a
// noun of family ("X and her husband").
func personObject(d *Document, ms []Mention, i int) bool {
	head := ms[i]
	for grown := true; grown; {
		grown = false
		for _, o := range ms {
			if listJoined(d, o, head) {
				head, grown = o, true
			}
		}
	}
	k := head.TokStart
	if k >= 2 && partnerVerbs[low(d.Tokens[k-2])] == low(d.Tokens[k-1]) && partnerVerbs[low(d.Tokens[k-2])] != "" {
		return true
	}
	if k >= 2 && low(d.Tokens[k-1]) == "met" {
		for p := k - 2; p >= max(0, k-3); p-- {
			if l := low(d.Tokens[p]); l == "he" || l == "she" {
				return true
			}
		}
	}
	return kinAfter(d, ms[i].TokEnd)
}
