package entities

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/entities/gazetteer"
)

// This file decides which of an article's fuller names a lone name word
// ("Reagan", "Fo") joins in resolve. A short form points back to a name
// written before it: news writing introduces a person by full name and
// shortens it after. A lone word written before the full name that holds
// it, or written as the other one of a family pair ("son of President
// Reagan"), names someone else, the person the article took as known:
//
//   - "President Reagan will visit Rome ... Reagan and Nancy Reagan would
//     be in Rome": a role title before a surname, ahead of the one full
//     name of that surname, which the article never gives the role, is
//     the known office holder, not Nancy Reagan;
//   - "Fo was born at Leggiuno ... their younger sister Bianca Fo
//     Garambois": a word ahead of the full name that is a middle word of
//     it, neither its given name nor its surname, is someone else;
//   - "Michael Reagan, son of President Reagan": the one a kin noun and
//     "of" name is a relative of the full name, never the full name.
//
// Such a word starts a group of its own, kept apart (group.apart), and
// later lone mentions of the word join that group rather than the full
// name: once an article uses the bare word for one person, it keeps
// using it so. Cross-article resolution (ingest.Resolve) then finds the
// bearer it stands for among every article's people.

// loneFound filters the groups a one-word person mention m (name word
// word) was found to fit: a group kept apart for the word takes it; a
// fuller name it must stay apart from (keptApart) is dropped. It reports
// whether it dropped a group, so that the new group starts apart.
func (r *resolver) loneFound(m Mention, word string, found []*group) ([]*group, bool) {
	for _, g := range found {
		if g.apart && len(g.ent.Words) == 1 && g.ent.Words[0] == word {
			return []*group{g}, false
		}
	}
	n := len(found)
	found = slices.DeleteFunc(found, func(g *group) bool {
		return len(g.ent.Words) >= 2 && (m.Entry == nil || g.ent.Entry != m.Entry) && r.keptApart(m, word, g)
	})
	return found, len(found) < n
}

// keptApart reports whether the one-word person mention m stays apart from
// the fuller name of group g that holds its word (see the file comment).
func (r *resolver) keptApart(m Mention, word string, g *group) bool {
	if kinObject(r.d, m) {
		return true
	}
	if m.Start > firstStart(g.ent) {
		return false
	}
	if w := g.ent.Words; w[0] != word && w[len(w)-1] != word {
		return true // a middle word; a given name written first ("JANSHER" before "Jansher Khan") is the man
	}
	return m.Role != "" && !slices.ContainsFunc(g.ent.Roles, func(role string) bool { return strings.EqualFold(role, m.Role) })
}

// kinObject reports whether a kin noun and "of" come right before
// mention m, with capitalised title words between ("son of President
// Reagan", "the widow of Quill"): the mention names a relative's
// relative.
func kinObject(d *Document, m Mention) bool {
	k := m.TokStart - 1
	for n := 0; n < 3 && k >= 0 && d.Tokens[k].Cap() && TitleWord(gazetteer.Key(d.Tokens[k].Text)); n++ {
		k--
	}
	return k >= 1 && low(d.Tokens[k]) == "of" && kinNouns[low(d.Tokens[k-1])]
}
