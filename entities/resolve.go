package entities

import (
	"slices"
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph/entities/gazetteer"
	"github.com/newsgraph/newsgraph/graph"
)

// group collects the mentions of one entity while an article is resolved.
type group struct {
	ent    *Entity
	key    string         // type + name key, for non-person entities
	forms  map[string]int // surface form → count
	sample []Mention
	typed  bool // a person named by a role, a title or a gazetteer, not by wording alone
	// sex is a person's gender ("m", "f") as the article's honorifics
	// give it, or ""; sexApart marks a short form's group kept apart from
	// a full name of the other gender (resolve_gender.go).
	sex      string
	sexApart bool
	// initial is the first-name initial of a person named only by an
	// initial and surname ("S. Lowe" → "s"), or "".
	initial string
	team    bool // a team of the article's sport (a mention from the teams stage)
	// titled holds a person's forms with the title before them ("Mr
	// Blair", "Gen. Qasem Soleimani") and with the credentials after them
	// ("Jane Doe, M.D."), kept as aliases only.
	titled map[string]bool
	// apart marks a lone name word kept apart from the fuller name of the
	// article that holds it (resolve_lone.go).
	apart bool
}

// personWords returns a person mention's name words as keys, honorifics
// and single-letter initials dropped: "Syed Tariq Fatemi" → tariq fatemi,
// "S. Jaishankar" → jaishankar.
func personWords(d *Document, m Mention) []string {
	var w []string
	for k := m.TokStart; k < m.TokEnd; k++ {
		t := d.Tokens[k]
		if !t.Word() || nameParticles[low(t)] {
			continue
		}
		key := gazetteer.Key(t.Text)
		if honorifics[key] || len([]rune(key)) <= 1 {
			continue
		}
		w = append(w, strings.Fields(key)...)
	}
	return w
}

// personInitial returns the initial a person mention gives for the first
// name ("S. Lowe" → "s"), or "" when it spells the first name out. Callers
// check that the name has words besides (personWords).
func personInitial(d *Document, m Mention) string {
	for k := m.TokStart; k < m.TokEnd; k++ {
		t := d.Tokens[k]
		if !t.Word() || nameParticles[low(t)] {
			continue
		}
		key := gazetteer.Key(t.Text)
		if honorifics[key] {
			continue
		}
		if r := []rune(key); len(r) == 1 && unicode.IsLetter(r[0]) {
			return key
		}
		return ""
	}
	return ""
}

// initialFits reports whether a person mention that gives the first name
// as initial (or none, "") may join group g: an initial joins a group of
// that initial or a full name whose first name starts with it, never the
// group of another initial ("M. Lowe" is not "S. Lowe").
func initialFits(initial string, g *group) bool {
	if initial == "" || g.initial == initial {
		return true
	}
	w := g.ent.Words
	return g.initial == "" && len(w) >= 2 && strings.HasPrefix(w[0], initial)
}

// entryNames reports whether a person of name words w may be gazetteer
// person entry e: w are words of e's name, in order. A surname alone
// links to an entry ("Lowe" to Sara Lowe's); joining the fuller name of
// another person ("Tom Lowe ... Lowe"), it does not carry the entry there.
func entryNames(e *gazetteer.Entry, w []string) bool {
	return e.Type != graph.Person || isSubsequence(w, strings.Fields(gazetteer.Key(e.Name)))
}

// isSubsequence reports whether every word of a appears in b, in order.
func isSubsequence(a, b []string) bool {
	i := 0
	for _, w := range b {
		if i < len(a) && a[i] == w {
			i++
		}
	}
	return i == len(a)
}

// eventName names an event mention without its modifiers: "the April 22
// Pahalgam terror attack" → "Pahalgam attack", but "the 20th annual
// meeting of Y" stays whole.
func eventName(d *Document, m Mention) string {
	if n, ok := verbEventName(d, m); ok { // events_deal_bought.go
		return n
	}
	if n, ok := mergerEventName(d, m); ok { // events_deal_merged.go
		return n
	}
	if n, ok := legalVerbEventName(d, m); ok { // events_legal.go
		return n
	}
	if n, ok := agreedEventName(d, m); ok { // events_corp_agreed.go
		return n
	}
	if n, ok := meetEventName(d, m); ok { // events_meet_verb.go
		return n
	}
	if n, ok := verbalEventName(d, m); ok { // events_verbal.go
		return n
	}
	var words []string
	for k := m.TokStart; k < m.TokEnd; k++ {
		t := d.Tokens[k]
		l := low(t)
		// An ordinal keeps the modifier after it: "the 20th annual
		// meeting" names one meeting of a series; so does a hyphen
		// ("semi-annual" stays whole, not "semi-").
		if eventModifiers[l] && k > m.TokStart && !isOrdinal(low(d.Tokens[k-1])) && !(isDash(d.Tokens[k-1].Text) && !t.Space) {
			continue
		}
		w := t.Text
		if k == m.TokEnd-1 && eventHeads[l] && strings.HasSuffix(l, "s") && !strings.HasSuffix(l, "is") && !strings.HasSuffix(l, "ss") && l != "talks" && l != "floods" && l != "riots" && l != "elections" {
			w = strings.TrimSuffix(w, "s")
		}
		if len(words) > 0 && t.Space {
			words = append(words, " "+w)
		} else {
			words = append(words, w)
		}
	}
	return strings.Join(words, "")
}

// resolve groups an article's mentions into entities: gazetteer mentions
// by entry; people by name, a shorter form joining the one full name that
// contains it; everything else by type and name, a shorter form joining
// the one longer name it ends ("Security Council" → "UN Security
// Council"), and defined acronyms joining their long form.
func resolve(d *Document, mentions []Mention, acr []Acronym, gz *gazetteer.Gazetteer) *Extraction {
	r := &resolver{d: d, byKey: map[string]*group{}}
	// People first, longest names first, so that short forms find the full
	// name they belong to.
	persons := 0
	for _, m := range mentions {
		if m.Type == graph.Person {
			persons++
		}
	}
	people, rest := mentionsFor(persons), mentionsFor(len(mentions)-persons)
	for _, m := range mentions {
		if m.Type == graph.Person {
			people = append(people, m)
		} else {
			rest = append(rest, m)
		}
	}
	r.people(people)
	r.others(rest, acr)
	return r.extraction()
}

// resolver holds the groups of mentions of an article being resolved.
type resolver struct {
	d      *Document
	groups []*group
	byKey  map[string]*group
	keys   map[string]string // gazetteer.Key of the groups' forms, as computed
}

// formKey returns gazetteer.Key(f), computed once per form.
func (r *resolver) formKey(f string) string {
	k, ok := r.keys[f]
	if !ok {
		if r.keys == nil {
			r.keys = map[string]string{}
		}
		k = gazetteer.Key(f)
		r.keys[f] = k
	}
	return k
}

// add puts mention m, written form, into group g.
func (r *resolver) add(g *group, m Mention, form string) {
	g.ent.Mentions = append(g.ent.Mentions, graph.Span{Start: m.Start, End: m.End})
	g.forms[form]++
	g.sample = append(g.sample, m)
	if m.Role != "" && !slices.Contains(g.ent.Roles, m.Role) {
		g.ent.Roles = append(g.ent.Roles, m.Role)
	}
	if m.Source == teamSource {
		g.team = true
	}
	if m.Source == descEventSource {
		markUnnamed(g.ent) // events_unnamed.go
	}
	if m.Type == graph.Person && (m.Source != "cue" || m.Score >= ScoreStrong || m.Role != "") {
		g.typed = true
	}
}

// modelOnly reports whether every mention of g comes from the trained
// recognizer, with no gazetteer entry, cue or rule behind its type.
func (g *group) modelOnly() bool {
	for _, m := range g.sample {
		if m.Source != "model" {
			return false
		}
	}
	return len(g.sample) > 0
}

// newGroup starts a group for entity e, found by key unless key is "".
func (r *resolver) newGroup(key string, e *Entity) *group {
	g := &group{ent: e, key: key, forms: map[string]int{}}
	r.groups = append(r.groups, g)
	if key != "" {
		r.byKey[key] = g
	}
	return g
}

// people groups the mentions of people, a short form joining the one
// longer name that contains it.
func (r *resolver) people(people []Mention) {
	d := r.d
	// Each mention's name words and initial, worked out once.
	type person struct {
		m       Mention
		w       []string
		initial string
	}
	ps := make([]person, 0, len(people))
	for _, m := range people {
		if w := personWords(d, m); len(w) > 0 {
			ps = append(ps, person{m, w, personInitial(d, m)})
		}
	}
	// Longest first, and of names of one length an initial and surname
	// before the bare surname, which then joins it.
	slices.SortStableFunc(ps, func(a, b person) int {
		if n := len(b.w) - len(a.w); n != 0 {
			return n
		}
		return len(b.initial) - len(a.initial)
	})
	var pairs []namePair
	var counts map[string]*[2]int
	if len(ps) >= 2 && len(ps[0].w) >= 2 && len(ps[len(ps)-1].w) == 1 { // sorted longest first
		var lone, full []Mention
		var loneWords []string
		for _, p := range ps {
			if len(p.w) == 1 {
				lone, loneWords = append(lone, p.m), append(loneWords, p.w[0])
			} else {
				full = append(full, p.m)
			}
		}
		pairs = namePairs(d, lone, loneWords, full)
		counts = loneSexCounts(d, lone, loneWords) // resolve_gender.go
	}
	var persons []*group
	for _, p := range ps {
		m, w, initial := p.m, p.w, p.initial
		var found []*group
		for _, g := range persons {
			if m.Entry != nil && g.ent.Entry == m.Entry || isSubsequence(w, g.ent.Words) && initialFits(initial, g) {
				found = append(found, g)
			}
		}
		apart, sexApart, sex := false, false, honorificSex(d, m)
		if len(w) == 1 && len(found) > 0 {
			found, sexApart = sexFound(found, w[0], sex, counts) // resolve_gender.go
			found, apart = r.loneFound(m, w[0], found, pairs)    // resolve_lone.go
		}
		if len(found) > 1 && len(w) == 1 {
			// A lone word matching several people: prefer the one whose
			// surname it is.
			found = slices.DeleteFunc(found, func(g *group) bool { return g.ent.Surname() != w[0] })
		}
		var g *group
		if len(found) == 1 {
			g = found[0]
		} else {
			g = r.newGroup("", &Entity{Type: graph.Person, Entry: m.Entry, Words: w})
			g.initial = initial
			g.apart = apart || sexApart
			g.sexApart = sexApart
			persons = append(persons, g)
		}
		if g.sex == "" {
			g.sex = sex
		}
		if g.ent.Entry == nil && m.Entry != nil && entryNames(m.Entry, g.ent.Words) {
			g.ent.Entry = m.Entry
		}
		r.add(g, m, surface(d, m))
		forms := titledForms(d, m)
		if f := degreedForm(d, m); f != "" {
			forms = append(forms, f) // "Jane Doe, M.D." (degrees.go)
		}
		for _, t := range forms {
			if g.titled == nil {
				g.titled = map[string]bool{}
			}
			g.titled[t] = true
		}
	}
	// A person named only by initial and surname keeps the initial as the
	// first name word, so that linking tells "S. Lowe" from "M. Lowe" and
	// finds the one full name it abbreviates.
	for _, g := range persons {
		if g.initial != "" && len(g.ent.Words) == 1 {
			g.ent.Words = []string{g.initial, g.ent.Words[0]}
		}
	}
}

// others groups the mentions of everything but people, longest first so
// short forms can join long ones; acronyms defined for a mention join its
// group.
func (r *resolver) others(rest []Mention, acr []Acronym) {
	d := r.d
	slices.SortStableFunc(rest, func(a, b Mention) int { return (b.End - b.Start) - (a.End - a.Start) })
	abbrOf := map[string]string{} // abbreviation → group key
	for _, m := range rest {
		form := surface(d, m)
		short := ""
		if m.Type == graph.Event && (m.Source == "event" || m.Source == descEventSource) {
			form = eventName(d, m)
			if m.Source == descEventSource {
				if c := eventComplement(d, m); c != "" { // events_nominal.go
					short, form = form, form+" "+c
				}
			}
		}
		var key, fk string
		if m.Entry != nil {
			key = "gaz:" + m.Entry.ID
		} else {
			fk = gazetteer.Key(form)
			key = string(m.Type) + ":" + fk
		}
		g := r.byKey[key]
		if g == nil && m.Entry == nil {
			if k, ok := abbrOf[form]; ok {
				g = r.byKey[k]
			}
		}
		if g == nil && m.Entry == nil && m.Source != descEventSource { // "trial" is not the "Acme trial" named
			g = r.suffixGroup(m.Type, fk)
			if g != nil && m.Source == teamSource && g.team && directionOf(g, fk) {
				g = nil
			}
		}
		if g == nil && m.Entry == nil && m.Type == graph.Organization {
			g = r.companyGroup(fk)
		}
		if g == nil {
			g = r.newGroup(key, &Entity{Type: m.Type, Entry: m.Entry})
		}
		r.add(g, m, form)
		if short != "" {
			g.forms[short] += 0 // the head phrase alone stays a form: "the sale" later
		}
		for _, a := range acr {
			if a.Of.Start == m.Start && a.Of.End == m.End {
				if !slices.Contains(g.ent.Acronyms, a.Abbr) {
					g.ent.Acronyms = append(g.ent.Acronyms, a.Abbr)
				}
				abbrOf[a.Abbr] = key
			}
		}
	}

}

// extraction names the groups' entities and returns them in text order.
func (r *resolver) extraction() *Extraction {
	ex := &Extraction{}
	sport := onceSport(r.d)
	for _, g := range r.groups {
		e := g.ent
		e.Name = bestForm(g.forms)
		if g.team && e.Type == graph.Organization && e.Entry == nil || townTeam(e) {
			s, news := sport()
			setTeamAttrs(e, s, news, g.team) // teamattrs.go
		}
		if e.Type == graph.Organization && e.Entry == nil {
			leagueClubNames(e, g.forms) // leagueclubs.go
		}
		if e.Type == graph.Person {
			e.Name = spelledOut(e.Name, g.forms)
			if len(e.Words) >= 2 {
				markRelative(r.d, g) // relatives.go
			}
			_, news := sport()
			markSportsNews(e, news) // sportsnews.go
		}
		if e.Entry != nil {
			e.Name = e.Entry.Name
			if e.Entry.Type != e.Type && e.Type != graph.Person {
				e.Type = e.Entry.Type
			}
		}
		for f := range g.forms {
			e.Aliases = append(e.Aliases, f)
		}
		e.Aliases = append(e.Aliases, e.Acronyms...)
		for t := range g.titled {
			// "Mr Blair" beside "Tony Blair" is how the article names
			// him after the first mention, so the node carries it. It is
			// an alias of every Blair the store holds; doctor does not
			// take such a shared title and surname for a duplicate
			// (graph/doctor titledSurname), and linking reads a person's
			// name words, which drop the title.
			e.Aliases = append(e.Aliases, t)
		}
		slices.Sort(e.Aliases)
		e.Aliases = slices.Compact(e.Aliases)
		slices.SortFunc(e.Mentions, func(a, b graph.Span) int { return a.Start - b.Start })
		if e.Type == graph.Person && len(e.Words) == 0 {
			continue
		}
		e.WeakType = e.Type == graph.Person && !g.typed || e.Entry == nil && g.modelOnly() && !r.regionAfterPlace(g) || modelTown(r.d, e, g)
		ex.Entities = append(ex.Entities, e)
	}
	companyWordsWeak(ex.Entities) // relatives.go
	// Order entities by first mention, for stable output.
	slices.SortStableFunc(ex.Entities, func(a, b *Entity) int {
		return firstStart(a) - firstStart(b)
	})
	return ex
}

func firstStart(e *Entity) int {
	if len(e.Mentions) == 0 {
		return 1 << 62
	}
	return e.Mentions[0].Start
}
