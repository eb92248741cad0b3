package entities

import (
	"strings"

	"github.com/newsgraph/newsgraph/entities/gazetteer"
)

// demonymAdjective reports whether country mention m is a demonym the
// gazetteer knows, qualifying the lower-case noun after it: "Swiss francs",
// "the South African organization" name no country an office could be
// of. (isDemonymFree guesses demonyms by their endings, which miss these;
// a plural people, "Israelis", is a noun.)
func (rb *relBuilder) demonymAdjective(m placed, s Sentence) bool {
	d := rb.d
	e := rb.ex.Entities[m.ent]
	if e.Entry == nil || m.tokEnd >= s.TokEnd {
		return false
	}
	if n := d.Tokens[m.tokEnd]; !n.Word() || n.Cap() || isRelRoleWord(low(n)) || stateNouns[low(n)] {
		return false
	}
	whole := strings.ToLower(d.Text[d.Tokens[m.tokStart].Start:d.Tokens[m.tokEnd-1].End])
	demonym, plural := false, false
	for _, a := range e.Entry.Aliases {
		if a.Kind == gazetteer.KindDemonym {
			t := strings.ToLower(a.Text)
			demonym = demonym || t == whole
			plural = plural || t+"s" == whole
		}
	}
	return demonym && !plural
}
