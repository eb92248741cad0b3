package entities

import (
	"strings"

	"github.com/newsgraph/newsgraph/entities/lexicon"
	"github.com/newsgraph/newsgraph/graph"
)

// maxNameWords bounds the words of a person's name found by a rule.
const maxNameWords = 5

// nameParticles are lower-case words that may sit inside a person's name
// ("Osama bin Laden", "Ludwig van Beethoven").
var nameParticles = lexicon.Set("name_particles")

// nameRun returns the end (exclusive) of the person-name-shaped run of
// capitalised words starting at token i, not passing end; i when there is
// none.
func nameRun(d *Document, i, end int) int {
	j, words := i, 0
	for j < end && words < maxNameWords {
		t := d.Tokens[j]
		if j > i && t.Break {
			break
		}
		l := low(t)
		switch {
		case t.Word() && t.Cap():
			if nonNames[l] || months[l] > 0 {
				if words == 0 || j > i {
					goto done
				}
			}
			if _, head := headNouns[strings.TrimSuffix(l, ".")]; head && words > 0 {
				goto done
			}
			j++
			words++
		case words > 0 && isDash(t.Text) && !t.Space && j+1 < end && !d.Tokens[j+1].Space && d.Tokens[j+1].Word():
			j += 2
		case words > 0 && t.Text == "." && !t.Space && initialLetter(d.Tokens[j-1]) && j+1 < end && d.Tokens[j+1].Word():
			j++ // "F. W. de Klerk": an initial's period goes on to the name
		case words > 0 && nameParticles[l] && j+1 < end && d.Tokens[j+1].Cap() && d.Tokens[j+1].Word():
			j++
		case words > 0 && nameParticles[l] && j+2 < end && nameParticles[low(d.Tokens[j+1])] && d.Tokens[j+2].Cap() && d.Tokens[j+2].Word():
			j += 2 // two particles: "Miguel de la Madrid", "Cor van der Klugt"
		case words > 0 && elidedParticle(t):
			j++ // "Giscard d'Estaing"
			words++
		default:
			goto done
		}
	}
done:
	for j > i && !d.Tokens[j-1].Word() {
		j--
	}
	for j > i && nameParticles[low(d.Tokens[j-1])] {
		j--
	}
	if words == 0 {
		return i
	}
	return j
}

// initialLetter reports whether t is one capital letter: a name's initial.
func initialLetter(t Token) bool {
	return len(t.Text) == 1 && t.Text[0] >= 'A' && t.Text[0] <= 'Z'
}

// onlyRoleWords reports whether every word of tokens [i, j) is a role or
// modifier word ("General", "Secretary"), so the run is a title, not a name.
func onlyRoleWords(d *Document, i, j int) bool {
	for k := i; k < j; k++ {
		l := strings.TrimSuffix(low(d.Tokens[k]), ".")
		if d.Tokens[k].Word() && !roleNouns[l] && !roleModifiers[l] && !honorifics[l] {
			return false
		}
	}
	return true
}

// openers are function words that open a sentence before a name.
var openers = lexicon.Set("sentence_openers")

// legislatorNouns follow a party's name and no other body's ("X MP").
var legislatorNouns = lexicon.Set("legislator_nouns")

// partyLeaderNouns follow a party's name, among other bodies' ("X leader").
var partyLeaderNouns = lexicon.Set("party_leader_nouns")

// knownAt reports whether the gazetteer reads a name starting at token i.
func (c *cueRecognizer) knownAt(i int) bool {
	_, ok := c.typed[i]
	return ok
}

// partiesIn reports whether sentence s names a party other than at token
// i, or speaks of parties.
func (c *cueRecognizer) partiesIn(d *Document, s Sentence, i int) bool {
	for k := s.TokStart; k < s.TokEnd; k++ {
		if k == i {
			continue
		}
		if m, ok := c.typed[k]; ok && m.Type == graph.Party {
			return true
		}
		if l := low(d.Tokens[k]); l == "party" || l == "parties" {
			return true
		}
	}
	return false
}

// hasOrgWord reports whether tokens [i, j) hold a word that names
// organizations or competitions, not people ("General Motors", "Eastman
// Kodak Co", "Major League Baseball").
func hasOrgWord(d *Document, i, j int) bool {
	for k := i; k < j; k++ {
		l := strings.TrimSuffix(low(d.Tokens[k]), ".")
		if _, ok := headNouns[l]; ok || orgWords[l] || competitionWords[l] {
			return true
		}
	}
	return false
}

// cueRecognizer finds people from role cues, honorifics, appositions and
// reporting verbs, names typed by a class noun or a head noun, and events
// named "Operation X". It needs the gazetteer's reading of the document to
// avoid taking a known place or body for a person.
type cueRecognizer struct {
	// typed and ending map a token index to the gazetteer mention that
	// starts there, or ends just before it.
	typed, ending map[int]Mention
	// headlineOf is the sentence isHeadline was last asked of (when
	// asked is set), headline its answer.
	headlineOf      Sentence
	asked, headline bool
}

// isHeadline is isHeadline(d, s), kept for the sentence the rules are in.
func (c *cueRecognizer) isHeadline(d *Document, s Sentence) bool {
	if !c.asked || c.headlineOf != s {
		c.headlineOf, c.asked, c.headline = s, true, isHeadline(d, s)
	}
	return c.headline
}

func newCueRecognizer(gazetteerMentions []Mention) *cueRecognizer {
	n := len(gazetteerMentions)
	c := &cueRecognizer{typed: make(map[int]Mention, n), ending: make(map[int]Mention, n)}
	for _, m := range gazetteerMentions {
		c.typed[m.TokStart] = m
		c.ending[m.TokEnd] = m
	}
	return c
}

// known reports whether the gazetteer reads tokens [i, j) as one name of
// another type than person ("Prime Minister Pakistan" names no one). A
// gazetteer match on part of the run ("Shashi" is also a city) does not
// count: the cue is stronger evidence.
func (c *cueRecognizer) known(i, j int) bool {
	m, ok := c.typed[i]
	return ok && m.Type != graph.Person && m.TokEnd == j
}

func (c *cueRecognizer) person(d *Document, i, j int, score float64, role string) (Mention, bool) {
	if j <= i || onlyRoleWords(d, i, j) || c.known(i, j) || hasOrgWord(d, i, j) {
		return Mention{}, false
	}
	// Drop a leading honorific from the span: "Mr Jha" names "Jha".
	for i < j-1 && honorifics[strings.TrimSuffix(low(d.Tokens[i]), ".")] {
		i++
		if d.Tokens[i].Text == "." {
			i++
		}
	}
	return Mention{
		Start: d.Tokens[i].Start, End: d.Tokens[j-1].End, TokStart: i, TokEnd: j,
		Type: graph.Person, Source: "cue", Score: score, Role: role,
	}, true
}

func (c *cueRecognizer) Recognize(d *Document) []Mention {
	var out []Mention
	for _, s := range d.Sentences {
		for i := s.TokStart; i < s.TokEnd; i++ {
			out = append(out, c.at(d, s, i)...)
		}
	}
	return out
}

// at applies every rule anchored at token i.
func (c *cueRecognizer) at(d *Document, s Sentence, i int) []Mention {
	var out []Mention
	t := d.Tokens[i]
	lt := low(t)
	a := &cueToken{t: t, lt: lt, l: strings.TrimSuffix(lt, "."), next: i + 1}
	if a.next < s.TokEnd && d.Tokens[a.next].Text == "." && !d.Tokens[a.next].Space {
		a.next++ // "Dr." / "Gen."
	}
	out = c.roleCue(d, s, i, a, out)
	out = c.partyPossessive(d, s, i, a, out)
	out = c.otherList(d, s, i, a, out)
	out = c.acronymParty(d, s, i, a, out)
	out = c.operation(d, s, i, a, out)
	out = c.classNoun(d, s, i, a, out)
	// Rules anchored at the start of a maximal capitalised run.
	if !startsName(t) || (i > s.TokStart && d.Tokens[i-1].Cap() && d.Tokens[i-1].Word()) {
		return out
	}
	out = c.headNoun(d, s, i, out)
	out = c.compassRegion(d, s, i, a, out)
	out = c.classApposition(d, s, i, out)
	return c.apposition(d, s, i, out)
}

// cueToken is the token at which the cue rules look, with its lower-case
// forms, computed once for all rules.
type cueToken struct {
	t    Token
	lt   string // low(t)
	l    string // lt without a final dot: "gen." → "gen"
	next int    // the token after t and a dot glued to it ("Dr.")
}

// roleCue reads a role cue or honorific right before a name.
func (c *cueRecognizer) roleCue(d *Document, s Sentence, i int, a *cueToken, out []Mention) []Mention {
	t, l, next := a.t, a.l, a.next
	// Role cue or honorific right before a name: "Prime Minister X",
	// "MP X", "Mr X", "ministers X and Y", "secretaries—X and Y".
	cue := false
	if len(l) == len(a.lt) {
		cue = roleCueIx.of(t) // roleNouns, honorifics
	} else {
		cue = roleNouns[l] || honorifics[l]
	}
	if !cue || !t.Word() {
		return out
	}
	gazStart := false // the cue word opens a gazetteer name: "Sri Lanka", "General Electric"
	if m, ok := c.typed[i]; ok && m.TokEnd > i+1 && m.Type != graph.Person {
		gazStart = true
	}
	if !gazStart {
		k := next
		if k < s.TokEnd && (isDash(d.Tokens[k].Text) || d.Tokens[k].Text == ":") {
			k++
		}
		plural := strings.HasSuffix(l, "s") && !honorifics[l] && l != "mrs" && l != "ms"
		role := roleTitle(d, s, i)
		// "<role> of (the) <Office> <Name>": "Secretary of State George
		// Shultz", "Chancellor of the Exchequer Nigel Lawson", "Chief
		// Minister of Punjab Maryam Nawaz". The office is a known name or
		// one word before a two- or three-word name.
		if roleNouns[l] && k+1 < s.TokEnd && low(d.Tokens[k]) == "of" {
			o := k + 1
			if low(d.Tokens[o]) == "the" && o+1 < s.TokEnd {
				o++
			}
			start := -1
			if m, ok := c.typed[o]; ok && m.Type != graph.Person {
				start = m.TokEnd
			} else {
				start = officeRunNameStart(d, o, capRun(d, o, s.TokEnd))
			}
			if start > 0 && start < s.TokEnd {
				if e := nameRun(d, start, s.TokEnd); e-start >= 2 && e-start <= 3 {
					if m, ok := c.person(d, start, e, ScoreStrong+0.5, role); ok {
						out = append(out, m)
					}
				}
			}
		}
		for k < s.TokEnd {
			e := nameRun(d, k, s.TokEnd)
			if e == k {
				break
			}
			// A capitalised cue that also opens company and treaty names
			// ("General Motors", "Chief Executive") needs a full name.
			if t.Cap() && ambiguousCues[l] && e-k < 2 {
				break
			}
			if officeField(d, s, e) {
				break
			}
			// "Deputy U.S. Trade Representative Michael Smith": the
			// title goes on into the run, and the name follows its
			// last title word.
			start, r := k, role
			if p := nameAfterTitle(d, k, e); p > k {
				start, r = p, roleTitle(d, s, p-1)
			}
			if m, ok := c.person(d, start, e, ScoreStrong+0.5, r); ok {
				out = append(out, m)
			}
			if !plural || e >= s.TokEnd {
				break
			}
			sep := low(d.Tokens[e])
			if sep != "," && sep != "and" && sep != "&" {
				break
			}
			k = e + 1
			if sep == "," && k < s.TokEnd && low(d.Tokens[k]) == "and" {
				k++
			}
		}
	}
	return out
}

// partyPossessive reads a party's possessive before a name.
func (c *cueRecognizer) partyPossessive(d *Document, s Sentence, i int, a *cueToken, out []Mention) []Mention {
	t := a.t
	// A party's possessive before a name: "the BJP's Ravi Shankar Prasad".
	if isPossessive(t) && i > s.TokStart && i+1 < s.TokEnd {
		if m, ok := c.ending[i]; ok && m.Type == graph.Party {
			if e := nameRun(d, i+1, s.TokEnd); e-(i+1) >= 2 {
				if pm, ok := c.person(d, i+1, e, ScoreStrong, ""); ok {
					out = append(out, pm)
				}
			}
		}
	}
	return out
}

// otherList types the names of a list ended by "and other <noun>".
func (c *cueRecognizer) otherList(d *Document, s Sentence, i int, a *cueToken, out []Mention) []Mention {
	l := a.l
	// "and other parties" types the unknown names of the list before it:
	// "BJP, Congress, TMC and other parties".
	if l == "other" && i+1 < s.TokEnd && i > s.TokStart {
		k := i + 1
		if low(d.Tokens[k]) == "political" && k+1 < s.TokEnd {
			k++
		}
		if typ, ok := listNouns[low(d.Tokens[k])]; ok && (low(d.Tokens[i-1]) == "and" || low(d.Tokens[i-1]) == "or") {
			out = append(out, c.listItems(d, s, i-1, typ)...)
		}
	}
	return out
}

// acronymParty reads an unknown acronym before a legislator's or
// leader's title as a party.
func (c *cueRecognizer) acronymParty(d *Document, s Sentence, i int, a *cueToken, out []Mention) []Mention {
	t := a.t
	// An unknown acronym before a legislator's title is a party ("AIMIM
	// MP X"); before a leader's title, when the sentence names parties
	// too ("... BJP's X, and AIMIM leader Y").
	if t.Upper() && !c.knownAt(i) && i+1 < s.TokEnd && letters(t.Text) >= 3 && letters(t.Text) <= 6 && !c.isHeadline(d, s) {
		n := low(d.Tokens[i+1])
		if legislatorNouns[n] || partyLeaderNouns[n] && c.partiesIn(d, s, i) {
			out = append(out, Mention{Start: t.Start, End: t.End, TokStart: i, TokEnd: i + 1, Type: graph.Party, Source: "cue", Score: ScoreHead})
		}
	}
	return out
}

// operation reads "Operation X" as an event.
func (c *cueRecognizer) operation(d *Document, s Sentence, i int, a *cueToken, out []Mention) []Mention {
	t := a.t
	// "Operation X" names a military or police operation.
	if t.Text == "Operation" && i+1 < s.TokEnd {
		if e := nameRun(d, i+1, s.TokEnd); e > i+1 {
			out = append(out, Mention{Start: t.Start, End: d.Tokens[e-1].End, TokStart: i, TokEnd: e, Type: graph.Event, Source: "event", Score: ScoreStrong})
		}
	}
	return out
}

// classNoun types a name after a lower-case class noun.
func (c *cueRecognizer) classNoun(d *Document, s Sentence, i int, a *cueToken, out []Mention) []Mention {
	t, lt := a.t, a.lt
	// A class noun in lower case before a name: "the militant group X".
	if !classNounsIx.of(t) {
		return out
	}
	if typ, ok := classNouns[lt]; ok && t.Text == lt && i+1 < s.TokEnd && d.Tokens[i+1].Cap() {
		if e := capRun(d, i+1, s.TokEnd); e > i+1 && !c.known(i+1, e) && !onlyRoleWords(d, i+1, e) {
			out = append(out, Mention{Start: d.Tokens[i+1].Start, End: d.Tokens[e-1].End, TokStart: i + 1, TokEnd: e, Type: typ, Source: "class", Score: ScoreHead})
		}
	}
	return out
}

// apposition reads a short name as a person from what follows it: a role
// in apposition, a reporting verb, or "of the" and a party.
func (c *cueRecognizer) apposition(d *Document, s Sentence, i int, out []Mention) []Mention {
	// A two- to four-word name followed by an apposition with a role
	// ("X, former foreign secretary"), a reporting verb ("X said") or
	// "of the" + a party ("X of the Labour Party").
	e := nameRun(d, i, s.TokEnd)
	if e-i >= 1 && e-i <= 4 && e < s.TokEnd && !c.isHeadline(d, s) && !c.known(i, e) && !orgNameTail(d, s, i) {
		n1 := low(d.Tokens[e])
		isPerson := reportingVerbs[n1] && e-i >= 2
		if n1 == "," && e+1 < s.TokEnd {
			// "X, (a|the) (T('s))? modifiers role": a lone surname needs
			// the holder T ("Jaishankar, India's foreign minister").
			k := e + 1
			if l := low(d.Tokens[k]); l == "a" || l == "the" || l == "an" {
				k++
			}
			holder := false
			if m, ok := c.typed[k]; ok && m.Type != graph.Person && m.Type != graph.Event {
				k = m.TokEnd
				holder = true
				if k < s.TokEnd && isPossessive(d.Tokens[k]) {
					k++
				}
			}
			for k < s.TokEnd && (low(d.Tokens[k]) == "a" || low(d.Tokens[k]) == "the" || roleModifiers[low(d.Tokens[k])]) && !roleNouns[low(d.Tokens[k])] {
				k++
			}
			isPerson = k < s.TokEnd && roleNouns[low(d.Tokens[k])] && (e-i >= 2 || holder)
		}
		if n1 == "of" && e+2 < s.TokEnd && low(d.Tokens[e+1]) == "the" {
			if m, ok := c.typed[e+2]; ok && m.Type == graph.Party {
				isPerson = true
			}
		}
		if isPerson {
			if m, ok := c.person(d, c.nameAfterLead(d, s, i, e), e, ScoreHead+0.5, ""); ok {
				out = append(out, m)
			}
		}
	}
	return out
}

// orgComplementHeads are the heads of organization names that take a
// complement: "Campaign for ...", "Institute of ...".
var orgComplementHeads = lexicon.Set("ner_org_heads")

// orgNameTail reports whether the name at token i completes an
// organization's name, "<Head> for|of|on|against (the) <name>": in "the
// Campaign for Safer Roads said" the name is the campaign's, not a
// person's.
func orgNameTail(d *Document, s Sentence, i int) bool {
	for i-2 > s.TokStart && d.Tokens[i-1].Text == "-" && capWord(d, i-2) {
		i -= 2 // "Tobacco-Free Kids"
	}
	k := i - 1
	if k > s.TokStart && low(d.Tokens[k]) == "the" {
		k--
	}
	if k <= s.TokStart {
		return false
	}
	switch low(d.Tokens[k]) {
	case "for", "of", "on", "against":
	default:
		return false
	}
	h := d.Tokens[k-1]
	return h.Cap() && orgComplementHeads[low(h)]
}

// listNouns are the plural nouns of "and other <noun>" that type a list.
var listNouns = typeMap("list_nouns")

// listItems returns the one-word capitalised items of the comma list that
// ends before token end ("A, B, C, and"), typed typ, skipping items the
// gazetteer already reads.
func (c *cueRecognizer) listItems(d *Document, s Sentence, end int, typ graph.Type) []Mention {
	var out []Mention
	k := end - 1
	if k >= s.TokStart && d.Tokens[k].Text == "," {
		k--
	}
	for k >= s.TokStart {
		t := d.Tokens[k]
		if !startsName(t) || nonNames[low(t)] {
			break
		}
		if _, ok := c.typed[k]; !ok && (k == s.TokStart || d.Tokens[k-1].Text == "," || low(d.Tokens[k-1]) == "and") {
			out = append(out, Mention{Start: t.Start, End: t.End, TokStart: k, TokEnd: k + 1, Type: typ, Source: "list", Score: ScoreHead})
		}
		if k-1 < s.TokStart || d.Tokens[k-1].Text != "," {
			break
		}
		k -= 2
	}
	return out
}

// capRun returns the end of a run of capitalised words starting at i,
// allowing function words and hyphens inside ("Line of Control",
// "Counter-Terrorism Committee", "Organization of Islamic Cooperation").
func capRun(d *Document, i, end int) int {
	j, last := i, i
	for j < end && j-i < 10 {
		t := d.Tokens[j]
		if j > i && t.Break {
			break
		}
		switch {
		case t.Word() && (t.Cap() || startsName(t)):
			j++
			last = j
		case j > i && isDash(t.Text) && !t.Space && j+1 < end && !d.Tokens[j+1].Space && d.Tokens[j+1].Word():
			j += 2
			last = j
		case j > i && functionWords[low(t)] && j+1 < end && d.Tokens[j+1].Cap():
			j++
		default:
			return last
		}
	}
	return last
}

// isHeadline reports whether a sentence is set in title case (most of its
// words capitalised), as headings and titles are; shape rules are not
// applied there.
func isHeadline(d *Document, s Sentence) bool {
	words, caps := 0, 0
	for k := s.TokStart; k < s.TokEnd; k++ {
		t := d.Tokens[k]
		if !t.Word() {
			continue
		}
		words++
		if t.Cap() {
			caps++
		} else if !titleSmallWords[low(t)] {
			return false // "X met Y in Z": title case would write "Met"
		}
	}
	return words >= 2 && words <= 16 && caps*10 >= words*8
}

// roleTitle returns the role phrase that ends at token i: the role noun and
// the capitalised or modifier words right before it ("Prime Minister",
// "External Affairs Minister").
func roleTitle(d *Document, s Sentence, i int) string {
	if honorifics[strings.TrimSuffix(low(d.Tokens[i]), ".")] {
		return ""
	}
	b := i
	for b > s.TokStart {
		p := d.Tokens[b-1]
		l := low(p)
		// "to" and the articles join a title to what it is of, never
		// open one: "sent to President Reagan" gives "President".
		if l == "former" || l == "the" || l == "and" || l == "of" || l == "to" || l == "a" || l == "an" || !p.Word() {
			break
		}
		if !roleModifiers[l] && !roleNouns[l] {
			break
		}
		if d.Tokens[i].Cap() && !p.Cap() {
			break // a capitalised title's words are capitalised: "force President Reagan to" gives "President"
		}
		b--
	}
	words := make([]string, 0, i-b+1)
	for k := b; k <= i; k++ {
		w := d.Tokens[k].Text
		words = append(words, strings.ToUpper(w[:1])+w[1:])
	}
	return strings.Join(words, " ")
}
