package entities

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/entities/gazetteer"
	"github.com/newsgraph/newsgraph/entities/lexicon"
	"github.com/newsgraph/newsgraph/graph"
)

// vetModelMentions checks a recognizer's mentions against what the rules
// know: none in a headline-cased line ("Pakistan's Mixed Fortunes"), none
// that is a lone function word ("Fourthly"), and a name the gazetteer
// knows takes the gazetteer's type ("UN" is an organization). A party
// known by a lone word, an acronym or another name than its own (see
// partyByOtherName) is taken only where the article spells its country out
// or the sentence speaks of politics, as the gazetteer's own reading
// requires: known is what the gazetteer read in the article, spelled the
// countries it spells out (see countryMentions).
func vetModelMentions(d *Document, ms []Mention, gz *gazetteer.Gazetteer, known []Mention, spelled map[string]int) []Mention {
	out := ms[:0]
	lastSi, headline := -1, false // isHeadline of the last sentence asked
	for _, m := range ms {
		m = trimLeadingWord(d, m)
		si := sentenceOf(d, m.Start)
		if si >= 0 && si != lastSi {
			lastSi, headline = si, isHeadline(d, d.Sentences[si])
		}
		if si >= 0 && headline {
			continue
		}
		if m.TokEnd-m.TokStart == 1 && (nonNames[low(d.Tokens[m.TokStart])] || roleNouns[low(d.Tokens[m.TokStart])]) {
			continue
		}
		if m.Type == graph.Party && portfolioTitle(d, m.TokStart, m.TokEnd) {
			continue // "Labour Minister X": the office's field, not the party
		}
		if officeFieldName(d, m) {
			continue // "Minister of Energy and Mines X": the office's field
		}
		if (m.Type == graph.Country || m.Type == graph.Place) && clockZone(d, m) {
			continue // "at 1430 EST": a time zone, not Estonia
		}
		if tableLabel(d, m) {
			continue // "Revs 2.95 billion vs 2.86 billion": a row of figures
		}
		// "a Reuter survey", "the Smith report": a lone name after an
		// article modifies a noun; it is not a person.
		if m.Type == graph.Person && m.TokEnd-m.TokStart == 1 && m.TokStart > 0 {
			switch low(d.Tokens[m.TokStart-1]) {
			case "a", "an", "the":
				continue
			}
		}
		m = trimRank(d, m)
		m = dropCountryPrefix(d, m, known)
		m = nobleAsPerson(d, m) // "Duchess of Cambridge"
		for m.Type == graph.Person && m.TokEnd < len(d.Tokens) && elidedParticle(d.Tokens[m.TokEnd]) && d.Tokens[m.TokEnd-1].End < d.Tokens[m.TokEnd].Start {
			m.TokEnd, m.End = m.TokEnd+1, d.Tokens[m.TokEnd].End // "Giscard d'Estaing" is one name
		}
		if m.Entry == nil && m.Type != graph.Person && m.Type != graph.Event {
			text := d.Text[m.Start:m.End]
			for _, g := range gz.Find(text) {
				if g.Alias.Weak() || !caseFits(g, text) || allCaps(text) && !allCaps(g.Alias.Text) {
					continue // "SEC" is not the town of Seč
				}
				if shortCodeUnsupported(g, spelled) {
					continue // "EC" is no Ecuador, "MDA" no Moldova, unless spelled out
				}
				if g.Entry.Type == graph.Party && partyByOtherName(g) && spelled[g.Entry.Country] == 0 && !politicsInSentence(d, m.TokStart) {
					continue // "Muslim" is no Sri Lankan party's name here
				}
				m.Type, m.Entry = g.Entry.Type, g.Entry
				if sea := seaOverTown(d, gz, g.Entry, m.TokStart, m.TokEnd); sea != nil {
					m.Type, m.Entry = sea.Type, sea
				}
				break
			}
		}
		if unknownPartyAcronym(d, m, known) {
			m.Type = graph.Organization // "BIL said": a company's initials
		}
		out = append(out, m)
	}
	return out
}

// leadingNonNameWords are the words a recognizer takes into a name at the
// start of a sentence that no name begins with: "For Wall Street, ...",
// "At Chester-le-Street : ...", "Yesterday the Home Office said".
var leadingNonNameWords = map[string]bool{
	"for": true, "at": true, "in": true, "on": true, "from": true, "by": true, "with": true,
	"after": true, "before": true, "as": true, "to": true, "under": true, "since": true,
	"during": true, "despite": true, "yesterday": true, "today": true, "tomorrow": true,
	"tonight": true, "meanwhile": true, "however": true, "but": true, "and": true, "the": true,
}

// trimLeadingWord cuts off the start of a model mention of two or more
// tokens the words no name starts with (leadingNonNameWords), and, but for
// a person's ("August Wilson"), a month's name ("August National
// Association of Purchasing Management"); a name must remain. A person
// of three words or more also loses a role noun, a job title or a
// player's position before the name ("Manager Mike Scioscia",
// "Technician Leslie Keefe"), or a body's name (see bodyBeforeName).
func trimLeadingWord(d *Document, m Mention) Mention {
	for m.TokEnd-m.TokStart >= 2 && d.Tokens[m.TokStart+1].Cap() {
		l := low(d.Tokens[m.TokStart])
		if m.Type == graph.Person && m.TokEnd-m.TokStart >= 3 && (roleNouns[l] || teamRoles[l] || titleHeads[l]) {
			// "Manager Mike Scioscia said", "Outfielder Brennan Boesch":
			// a role opening the sentence; the name keeps two words.
			m.TokStart++
			m.Start = d.Tokens[m.TokStart].Start
			continue
		}
		if m.Type == graph.Person && wordsIn(d, m.TokStart+1, m.TokEnd) >= 2 && bodyBeforeName(d, m.TokStart) {
			// "the rail union Aslef Dara Pendle said": the body's name
			// opens the run; it is cut once.
			m.TokStart++
			m.Start = d.Tokens[m.TokStart].Start
			break
		}
		if !leadingNonNameWords[l] && (m.Type == graph.Person || months[l] == 0) {
			break
		}
		if l == "the" && d.Tokens[m.TokStart].Cap() {
			break // "The Hague"; "Yesterday the Home Office" loses its "the"
		}
		m.TokStart++
		m.Start = d.Tokens[m.TokStart].Start
	}
	return m
}

// rankAbbreviations are the short ranks ("Maj.", "Col.") that open a
// person's title.
var rankAbbreviations = lexicon.Set("rank_abbreviations")

// trimRank cuts a rank abbreviation and its period off the end of a
// model mention: in "Air Force Maj. Gen. X" the name is "Air Force", an
// organization when its last word is an organization head ("Army Col."
// read as a person is the Army).
func trimRank(d *Document, m Mention) Mention {
	k := m.TokEnd - 1
	if k <= m.TokStart || !rankAbbreviations[strings.TrimSuffix(low(d.Tokens[k]), ".")] {
		return m
	}
	if !strings.HasSuffix(d.Tokens[k].Text, ".") && (k+1 >= len(d.Tokens) || d.Tokens[k+1].Text != ".") {
		return m // "Gen" without its period may be a name
	}
	m.TokEnd, m.End = k, d.Tokens[k-1].End
	if orgComplementHeads[low(d.Tokens[k-1])] {
		m.Type, m.Entry = graph.Organization, nil
	}
	return m
}

// elidedParticle reports whether t is a name word after an elided
// particle, "d'" and a capital: "d'Estaing", "d’Alema".
func elidedParticle(t Token) bool {
	w := t.Text
	for _, p := range []string{"d'", "d’", "D'", "D’"} {
		if rest, ok := strings.CutPrefix(w, p); ok {
			r, _ := utf8.DecodeRuneInString(rest)
			return unicode.IsUpper(r)
		}
	}
	return false
}

// partyByOtherName reports whether gazetteer match g names a party by a
// lone word, an acronym or a name other than the party's own (its name
// put in English, a former name): such names are often other things'.
func partyByOtherName(g gazetteer.Match) bool {
	a := g.Alias.Text
	return !strings.ContainsRune(a, ' ') || allCaps(a) || a != g.Entry.Name
}

// shortCodeUnsupported reports whether the gazetteer reading g of a
// model's span is a country code or a party acronym the article does not
// support: what the gazetteer's own reading rejects (codeUnsupported),
// and also a three-letter party acronym where the article does not spell
// the party's country out ("IBC", a Brazilian institute's initials, is
// no Italian party in a Brazilian story).
func shortCodeUnsupported(g gazetteer.Match, spelled map[string]int) bool {
	a := g.Alias
	return codeUnsupported(a, g.Entry, spelled) ||
		g.Entry.Type == graph.Party && allCaps(a.Text) && letters(a.Text) == 3 && spelled[g.Entry.Country] == 0
}

// clockZone reports whether mention m is one word in capitals right after
// a clock time ("1430 EST", "9.30 GMT"): a time zone.
func clockZone(d *Document, m Mention) bool {
	if m.TokEnd-m.TokStart != 1 || m.TokStart == 0 || !allCaps(d.Tokens[m.TokStart].Text) {
		return false
	}
	t := strings.ReplaceAll(strings.ReplaceAll(d.Tokens[m.TokStart-1].Text, ":", ""), ".", "")
	if len(t) < 3 || len(t) > 4 {
		return false
	}
	n, err := strconv.Atoi(t)
	return err == nil && n/100 < 24 && n%100 < 60
}
