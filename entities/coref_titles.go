package entities

import (
	"slices"
	"strconv"
	"strings"

	"github.com/newsgraph/newsgraph/entities/lexicon"
	"github.com/newsgraph/newsgraph/graph"
)

// A role description ("the minister", "the Tory leader") refers to a
// person the article gives that title, wherever it named them:
//
//	Finance Minister Mr X said ... (three sentences, other people) ...
//	The finance minister added ...                       (X)
//
// A person's titles are the role words written right before a mention
// ("Finance Minister X", "Tory leader X") or in apposition after it ("X,
// the chancellor,"; "X, India's finance minister"). The description fits
// a title when its head noun (its last role noun, singular) is one of the
// title's role nouns, and it matches the title when every other role word
// of the description is in the title too and the title has no rank word
// the description lacks ("deputy prime minister" does not match "the prime
// minister").
//
// Entities named inside a title or a description count as words of it
// ("the Tory leader" names the party): a description naming one its title
// lacks does not fit it ("the Japanese minister" is not "Prime Minister
// X" of Britain), nor does a title with a rank word the description lacks
// ("the chancellor" is not "shadow chancellor X").
//
// The description refers to the one person named before it whose title it
// matches; when no person or several do, to the person the nearest-person
// search finds, unless the article gives that person titles none of which
// the description fits (then to no one): "the minister" is not "Tory
// leader X". A legislator ("the MP", "the senator") may hold any other
// title as well. A description of someone news quotes unnamed ("the
// spokesman", "the official") refers only to a person whose title it
// matches: it is not the minister named in the sentence before.

// unnamedSpeakerNouns head descriptions of people quoted without a name.
var unnamedSpeakerNouns = lexicon.Set("unnamed_speaker_nouns")

// rankWords make a title another office than the same title without them.
var rankWords = map[string]bool{"deputy": true, "vice": true, "shadow": true, "assistant": true,
	"junior": true, "under": true, "acting": true, "former": true, "ex": true, "associate": true}

// roleTitle is one title of a person: its role words, lower case.
type personTitle []string

// personTitles returns the titles the article gives each person.
func personTitles(d *Document, ex *Extraction, by [][]corefMention) map[int][]personTitle {
	out := map[int][]personTitle{}
	for si, in := range by {
		s := d.Sentences[si]
		for _, m := range in {
			if ex.Entities[m.ent].Type != graph.Person {
				continue
			}
			if t := titleBefore(d, ex, in, s, m.tokStart); len(t) > 0 {
				out[m.ent] = append(out[m.ent], t)
			}
			if t := titleAfter(d, ex, in, s, m.tokEnd); len(t) > 0 {
				out[m.ent] = append(out[m.ent], t)
			}
		}
	}
	return out
}

// titleBefore reads the role words right before token k ("Finance
// Minister X", "Tory leader X"), at most six words back, over honorifics
// and other mentions ("Labour"); it returns them when one is a role noun.
func titleBefore(d *Document, ex *Extraction, in []corefMention, s Sentence, k int) personTitle {
	var t personTitle
	noun := false
	for j := k - 1; j >= s.TokStart && j >= k-6; j-- {
		if i := slices.IndexFunc(in, func(m corefMention) bool { return m.tokEnd == j+1 && m.tokStart < j+1 }); i >= 0 {
			j = in[i].tokStart
			t = append(t, mentionWord(ex, in[i].ent))
			continue
		}
		l := strings.TrimSuffix(low(d.Tokens[j]), ".")
		if honorifics[l] {
			continue
		}
		if !d.Tokens[j].Word() || !isRelRoleWord(l) && !rankWords[l] || titleStopWords[l] {
			break
		}
		t = append(t, singularRole(l))
		noun = noun || isRoleNoun(l)
	}
	if !noun {
		return nil
	}
	return t
}

// titleAfter reads an apposition after a name ending at token k: ", the
// chancellor", ", a Labour MP", ", India's finance minister".
func titleAfter(d *Document, ex *Extraction, in []corefMention, s Sentence, k int) personTitle {
	if k+1 >= s.TokEnd || d.Tokens[k].Text != "," {
		return nil
	}
	var t personTitle
	noun := false
	j := k + 1
	for ; j < s.TokEnd && j < k+8; j++ {
		if i := slices.IndexFunc(in, func(m corefMention) bool { return m.tokStart == j }); i >= 0 {
			j = in[i].tokEnd - 1
			t = append(t, mentionWord(ex, in[i].ent))
			if j+1 < s.TokEnd && isPossessive(d.Tokens[j+1]) {
				j++
			}
			continue
		}
		l := low(d.Tokens[j])
		if l == "the" || l == "a" || l == "an" {
			if len(t) > 0 {
				break
			}
			continue
		}
		if (l == "of" || l == "at" || l == "for") && noun && j+1 < s.TokEnd {
			if i := slices.IndexFunc(in, func(m corefMention) bool { return m.tokStart == j+1 }); i >= 0 {
				t = append(t, mentionWord(ex, in[i].ent)) // "X, economist at Y"
			}
			break
		}
		if !d.Tokens[j].Word() || !isRelRoleWord(l) && !rankWords[l] || titleStopWords[l] {
			break
		}
		t = append(t, singularRole(l))
		noun = noun || isRoleNoun(l)
	}
	if !noun || j < s.TokEnd && reportingVerbs[low(d.Tokens[j])] {
		return nil // "... with X, a Treasury spokesman said": the spokesman is someone else
	}
	return t
}

// mentionWord stands for entity e among the words of a title: "@", its
// type, ":" and its index.
func mentionWord(ex *Extraction, e int) string {
	return "@" + string(ex.Entities[e].Type) + ":" + strconv.Itoa(e)
}

// descriptionWords returns the role words of the description "the ..."
// whose title ends before token end (k is the "the"), lower case, with
// the entities named inside it (mentions in), and its head noun.
func descriptionWords(d *Document, ex *Extraction, in []corefMention, k, end int) (words []string, head string) {
	for j := k + 1; j < end; j++ {
		if i := slices.IndexFunc(in, func(m corefMention) bool { return m.tokStart == j }); i >= 0 {
			words = append(words, mentionWord(ex, in[i].ent))
			j = in[i].tokEnd - 1
			continue
		}
		l := low(d.Tokens[j])
		if isRelRoleWord(l) || rankWords[l] {
			words = append(words, singularRole(l))
			if isRoleNoun(l) {
				head = singularRole(l)
			}
		}
	}
	return words, head
}

// titleFit tells how a description fits a title: 2 matches, 1 fits (same
// head noun, other role words), 0 not (another head, an entity or a rank
// word of one missing from the other).
func titleFit(words []string, head string, t personTitle) int {
	if head == "" || !slices.Contains(t, head) {
		return 0
	}
	for _, w := range t {
		if rankWords[w] && !slices.Contains(words, w) {
			return 0
		}
	}
	fit := 2
	for _, w := range words {
		if slices.Contains(t, w) {
			continue
		}
		if rankWords[w] && w != "former" && w != "ex" {
			return 0 // "the deputy leader" is not "leader X"; "the former MP" may be "MP X"
		}
		if typ, ok := mentionType(w); ok && slices.ContainsFunc(t, func(x string) bool { return strings.HasPrefix(x, typ) }) {
			return 0 // another entity of the type: "the Japanese minister", "Prime Minister of Britain"
		}
		fit = 1
	}
	return fit
}

// mentionType returns the "@type:" prefix of a mention word.
func mentionType(w string) (string, bool) {
	if !strings.HasPrefix(w, "@") {
		return "", false
	}
	i := strings.IndexByte(w, ':')
	return w[:i+1], i > 0
}

// describedPerson returns the person the role description at token k
// (the "the") of sentence si, ending before token end, refers to.
func describedPerson(d *Document, ex *Extraction, by [][]corefMention, gender map[int]string, titles map[int][]personTitle, si, k, end int) (int, bool) {
	words, head := descriptionWords(d, ex, by[si], k, end)
	match := -1
	for sj := 0; sj <= si; sj++ {
		for _, m := range by[sj] {
			if sj == si && m.tokStart >= k || ex.Entities[m.ent].Type != graph.Person || m.ent == match {
				continue
			}
			if slices.ContainsFunc(titles[m.ent], func(t personTitle) bool { return titleFit(words, head, t) == 2 }) {
				if match >= 0 {
					match = -2 // several
				} else if match == -1 {
					match = m.ent
				}
			}
		}
	}
	if match >= 0 && !inSentence(by[si], match) {
		return match, true
	}
	if unnamedSpeakerNouns[head] {
		return 0, false
	}
	e, ok := findPerson(d, ex, by, gender, si, k, "", true)
	if !ok {
		return 0, false
	}
	if ts := titles[e]; len(ts) > 0 && !legislatorNouns[head] && !slices.ContainsFunc(ts, func(t personTitle) bool { return titleFit(words, head, t) > 0 }) {
		return 0, false
	}
	return e, true
}

// inSentence reports whether entity e is named in the mentions in.
func inSentence(in []corefMention, e int) bool {
	return slices.ContainsFunc(in, func(m corefMention) bool { return m.ent == e })
}
