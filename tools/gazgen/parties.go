package main

import (
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"

	gz "github.com/newsgraph/newsgraph/entities/gazetteer"
	"github.com/newsgraph/newsgraph/graph"
)

// party is a party entry being built, with what decides between parties
// that share a name.
type party struct {
	b *builder
	// current is true when the source gives no end year; last is the end
	// year otherwise.
	current bool
	last    int
	share   float64 // best vote share in per cent
	// english are the party's English names, the ones acronyms and short
	// forms are made from.
	english []string
}

// better reports whether p should keep a name it shares with q in one
// country: a current party before a dissolved one, then the later end,
// then the larger vote share, then the smaller ID.
func (p *party) better(q *party) bool {
	switch {
	case p.current != q.current:
		return p.current
	case p.last != q.last:
		return p.last > q.last
	case p.share != q.share:
		return p.share > q.share
	}
	return p.b.ID < q.b.ID
}

// readCSV reads a CSV file with a header into maps from column to value.
func readCSV(path string) ([]map[string]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.FieldsPerRecord = -1
	rows, err := r.ReadAll()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if len(rows) == 0 {
		return nil, fmt.Errorf("%s: empty", path)
	}
	out := make([]map[string]string, 0, len(rows)-1)
	for _, row := range rows[1:] {
		m := make(map[string]string, len(row))
		for i, h := range rows[0] {
			if i < len(row) {
				m[h] = row[i]
			}
		}
		out = append(out, m)
	}
	return out, nil
}

var (
	langPrefixRE = regexp.MustCompile(`^[A-Z][a-z]+(?: [A-Z][a-z]+)?:\s*`)
	nameSepRE    = regexp.MustCompile(`\s/\s|/|;`)
	spelledOutRE = regexp.MustCompile(`^(?:\pL/)+\pL$`)
)

// splitNames splits a Party Facts name list ("A / B", "Hindi: ...; B")
// and drops language labels.
func splitNames(s string) []string {
	var out []string
	for _, part := range nameSepRE.Split(s, -1) {
		part = clean(langPrefixRE.ReplaceAllString(clean(part), ""))
		if part != "" {
			out = append(out, part)
		}
	}
	return out
}

// partyBuilders merges Party Facts core parties with the Factbook's party
// lists and adds the variants and weak forms described in the package
// comment.
func partyBuilders(shared string, w *world) ([]*builder, error) {
	dir := filepath.Join(shared, "gazetteers/partyfacts")
	core, err := readCSV(filepath.Join(dir, "elecglob_partyfacts-core-parties.csv"))
	if err != nil {
		return nil, err
	}
	wd, err := readCSV(filepath.Join(dir, "wikipedia_wikidata.csv"))
	if err != nil {
		return nil, err
	}
	wikidata := make(map[string]map[string]string)
	for _, r := range wd {
		wikidata[r["partyfacts_id"]] = r
	}
	var parties []*party
	byCountry := make(map[string][]*party)
	for _, r := range core {
		if r["technical"] != "" {
			continue // "independents", "other", "alliance" and such
		}
		cc, ok := w.byCCA3[r["country"]]
		if !ok {
			continue
		}
		wdr := wikidata[r["partyfacts_id"]]
		english := splitNames(r["name_english"])
		native := splitNames(r["name"])
		name := wdr["name"]
		for _, n := range append(english, native...) {
			if name == "" {
				name = n
			}
		}
		if name = clean(name); name == "" || noise(gz.Key(name)) {
			continue
		}
		p := &party{b: newBuilder(gz.Entry{
			ID: "party:" + r["partyfacts_id"], Name: name, Type: graph.Party,
			Country: cc, QID: wdr["wikidata_id"],
		})}
		p.last, _ = strconv.Atoi(r["year_last"])
		p.current = r["year_last"] == ""
		p.share, _ = strconv.ParseFloat(r["share"], 64)
		for _, n := range slices.Concat(english, native, splitNames(r["name_other"]), splitNames(wdr["name_native"])) {
			addName(p.b, n, gz.KindName)
		}
		p.english = slices.Concat([]string{name, wdr["name"]}, english)
		p.b.add(r["name_short"], gz.KindShort)
		p.b.addAll(gz.KindShort, wikidataShorts(wdr["name_short"])...)
		parties = append(parties, p)
		byCountry[cc] = append(byCountry[cc], p)
	}
	for _, fb := range w.factbook {
		for _, fp := range factbookParties(fb.Parties) {
			p := matchParty(byCountry[fb.ISO], fp)
			if p == nil {
				p = &party{current: true, b: newBuilder(gz.Entry{
					ID: "party:" + fb.ISO + ":" + slug(fp.name), Name: fp.name, Type: graph.Party, Country: fb.ISO,
				})}
				parties = append(parties, p)
				byCountry[fb.ISO] = append(byCountry[fb.ISO], p)
			}
			mergeFactbookParty(p.b, fp)
			p.english = append(p.english, fp.name)
			p.english = append(p.english, fp.names...)
		}
	}
	for _, p := range parties {
		addPartyVariants(p.b, w.byCCA2[p.b.Country], p.english)
		if p.share > 0 && p.share <= 100 {
			p.b.Share = p.share
		}
	}
	weakenSharedPartyNames(parties)
	out := make([]*builder, len(parties))
	for i, p := range parties {
		out[i] = p.b
	}
	return out, nil
}

// wikidataShorts reads the short-name column of wikipedia_wikidata.csv,
// which writes alternatives as "YSRCP/or/YCP" and spelled-out letters as
// "I/U/M/L".
func wikidataShorts(s string) []string {
	var out []string
	for _, part := range strings.Split(s, "/or/") {
		if spelledOutRE.MatchString(part) {
			part = strings.ReplaceAll(part, "/", "")
		}
		out = append(out, part)
	}
	return out
}

// factbookParty is one line of a Factbook party list.
type factbookParty struct {
	name    string
	names   []string // other full names (translations, native forms)
	shorts  []string
	formers []string
}

var (
	// partyNoteWords start a parenthesised remark that is not a name.
	partyNoteWords = []string{"alliance", "coalition", "includes", "including", "affiliated", "electoral", "note", "also", "largest", "ruling", "merged", "led", "formed", "a ", "an ", "the ", "previously", "registered", "parliamentary"}
	remarkRE       = regexp.MustCompile(`(?:^|\s)\(([^()]*)\)`)
	formerlyRE     = regexp.MustCompile(`^(?:formerly|previously)(?: known as)?\s+(?:the\s+)?`)
)

// factbookParties parses a Factbook "Political parties" text: lines of
// "Name or ABBR or ABBR2 (other name) [Leader]", with notes after ";".
func factbookParties(text string) []factbookParty {
	var out []factbookParty
	for _, line := range splitBR(text) {
		// A leader in brackets sometimes runs into the next party.
		for _, part := range strings.Split(line, "]") {
			if i := strings.IndexByte(part, '['); i >= 0 {
				part = part[:i]
			}
			part, _, _ = strings.Cut(part, ";")
			if fp, ok := parseFactbookParty(clean(part)); ok {
				out = append(out, fp)
			}
		}
	}
	return out
}

func parseFactbookParty(s string) (factbookParty, bool) {
	var fp factbookParty
	if s == "" || !startsUpper(s) || strings.HasPrefix(strings.ToLower(s), "note") {
		return fp, false
	}
	// A remark in brackets follows a space; brackets inside a word are part
	// of an abbreviation ("CPI(M)").
	for _, m := range remarkRE.FindAllStringSubmatch(s, -1) {
		inner := clean(m[1])
		lower := strings.ToLower(inner)
		switch {
		case formerlyRE.MatchString(lower):
			for _, f := range strings.Split(inner[len(formerlyRE.FindString(lower)):], " or ") {
				fp.formers = append(fp.formers, clean(f))
			}
		case inner == "" || !startsUpper(inner) || slices.ContainsFunc(partyNoteWords, func(w string) bool { return strings.HasPrefix(lower, w) }):
		default:
			fp.names = append(fp.names, splitNames(inner)...)
		}
	}
	parts := strings.Split(remarkRE.ReplaceAllString(s, ""), " or ")
	fp.name = clean(parts[0])
	if fp.name == "" {
		return fp, false
	}
	for _, p := range parts[1:] {
		if p = clean(p); p == "" {
			continue
		}
		if strings.Contains(p, " ") {
			fp.names = append(fp.names, p)
		} else {
			fp.shorts = append(fp.shorts, p)
		}
	}
	return fp, true
}

// matchParty finds the party of one country that a Factbook line names:
// by a full name (loosely keyed), else by an abbreviation. Among several,
// the better party wins.
func matchParty(cands []*party, fp factbookParty) *party {
	pick := func(ok func(*party) bool) *party {
		var best *party
		for _, p := range cands {
			if ok(p) && (best == nil || p.better(best)) {
				best = p
			}
		}
		return best
	}
	names := []string{looseKey(fp.name)}
	for _, n := range fp.names {
		names = append(names, looseKey(n))
	}
	if p := pick(func(p *party) bool {
		return slices.ContainsFunc(p.b.Aliases, func(a gz.Alias) bool {
			return a.Kind == gz.KindName && slices.Contains(names, looseKey(a.Text))
		})
	}); p != nil {
		return p
	}
	return pick(func(p *party) bool {
		return slices.ContainsFunc(p.b.Aliases, func(a gz.Alias) bool {
			return a.Kind == gz.KindShort && slices.ContainsFunc(fp.shorts, func(s string) bool { return gz.Key(s) == gz.Key(a.Text) })
		})
	})
}

func mergeFactbookParty(b *builder, fp factbookParty) {
	addName(b, fp.name, gz.KindName)
	for _, n := range fp.names {
		addName(b, n, gz.KindName)
	}
	b.addAll(gz.KindShort, fp.shorts...)
	b.addAll(gz.KindDerived, fp.formers...)
}

// acronymStop are words an acronym skips.
var acronymStop = map[string]bool{
	"of": true, "the": true, "and": true, "for": true, "in": true, "on": true, "to": true,
	"a": true, "an": true, "de": true, "del": true, "della": true, "la": true, "le": true,
	"les": true, "des": true, "du": true, "da": true, "do": true, "dos": true, "das": true,
	"di": true, "y": true, "e": true, "et": true, "i": true, "und": true, "van": true,
	"von": true, "der": true, "den": true, "het": true, "el": true, "al": true, "&": true,
}

// genericPartyWords are dropped, with the country's own names and
// demonyms, to find a party's one-word short form ("Indian National
// Congress" → "Congress").
var genericPartyWords = map[string]bool{
	"party": true, "national": true, "peoples": true, "people": true, "all": true,
	"the": true, "of": true, "and": true,
}

// addPartyVariants adds the weak variants of a party's names and short
// forms: the form without brackets ("JD(U)" → "JDU"), the acronym of the
// significant words, with and without the country's name ("Communist
// Party of India (Marxist)" → "CPIM", "CPM"), and a one-word short form
// left after dropping the country and generic words ("Congress").
func addPartyVariants(b *builder, c *country, english []string) {
	isCountryWord := func(w string) bool { return c != nil && c.words[w] }
	for _, a := range slices.Clone(b.Aliases) {
		if (a.Kind == gz.KindName || a.Kind == gz.KindShort) && strings.ContainsAny(a.Text, "()") {
			b.add(dropParens(a.Text, true), gz.KindDerived)
		}
	}
	for _, name := range english {
		name = clean(name)
		words := strings.Fields(gz.Key(dropParens(name, true)))
		if len(words) < 2 {
			continue
		}
		if acr := acronym(words, nil); len(acr) >= 3 {
			b.add(acr, gz.KindDerived)
		}
		if acr := acronym(words, isCountryWord); len(acr) >= 3 {
			b.add(acr, gz.KindDerived)
		}
		var rest []string
		for _, w := range strings.Fields(gz.Key(dropParens(name, false))) {
			if !genericPartyWords[w] && !isCountryWord(w) {
				rest = append(rest, w)
			}
		}
		if len(rest) == 1 && len(rest[0]) >= 4 {
			if t := wordIn(name, rest[0]); t != "" {
				b.add(t, gz.KindDerived)
			}
		}
	}
}

// acronym joins the first letters of the words (keys) that are neither
// stop words nor dropped; "" if fewer than three remain or one does not
// start with a letter.
func acronym(words []string, drop func(string) bool) string {
	var b strings.Builder
	for _, w := range words {
		if acronymStop[w] || (drop != nil && drop(w)) {
			continue
		}
		r := []rune(w)[0]
		if r < 'a' || r > 'z' {
			return ""
		}
		b.WriteRune(r - 'a' + 'A')
	}
	if b.Len() < 3 || b.Len() > 8 {
		return ""
	}
	return b.String()
}

// wordIn returns the word of text whose key is key, as text writes it.
func wordIn(text, key string) string {
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return r == ' ' || r == '-' || r == '(' || r == ')' }) {
		if gz.Key(w) == key {
			return w
		}
	}
	return ""
}

// weakenSharedPartyNames makes a name or short form that several parties
// share a weak alias: everywhere when the parties are in different
// countries ("Labour Party", "PPP"), else on all but the better party of
// the country.
func weakenSharedPartyNames(parties []*party) {
	holders := make(map[string][]*party)
	for _, p := range parties {
		for _, a := range p.b.Aliases {
			if a.Kind == gz.KindName || a.Kind == gz.KindShort {
				k := gz.Key(a.Text)
				holders[k] = append(holders[k], p)
			}
		}
	}
	for k, ps := range holders {
		if len(ps) < 2 {
			continue
		}
		countries := make(map[string]bool)
		best := ps[0]
		for _, p := range ps {
			countries[p.b.Country] = true
			if p.better(best) {
				best = p
			}
		}
		for _, p := range ps {
			if len(countries) > 1 || p != best {
				p.b.demote(k)
			}
		}
	}
}
