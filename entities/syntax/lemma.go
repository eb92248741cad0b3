package syntax

import "strings"

// lemmatizer gives a word's lemma from its form and XPOS: an exception
// table learned from the training treebank (form in lower case and XPOS →
// lemma, kept only where the rules get it wrong), else suffix rules.
type lemmatizer struct {
	except map[string]string
}

func lemmaKey(form, xpos string) string { return strings.ToLower(form) + "\t" + xpos }

// lemma returns the lemma of form tagged xpos.
func (lz *lemmatizer) lemma(form, xpos string) string {
	if l, ok := lz.except[lemmaKey(form, xpos)]; ok {
		if l == "=" {
			return form
		}
		return l
	}
	return ruleLemma(form, xpos)
}

// ruleLemma strips English inflection by the Penn tag.
func ruleLemma(form, xpos string) string {
	if xpos == "NNP" || xpos == "NNPS" {
		return form
	}
	w := strings.ToLower(form)
	n := len(w)
	switch xpos {
	case "NNS", "VBZ":
		switch {
		case n > 4 && strings.HasSuffix(w, "ies"):
			return w[:n-3] + "y"
		case n > 4 && (strings.HasSuffix(w, "sses") || strings.HasSuffix(w, "xes") || strings.HasSuffix(w, "ches") ||
			strings.HasSuffix(w, "shes") || strings.HasSuffix(w, "zes")):
			return w[:n-2]
		case n > 2 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is"):
			return w[:n-1]
		}
	case "VBD", "VBN":
		if n > 4 && strings.HasSuffix(w, "ied") {
			return w[:n-3] + "y"
		}
		if n > 3 && strings.HasSuffix(w, "ed") {
			return verbStem(w[:n-2])
		}
	case "VBG":
		if n > 4 && strings.HasSuffix(w, "ing") {
			return verbStem(w[:n-3])
		}
	case "JJR", "RBR":
		if n > 4 && strings.HasSuffix(w, "ier") {
			return w[:n-3] + "y"
		}
		if n > 3 && strings.HasSuffix(w, "er") {
			return undouble(w[:n-2])
		}
	case "JJS", "RBS":
		if n > 5 && strings.HasSuffix(w, "iest") {
			return w[:n-4] + "y"
		}
		if n > 4 && strings.HasSuffix(w, "est") {
			return undouble(w[:n-3])
		}
	}
	return w
}

func isVowel(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }

// verbStem restores the stem of a verb whose -ed or -ing was cut.
func verbStem(s string) string {
	n := len(s)
	if n < 2 {
		return s
	}
	if u := undouble(s); len(u) < n {
		return u
	}
	last := s[n-1]
	// "creat", "us", "receiv", "dat": a final e was dropped.
	switch {
	case last == 'v' || last == 'z' || last == 'c' || last == 'u':
		return s + "e"
	case n >= 3 && !isVowel(last) && last != 'w' && last != 'x' && last != 'y' && isVowel(s[n-2]) && !isVowel(s[n-3]) && n <= 4:
		return s + "e"
	case strings.HasSuffix(s, "at") && n > 4, strings.HasSuffix(s, "bl"), strings.HasSuffix(s, "iz"):
		return s + "e"
	}
	return s
}

// undouble drops one of a doubled final consonant ("stopp" → "stop"),
// except for l, s, f and z, which English doubles in stems.
func undouble(s string) string {
	n := len(s)
	if n >= 3 && s[n-1] == s[n-2] && !isVowel(s[n-1]) && strings.IndexByte("lsfz", s[n-1]) < 0 {
		return s[:n-1]
	}
	return s
}

// learnLemmas builds the exception table from gold words: for each lower
// form and XPOS, the most frequent lemma, kept where the rules differ.
func learnLemmas(sents []*Sentence) *lemmatizer {
	counts := map[string]map[string]int{}
	for _, s := range sents {
		for _, w := range s.Words {
			if w.Lemma == "" || w.XPOS == "" {
				continue
			}
			k := lemmaKey(w.Form, w.XPOS)
			c := counts[k]
			if c == nil {
				c = map[string]int{}
				counts[k] = c
			}
			// A lemma that is the form itself, case and all, is stored
			// as "=" so that "Apple" and "apple" can share one entry.
			l := w.Lemma
			if l == w.Form && l != strings.ToLower(l) {
				l = "="
			}
			c[l]++
		}
	}
	lz := &lemmatizer{except: map[string]string{}}
	for k, c := range counts {
		best, bn := "", 0
		for l, n := range c {
			if n > bn || (n == bn && l < best) {
				best, bn = l, n
			}
		}
		form, xpos, _ := strings.Cut(k, "\t")
		if best == "=" && xpos != "NNP" && xpos != "NNPS" || best != "=" && best != ruleLemma(form, xpos) {
			lz.except[k] = best
		}
	}
	return lz
}
