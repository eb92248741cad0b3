package entities

// extendParticleName carries a person's mention on through a name
// particle and the name word after it when the mention stops before them:
// "Abdel-Fattah" before "el-Sissi" is "Abdel-Fattah el-Sissi", "Charles"
// before "de Gaulle" is "Charles de Gaulle". The particle is a lower-case
// word of name_particles, written apart from the mention, then either a
// hyphen and a capitalised word glued to it ("el-Sissi", "ul-Haq") or a
// capitalised word after a space ("de Gaulle", "bin Salman").
func extendParticleName(d *Document, m Mention) Mention {
	for n := 0; n < 2; n++ {
		k := m.TokEnd
		if k+1 >= len(d.Tokens) || !d.Tokens[k].Space || !d.Tokens[k].Word() || d.Tokens[k].Cap() || !nameParticles[low(d.Tokens[k])] {
			break
		}
		next := d.Tokens[k+1]
		switch {
		case isDash(next.Text) && !next.Space && k+2 < len(d.Tokens) && !d.Tokens[k+2].Space && nameWord(d.Tokens[k+2]):
			m.TokEnd = k + 3
		case next.Space && !next.Break && nameWord(next):
			m.TokEnd = k + 2
		default:
			return m
		}
		m.End = d.Tokens[m.TokEnd-1].End
	}
	return m
}

// nameWord reports whether t is a capitalised word that may be part of a
// name (not "The", "March").
func nameWord(t Token) bool {
	return t.Word() && t.Cap() && !nonNames[low(t)] && months[low(t)] == 0
}
