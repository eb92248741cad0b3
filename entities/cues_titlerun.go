package entities

import (
	"strings"

	"github.com/newsgraph/newsgraph/entities/lexicon"
	"github.com/newsgraph/newsgraph/graph"
)

// titleHeads are job titles besides the role nouns, and players'
// positions, that stand before a name as part of a title ("General Sales
// Manager X", "Referee X").
var titleHeads = lexicon.Set("title_heads")

// generationalSuffixes end a name after its surname ("Jr", "III").
var generationalSuffixes = lexicon.Set("generational_suffixes")

// titleHeadWord reports whether t is a capitalised title head: a role noun or
// one of titleHeads ("Representative", "Manager", "Constable"), or a role
// noun misspelt by a swap ("Minsiter").
func titleHeadWord(t Token) bool {
	if !t.Cap() || !t.Word() {
		return false
	}
	l := strings.TrimSuffix(low(t), ".")
	return roleNouns[l] || titleHeads[l] || swappedRole(l)
}

// nameAfterTitle returns where the name starts in the capitalised run
// [k, e) that a role cue opens: after the last title word inside the run
// that name words follow, since the cue's title goes on into the run
// ("Deputy U.S. Trade Representative Michael Smith", "Assistant Chief
// Constable David Warcup", "Chief Operating Officer Thomas Cooper"); k
// when the run holds none. A title word at the run's end is a surname
// ("Stephen King"), and so is one before a generational suffix ("Martin
// Luther King Jr").
func nameAfterTitle(d *Document, k, e int) int {
	for p := e - 2; p >= k; p-- {
		if titleHeadWord(d.Tokens[p]) && !generationalSuffixes[strings.TrimSuffix(low(d.Tokens[p+1]), ".")] {
			return p + 1
		}
	}
	return k
}

// nameAfterLead returns where a person's name starts in the capitalised
// run [i, e) that a reporting verb or a role in apposition follows, where
// a title or a field of office may open the run: the run goes on from an
// office's title ("Minister of Energy and Mines Arturo Hernandez said",
// "Director of the Office of Management and Budget James Miller said":
// its first word ends the office), it opens with a title ("Referee Graham
// Poll said", "Agriculture Undersecretary Daniel Amstutz said") or with a
// name the gazetteer reads as no person ("Ambassador to GATT Michael
// Samuels said"; not "French-controlled X", whose prefix is glued to
// the next word). The name keeps two words at least; i when nothing
// opens the run.
func (c *cueRecognizer) nameAfterLead(d *Document, s Sentence, i, e int) int {
	if wordsIn(d, i, e) >= 3 && (officeGoesOn(d, s, i) || bodyGoesOn(d, s, i)) {
		i++
	}
	for wordsIn(d, i, e) >= 3 {
		if m, ok := c.typed[i]; ok && m.TokEnd > i && wordsIn(d, m.TokEnd, e) >= 2 && d.Tokens[m.TokEnd].Space {
			switch m.Type {
			case graph.Country, graph.Organization, graph.Party:
				i = m.TokEnd // not a place: "Scott" and "Gary" are towns too
				continue
			}
		}
		j := i
		for j < e-2 && d.Tokens[j].Cap() && (roleModifiers[low(d.Tokens[j])] || roleExtra[low(d.Tokens[j])]) && !titleHeadWord(d.Tokens[j]) {
			j++ // "Agriculture" of "Agriculture Undersecretary"
		}
		if !titleHeadWord(d.Tokens[j]) || wordsIn(d, j+1, e) < 2 {
			break
		}
		i = j + 1
	}
	return i
}

// wordsIn counts the words among tokens [i, e): an initial's period is no
// word.
func wordsIn(d *Document, i, e int) int {
	n := 0
	for k := i; k < e; k++ {
		if d.Tokens[k].Word() {
			n++
		}
	}
	return n
}

// officeGoesOn reports whether the capitalised run at token i goes on from
// an office's title: "<Title> of|for|to (the) <capitalised words, "and",
// commas> <run>" ("Minister of State for Finance", "Minister for
// Children, Young People and Families", "U.S. Attorney for Manhattan").
func officeGoesOn(d *Document, s Sentence, i int) bool {
	for k := i - 1; k > s.TokStart && i-k <= 10; k-- {
		t := d.Tokens[k]
		switch l := low(t); {
		case l == "of" || l == "for" || l == "to":
			if titleHeadWord(d.Tokens[k-1]) {
				return true
			}
			if !d.Tokens[k-1].Cap() || !d.Tokens[k-1].Word() {
				return false
			}
		case l == "and" || l == "&" || l == "," || l == "the":
		case t.Cap() && t.Word():
		default:
			return false
		}
	}
	return false
}

// officeFieldName reports whether a recognizer's organization m is the
// field of an office whose holder's name follows it: "Minister of Energy
// and Mines X", "Minister for Children, Young People and Families X"
// name no body "Energy and Mines". A name with an organization's head
// word ("Office of Management and Budget") is a body.
func officeFieldName(d *Document, m Mention) bool {
	if m.Type != graph.Organization || m.TokEnd >= len(d.Tokens) || !capWord(d, m.TokEnd) {
		return false
	}
	si := sentenceOf(d, m.Start)
	if si < 0 || !officeGoesOn(d, d.Sentences[si], m.TokStart) {
		return false
	}
	for k := m.TokStart; k < m.TokEnd; k++ {
		if bodyHeadWord(low(d.Tokens[k])) {
			return false
		}
	}
	return true
}
