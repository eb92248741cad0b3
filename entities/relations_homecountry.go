package entities

import (
	"slices"

	"github.com/newsgraph/newsgraph/entities/gazetteer"
	"github.com/newsgraph/newsgraph/graph"
)

// The country an article is about. A state office no sentence places
// (resolveOffices) and the rules that fall back on the article's country
// count the times each country is named as such (countryCounts), with a
// vote for the dateline's country and one for each named party's
// (homeVotes), and take a clear winner (clearWinner).

// homeCountry is the country an article is plainly about: named at least
// twice and at least twice as often as any other country, counting the
// dateline and the parties named as naming their countries; -1 if none.
func (rb *relBuilder) homeCountry() int {
	return clearWinner(rb.countryCounts(), len(rb.ex.Entities), 2)
}

// countryCounts counts the times the article names each country as such
// (entity index → count), with homeVotes.
func (rb *relBuilder) countryCounts() map[int]int {
	count := map[int]int{}
	for si, in := range rb.bySentence {
		for _, m := range in {
			if rb.countryNaming(m, rb.d.Sentences[si]) {
				count[m.ent]++
			}
		}
	}
	rb.homeVotes(count)
	return count
}

// homeVotes adds to count (entity index → times named) one for the
// dateline's country and one for each country a party named in the
// article belongs to, when the article names that country: a Reuters
// story datelined Tokyo, or a British story on Labour and the Liberal
// Democrats, is about that country's government.
func (rb *relBuilder) homeVotes(count map[int]int) {
	if c := datelineCountry(rb.gz, rb.place, rb.region); c != nil {
		if i := rb.namedEntry(c); i >= 0 {
			count[i]++
		}
	}
	for _, e := range rb.ex.Entities {
		if e.Type != graph.Party || len(e.Mentions) == 0 {
			continue
		}
		if i := rb.namedCountryOf(e.Entry); i >= 0 {
			count[i]++
		}
	}
}

// namedEntry returns the index of the entity the article names for
// gazetteer entry c, or -1 (an entity only implied does not count).
func (rb *relBuilder) namedEntry(c *gazetteer.Entry) int {
	return slices.IndexFunc(rb.ex.Entities, func(o *Entity) bool { return o.Entry == c && len(o.Mentions) > 0 })
}

// namedCountryOf returns the index of the entity the article names for
// the country of gazetteer entry e (a place's, a party's), or -1.
func (rb *relBuilder) namedCountryOf(e *gazetteer.Entry) int {
	if e == nil || e.Country == "" {
		return -1
	}
	c := rb.gz.CountryByCode(e.Country)
	if c == nil {
		return -1
	}
	return rb.namedEntry(c)
}

// clearWinner returns the entity (0 to n-1) counted most, when it was
// counted at least least times and at least twice as often as any other;
// otherwise -1. Ties between entities go to the lower index.
func clearWinner(count map[int]int, n, least int) int {
	win, best, second := topTwo(count, n)
	if best < least || best < 2*second {
		return -1
	}
	return win
}

// topTwo returns the index below n with the highest count (the first of
// equals; -1 when every count is 0), that count and the next highest.
func topTwo(count map[int]int, n int) (win, best, second int) {
	win = -1
	for i := range n {
		switch c := count[i]; {
		case c > best:
			best, second, win = c, best, i
		case c > second:
			second = c
		}
	}
	return win, best, second
}
