package entities

import (
	"github.com/newsgraph/newsgraph/graph"
)

// repeats finds further mentions of what the first pass found: the same
// name again where no rule fired, a defined acronym, or a person's surname
// or other name word alone ("Bhutto", "Mr Jha" after "Sanjay Jha").
func repeats(d *Document, keys []string, selected []Mention, acr []Acronym) []Mention {
	type known struct {
		m      Mention
		person bool
	}
	names := make(map[string]known, len(selected))
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
		abbrs[a.Abbr] = a.Of
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
