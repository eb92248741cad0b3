package entities

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/entities/lexicon"
	"github.com/newsgraph/newsgraph/graph"
)

// roleKinds classifies role nouns by what they say about the holder and
// the body: "head" leads it, "member" belongs to it (member_of a party,
// affiliated_with another body), "staff" works for it (affiliated_with),
// "junior" marks an office beside the head ("deputy", "vice").
var roleKinds = lexicon.Pairs("role_kinds")

// isRelRoleWord reports whether l may stand inside a role title the
// relation patterns read: the title words of the extractor and the nouns
// of roleKinds ("economist", "boss").
func isRelRoleWord(l string) bool { return isRoleWord(l) || roleKinds[l] != "" }

// isRoleNoun reports whether l may end a role title.
func isRoleNoun(l string) bool {
	return roleNouns[l] || leaderNouns[l] || roleKinds[l] != "" && roleKinds[l] != "junior"
}

// chamberWords before a party make its "leader" the party's leader in a
// chamber, a member rather than the head ("Senate Republican leader X").
var chamberWords = map[string]bool{"senate": true, "house": true, "parliamentary": true, "congressional": true, "assembly": true}

// emitRole adds the relations that role title r states between person p
// and body target (whose mention starts at token tstart): one set per
// office of a coordinated title ("Chairman and former Foreign Minister").
func (rb *relBuilder) emitRole(p, target, tstart int, r roleSpan, span graph.Span, si int, conf float64) {
	tt := rb.ex.Entities[target].Type
	if tt == graph.Organization && rb.nationalTitleBody(p, target, tstart, r, si) {
		return // "Chancellor of the Exchequer X": Britain's office
	}
	if tt == graph.Organization && partyLike(rb.ex.Entities[target].Name) {
		tt = graph.Party // "Liberal Democrats" typed as an organization
	}
	for n, seg := range rb.roleSegments(r) {
		if n > 0 && tt == graph.Party && officeNouns[seg.noun] {
			// "<Party> Chairman and former Foreign Minister X": the second
			// office is the state's, not the party's.
			rb.pendOffice(p, seg, si, nil)
			continue
		}
		title, former := rb.roleTitle(seg)
		if title == "" {
			continue
		}
		former = former || r.former
		if tt == graph.Organization && departmentMinister(rb.ex.Entities[target].Name, seg.noun) {
			rb.departmentOffice(p, tstart, seg, former, span, si, conf) // "Treasury Secretary X"
		}
		chamber := tstart > 0 && chamberWords[low(rb.d.Tokens[tstart-1])]
		for _, k := range rb.titleKinds(seg, target, tt, chamber) {
			attrs := map[string]string{}
			if k == graph.HoldsRole || k == graph.Leads {
				attrs["role"] = title
			}
			if former {
				attrs["former"] = "true"
			}
			rb.add(p, target, k, span, conf, attrs)
		}
	}
}

// partyHeads are the last words of party names ("Democrats", "Party").
var partyHeads = lexicon.Set("ner_party_heads")

// partyShortForms are party nicknames without a party head ("Lib Dem").
var partyShortForms = lexicon.Set("party_short_forms")

// partyLike reports whether an organization's name ends like a party's,
// in the plural or the singular ("Liberal Democrat" beside "Democrats"),
// or is a well-known party nickname.
func partyLike(name string) bool {
	l := strings.ToLower(name)
	if partyShortForms[strings.Join(strings.Fields(l), " ")] {
		return true
	}
	f := strings.Fields(l)
	return len(f) > 1 && (partyHeads[f[len(f)-1]] || partyHeads[f[len(f)-1]+"s"])
}

// roleSegments splits a coordinated title at "and" when both parts hold
// a role noun; "Economy and Labour Minister" stays one office.
func (rb *relBuilder) roleSegments(r roleSpan) []roleSpan {
	var out []roleSpan
	start := r.start
	for k := r.start; k < r.end; k++ {
		if low(rb.d.Tokens[k]) != "and" {
			continue
		}
		first := lastRoleNoun(rb.d, start, k)
		rest := lastRoleNoun(rb.d, k+1, r.end)
		if first == "" || rest == "" {
			continue
		}
		out = append(out, roleSpan{start: start, end: k, noun: first})
		start = k + 1
	}
	return append(out, roleSpan{start: start, end: r.end, noun: r.noun})
}

// lastRoleNoun is the last role noun of tokens [i, j), or "".
func lastRoleNoun(d *Document, i, j int) string {
	noun := ""
	for k := i; k < j; k++ {
		if l := low(d.Tokens[k]); isRoleNoun(l) {
			noun = l
		}
	}
	return noun
}

// roleRelationKinds decides what a role title says about its holder and a
// body of type tt. Heads lead organizations and parties; their deputies
// hold a role; a party's MPs, spokesmen and candidates are its members; an
// organization's analysts, spokesmen and players are affiliated with it; a
// country's offices are roles of the country, and its analysts nothing.
func (rb *relBuilder) roleRelationKinds(r roleSpan, tt graph.Type, chamber bool) []graph.Kind {
	d := rb.d
	junior := false
	prev := "" // the word before the role noun inside the title
	for k := r.start; k < r.end; k++ {
		l := low(d.Tokens[k])
		if roleKinds[l] == "junior" || strings.HasPrefix(l, "vice-") || strings.HasPrefix(l, "co-") {
			junior = true
		}
		if l == r.noun || pluralRoleNoun(l) == r.noun {
			break
		}
		if d.Tokens[k].Word() {
			prev = l
		}
	}
	class := roleKinds[r.noun]
	if k := nounIndex(d, r); k-2 >= r.start && isDash(d.Tokens[k-1].Text) && !d.Tokens[k].Space {
		if c, ok := roleKinds[low(d.Tokens[k-2])+"-"+r.noun]; ok {
			class = c // "director-general"
		}
	} else if k-1 >= r.start {
		if c, ok := roleKinds[low(d.Tokens[k-1])+"-"+r.noun]; ok {
			class = c // "director general", spelt without the dash
		}
	}
	switch {
	case r.noun == "executive" || r.noun == "officer":
		switch {
		case prev == "chief" || prev == "executive":
			class = "head"
		case hasWord(d, r.start, r.end, map[string]bool{"chief": true}):
			class = "" // "chief operating officer": an office beside the head
		default:
			class = "staff"
		}
	case (r.noun == "director" || r.noun == "administrator") && prev != "" && prev != "managing" && prev != "former" && prev != "ex":
		class = "" // "finance director", "regional administrator": an office, not the head
	case r.noun == "leader" && (prev == "majority" || prev == "minority"):
		class = "" // "Senate Majority Leader": an office in the chamber, not its head
	case (r.noun == "chief" || r.noun == "head" || r.noun == "boss") && departmentHeads[prev]:
		class = "" // "media chief", "press chief": the head of one part
	}
	head := class == "head" && !junior
	switch tt {
	case graph.Country:
		if class == "staff" && r.noun != "adviser" && r.noun != "advisor" && r.noun != "aide" {
			return nil
		}
		return []graph.Kind{graph.HoldsRole}
	case graph.Party:
		switch {
		case head && !chamber:
			return []graph.Kind{graph.Leads}
		case head, class == "member", class == "staff":
			return []graph.Kind{graph.MemberOf}
		}
		return partyOfficeKinds(class, junior)
	case graph.Organization:
		switch {
		case head:
			return []graph.Kind{graph.Leads}
		case class == "member", class == "staff":
			return []graph.Kind{graph.AffiliatedWith}
		}
		return []graph.Kind{graph.HoldsRole}
	}
	return nil
}

// departmentHeads before "chief", "head" or "boss" make the title the head
// of one part of the body, an office in it: "Downing Street media chief".
var departmentHeads = map[string]bool{"media": true, "press": true, "communications": true, "news": true,
	"security": true, "marketing": true, "research": true, "sales": true, "legal": true, "campaign": true,
	"strategy": true, "operations": true, "information": true, "personnel": true, "policy": true,
	"budget": true, "trade": true, "finance": true, "economic": true, "energy": true, "health": true,
	"competition": true, "transport": true, "agriculture": true, "intelligence": true, "treasury": true,
	"equity": true, "equities": true, "investment": true, "credit": true, "risk": true, "technology": true,
	"engineering": true, "production": true, "advertising": true, "dealing": true, "trading": true}

// nounIndex is the token of r's last role noun.
func nounIndex(d *Document, r roleSpan) int {
	for k := r.end - 1; k > r.start; k-- {
		if l := low(d.Tokens[k]); l == r.noun || pluralRoleNoun(l) == r.noun {
			return k
		}
	}
	return r.start
}

// roleTitle spells a role title in title case without a leading "former",
// "ex" or "then", which it reports instead, and with its last noun in the
// singular: "former foreign ministers" → "Foreign Minister", true.
func (rb *relBuilder) roleTitle(r roleSpan) (string, bool) {
	former := false
	var words []string
	glue := false // the next word joins the last one after a dash
	for k := r.start; k < r.end; k++ {
		t := rb.d.Tokens[k]
		l := low(t)
		var w string
		switch {
		case isDash(t.Text):
			if len(words) > 0 {
				words[len(words)-1] += "-"
				glue = true
			}
			continue
		case len(words) == 0 && (l == "former" || l == "ex" || l == "then"):
			former = true
			continue
		case len(words) == 0 && (l == "the" || l == "a" || l == "an"):
			continue
		case functionWords[l] || l == "to":
			w = l // "Ambassador to Canada"
		case t.Upper() && utf8.RuneCountInString(t.Text) <= 4:
			w = t.Text // MP, PM, CEO
		default:
			if k == r.end-1 {
				l = singularRole(l)
			}
			c, n := utf8.DecodeRuneInString(l)
			w = string(unicode.ToUpper(c)) + l[n:]
		}
		if glue {
			words[len(words)-1] += w
			glue = false
			continue
		}
		words = append(words, w)
	}
	return strings.Join(words, " "), former
}

// singularRole turns a plural role noun into its singular when the
// singular is a role noun: "ministers" → "minister", "secretaries" →
// "secretary".
func singularRole(l string) string {
	switch {
	case strings.HasSuffix(l, "ies") && isRoleNoun(l[:len(l)-3]+"y"):
		return l[:len(l)-3] + "y"
	case strings.HasSuffix(l, "s") && isRoleNoun(l[:len(l)-1]):
		return l[:len(l)-1]
	}
	return l
}

// departmentWords name a state's departments ("Treasury", "Ministry").
var departmentWords = lexicon.Set("department_words")

// departmentMinister reports whether a role noun in a body of this name is
// an office of the state: the secretary or minister of a department.
func departmentMinister(body, noun string) bool {
	if noun != "secretary" && noun != "minister" {
		return false
	}
	for _, w := range strings.Fields(strings.ToLower(body)) {
		if departmentWords[w] {
			return true
		}
	}
	return false
}
