package entities

import (
	"slices"
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph/entities/gazetteer"
	"github.com/newsgraph/newsgraph/graph"
)

// Entity is an entity of one article: its mentions resolved to one thing.
type Entity struct {
	Name string
	Type graph.Type
	// Entry is the gazetteer entry the entity is, or nil.
	Entry *gazetteer.Entry
	// Aliases are the surface forms seen, including Name.
	Aliases []string
	// Mentions are the spans naming it, in text order. An entity added
	// only to carry a relation (a capital's country) has none.
	Mentions []graph.Span
	// Implied marks an entity the article concerns without naming it: the
	// country of a place it names, or of its dateline. Linking records the
	// article as mentioning it, with no spans.
	Implied bool
	// Words are a person's name words as keys, honorifics dropped
	// ("bilawal", "bhutto", "zardari"); nil for other types.
	Words []string
	// Roles are the role titles that introduced a person.
	Roles []string
	// Acronyms are abbreviations defined for the entity in the text.
	Acronyms []string
	// WeakType marks a person typed only by the wording around the name
	// ("X Y said"); linking lets a stored organization of the same name
	// claim it ("Wells Fargo said").
	WeakType bool
	// Attrs are facts read from the text, such as an event's "date"
	// (ISO 8601); nil when there are none.
	Attrs map[string]string
}

// Surname returns a person's last name word (as a key), or "".
func (e *Entity) Surname() string {
	if len(e.Words) == 0 {
		return ""
	}
	return e.Words[len(e.Words)-1]
}

// Relation links two entities of an extraction by index.
type Relation struct {
	From, To  int
	Kind      graph.Kind
	Sentences []graph.Span
	// Confidence in (0, 1] says how sure the pattern that found the
	// relation is; 0 means certain (1).
	Confidence float64
	// Attrs holds the relation's attributes ("role", "date"), or nil.
	Attrs map[string]string
}

// Extraction is what one article yields.
type Extraction struct {
	Entities  []*Entity
	Relations []Relation
}

// Extractor finds entities and relations in article text. It is safe for
// concurrent use.
type Extractor struct {
	gz          *gazetteer.Gazetteer
	recognizers []Recognizer
}

// Option configures an Extractor.
type Option func(*Extractor)

// WithRecognizer adds a recognizer whose mentions compete with the
// gazetteer's and the rules'. This is where a trained model plugs in.
func WithRecognizer(r Recognizer) Option {
	return func(x *Extractor) { x.recognizers = append(x.recognizers, r) }
}

// WithGazetteer replaces the embedded gazetteer.
func WithGazetteer(g *gazetteer.Gazetteer) Option {
	return func(x *Extractor) { x.gz = g }
}

// New returns an Extractor using the embedded gazetteer and the built-in
// rules, plus any options.
func New(opts ...Option) *Extractor {
	x := &Extractor{}
	for _, o := range opts {
		o(x)
	}
	if x.gz == nil {
		x.gz = gazetteer.Default()
	}
	return x
}

// Gazetteer returns the gazetteer the extractor uses.
func (x *Extractor) Gazetteer() *gazetteer.Gazetteer { return x.gz }

// ArticleInfo is what the extractor may know about an article besides its
// text.
type ArticleInfo struct {
	// Date is the article's date, ISO 8601 ("2025-05-18"), or "". Dates in
	// the text that omit the year ("on May 7") take it from here.
	Date string
	// Place is the article's dateline place ("ISLAMABAD"), or "". A place
	// the gazetteer knows joins the extraction as implied, with its
	// country.
	Place string
}

// Extract finds the entities and relations of one article's cleaned text.
func (x *Extractor) Extract(text string) *Extraction {
	return x.ExtractDocument(Segment(text), ArticleInfo{})
}

// ExtractArticle is Extract with the article's date and dateline.
func (x *Extractor) ExtractArticle(text string, info ArticleInfo) *Extraction {
	return x.ExtractDocument(Segment(text), info)
}

// ExtractDocument is ExtractArticle for an already segmented document.
func (x *Extractor) ExtractDocument(d *Document, info ArticleInfo) *Extraction {
	keys := tokenKeys(d)
	spans := gazSpans(d, keys, x.gz)
	ctx := &context{countries: countryMentions(d, spans)}
	gazMentions := gazetteerMentions(d, spans, ctx)

	cands := append([]Mention(nil), gazMentions...)
	cands = append(cands, newCueRecognizer(selectMentions(append([]Mention(nil), gazMentions...))).Recognize(d)...)
	for _, r := range x.recognizers {
		cands = append(cands, vetModelMentions(d, r.Recognize(d), x.gz)...)
	}
	var events, others []Mention
	for _, m := range cands {
		if m.Type == graph.Event {
			events = append(events, m)
		} else {
			others = append(others, m)
		}
	}
	selected := selectMentions(others)
	selected = splitAllCompanies(d, selected)
	selected = dropNameFragments(d, selected)
	selected = companyPrefixes(d, selected)
	selected = controlledPlaces(d, selected)
	selected = capitalsForGovernments(d, selected, x.gz)
	selected, acr := acronyms(d, selected)
	selected = repeats(d, keys, selected, acr)
	events = append(events, placeEvents(d, selected)...)
	events = selectMentions(events)

	ex := resolve(d, append(selected, events...), acr, x.gz)
	socialHandles(d, ex)
	relate(d, ex, x.gz, info)
	dateline(ex, x.gz, info.Place)
	return ex
}

// dateline adds the article's dateline place, when the gazetteer knows it
// as a country or a city, and the place's country, as implied entities.
func dateline(ex *Extraction, gz *gazetteer.Gazetteer, place string) {
	if place == "" {
		return
	}
	var entry *gazetteer.Entry
	for _, m := range gz.Find(place) {
		if m.Alias.Weak() || m.Alias.Kind == gazetteer.KindCode {
			continue
		}
		if m.Entry.Type == graph.Country || m.Entry.Type == graph.Place && m.Entry.Country != "" {
			entry = m.Entry
			break
		}
	}
	if entry == nil {
		return
	}
	ex.entityFor(entry)
	if entry.Type == graph.Place {
		if c := gz.CountryByCode(entry.Country); c != nil {
			ex.entityFor(c)
		}
	}
}

// vetModelMentions checks a recognizer's mentions against what the rules
// know: none in a headline-cased line ("Pakistan's Mixed Fortunes"), none
// that is a lone function word ("Fourthly"), and a name the gazetteer
// knows takes the gazetteer's type ("UN" is an organization).
func vetModelMentions(d *Document, ms []Mention, gz *gazetteer.Gazetteer) []Mention {
	out := ms[:0]
	for _, m := range ms {
		si := sentenceOf(d, m.Start)
		if si >= 0 && isHeadline(d, d.Sentences[si]) {
			continue
		}
		if m.TokEnd-m.TokStart == 1 && (nonNames[low(d.Tokens[m.TokStart])] || roleNouns[low(d.Tokens[m.TokStart])]) {
			continue
		}
		// "a Reuter survey", "the Smith report": a lone name after an
		// article modifies a noun; it is not a person.
		if m.Type == graph.Person && m.TokEnd-m.TokStart == 1 && m.TokStart > 0 {
			switch low(d.Tokens[m.TokStart-1]) {
			case "a", "an", "the":
				continue
			}
		}
		if m.Entry == nil && m.Type != graph.Person && m.Type != graph.Event {
			text := d.Text[m.Start:m.End]
			for _, g := range gz.Find(text) {
				if g.Alias.Weak() || !caseFits(g.Alias, text) || allCaps(text) && !allCaps(g.Alias.Text) {
					continue // "SEC" is not the town of Seč
				}
				m.Type, m.Entry = g.Entry.Type, g.Entry
				break
			}
		}
		out = append(out, m)
	}
	return out
}

// splitAllCompanies splits every organization mention that joins two
// company names ("Wood Gundy Inc and First Marathon Securities Ltd").
func splitAllCompanies(d *Document, ms []Mention) []Mention {
	var out []Mention
	for _, m := range ms {
		if parts := splitCompanies(d, m); m.Type == graph.Organization && len(parts) > 1 {
			out = append(out, parts...)
			continue
		}
		out = append(out, m)
	}
	return out
}

// splitCompanies splits an organization mention at an "and" that follows
// a corporate word ("Inc", "Ltd", "Corp"), or returns nil.
func splitCompanies(d *Document, m Mention) []Mention {
	var parts []Mention
	start := m.TokStart
	for k := m.TokStart + 1; k+1 < m.TokEnd; k++ {
		if low(d.Tokens[k]) != "and" || !corporateWords[strings.TrimSuffix(low(d.Tokens[k-1]), ".")] || low(d.Tokens[k-1]) == "and" {
			continue
		}
		p := m
		p.TokStart, p.TokEnd = start, k
		p.Start, p.End = d.Tokens[start].Start, d.Tokens[k-1].End
		parts = append(parts, p)
		start = k + 1
	}
	if len(parts) == 0 {
		return nil
	}
	p := m
	p.TokStart, p.Start = start, d.Tokens[start].Start
	return append(parts, p)
}

// socialHandles adds to a person or organization the social-media handle
// written right after one of its mentions: "Shashi Tharoor
// (@ShashiTharoor)" or "Shashi Tharoor @ShashiTharoor".
func socialHandles(d *Document, ex *Extraction) {
	if !strings.Contains(d.Text, "@") {
		return
	}
	tokAt := make(map[int]int, len(d.Tokens))
	for i, t := range d.Tokens {
		tokAt[t.End] = i + 1
	}
	for _, e := range ex.Entities {
		if e.Type != graph.Person && e.Type != graph.Organization && e.Type != graph.Party {
			continue
		}
		for _, sp := range e.Mentions {
			k, ok := tokAt[sp.End]
			if !ok {
				continue
			}
			if k < len(d.Tokens) && d.Tokens[k].Text == "(" {
				k++
			}
			if k+1 < len(d.Tokens) && d.Tokens[k].Text == "@" && !d.Tokens[k+1].Space && d.Tokens[k+1].Word() {
				h := "@" + d.Tokens[k+1].Text
				if !slices.Contains(e.Aliases, h) {
					e.Aliases = append(e.Aliases, h)
				}
			}
		}
	}
}

// governmentVerbs, after a capital, make it stand for its government
// ("Islamabad accused ...").
var governmentVerbs = setOf("accused", "accuses", "rejected", "rejects", "denied", "denies", "blamed",
	"blames", "condemned", "condemns", "responded", "responds", "retaliated", "maintains", "maintained",
	"sought", "seeks", "welcomed", "welcomes", "protested", "summoned", "expelled", "vowed", "threatened",
	"demanded", "demands", "urged", "urges", "called", "calls", "hit", "refused", "refuses", "agreed",
	"agrees", "decided", "believes", "believed", "wants", "wanted", "insists", "signalled", "signaled")

// governmentNouns, after a capital's possessive, make it stand for its
// government ("New Delhi's stance").
var governmentNouns = setOf("stance", "position", "decision", "response", "view", "views", "policy",
	"move", "claim", "claims", "narrative", "reaction", "allegations", "allegation", "efforts", "role",
	"ties", "relations", "demand", "demands", "offer", "refusal", "approach", "outreach", "diplomacy",
	"message", "concerns", "objections", "accusations", "actions", "strategy", "line", "version")

// capitalsForGovernments reads a capital that acts or holds a position as
// its country ("Islamabad said", "New Delhi's stance"): the mention then
// names the country.
func capitalsForGovernments(d *Document, ms []Mention, gz *gazetteer.Gazetteer) []Mention {
	for i, m := range ms {
		if m.Entry == nil || !m.Entry.Capital || m.Entry.Country == "" || m.TokEnd >= len(d.Tokens) {
			continue
		}
		next := d.Tokens[m.TokEnd]
		l := low(next)
		acts := reportingVerbs[l] || governmentVerbs[l]
		if isPossessive(next) && m.TokEnd+1 < len(d.Tokens) {
			acts = governmentNouns[low(d.Tokens[m.TokEnd+1])]
		}
		if !acts {
			continue
		}
		if c := gz.CountryByCode(m.Entry.Country); c != nil {
			ms[i].Entry, ms[i].Type = c, c.Type
		}
	}
	return ms
}

// companyPrefixes retypes a person guessed from the wording alone ("X Y
// said") whose name opens an organization's name in the same article
// ("Merrill Lynch said" beside "Merrill Lynch and Co Inc").
func companyPrefixes(d *Document, ms []Mention) []Mention {
	var orgs []string
	for _, m := range ms {
		if m.Type == graph.Organization {
			orgs = append(orgs, strings.ToLower(surface(d, m)))
		}
	}
	if len(orgs) == 0 {
		return ms
	}
	for i, m := range ms {
		if m.Type != graph.Person || m.Score >= ScoreStrong || m.Role != "" {
			continue
		}
		name := strings.ToLower(surface(d, m)) + " "
		for _, o := range orgs {
			if strings.HasPrefix(o, name) {
				ms[i].Type = graph.Organization
				break
			}
		}
	}
	return ms
}

// acronymDef is an abbreviation defined in the text for a mention's
// entity: "Organization of Islamic Cooperation (OIC)".
type acronymDef struct {
	abbr string
	of   Mention
}

// initials spells the capitals of the words of tokens [i, j), skipping
// function words: "Line of Control" → "LC", "Jaish-e-Mohammed" → "JEM".
func initials(d *Document, i, j int) string {
	var b strings.Builder
	for k := i; k < j; k++ {
		t := d.Tokens[k]
		if !t.Word() || functionWords[low(t)] && !t.Cap() {
			continue
		}
		for _, part := range strings.FieldsFunc(t.Text, func(r rune) bool { return r == '.' }) {
			r := []rune(part)
			if unicode.IsDigit(r[0]) {
				b.WriteString(part)
			} else {
				b.WriteRune(unicode.ToUpper(r[0]))
			}
		}
	}
	return b.String()
}

// acronymLetters reduces an abbreviation to the capitals it spells:
// "LoC" → "LC", "DGMOs" → "DGMO", "JD(U)" → "JDU".
func acronymLetters(s string) string {
	s = strings.TrimSuffix(s, "s")
	var b strings.Builder
	for _, r := range s {
		if unicode.IsUpper(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// isAcronymToken reports whether a token can be an abbreviation: at least
// two capitals and nothing but letters and digits.
func isAcronymToken(t Token) bool {
	caps := 0
	for _, r := range t.Text {
		switch {
		case unicode.IsUpper(r):
			caps++
		case unicode.IsLetter(r) || unicode.IsDigit(r):
		default:
			return false
		}
	}
	return caps >= 2
}

// acronyms finds "Long Form (ABBR)" definitions. When the long form is a
// selected mention the abbreviation becomes its alias; otherwise, when the
// long form is a capitalised phrase whose head noun types it, it becomes a
// new mention.
func acronyms(d *Document, selected []Mention) ([]Mention, []acronymDef) {
	var defs []acronymDef
	byEnd := map[int]int{}
	for i, m := range selected {
		byEnd[m.TokEnd] = i
	}
	for i := 1; i+2 < len(d.Tokens); i++ {
		if d.Tokens[i].Text != "(" || d.Tokens[i+2].Text != ")" || !isAcronymToken(d.Tokens[i+1]) {
			continue
		}
		abbr := d.Tokens[i+1].Text
		letters := acronymLetters(abbr)
		if k, ok := byEnd[i]; ok {
			m := selected[k]
			if initials(d, m.TokStart, m.TokEnd) == letters || strings.HasPrefix(initials(d, m.TokStart, m.TokEnd), letters) || m.Entry != nil && m.Type != graph.Person {
				defs = append(defs, acronymDef{abbr: abbr, of: m})
			}
			continue
		}
		// Find the shortest capitalised phrase before "(" spelling it.
		for b := i - 1; b >= 0 && b >= i-10; b-- {
			if !d.Tokens[b].Cap() && !functionWords[low(d.Tokens[b])] && !isDash(d.Tokens[b].Text) {
				break
			}
			if !d.Tokens[b].Cap() || initials(d, b, i) != letters {
				continue
			}
			typ, ok := headType(d, b, i)
			if !ok || overlapsAny(selected, d.Tokens[b].Start, d.Tokens[i-1].End) {
				break
			}
			m := Mention{Start: d.Tokens[b].Start, End: d.Tokens[i-1].End, TokStart: b, TokEnd: i, Type: typ, Source: "acronym", Score: ScoreHead}
			selected = append(selected, m)
			defs = append(defs, acronymDef{abbr: abbr, of: m})
			break
		}
	}
	return selectMentions(selected), defs
}

func overlapsAny(ms []Mention, start, end int) bool {
	for _, m := range ms {
		if m.Start < end && start < m.End {
			return true
		}
	}
	return false
}

// repeats finds further mentions of what the first pass found: the same
// name again where no rule fired, a defined acronym, or a person's surname
// or other name word alone ("Bhutto", "Mr Jha" after "Sanjay Jha").
func repeats(d *Document, keys []string, selected []Mention, acr []acronymDef) []Mention {
	type known struct {
		m      Mention
		person bool
	}
	names := map[string]known{}
	words := map[string]bool{} // name words of people
	for _, m := range selected {
		k := spanKey(keys, m.TokStart, m.TokEnd)
		if _, ok := names[k]; !ok {
			names[k] = known{m: m, person: m.Type == graph.Person}
		}
		if m.Type == graph.Person {
			for t := m.TokStart + 1; t < m.TokEnd; t++ {
				if d.Tokens[t].Word() && len(keys[t]) > 1 {
					words[keys[t]] = true
				}
			}
		}
	}
	abbrs := map[string]Mention{}
	for _, a := range acr {
		abbrs[a.abbr] = a.of
	}
	// Tokens held by a strong mention are not looked at again; a one-word
	// place read from the gazetteer without other evidence ("Shashi" is
	// also a city) may give way to a person's name found elsewhere in the
	// article, by the scores in the final selection.
	covered := make([]bool, len(d.Tokens))
	for _, m := range selected {
		if isWeakPlace(m) {
			continue
		}
		for t := m.TokStart; t < m.TokEnd; t++ {
			covered[t] = true
		}
	}
	out := selected
	var key []byte // spanKey of the tokens from i to j, built as j grows
	for _, s := range d.Sentences {
		for i := s.TokStart; i < s.TokEnd; i++ {
			if covered[i] || !startsName(d.Tokens[i]) {
				continue
			}
			if of, ok := abbrs[d.Tokens[i].Text]; ok && !(i > 0 && d.Tokens[i-1].Text == "(") {
				out = append(out, Mention{Start: d.Tokens[i].Start, End: d.Tokens[i].End, TokStart: i, TokEnd: i + 1, Type: of.Type, Entry: of.Entry, Source: "acronym", Score: ScoreStrong})
				covered[i] = true
				continue
			}
			// The longest known name starting here.
			bestEnd := -1
			var best known
			key = key[:0]
			for j := i + 1; j <= s.TokEnd && j <= i+8; j++ {
				if covered[j-1] {
					break
				}
				key = appendKeyWord(key, keys[j-1])
				if k, ok := names[string(key)]; ok && d.Tokens[j-1].Word() {
					bestEnd, best = j, k
				}
			}
			if bestEnd > 0 && !(bestEnd == i+1 && nonNames[low(d.Tokens[i])]) {
				m := best.m
				m.Start, m.End, m.TokStart, m.TokEnd, m.Source, m.Role = d.Tokens[i].Start, d.Tokens[bestEnd-1].End, i, bestEnd, "repeat", ""
				out = append(out, m)
				for t := i; t < bestEnd; t++ {
					covered[t] = true
				}
				continue
			}
			// A person's name word alone, not starting a longer name.
			if words[keys[i]] && !nonNames[low(d.Tokens[i])] && (i+1 >= s.TokEnd || !d.Tokens[i+1].Cap() || !d.Tokens[i+1].Word()) {
				out = append(out, Mention{Start: d.Tokens[i].Start, End: d.Tokens[i].End, TokStart: i, TokEnd: i + 1, Type: graph.Person, Source: "repeat", Score: ScoreHead + 0.25})
				covered[i] = true
			}
		}
	}
	return selectMentions(out)
}

// spanKey is the lookup key of tokens [i, j): their keys joined the way
// gazetteer.Key joins words.
func spanKey(keys []string, i, j int) string {
	var b []byte
	for k := i; k < j; k++ {
		b = appendKeyWord(b, keys[k])
	}
	return string(b)
}

// appendKeyWord appends a token's key to a span's key, after a space
// unless either is empty.
func appendKeyWord(key []byte, k string) []byte {
	if k == "" {
		return key
	}
	if len(key) > 0 {
		key = append(key, ' ')
	}
	return append(key, k...)
}

// placeEvents finds events named after a place or body: "the Pahalgam
// attack", "the April 22 Pahalgam terror attack", "the G7 summit".
func placeEvents(d *Document, selected []Mention) []Mention {
	var out []Mention
	for _, m := range selected {
		if m.Type != graph.Place && m.Type != graph.Country && m.Type != graph.Organization {
			continue
		}
		j := m.TokEnd
		for j < len(d.Tokens) && eventModifiers[low(d.Tokens[j])] {
			j++
		}
		if j >= len(d.Tokens) || !eventHeads[low(d.Tokens[j])] || d.Tokens[j].Break {
			continue
		}
		// Only definite phrases name one event: "the ... attack".
		b := m.TokStart - 1
		for b >= 0 && (months[low(d.Tokens[b])] > 0 || isNumber(d.Tokens[b].Text) || d.Tokens[b].Text == ",") {
			b--
		}
		if b < 0 || low(d.Tokens[b]) != "the" && !strings.HasSuffix(d.Tokens[b].Text, "’s") && d.Tokens[b].Text != "’s" && d.Tokens[b].Text != "'s" {
			continue
		}
		out = append(out, Mention{Start: m.Start, End: d.Tokens[j].End, TokStart: m.TokStart, TokEnd: j + 1, Type: graph.Event, Source: "event", Score: ScoreStrong})
	}
	return out
}

func isNumber(s string) bool {
	for _, r := range s {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return s != ""
}

// controlParticiples join a country to a place it holds:
// "Pakistan-occupied Kashmir", "Russian-held Crimea".
var controlParticiples = setOf("occupied", "administered", "controlled", "held", "ruled", "annexed")

// controlledPlaces merges "<country or demonym>-<participle> <place>" into
// one place mention, a territory named by who holds it.
func controlledPlaces(d *Document, selected []Mention) []Mention {
	var out []Mention
	for i := 0; i < len(selected); i++ {
		m := selected[i]
		j := m.TokEnd
		if m.Type == graph.Country && i+1 < len(selected) && j+2 < len(d.Tokens) &&
			isDash(d.Tokens[j].Text) && !d.Tokens[j].Space && !d.Tokens[j+1].Space &&
			controlParticiples[low(d.Tokens[j+1])] && selected[i+1].TokStart == j+2 && selected[i+1].Type == graph.Place {
			p := selected[i+1]
			out = append(out, Mention{Start: m.Start, End: p.End, TokStart: m.TokStart, TokEnd: p.TokEnd, Type: graph.Place, Source: "rule", Score: ScoreStrong})
			i++
			continue
		}
		out = append(out, m)
	}
	return out
}

// isWeakPlace reports whether m is a one-word place read from the
// gazetteer without other evidence: a town that is neither a country nor
// a capital.
func isWeakPlace(m Mention) bool {
	return m.TokEnd-m.TokStart == 1 && m.Type == graph.Place && m.Score <= ScoreHead
}

// dropNameFragments removes one-word places that sit inside a run of
// capitalised words no other mention explains: "Shashi" in "Shashi
// Tharoor" is part of a name, not the city.
func dropNameFragments(d *Document, selected []Mention) []Mention {
	covered := map[int]bool{}
	for _, m := range selected {
		for t := m.TokStart; t < m.TokEnd; t++ {
			covered[t] = true
		}
	}
	capWord := func(k int) bool {
		return k >= 0 && k < len(d.Tokens) && !covered[k] && d.Tokens[k].Word() && d.Tokens[k].Cap() && !nonNames[low(d.Tokens[k])]
	}
	out := selected[:0:0]
	for _, m := range selected {
		if isWeakPlace(m) {
			before := m.TokStart > 0 && d.Tokens[m.TokStart].Space && !d.Tokens[m.TokStart].Break && capWord(m.TokStart-1)
			after := m.TokEnd < len(d.Tokens) && d.Tokens[m.TokEnd].Space && !d.Tokens[m.TokEnd].Break && capWord(m.TokEnd)
			if before || after {
				continue
			}
		}
		out = append(out, m)
	}
	return out
}
