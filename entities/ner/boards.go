package ner

import "strings"

// boardWords are the capitalised words of a governing body's name that,
// with "of", name a part of another organization ("Board of X", "Board of
// Trustees of X", "Board of Governors of X").
var boardWords = map[string]bool{"Board": true, "Trustees": true, "Directors": true, "Governors": true, "Regents": true}

// boardsOf splits an organization's name that runs over a governing
// board into the organization the board belongs to, and the committee
// before it when there is one: "Executive Committee of the Board of the
// Velland Agenda Foundation" names the "Executive Committee" and the
// "Velland Agenda Foundation", "Board of Trustees of Marl Wesleyan" the
// college. joinComplements joins such chains at their "of"s, but a
// board is no name of its own: the organization after it is the one
// meant. The organization must hold a head word of its own or be three
// words or more long, so that "Board of Education" or "Board of Public
// Works" stays whole.
func boardsOf(s []string, cs []Chunk) []Chunk {
	var out []Chunk
	for _, c := range cs {
		k := -1
		for i := c.Start; i+2 < c.End; i++ {
			if boardWords[s[i]] && s[i+1] == "of" {
				k = i
			}
		}
		if c.Type != FineOrganization || k < 0 {
			out = append(out, c)
			continue
		}
		p := k + 2
		if s[p] == "the" {
			p++
		}
		if p >= c.End || !capitalised(s[p]) || c.End-p < 3 && !orgHeaded(s[p:c.End]) {
			out = append(out, c)
			continue
		}
		b := k // where the board's name starts
		if s[k] != "Board" && k-2 >= c.Start && s[k-1] == "of" && s[k-2] == "Board" {
			b = k - 2
		}
		switch {
		case b-2 >= c.Start && s[b-1] == "the" && s[b-2] == "of":
			b -= 2
		case b-1 >= c.Start && s[b-1] == "of":
			b--
		}
		if b-c.Start >= 2 && orgHeads[strings.ToLower(s[b-1])] {
			out = append(out, Chunk{Type: FineOrganization, Start: c.Start, End: b})
		}
		out = append(out, Chunk{Type: FineOrganization, Start: p, End: c.End})
	}
	return out
}
