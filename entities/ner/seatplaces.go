package ner

import "strings"

// seatNouns are the nouns whose "of" names a constituency: "the seat of
// Marlby", "the riding of Velland Centre", "the constituency of Ostria".
var seatNouns = map[string]bool{"seat": true, "riding": true, "constituency": true, "electorate": true}

// seatPlaces types as a place each name typed organization or misc right
// after a seat noun and "of" (and "the"): a constituency is named for its
// place, and the model, seeing a town's name it does not know where
// organizations stand in politics text, calls it one. A name holding an
// organization head ("the seat of the Velland Parliament") keeps its type.
func seatPlaces(sents [][]string, chunks [][]Chunk) {
	for si, cs := range chunks {
		s := sents[si]
		for i, c := range cs {
			if c.Type != FineOrganization && c.Type != FineMisc || orgHeaded(s[c.Start:c.End]) {
				continue
			}
			p := c.Start
			if p >= 1 && s[p-1] == "the" {
				p--
			}
			if p >= 2 && s[p-1] == "of" && seatNouns[strings.ToLower(s[p-2])] {
				cs[i].Type = FinePlace
			}
		}
	}
}
