package main

import (
	"regexp"
	"slices"
	"strings"
	"unicode"

	gz "github.com/newsgraph/newsgraph/entities/gazetteer"
	"github.com/newsgraph/newsgraph/graph"
)

// leader is a head of state or government read from the Factbook.
type leader struct {
	role     string
	given    []string // given names before the surname, as written
	surname  []string // the run of capitalised words, normal-cased
	trailing []string // words after the surname ("Jinping", "da Silva")
	also     []string // "also spelled" forms
}

// name is the leader's full name in normal case.
func (l *leader) name() string {
	return strings.Join(slices.Concat(l.given, l.surname, l.trailing), " ")
}

// titleWords are the words of political titles, ranks and institutions
// that come before a name in the Factbook ("Prime Minister", "Gen.", "of
// the Council of Ministers"). Lower-case words are compared lower-cased.
var titleWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`president presidential vice prime minister ministers premier
		chancellor king queen emperor empress sultan amir emir prince princess crown grand duke
		duchess pope supreme leader chairman chairperson chairwoman chair acting interim
		transition transitional caretaker co-prince co-vice archbishop bishop sir dame dr. gen.
		general col. colonel capt. captain captains regent sr. lt. lieutenant marshal
		vice-marshal air field governor governor-general administrator commissioner mayor chief
		executive secretary state council commission assembly cabinet presidency government
		governorate confederation republic federation affairs foreign political defense armed
		forces commander commander-in-chief sovereign territorial island yuan people's taoiseach
		lord bailiff head monarch co-chiefs co-chief`) {
		titleWords[w] = true
	}
}

// romanRE matches regnal numbers ("III", "XIV").
var romanRE = regexp.MustCompile(`^[IVX]+$`)

// nameParticles may stand between the parts of a name in lower case.
var nameParticles = map[string]bool{
	"bin": true, "bint": true, "ibn": true, "ibni": true, "al": true, "el": true, "da": true, "de": true,
	"del": true, "della": true, "di": true, "do": true, "dos": true, "du": true, "e": true, "i": true,
	"la": true, "le": true, "van": true, "von": true, "der": true, "den": true, "y": true, "Jr.": true,
}

var nicknameRE = regexp.MustCompile(`"[^"]*"|“[^”]*”`)

// parseLeaders reads a Factbook "chief of state" or "head of government"
// text: "Prime Minister Muhammad Shehbaz SHARIF (since 3 March 2024)",
// "King CHARLES III (since 8 September 2022); represented by ...",
// "co-chiefs of state Captains Regent Matteo ROSSI and Lorenzo BUGLI".
// Representatives, notes and former holders are left out.
func parseLeaders(text string, countryWord func(string) bool) []leader {
	text = nicknameRE.ReplaceAllString(clean(text), " ")
	text = dropParens(text, false)
	var out []leader
	for i, clause := range strings.Split(text, ";") {
		clause = clean(clause)
		if i > 0 {
			if rest, ok := strings.CutPrefix(clause, "also spelled "); ok && len(out) > 0 {
				out[len(out)-1].also = append(out[len(out)-1].also, clean(rest))
				continue
			}
			rest, ok := strings.CutPrefix(clause, "and ")
			if !ok {
				continue
			}
			clause = rest
		}
		if j := strings.Index(clause, "represented by"); j >= 0 {
			clause = clean(clause[:j])
		}
		role := ""
		for _, part := range splitLeaderAnd(clause) {
			l, ok := parseLeader(part, countryWord)
			if !ok {
				continue
			}
			if l.role == "" {
				l.role = role
			}
			role = l.role
			out = append(out, l)
		}
	}
	return out
}

// splitLeaderAnd splits "A SURNAME and B SURNAME" into two; "Crown Prince
// and Prime Minister X" stays whole.
func splitLeaderAnd(s string) []string {
	left, right, ok := strings.Cut(s, " and ")
	if !ok || surnameAt(strings.Fields(left)) < 0 || surnameAt(strings.Fields(right)) < 0 {
		return []string{s}
	}
	return append([]string{left}, splitLeaderAnd(right)...)
}

// isCaps reports whether a word is written in capitals as the Factbook
// writes surnames: a hyphen or apostrophe part of two or more letters, all
// capitals ("SHARIF", "al-BURHAN", "Hoseini-KHAMENEI"). Initials ("J.M.")
// are not.
func isCaps(w string) bool {
	w = strings.TrimRight(w, ",")
	if strings.Contains(w, ".") {
		return false
	}
	for _, part := range strings.FieldsFunc(w, func(r rune) bool { return r == '-' || r == '\'' || r == '’' }) {
		letters, upper := 0, 0
		for _, r := range part {
			if unicode.IsLetter(r) {
				letters++
				if unicode.IsUpper(r) {
					upper++
				}
			}
		}
		if letters >= 2 && letters == upper {
			return true
		}
	}
	return false
}

// surnameAt is the index of the first capitalised surname word in words, or
// -1. A capitalised word followed by a title word is an abbreviation in
// the title ("CNSP Prime Minister ...").
func surnameAt(words []string) int {
	for i, w := range words {
		if isCaps(w) && !(i+1 < len(words) && titleWords[strings.ToLower(words[i+1])]) {
			return i
		}
	}
	return -1
}

// connectors join the words of a title ("President of the Government").
var connectors = map[string]bool{"of": true, "the": true, "for": true, "and": true}

// nameLike reports whether w can be part of a name: capitalised, or a
// lower-case prefix joined to a capitalised part ("d'Oliveira", "al-Ahmad").
func nameLike(w string) bool {
	if startsUpper(w) {
		return true
	}
	if i := strings.IndexAny(w, "-'’"); i > 0 {
		_, rest, _ := strings.Cut(w[i:], w[i:i+1])
		return startsUpper(strings.TrimLeft(rest, "-'’"))
	}
	return false
}

// parseLeader reads one "Title Given SURNAME trailing" phrase. countryWord
// reports words of the country's own names, which belong to the title.
func parseLeader(s string, countryWord func(string) bool) (leader, bool) {
	words := strings.Fields(s)
	at := surnameAt(words)
	if at < 0 {
		return leader{}, false
	}
	c := strings.TrimRight
	var l leader
	// Given names: name-like, non-title words just before the surname, not
	// after a connecting word of the title ("President of China XI
	// Jinping") and not a word of the country's names ("President of
	// French Polynesia Moetai BROTHERSON").
	start := at
	for start > 0 && at-start < 5 {
		w := c(words[start-1], ",")
		if titleWords[strings.ToLower(w)] || isCaps(w) || (startsUpper(w) && countryWord(w)) || !(nameLike(w) || nameParticles[w]) {
			break
		}
		if start >= 2 && connectors[strings.ToLower(words[start-2])] {
			break
		}
		start--
	}
	for start < at && nameParticles[words[start]] {
		start++ // a name does not start with "el" or "de"
	}
	for _, w := range words[start:at] {
		l.given = append(l.given, c(w, ","))
	}
	i := at
	for ; i < len(words) && isCaps(words[i]); i++ {
		w := c(words[i], ",")
		if romanRE.MatchString(w) && i > at {
			l.surname = append(l.surname, w)
			continue
		}
		l.surname = append(l.surname, normalCase(w))
	}
	for ; i < len(words); i++ {
		w := c(words[i], ",")
		switch {
		case romanRE.MatchString(w) || nameParticles[w]:
		case isCaps(w):
			w = normalCase(w)
		case !nameLike(w):
			i = len(words)
			continue
		}
		l.trailing = append(l.trailing, w)
	}
	// A trailing particle with nothing after it is not part of the name.
	for len(l.trailing) > 0 && nameParticles[l.trailing[len(l.trailing)-1]] && l.trailing[len(l.trailing)-1] != "Jr." {
		l.trailing = l.trailing[:len(l.trailing)-1]
	}
	var role []string
	for _, w := range words[:start] {
		if len(role) == 0 && !startsUpper(w) {
			continue // "co-chiefs of state", "overall"
		}
		role = append(role, c(w, ","))
	}
	for len(role) > 0 {
		last := strings.ToLower(role[len(role)-1])
		if last != "of" && last != "the" && last != "and" && !rankWords[last] {
			break
		}
		role = role[:len(role)-1]
	}
	l.role = strings.Join(role, " ")
	return l, true
}

// rankWords are honorifics and military ranks dropped from the end of a
// role ("Sultan and Prime Minister Sir" → "Sultan and Prime Minister").
var rankWords = map[string]bool{
	"sir": true, "dame": true, "dr.": true, "gen.": true, "general": true, "col.": true,
	"capt.": true, "sr.": true, "lt.": true, "archbishop": true,
}

// normalCase writes a capitalised word in normal case, part by part:
// "SHARIF" → "Sharif", "al-BURHAN" → "al-Burhan", "O'NEILL" → "O'Neill";
// after an apostrophe that follows more than one letter the word goes on
// in lower case ("TUIMALEALI'IFANO" → "Tuimaleali'ifano").
func normalCase(w string) string {
	var b strings.Builder
	up, run := true, 0
	for _, r := range w {
		switch {
		case r == '-':
			b.WriteRune(r)
			up, run = true, 0
			continue
		case r == '\'' || r == '’':
			b.WriteRune(r)
			up, run = run == 1, 0
			continue
		case up:
			b.WriteRune(unicode.ToUpper(r))
			up = false
		default:
			b.WriteRune(unicode.ToLower(r))
		}
		run++
	}
	// Keep a lower-case prefix part as written ("al-BURHAN").
	if i := strings.IndexByte(w, '-'); i > 0 && w[:i] == strings.ToLower(w[:i]) {
		return w[:i] + b.String()[i:]
	}
	return b.String()
}

// personBuilders makes an entry for every head of state and of government
// in the Factbook. A person listed for several countries (a monarch of
// several realms, a president who is also co-prince of Andorra) gets one
// entry, for the most populous of them; a head of state who also heads the
// government keeps the head-of-state role.
func personBuilders(w *world) []*builder {
	type found struct {
		l   leader
		cc  string
		pop int
	}
	best := make(map[string]found)
	var order []string
	for _, fb := range w.factbook {
		c := w.byCCA2[fb.ISO]
		pop := 0
		tokens := make(map[string]bool)
		if c != nil {
			pop = c.b.Population
			for k := range c.words {
				for _, t := range strings.Fields(k) {
					tokens[t] = true
				}
			}
		}
		countryWord := func(w string) bool { return tokens[gz.Key(w)] }
		for i, text := range []string{fb.ChiefOfState, fb.HeadGov} {
			for _, l := range parseLeaders(text, countryWord) {
				if l.role == "" {
					l.role = []string{"Head of State", "Head of Government"}[i]
				}
				k := gz.Key(l.name())
				if f, ok := best[k]; ok && f.pop >= pop {
					continue
				} else if !ok {
					order = append(order, k)
				}
				best[k] = found{l, fb.ISO, pop}
			}
		}
	}
	var out []*builder
	for _, k := range order {
		f := best[k]
		out = append(out, leaderBuilder(f.l, f.cc))
	}
	return out
}

func leaderBuilder(l leader, cc string) *builder {
	name := l.name()
	b := newBuilder(gz.Entry{ID: "person:" + cc + ":" + slug(name), Name: name, Type: graph.Person, Country: cc, Role: l.role})
	surname := strings.Join(l.surname, " ")
	// Without initials ("Donald J. Trump" → "Donald Trump") the name is
	// still the name.
	var plain []string
	for _, g := range l.given {
		if !(len([]rune(g)) <= 3 && strings.HasSuffix(g, ".")) {
			plain = append(plain, g)
		}
	}
	b.add(strings.Join(slices.Concat(plain, l.surname, l.trailing), " "), gz.KindName)
	b.addAll(gz.KindName, l.also...)
	// A one-word name ("Philippe", a monarch's) is also a common given name.
	for _, a := range slices.Clone(b.Aliases) {
		if !strings.Contains(gz.Key(a.Text), " ") {
			b.demote(gz.Key(a.Text))
		}
	}
	if len(plain) > 0 {
		b.add(plain[0]+" "+surname, gz.KindDerived)
		b.add(plain[len(plain)-1]+" "+surname, gz.KindDerived)
	}
	if len(l.trailing) > 0 {
		b.add(surname+" "+strings.Join(l.trailing, " "), gz.KindDerived)
	}
	b.add(surname, gz.KindDerived)
	// "al-Sudani" is also written "Sudani".
	for _, p := range []string{"al-", "el-", "Al-", "El-"} {
		if bare, ok := strings.CutPrefix(surname, p); ok {
			b.add(bare, gz.KindDerived)
		}
	}
	return b
}
