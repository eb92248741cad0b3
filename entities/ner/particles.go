package ner

import (
	"strings"

	"github.com/newsgraph/newsgraph/entities/text"
)

// Name particles: lower-case words that join the parts of a person's
// name ("Karim bin Taleb", "Pieter van Dalen"), and the same glued to the
// next part by a hyphen ("al-Hakim", "el-Sayed", "ul-Haq").
var (
	nameParticles = map[string]bool{
		"bin": true, "ibn": true, "bint": true, "van": true, "von": true, "de": true, "da": true,
		"di": true, "du": true, "del": true, "della": true, "der": true, "den": true, "dos": true,
		"das": true, "al": true, "el": true, "ul": true, "ud": true, "ter": true, "zu": true,
	}
	hyphenParticles = map[string]bool{
		"al": true, "el": true, "ad": true, "as": true, "ash": true, "at": true, "an": true,
		"ar": true, "az": true, "ul": true, "ud": true, "bin": true, "ibn": true, "abu": true,
		"d": true, "de": true, "da": true, "van": true,
	}
)

// keepParticles extends the person names of a sentence over the name
// particles that follow them, which the model, trained on few such names,
// often leaves out: "Abu Bakr al-Hindawi" tagged "Abu Bakr", or "Pieter
// van Dalen" tagged as two names around "van". A person name absorbs a
// following "al-Hindawi"-shaped token, and a particle followed by a
// capitalised word (joining the next person name when there is one). It
// returns chunks, changed in place.
func keepParticles(toks []string, chunks []Chunk) []Chunk {
	out := chunks[:0]
	for i := 0; i < len(chunks); i++ {
		c := chunks[i]
		if c.Type != FinePerson && c.Type != "PER" {
			out = append(out, c)
			continue
		}
		for {
			e := c.End
			next := len(toks)
			if i+1 < len(chunks) {
				next = chunks[i+1].Start
			}
			switch {
			case e < next && particleJoined(toks[e]):
				c.End++
				continue
			case e+1 < len(toks) && nameParticles[toks[e]] && capitalised(toks[e+1]):
				if e+1 == next && chunks[i+1].Type == c.Type {
					c.End = chunks[i+1].End
					i++
					continue
				}
				if e+1 < next {
					c.End = e + 2
					continue
				}
			}
			break
		}
		out = append(out, c)
	}
	return out
}

// particleJoined reports whether w is a particle joined by a hyphen to a
// capitalised name part: "al-Hindawi", "ul-Haq".
func particleJoined(w string) bool {
	p, rest, ok := strings.Cut(w, "-")
	return ok && hyphenParticles[p] && capitalised(rest)
}

// capitalised reports whether a word starts with an upper-case letter.
var capitalised = text.StartsUpper
