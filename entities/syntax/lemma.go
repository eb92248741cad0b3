package syntax

import (
	"strings"
	"sync"
)

// lemmatizer gives a word's lemma from its form and XPOS: an exception
// table learned from the training treebank (form in lower case and XPOS →
// lemma, kept only where the rules get it wrong), else suffix rules.
type lemmatizer struct {
	except map[string]string

	// byForm is except by lower-case form (made on first use): a
	// lookup then builds no key string.
	once   sync.Once
	byForm map[string][]formLemma
}

// formLemma is one exception of a form: its lemma under one XPOS.
type formLemma struct{ xpos, lemma string }

func lemmaKey(form, xpos string) string { return strings.ToLower(form) + "\t" + xpos }

// exceptions returns the exceptions of form (in any case).
func (lz *lemmatizer) exceptions(form string) []formLemma {
	lz.once.Do(func() {
		lz.byForm = make(map[string][]formLemma, len(lz.except))
		for k, l := range lz.except {
			f, x, _ := strings.Cut(k, "\t")
			lz.byForm[f] = append(lz.byForm[f], formLemma{x, l})
		}
	})
	if len(lz.byForm) == 0 {
		return nil
	}
	return lz.byForm[lowerASCII(form)]
}

// lowerASCII is strings.ToLower without a copy for a word that has no
// upper-case letter (most words).
func lowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' || c >= 0x80 {
			return strings.ToLower(s)
		}
	}
	return s
}

// lemma returns the lemma of form tagged xpos.
func (lz *lemmatizer) lemma(form, xpos string) string {
	for _, e := range lz.exceptions(form) {
		if e.xpos == xpos {
			if e.lemma == "=" {
				return form
			}
			return e.lemma
		}
	}
	return ruleLemma(form, xpos)
}

// lemmaTags are tags under which ruleLemma may change a word beyond
// putting it in lower case, one of each group the rules treat alike.
var lemmaTags = [...]string{"NNS", "VBD", "VBG", "JJR", "JJS"}

// AppendLemmas appends to out, in lower case, every lemma form can have:
// under any tag, as the tagger's choice is not known before the sentence
// is parsed (some lemmas may repeat). A relation rule that reads lemmas
// learns from them, before parsing, that no parse can serve it.
func (m *Parser) AppendLemmas(out []string, form string) []string {
	lower := lowerASCII(form)
	out = append(out, lower)
	for _, x := range lemmaTags {
		if l := ruleLemma(form, x); l != lower {
			out = append(out, l)
		}
	}
	for _, e := range m.lemmas.exceptions(form) {
		if e.lemma != "=" {
			out = append(out, strings.ToLower(e.lemma))
		}
	}
	return out
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
