package entities

import "strings"

// fieldSuffixes end common nouns that name an office's field and never a
// person's name: "Prosecutions", "Communications", "Economics",
// "Development", "Fisheries", "Industries", "Agriculture", "Tourism".
var fieldSuffixes = []string{"ions", "ics", "ment", "ments", "ities", "eries", "stries", "ture", "ism"}

// fieldWord reports whether t, a capitalised word, names an office's field
// rather than opening a person's name: "Prosecutions" of "Director of
// Public Prosecutions", "Affairs" of "Minister of Home Affairs".
func fieldWord(t Token) bool {
	if !t.Word() || !t.Cap() {
		return false
	}
	l := strings.TrimSuffix(low(t), ".")
	if roleModifiers[l] || departmentWords[l] {
		return true
	}
	for _, suf := range fieldSuffixes {
		if len(l) > len(suf)+2 && strings.HasSuffix(l, suf) {
			return true
		}
	}
	return false
}

// officeRunNameStart returns where the holder's name starts in the
// capitalised run [o, e) that follows "<role> of (the)", or -1 when the
// run holds no office and name: the office is one word before a two- or
// three-word name ("Minister of Finance Arturo Hernandez Grisanti"), or
// two words when its second word is a field's ("Director of Public
// Prosecutions Ken Black", "Minister of Foreign Affairs Jan Horak"): the
// field word opens no name, and a name holds none. A run with a body's head noun is a body ("the
// École Normale X").
func officeRunNameStart(d *Document, o, e int) int {
	n := e - o
	if n < 3 || n > 5 || headNounAt(d, o, e) {
		return -1
	}
	start := o + 1
	if fieldWord(d.Tokens[o+1]) {
		start = o + 2
	}
	if e-start < 2 || e-start > 3 {
		return -1 // "Public Prosecutions Black": no two-word name
	}
	for k := start; k < e; k++ {
		if fieldWord(d.Tokens[k]) {
			return -1 // "National Infrastructure Security Coordination Centre"
		}
	}
	return start
}
