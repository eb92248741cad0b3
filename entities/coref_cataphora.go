package entities

import (
	"slices"

	"github.com/newsgraph/newsgraph/graph"
)

// A news story often opens on a person's title and names them only in the
// next sentence (the title before the name, a cataphor):
//
//	Norway's trade minister has opened the fair ... . Kari Nordmann said ...
//	The former chief financial officer at US telecoms firm WorldCom has
//	  finished giving evidence ... . Scott Sullivan admitted ...
//	Video games should carry warnings, the trade secretary has said.
//	  Patricia Hewitt is expected to ...
//
// The description is the subject of its sentence (it opens the sentence,
// after at most a linking adverb, "Meanwhile,"), or the speaker closing
// it (", the minister has said."), and no person is named before it in
// its sentence (none at all for a closing speaker: "X said ..., the
// minister said" is someone else's title), nor after it in apposition
// ("The chief executive of Acme, X, has resigned"). The next sentence
// opens on a person it names for the first time, as its subject (a verb
// or an apposition follows the name). That person is the one described, unless
// the article gives them titles none of which the description fits
// (coref_titles.go). The Coref stands right after the title's last role
// noun, as for an anaphoric description, so that the role rules read
// "<title> X" with whatever body the description names ("Norway's", "at
// ... WorldCom") or none (the state office takes its country from the
// article).
//
// A description of someone quoted unnamed ("the spokesman", "the
// official") is left out: such a speaker is seldom named next; so is a
// description inside a quotation, or in a sentence a quotation opened
// before runs into (an odd number of quote marks).

// cataphors returns the Corefs of the descriptions in d that name the
// person the next sentence opens on (see above), but for the descriptions
// the references done already resolve.
func cataphors(d *Document, ex *Extraction, by [][]corefMention, titles func() map[int][]personTitle, done []Coref) []Coref {
	var out []Coref
	for si := 0; si+1 < len(d.Sentences); si++ {
		s := d.Sentences[si]
		k, closing, ok := descriptionStart(d, ex, by[si], s)
		if !ok || quotedAt(d, s, k) || quotedAt(d, s, s.TokEnd) {
			continue // a speaker's words, or a quote running on from the sentence before
		}
		end, head, ok := cataphorTitle(d, ex, by[si], s, k)
		if !ok || unnamedSpeakerNouns[head] || !cataphorFollows(d, by[si], s, end, closing) ||
			slices.ContainsFunc(done, func(c Coref) bool { return c.TokStart == end }) { // read as an anaphor already

			continue
		}
		if slices.ContainsFunc(by[si], func(m corefMention) bool {
			return ex.Entities[m.ent].Type == graph.Person && (closing || m.tokStart < k || appositiveName(d, m.tokStart, k))
		}) {
			continue
		}
		e, ok := openingNewPerson(d, ex, by, si+1)
		if !ok {
			continue
		}
		words, _ := descriptionWords(d, ex, by[si], k-1, end)
		if ts := titles()[e]; len(ts) > 0 && !slices.ContainsFunc(ts, func(t personTitle) bool { return titleFit(words, head, t) > 0 }) {
			continue
		}
		out = append(out, Coref{TokStart: end, TokEnd: end, Entity: e})
	}
	return out
}

// linkingAdverbs may open a sentence before its subject: "Meanwhile, the
// minister said".
var linkingAdverbs = map[string]bool{"meanwhile": true, "however": true, "separately": true, "elsewhere": true, "earlier": true}

// descriptionStart returns the first token of a description that opens
// sentence s (after a linking adverb and comma) or closes it as the
// speaker (", the minister has said."): "the" or a country, party or
// organization named as a possessor ("Norway's"). closing tells which.
func descriptionStart(d *Document, ex *Extraction, in []corefMention, s Sentence) (k int, closing, ok bool) {
	k = s.TokStart
	if k+2 < s.TokEnd && linkingAdverbs[low(d.Tokens[k])] && d.Tokens[k+1].Text == "," {
		k += 2
	}
	if describedFrom(d, ex, in, s, k) {
		return k, false, true
	}
	// The closing speaker: the last comma of the sentence before it.
	for j := s.TokEnd - 2; j > s.TokStart; j-- {
		if d.Tokens[j].Text == "," {
			return j + 1, true, describedFrom(d, ex, in, s, j+1)
		}
	}
	return 0, false, false
}

// describedFrom reports whether a description may start at token k: "the"
// or a possessor body ("Norway's").
func describedFrom(d *Document, ex *Extraction, in []corefMention, s Sentence, k int) bool {
	if k >= s.TokEnd {
		return false
	}
	if low(d.Tokens[k]) == "the" {
		return true
	}
	i := slices.IndexFunc(in, func(m corefMention) bool { return m.tokStart == k })
	if i < 0 || in[i].tokEnd >= s.TokEnd || !isPossessive(d.Tokens[in[i].tokEnd]) {
		return false
	}
	switch ex.Entities[in[i].ent].Type {
	case graph.Country, graph.Organization, graph.Party:
		return true
	}
	return false
}

// cataphorTitle reads the title of the description starting at token k:
// role and rank words, other lower-case words ("chief financial
// officer"), and the entities named inside it, up to its last role noun,
// which must be singular; at most six words. It returns the token after that
// noun and the noun.
func cataphorTitle(d *Document, ex *Extraction, in []corefMention, s Sentence, k int) (end int, head string, ok bool) {
	j := k + 1
	if low(d.Tokens[k]) != "the" {
		j = k // a possessor: its mention is read below
	}
	end = -1
	for ; j < s.TokEnd; j++ {
		if i := slices.IndexFunc(in, func(m corefMention) bool { return m.tokStart == j }); i >= 0 {
			if ex.Entities[in[i].ent].Type == graph.Person {
				break
			}
			j = in[i].tokEnd - 1
			if j+1 < s.TokEnd && isPossessive(d.Tokens[j+1]) {
				j++
			}
			continue
		}
		t := d.Tokens[j]
		l := low(t)
		if !t.Word() || titleStopWords[l] || j-k > 6 {
			break
		}
		if !isRelRoleWord(l) && !rankWords[l] && t.Cap() {
			break // a capitalised word that names nothing: "The Ifo president"
		}
		if isRoleNoun(l) {
			end, head = j+1, l
		}
	}
	if end < 0 || singularRole(head) != head {
		return 0, "", false
	}
	return end, head, true
}

// cataphorFollows reports whether what follows the title ending before
// token end fits a description with no name after it: for an opening
// subject a lower-case word (a verb: "has opened") or "of", "at" or "for"
// and a body; for a closing speaker a reporting verb ("has said").
func cataphorFollows(d *Document, in []corefMention, s Sentence, end int, closing bool) bool {
	if end >= s.TokEnd {
		return false
	}
	t := d.Tokens[end]
	l := low(t)
	if closing {
		if l == "has" || l == "had" || l == "have" {
			if end+1 >= s.TokEnd {
				return false
			}
			l = low(d.Tokens[end+1])
		}
		return reportingVerbs[l]
	}
	if slices.ContainsFunc(in, func(m corefMention) bool { return m.tokStart == end }) {
		return false // a name right after the title is the holder
	}
	return t.Word() && !t.Cap() && !isPossessive(t)
}

// openingNewPerson returns the person whose name opens sentence si (after
// at most an honorific), named there for the first time in the article,
// followed by a verb or an apposition.
func openingNewPerson(d *Document, ex *Extraction, by [][]corefMention, si int) (int, bool) {
	s := d.Sentences[si]
	if len(by[si]) == 0 {
		return 0, false
	}
	m := by[si][0]
	start := s.TokStart
	if start < s.TokEnd && honorifics[low(d.Tokens[start])] && m.tokStart == start+1 {
		start++
	}
	if m.tokStart != start || ex.Entities[m.ent].Type != graph.Person || m.tokEnd >= s.TokEnd {
		return 0, false
	}
	if n := d.Tokens[m.tokEnd]; !(n.Text == "," || n.Word() && !n.Cap()) {
		return 0, false
	}
	for sj := 0; sj < si; sj++ {
		if inSentence(by[sj], m.ent) {
			return 0, false
		}
	}
	return m.ent, true
}

// appositiveName reports whether the name starting at token i stands in
// apposition after a comma (past honorifics), later than token k: "The
// chief executive of Acme, Mr X, has resigned" names the holder.
func appositiveName(d *Document, i, k int) bool {
	j := i - 1
	for j > k && honorifics[low(d.Tokens[j])] {
		j--
	}
	return j > k && d.Tokens[j].Text == ","
}
