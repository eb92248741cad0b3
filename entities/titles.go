package entities

// TitleWord reports whether word, in gazetteer.Key form, is an honorific,
// a role noun or a role modifier: a word that may stand before a name
// without being part of it ("mr", "prime", "minister"). Name lookup
// (graph/names) drops such words when a name as typed matches nothing.
func TitleWord(word string) bool {
	return honorifics[word] || roleNouns[word] || roleModifiers[word]
}

// titledForms returns a person mention with the title written right
// before it ("Mr Blair", "Dr. Bose", "King Vajiralongkorn", "Gen. Qasem
// Soleimani"), or nothing when none is: an honorific, a rank or a role
// noun, capitalised, with its abbreviation's period. Texts name people
// so, and the node keeps the form as an alias (not as its name). A title
// of several words ending in an honorific or rank gives its whole form
// and the form with that word alone ("MP Dr Ada Quill" and "Dr Ada
// Quill"), as texts write either.
func titledForms(d *Document, m Mention) []string {
	long := titledForm(d, m)
	if long == "" {
		return nil
	}
	k := m.TokStart - 1
	if d.Tokens[k].Text == "." {
		k--
	}
	if l := low(d.Tokens[k]); !honorifics[l] && !rankAbbreviations[l] {
		return []string{long} // "Minister Tomas Varga" is no form of "Prime Minister Tomas Varga"
	}
	if short := d.Text[d.Tokens[k].Start:m.End]; short != long {
		return []string{long, short}
	}
	return []string{long}
}

// titledForm returns the longest of titledForms, or "".
func titledForm(d *Document, m Mention) string {
	k := m.TokStart - 1
	if k >= 0 && d.Tokens[k].Text == "." {
		k--
	}
	if k < 0 || !d.Tokens[k].Word() || !d.Tokens[k].Cap() || m.Start <= d.Tokens[k].Start {
		return ""
	}
	l := low(d.Tokens[k])
	if !honorifics[l] && !rankAbbreviations[l] && !roleNouns[l] {
		return ""
	}
	// The rest of a title of several words: "Prime Minister", "Vice
	// President", "Chief Justice".
	for n := 0; n < 2 && k > 0 && d.Tokens[k-1].Word() && d.Tokens[k-1].Cap() && d.Tokens[k].Space && !d.Tokens[k].Break; n++ {
		if p := low(d.Tokens[k-1]); !roleModifiers[p] && !roleNouns[p] {
			break
		}
		k--
	}
	return d.Text[d.Tokens[k].Start:m.End]
}
