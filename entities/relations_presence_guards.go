package entities

// Guards of presence (relations_presence.go): being somewhere is a visit
// only when the wording says the person came there.

// residenceWords between a person and "in X" say where the person lives,
// was born or is held, not that he or she travelled there: "X is living
// in England", "X, who was born in India", "X is based in Israel".
var residenceWords = map[string]bool{"living": true, "lives": true, "lived": true, "based": true, "born": true,
	"resident": true, "residing": true, "settled": true, "buried": true, "died": true, "jailed": true,
	"imprisoned": true, "detained": true, "arrested": true, "raised": true, "schooled": true, "educated": true,
	"stationed": true, "posted": true, "exile": true, "exiled": true, "hiding": true, "hospital": true}

// frontedPresenceSubject reports whether person q opens the clause after a
// fronted "In X, ..." whose place ends before token k: q stands right
// after the phrase's comma, with at most a title between ("In London on
// Thursday, Finance Minister X said"), not at the end of a clause about
// something else ("In Austria, it was warm, X said").
func frontedPresenceSubject(d *Document, s Sentence, k int, q placed) bool {
	for i := k; i < q.tokStart && i < s.TokEnd; i++ {
		if d.Tokens[i].Text == "," {
			return titleGap(d, i+1, q.tokStart)
		}
	}
	return false
}
