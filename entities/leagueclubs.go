package entities

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/entities/gazetteer"
	"github.com/newsgraph/newsgraph/entities/lexicon"
)

// The clubs of the North American major leagues are named three ways:
// by town in results tables ("TORONTO 63 72 .467"), by nickname in
// reports ("the Blue Jays rallied"), and in full ("Toronto Blue Jays").
// Nothing in one article ties the town to the nickname, so without
// knowing the clubs the three stay three nodes across articles. A team
// the teams stage read (an organization with the article's sport) whose
// name is a club's town or nickname, unambiguous in that sport ("NEW
// YORK" is two baseball clubs and stays as written), takes the club's
// current full name; a name given in full takes it, and the club's sport,
// wherever it stands. The name is the one, current or former, that the
// written forms belong to ("MONTREAL" and "Expos" name the Montreal
// Expos, though the club now plays elsewhere): a report of its time
// keeps its own name. The written forms stay aliases.

// leagueClub is one club of lexicon list league_clubs.
type leagueClub struct {
	sport, name string // name: the current full name, capitalised
}

// clubForms maps a sport and a name's key (gazetteer.Key) to the clubs
// so named: by town, by nickname or in full, current or former name.
// fullClubNames maps the key of a full name to its clubs, of any sport.
// clubVariants maps a club (by its current name) and a form's key to the
// club's names, current or former, that the form is part of.
var clubForms, fullClubNames, clubVariants = readLeagueClubs(lexicon.Words("league_clubs"))

type sportKey struct{ sport, key string }

type variantKey struct{ club, key string }

// readLeagueClubs parses the lines of league_clubs: "sport | town :
// nickname ; town : nickname ...".
func readLeagueClubs(lines []string) (map[sportKey][]leagueClub, map[string][]leagueClub, map[variantKey][]string) {
	forms, full, variants := map[sportKey][]leagueClub{}, map[string][]leagueClub{}, map[variantKey][]string{}
	add := func(m map[sportKey][]leagueClub, k sportKey, c leagueClub) {
		for _, o := range m[k] {
			if o == c {
				return
			}
		}
		m[k] = append(m[k], c)
	}
	for _, line := range lines {
		sport, names, _ := strings.Cut(line, "|")
		sport = strings.TrimSpace(sport)
		var c leagueClub
		for i, n := range strings.Split(names, ";") {
			town, nick, _ := strings.Cut(n, ":")
			town, nick = strings.TrimSpace(town), strings.TrimSpace(nick)
			if i == 0 {
				c = leagueClub{sport, capitalised(town + " " + nick)}
			}
			fk := gazetteer.Key(town + " " + nick)
			for _, k := range []string{gazetteer.Key(town), gazetteer.Key(nick), fk} {
				add(forms, sportKey{sport, k}, c)
				vk, v := variantKey{c.name, k}, capitalised(town+" "+nick)
				if !slices.Contains(variants[vk], v) {
					variants[vk] = append(variants[vk], v)
				}
			}
			fc := full[fk]
			if len(fc) == 0 || fc[len(fc)-1] != c {
				full[fk] = append(fc, c)
			}
		}
	}
	return forms, full, variants
}

// capitalised capitalises the first letter of each word of s.
func capitalised(s string) string {
	w := strings.Fields(s)
	for i, x := range w {
		w[i] = strings.ToUpper(x[:1]) + x[1:]
	}
	return strings.Join(w, " ")
}

// leagueClubName returns the full name of the one club of sport that
// the written forms of a team name: a form that names two clubs ("NEW
// YORK") says nothing, and forms that name two clubs between them name
// none.
func leagueClubName(sport string, forms map[string]int) (string, bool) {
	c, ok := oneClub(forms, func(k string) []leagueClub { return clubForms[sportKey{sport, k}] })
	if !ok {
		return "", false
	}
	return writtenName(c, forms), true
}

// writtenName returns the name of club c, current or former, that the
// written forms belong to: the one name a form is part of ("Expos"),
// else, where forms point to several or only to a town all its names
// share, the current name.
func writtenName(c leagueClub, forms map[string]int) string {
	name := ""
	for f := range forms {
		ns := clubVariants[variantKey{c.name, gazetteer.Key(f)}]
		if len(ns) != 1 {
			continue
		}
		if name != "" && name != ns[0] {
			return c.name
		}
		name = ns[0]
	}
	if name == "" {
		return c.name
	}
	return name
}

// fullClubName returns the one club the written forms name in full
// ("Baltimore Orioles"), of any sport.
func fullClubName(forms map[string]int) (leagueClub, bool) {
	return oneClub(forms, func(k string) []leagueClub { return fullClubNames[k] })
}

// oneClub returns the one club that the forms name through clubs (by a
// form's key), ignoring forms that name several.
func oneClub(forms map[string]int, clubs func(key string) []leagueClub) (leagueClub, bool) {
	var found leagueClub
	for f := range forms {
		cs := clubs(gazetteer.Key(f))
		if len(cs) != 1 {
			continue
		}
		if found.name != "" && found != cs[0] {
			return leagueClub{}, false
		}
		found = cs[0]
	}
	return found, found.name != ""
}

// leagueClubNames gives organization e, written as forms, the full name
// of the league club it is: a team of a sport by its town or nickname, or
// any organization by the club's full name (which gives it the sport).
func leagueClubNames(e *Entity, forms map[string]int) {
	if sport := e.Attrs["sport"]; sport != "" {
		if n, ok := leagueClubName(sport, forms); ok {
			e.Name = n
		}
		return
	}
	if c, ok := fullClubName(forms); ok {
		if e.Attrs == nil {
			e.Attrs = map[string]string{}
		}
		e.Name, e.Attrs["sport"] = writtenName(c, forms), c.sport
		delete(e.Attrs, TeamAttr) // the club's name tells its sport
	}
}

// LeagueClub returns the current full name of the one league club of
// sport that name gives in full, current or former ("Cleveland Indians"
// and "Cleveland Guardians" are one club): ingest joins the nodes of a
// club's names, which linking by name keeps apart.
func LeagueClub(sport, name string) (string, bool) {
	cs := fullClubNames[gazetteer.Key(name)]
	if len(cs) != 1 || cs[0].sport != sport {
		return "", false
	}
	return cs[0].name, true
}
