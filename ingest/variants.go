package ingest

// This file tells when two names are spellings of one ("Sheffied" and
// "Sheffield", "Bit Torrent" and "BitTorrent", "Golden Globes" and "Golden
// Globe"): organizations, places and events whose names are one edit
// apart, long enough that one edit rarely makes another real name, of the
// same type, starting with the same letter. Resolve joins an entity to the
// one entity of its type that close (nearNames), over every entity the
// store knows: linking, which saw only what had been read so far, joined
// it to the one stored name that close, and so depended on reading order. The edit must fall
// in one word of five or more letters, not a number, and not only change
// its last letter; or add an "s" to a word of three or more.

import (
	"strings"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/names"
)

// minVariantName is the length of a name, spaces aside, below which one
// edit too often makes another name ("Texaco" and "Tesco").
const minVariantName = 8

// variantForms returns the forms a name key is looked up by: the name
// without spaces and each one-letter deletion of it. Two names one edit
// apart (a letter changed, added, dropped, or two swapped) share a form.
// It is nil for names too short to vary safely.
func variantForms(key string) []string {
	c := strings.ReplaceAll(key, " ", "")
	if len([]rune(c)) < minVariantName {
		return nil
	}
	return deletions(c, true)
}

// deletions returns w's one-letter deletions after the first letter, and
// w itself when self is set.
func deletions(w string, self bool) []string {
	if !utf8.ValidString(w) {
		return runeDeletions(w, self)
	}
	out := make([]string, 0, len(w)+1)
	if self {
		out = append(out, w)
	}
	// Cut at byte offsets, one allocation each: the same strings as
	// runeDeletions gives for valid UTF-8.
	_, first := utf8.DecodeRuneInString(w)
	for i := first; i < len(w); {
		_, n := utf8.DecodeRuneInString(w[i:])
		d := w[:i] + w[i+n:]
		if len(out) == 0 || out[len(out)-1] != d {
			out = append(out, d)
		}
		i += n
	}
	return out
}

// runeDeletions is deletions by runes, as []rune reads w: an invalid byte
// becomes U+FFFD.
func runeDeletions(w string, self bool) []string {
	r := []rune(w)
	var out []string
	if self {
		out = append(out, w)
	}
	for i := 1; i < len(r); i++ {
		d := string(r[:i]) + string(r[i+1:])
		if len(out) == 0 || out[len(out)-1] != d {
			out = append(out, d)
		}
	}
	return out
}

// variantType reports whether e's spelling variants join. People's do
// not: one letter tells apart too many real names ("John Herrington" and
// "John Harrington", "Louis" and "Louise" of one family), and their
// transliterations have their own rule (variantKey).
func variantType(e *graph.Entity) bool {
	switch e.Type {
	case graph.Organization, graph.Place, graph.Event:
		return e.Attrs["gazetteer"] == "" && e.Attrs["sport"] == ""
	}
	return false
}

// variantOf reports whether name keys ka and kb are one edit apart, by
// the rules of variantForms.
func variantOf(ka, kb string) bool {
	if strings.ReplaceAll(ka, " ", "") == strings.ReplaceAll(kb, " ", "") {
		return ka != kb // "Bit Torrent", "BitTorrent"
	}
	// One word differs, by one edit, and it is a long word and no number:
	// "US elections" and "UK elections", "1994 World Cup" and "1995 World
	// Cup" are other things.
	wa, wb := strings.Fields(ka), strings.Fields(kb)
	if len(wa) != len(wb) {
		return false
	}
	diff := -1
	for i := range wa {
		if wa[i] != wb[i] {
			if diff >= 0 {
				return false
			}
			diff = i
		}
	}
	if diff < 0 {
		return false
	}
	x, y := wa[diff], wb[diff]
	if !allLetters(x) || !allLetters(y) {
		return false
	}
	if plural(x, y) || plural(y, x) {
		return true // "Golden Globe", "Golden Globes"
	}
	if utf8.RuneCountInString(x) < minVariantWord || utf8.RuneCountInString(y) < minVariantWord {
		return false
	}
	return oneEdit(x, y) && !lastLetterChanged(x, y)
}

// plural reports whether word p is word w with an "s" added, w having
// three or more letters ("globes", "globe"; not "mps", "mp").
func plural(p, w string) bool {
	return utf8.RuneCountInString(w) >= 3 && p == w+"s"
}

// minVariantWord is the length of the word a variant may misspell.
const minVariantWord = 5

// lastLetterChanged reports whether a and b differ only in their last
// letter ("Athletics", "Athletico"): an ending, not a slip.
func lastLetterChanged(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	return len(ra) == len(rb) && string(ra[:len(ra)-1]) == string(rb[:len(rb)-1])
}

// oneEdit reports whether a and b differ by one letter changed, added or
// dropped, or two neighbours swapped, but not in their first letter.
func oneEdit(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	if len(ra) == 0 || len(rb) == 0 || ra[0] != rb[0] || a == b {
		return false
	}
	if names.EditDistance(a, b, 1) <= 1 {
		return true
	}
	if len(ra) != len(rb) {
		return false
	}
	i := 0
	for i < len(ra) && ra[i] == rb[i] {
		i++
	}
	return i+1 < len(ra) && ra[i] == rb[i+1] && ra[i+1] == rb[i] && string(ra[i+2:]) == string(rb[i+2:])
}
