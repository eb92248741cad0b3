package entities

import "strings"

// A minister's title with a portfolio is a state's office however it is
// written: BBC style puts "finance minister X" and "foreign minister X" in
// lower case where Reuters writes "Finance Minister X". Such a title
// right before a name takes its country from the article as a
// capitalised one does (the article's home country, its dateline's); a
// description ("the prime minister said"), whose holder coreference
// guesses, does not, and a bare lower-case "president" or "secretary"
// stays unread, being as often a company's or a union's.

// portfolioMinister reports whether title (as roleTitle gives it) is
// "<portfolio> minister": a minister noun after at least one other word,
// no shadow (a party's) or junior rank in it.
func portfolioMinister(title string) bool {
	f := strings.Fields(strings.ToLower(title))
	if len(f) < 2 || f[len(f)-1] != "minister" {
		return false
	}
	for _, w := range f[:len(f)-1] {
		if partyShadowWords[w] || roleKinds[w] == "junior" || formerWords[w] {
			return false
		}
	}
	return true
}

// portfolioMinisterBefore reports whether title, read from r, is a
// portfolio minister's written right before a name, with no owner before
// it: "Bonn's finance minister" and "Shadow sports minister" say whose
// office it is, or that it is a party's.
func (rb *relBuilder) portfolioMinisterBefore(title string, r roleSpan) bool {
	d := rb.d
	if r.end >= len(d.Tokens) || !d.Tokens[r.end].Cap() || !d.Tokens[r.end].Word() {
		return false
	}
	if b := r.start - 1; b >= 0 && (possessiveAt(d, b) || partyShadowWords[low(d.Tokens[b])]) {
		return false
	}
	return portfolioMinister(title)
}
