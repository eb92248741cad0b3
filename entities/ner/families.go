package ner

// families makes a name followed by "family" a family's name, an
// organization's: "the Quillby family" names the family, not the person
// Quillby (CrossNER types families as organisations, and Wikidata has
// them as groups). The name must be of one to three words typed person,
// organization, place or misc; "family" joins it.
func families(sents [][]string, chunks [][]Chunk) {
	for si, cs := range chunks {
		s := sents[si]
		for i, c := range cs {
			if c.End >= len(s) || s[c.End] != "family" || c.End-c.Start > 3 || i+1 < len(cs) && cs[i+1].Start == c.End {
				continue
			}
			switch c.Type {
			case FinePerson, FineOrganization, FinePlace, FineMisc:
				cs[i] = Chunk{Type: FineOrganization, Start: c.Start, End: c.End + 1}
			}
		}
	}
}
