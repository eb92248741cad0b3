package entities

import (
	"strings"
	"sync"

	"github.com/newsgraph/newsgraph/entities/lexicon"
)

// This file keeps a short person form with a gender-marked honorific
// ("Mrs Howard", "Mr Howard") from joining a fuller name the article
// gives the other gender. An article that writes "Mr Howard" and "Mrs
// Howard" names two people: his wife's statements are not his.
//
// A person group's gender (group.sex) comes from:
//
//   - an honorific before the full name itself ("Mrs Sandra Howard");
//   - else the given name, when the short form is the full name's last
//     word and the given name is in the list of given names that mark a
//     gender (lexicon given_name_genders, names common to both left out),
//     and the article needs it: it writes the surname with honorifics of
//     both genders ("Mr Howard", "Mrs Howard": two people, and "Michael"
//     says which is the full name's), or names several people of that
//     surname in full ("Tony Blair", "Cherie Blair": "Mr Blair" is his).
//     A list of given names is no proof of one person's gender ("Ariel"
//     is a woman's name in one country, a man's in another), so a lone
//     honorific that disagrees with it ("Mr Faraj" after "Anais Faraj")
//     still joins: on BBC and Reuters such firings were all wrong;
//   - else, when the first honorific short form of the surname reaches the
//     group, the gender most of the article's honorific short forms of
//     that word give (ties: the first one's). The full name is the person
//     the article writes about; a spouse or relative named by honorific
//     and surname comes up less often.
//
// A short form whose honorific gives the other gender does not join the
// group: it starts a group of its own (group.sexApart), which its later
// short forms of that gender join. A bare surname, with no honorific,
// keeps to the full name: it does not join a group kept apart by gender.

// honorificSex returns the gender ("m", "f") that an honorific before
// person mention m, or at its start, gives ("Mrs Howard", "Mr. Howard"),
// or "".
func honorificSex(d *Document, m Mention) string {
	k := m.TokStart - 1
	if k >= 0 && d.Tokens[k].Text == "." {
		k--
	}
	if k >= 0 {
		if g := honorificGenders[strings.TrimSuffix(low(d.Tokens[k]), ".")]; g != "" {
			return g
		}
	}
	// An honorific inside the mention is one that names more than it:
	// "King" alone is the surname of "Ms King", no honorific.
	if m.TokEnd-m.TokStart >= 2 {
		return honorificGenders[strings.TrimSuffix(low(d.Tokens[m.TokStart]), ".")]
	}
	return ""
}

// loneSexCounts counts, for each lone name word, the honorific short
// forms of each gender among the article's one-word person mentions
// (index 0 "m", 1 "f").
func loneSexCounts(d *Document, lone []Mention, words []string) map[string]*[2]int {
	var out map[string]*[2]int
	for i, m := range lone {
		s := honorificSex(d, m)
		if s == "" {
			continue
		}
		if out == nil {
			out = map[string]*[2]int{}
		}
		c := out[words[i]]
		if c == nil {
			c = &[2]int{}
			out[words[i]] = c
		}
		c[sexIndex(s)]++
	}
	return out
}

// sexIndex maps "m" to 0 and "f" to 1.
func sexIndex(s string) int {
	if s == "f" {
		return 1
	}
	return 0
}

// sexFound filters the groups a one-word person mention (name word word,
// honorific gender sex, "" when none) was found to fit. A group of
// unknown gender that an honorific short form reaches first takes the
// gender most of the article's short forms of the word give (counts),
// when it is the one group found: of two full names sharing the
// surname, the honorific does not tell which one it is. It reports whether it dropped a group for its gender, so that the
// mention's new group is kept apart.
func sexFound(found []*group, word, sex string, counts map[string]*[2]int) ([]*group, bool) {
	if sex == "" {
		// A bare surname keeps to the full name, not to a group an
		// honorific of the other gender set apart.
		n := 0
		for _, g := range found {
			if !g.sexApart {
				found[n] = g
				n++
			}
		}
		if n > 0 {
			found = found[:n]
		}
		return found, false
	}
	n := 0
	dropped := false
	for _, g := range found {
		if g.sex == "" {
			g.sex = groupSex(g, word, sex, counts, len(found) == 1)
		}
		if g.sex != "" && g.sex != sex {
			dropped = true
			continue
		}
		found[n] = g
		n++
	}
	return found[:n], dropped
}

// givenNameGenders maps a given name's key to the gender it marks; loaded
// when an honorific short form first needs it.
var givenNameGenders = sync.OnceValue(func() map[string]string {
	return lexicon.Pairs("given_name_genders")
})

// GivenNameGender returns the gender ("m", "f") the given-name list marks
// name with (lower case, "sandra"), or "" when it marks none: for the
// resolvers across articles, which read the one list this package loads.
func GivenNameGender(name string) string { return givenNameGenders()[name] }

// HonorificGender returns the gender ("m", "f") an honorific gives (any
// case, a final period ignored: "Mrs." → f), or "" for a word that is none.
func HonorificGender(word string) string {
	return honorificGenders[strings.TrimSuffix(strings.ToLower(word), ".")]
}

// groupSex returns the gender of person group g of unknown gender that a
// short form word with honorific gender sex reaches: its given name's,
// when the article writes word with honorifics of both genders or g is
// one of several groups found, else, when g is the one group found (alone), the gender most of the
// article's honorific short forms of word give (counts; ties: sex), else
// "".
func groupSex(g *group, word, sex string, counts map[string]*[2]int, alone bool) string {
	c := counts[word]
	both := c != nil && c[0] > 0 && c[1] > 0
	if w := g.ent.Words; (both || !alone) && len(w) >= 2 && w[len(w)-1] == word && w[0] != word {
		if s := givenNameGenders()[w[0]]; s != "" {
			return s
		}
	}
	if !alone {
		return ""
	}
	if c != nil && c[0] != c[1] {
		if c[1] > c[0] {
			return "f"
		}
		return "m"
	}
	return sex
}
