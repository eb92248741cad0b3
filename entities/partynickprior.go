package entities

import (
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// A party nickname is read as the party of the country the article names
// (bestParty). Many political reports name no country at all, or one in
// passing (a town the gazetteer places abroad): "Tory shadow chancellor X
// said" then read as no party, and X's party was lost. Where the article
// names no country (by name or people) and at most one place, the
// nickname takes its first reading in the
// party_nicknames list, the party English-language news means by it
// when it does not say (the British Conservatives for "Tory", the
// American Republicans for "Republican"), but only for a word that names
// a party even opening a sentence ("Tory", "Labour", "Democrats"; not
// "Green", a colour and a surname) or a nickname of several words ("Lib
// Dem"), only for a nickname whose readings are all parties of
// English-speaking countries (a translated nickname such as "Socialists"
// is shared by parties of many countries: Italy's as much as France's),
// and not right after a capitalised word, where it may be part of a
// longer name ("the Social Democratic Party").

// weakSupport reports whether the article names countries too little to
// choose a nickname's reading by: no country (an article that names one,
// "Italy's Socialists", is about it, and the nickname's readings are not
// its parties) and at most one place of a country.
func weakSupport(d *Document, ms []Mention) bool {
	n := 0
	for _, m := range ms {
		if !supports(d, m) {
			continue
		}
		if m.Type == graph.Country {
			return false
		}
		n++
	}
	return n <= 1
}

// englishSpeaking are the countries whose parties' nicknames are English
// words of their own politics (see above).
var englishSpeaking = map[string]bool{"GB": true, "US": true, "CA": true, "AU": true, "NZ": true, "IE": true}

// priorNickname reports whether the nickname at tokens [k, end), with
// readings ns, may take its first reading without the article's
// support: readings all in English-speaking countries, a nickname of
// several words or one whose singular names a party opening a sentence,
// not the first word of a name in full ("Labour Party"), and no
// capitalised word before it in its sentence.
func priorNickname(d *Document, k, end int, ns []partyNickname) bool {
	for _, n := range ns {
		if !englishSpeaking[n.country] {
			return false
		}
	}
	if end-k == 1 {
		w := low(d.Tokens[k])
		if strings.HasSuffix(w, "ies") {
			w = strings.TrimSuffix(w, "ies") + "y"
		} else {
			w = strings.TrimSuffix(w, "s")
		}
		if !sentenceFirstParty(w) {
			return false
		}
	}
	if end < len(d.Tokens) && (low(d.Tokens[end]) == "party" || low(d.Tokens[end]) == "parties") {
		return false // "Labour Party": a name in full, not the nickname
	}
	si := sentenceOf(d, d.Tokens[k].Start)
	if si < 0 {
		return false
	}
	return k == d.Sentences[si].TokStart || !(d.Tokens[k-1].Word() && d.Tokens[k-1].Cap())
}

// supports reports whether gazetteer reading m points the article to a
// country: it has one, and it is no town read in a person's name, after
// a capitalised word or an honorific ("William Hague", "Mr Blair", "Tony
// Blair": towns of the Netherlands and the United States to the
// gazetteer), which made "Conservative leader William Hague" Dutch. A
// compass word may stand before a town ("North London").
func supports(d *Document, m Mention) bool {
	if m.Entry == nil || m.Entry.Country == "" {
		return false
	}
	if m.Type != graph.Place || m.TokStart == 0 {
		return true
	}
	p := d.Tokens[m.TokStart-1]
	l := strings.TrimSuffix(low(p), ".")
	if honorifics[l] {
		return false
	}
	if !p.Word() || !p.Cap() || regionCompassWords[l] {
		return true
	}
	// A capitalised word before: a first name, unless it opens the
	// sentence as a function word ("In Norfolk").
	si := sentenceOf(d, d.Tokens[m.TokStart].Start)
	return si >= 0 && m.TokStart-1 == d.Sentences[si].TokStart && (nonNames[l] || openers[l])
}
