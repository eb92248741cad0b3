package entities

// Reading a role title. The role patterns (relations_roles.go) and the
// rules beside them find a person's title with these readers: roleBefore
// reads the title that ends right before the name ("former Foreign
// Minister X", "Chief Minister of Punjab X"), roleFrom the one that starts
// at a token ("X, chairman of Y"), roleWithModifiers one behind up to
// three lower-case words ("X, a bond strategist at Y"). roleTok and
// isTitleWord say which words a title may hold and open with.

// roleBefore finds a role title ending right before token i ("former
// Foreign Minister"), possibly holding "of T" ("Chief Minister of Punjab").
// In a prepositional head ("Special Assistant to the Prime Minister X")
// the title is the part before "to": X is the assistant, not the minister.
func (rb *relBuilder) roleBefore(i, sentStart int, end map[int]placed) (roleOf, bool) {
	d := rb.d
	j := i
	ofTarget := -1
	for j > sentStart {
		if m, ok := end[j]; ok {
			// A mention inside the title is allowed only as "of T".
			if m.tokStart-1 > sentStart && low(d.Tokens[m.tokStart-1]) == "of" && ofTarget < 0 {
				ofTarget = m.tokStart
				j = m.tokStart - 1
				continue
			}
			break
		}
		if !rb.roleTok(j-1, sentStart, i) && (j < i || pluralRoleNoun(low(d.Tokens[j-1])) == "") {
			if m := rb.titleGapBefore(j, sentStart); m >= 0 {
				j = m // "chief financial officer X": "financial" inside the title
				continue
			}
			break // a plural head noun only right before the name: "chief executives X"
		}
		// A lower-case noun before a capitalised title ends another
		// phrase: "the agency's aide President X".
		if t, n := d.Tokens[j-1], d.Tokens[j]; j < i && !t.Cap() && n.Cap() && isRoleNoun(low(t)) {
			break
		}
		j--
	}
	// Trim leading function words.
	for j < i && !isRoleNoun(low(d.Tokens[j])) && !isTitleWord(low(d.Tokens[j])) && !ordinalTitleAt(d, j, i) {
		j++
	}
	stop := i
	for k := j; k < i; k++ {
		if low(d.Tokens[k]) == "to" {
			stop = k
			break
		}
	}
	j, stop = pluralBeforeTo(d, j, stop, i) // "advisers to Finance Minister X"
	noun := ""
	for k := j; k < stop; k++ {
		if l := low(d.Tokens[k]); isRoleNoun(l) {
			noun = l
		} else if k == i-1 && pluralRoleNoun(l) != "" {
			noun = pluralRoleNoun(l)
		}
	}
	noun = pluralOfficeNoun(d, noun, i) // "Presidents X and Y"
	// The title ends in its noun: "director and X" is no title of X.
	if noun == "" || stop == i && titleStopWords[low(d.Tokens[i-1])] {
		return roleOf{}, false
	}
	if ofTarget >= 0 && (ofTarget < j || ofTarget > stop) {
		ofTarget = -1
	}
	if stop < i {
		// The person is the holder of the first office only, which names
		// no body of its own.
		return roleOf{roleSpan: roleSpan{start: j, end: stop, noun: noun}, ofTarget: -1}, stop > j
	}
	return roleOf{roleSpan: roleSpan{start: j, end: i, noun: noun}, ofTarget: ofTarget}, true
}

// formerWords mark a past office or membership.
var formerWords = map[string]bool{"former": true, "ex": true, "then": true, "erstwhile": true}

// determiners inside a title open a new phrase ("the aide the president
// fired").
var determiners = map[string]bool{"the": true, "a": true, "an": true}

// titleStopWords never end a role title.
var titleStopWords = map[string]bool{"and": true, "of": true, "the": true, "to": true, "a": true, "an": true, "at": true, "for": true, "with": true}

// roleTok reports whether token k may stand inside a role title: a role
// word, or a dash joining two ("vice-president", "ex-minister").
func (rb *relBuilder) roleTok(k, lo, hi int) bool {
	d := rb.d
	t := d.Tokens[k]
	if t.Word() {
		return isRelRoleWord(low(t)) || titleSuffixAt(d, k, lo) || ordinalTitleAt(d, k, hi)
	}
	if !isDash(t.Text) || k-1 < lo || k+1 >= hi || t.Space || d.Tokens[k+1].Space {
		return false
	}
	return isRelRoleWord(low(d.Tokens[k-1])) && (isRelRoleWord(low(d.Tokens[k+1])) || titleSuffixAt(d, k+1, lo))
}

// roleOf is a role title before a person and the first token of the T in
// its "of T", or -1.
type roleOf struct {
	roleSpan
	ofTarget int
}

// isTitleWord reports whether a role title may start with the word l.
func isTitleWord(l string) bool {
	switch l {
	case "of", "the", "a", "an", "and", "to", "at", "for", "with":
		return false
	}
	return isRelRoleWord(l)
}

// roleWithModifiers reads a role title after up to three lower-case words
// that are not role words ("a bond strategist at Y", "an independent
// contractor for Y", "chief currency strategist at Y") and before a body
// preposition; only a body after it makes it a relation.
func (rb *relBuilder) roleWithModifiers(i, stop int) (roleSpan, bool) {
	d := rb.d
	for k := i; k < min(i+4, stop); k++ {
		t := d.Tokens[k]
		if !t.Word() || t.Cap() && k > i || low(t) == "as" {
			break // "resigned as chairman": a verb, read by asRole
		}
		// The title is the one a body preposition follows: "chief
		// currency strategist at Y", not "chief".
		if r, ok := rb.roleFrom(k, stop); ok && r.start == k && r.end > k && r.end < stop && bodyPrepositions[low(d.Tokens[r.end])] {
			return roleSpan{start: i, end: r.end, noun: r.noun}, true
		}
		if t.Cap() || bodyPrepositions[low(t)] {
			break
		}
	}
	return roleSpan{}, false
}

// roleFrom reads a role title starting at token i: role words up to and
// including the last role noun.
func (rb *relBuilder) roleFrom(i, stop int) (roleSpan, bool) {
	d := rb.d
	r := roleSpan{start: i, end: i}
	for k := i; k < stop; k++ {
		l := low(d.Tokens[k])
		if !rb.roleTok(k, i, stop) || bodyPrepositions[l] || l == "and" || l == "to" || k > i && determiners[l] {
			if g := rb.titleGapAfter(k, i, stop); g > k {
				k = g - 1 // "chief financial officer": "financial" inside the title
				continue
			}
			break // "aide the president fired": a new phrase
		}
		if k > i && d.Tokens[k].Cap() && !d.Tokens[k-1].Cap() && isRoleNoun(low(d.Tokens[k-1])) {
			break // "aide President X fired": another title
		}
		if isRoleNoun(l) {
			r.end, r.noun = k+1, l
		}
	}
	return r, r.noun != ""
}
