package ner

import "strings"

// listInnerWords are the lower-case words that stand inside an
// organization's name between its capitalised words ("Black Voices for
// Peace", "Save the Children Fund", "Stop the War Coalition", "Freedom to
// Marry"): a list item made only of capitalised words and these is one
// name.
// "In", "at" and "from" are left out: in news they join a firm and its
// town ("Midstates in Toledo").
var listInnerWords = map[string]bool{
	"for": true, "the": true, "to": true, "on": true, "of": true,
	"against": true, "without": true, "'s": true, "&": true,
	"de": true, "du": true, "des": true, "la": true, "le": true, "di": true,
	"del": true, "der": true, "von": true,
}

// listItem is one item of a comma-separated list: the words from the
// start of its name (after "and", "or" and "the") to the end of the name
// (before an acronym in parentheses).
type listItem struct {
	start, end int
	and        bool // the name holds "and": it is counted but left as it is
}

// orgListItems makes each item of a list of organizations one
// organization's name. In a list whose items are separated by commas or
// semicolons ("Amnesty International, Oxfam, War on Want, and Christian
// Aid"), an item between two separators made only of capitalised words
// and the lower-case words of listInnerWords is one name, whatever the
// model made of it: it cuts names at "for" or "the" ("[Jewish Fund] for
// [Justice]", "Save the [Children Fund]") and misses names without a
// head word ("Not In Our Name", "Freedom to Marry"). The rule
// acts only where the list is one of organizations: of three items or
// more, at least two and more than half are names the model typed
// organization. An item that is exactly one name keeps its type (but
// misc): in news the model calls a line-up of players' names ("P Velby,
// R Marl") organizations often enough to outvote the persons, and a list
// of counties holds a region it called an organization. So does an item
// opening with a person's name ("Ada
// Quillby of Marl Foods"); an item holding "and" is left as it is, since "and" joins
// names as often as it stands inside one ("National Gay and Lesbian Task
// Force"), except that "X and the Y" is two items.
func orgListItems(s []string, cs []Chunk) []Chunk {
	if headline(s) {
		return cs
	}
	seps := []int{-1}
	for i, w := range s {
		if w == "," || w == ";" {
			seps = append(seps, i)
		}
	}
	if len(seps) < 3 {
		return cs
	}
	seps = append(seps, len(s))
	for k := 1; k < len(seps)-1; {
		items, next := listRun(s, cs, seps, k)
		if next == k {
			k++
			continue
		}
		if first, ok := itemBefore(cs, seps[k]); ok {
			items = append([]listItem{first}, items...)
		}
		if orgVotes(cs, items) {
			cs = makeOrgItems(s, cs, items)
		}
		k = next
	}
	return cs
}

// listRun collects the items after separators seps[k], seps[k+1], ...
// while each segment up to the next separator holds a list item; it
// returns them and the index of the separator where the run stops (k when
// there is no item after seps[k]). A segment that ends the sentence holds
// an item when it ends with the sentence's full stop.
func listRun(s []string, cs []Chunk, seps []int, k int) ([]listItem, int) {
	var items []listItem
	for ; k < len(seps)-1; k++ {
		a, b := seps[k]+1, seps[k+1]
		if k+1 == len(seps)-1 {
			if b-a < 2 || s[b-1] != "." {
				break
			}
			b--
		}
		got, ok := segmentItems(s, cs, a, b)
		if !ok {
			break
		}
		items = append(items, got...)
	}
	return items, k
}

// segmentItems returns the list items of the words s[a:b] between two
// separators, or false when they are no list item: words other than
// capitalised ones, listInnerWords and "and" (a sentence's own words),
// or a name that runs on over the separators.
func segmentItems(s []string, cs []Chunk, a, b int) ([]listItem, bool) {
	if a < b && (s[a] == "and" || s[a] == "or") {
		a++
	}
	if a < b && s[a] == "the" {
		a++
	}
	if b-a >= 4 && s[b-1] == ")" && s[b-3] == "(" {
		b -= 3 // "The World Academy of Sciences ( TWAS )"
	}
	if b-a < 1 || b-a > 8 || !capitalised(s[a]) || !capitalised(s[b-1]) {
		return nil, false
	}
	for _, c := range cs {
		if c.Start < a && c.End > a || c.Start < b && c.End > b {
			return nil, false
		}
	}
	and := -1
	for i := a; i < b; i++ {
		switch {
		case s[i] == "and" || s[i] == "or":
			if and >= 0 {
				return []listItem{{start: a, end: b, and: true}}, true
			}
			and = i
		case capitalised(s[i]) || listInnerWords[s[i]]:
		default:
			return nil, false
		}
	}
	if and < 0 {
		return []listItem{{start: a, end: b}}, true
	}
	if and+2 < b && s[and+1] == "the" && capitalised(s[and-1]) && capitalised(s[and+2]) {
		return []listItem{{start: a, end: and}, {start: and + 2, end: b}}, true
	}
	return []listItem{{start: a, end: b, and: true}}, true
}

// itemBefore returns the name that ends right before the separator at
// sep, the first item of a list that follows it ("members included the
// American Legion, ...").
func itemBefore(cs []Chunk, sep int) (listItem, bool) {
	for _, c := range cs {
		if c.End == sep {
			return listItem{start: c.Start, end: c.End}, true
		}
	}
	return listItem{}, false
}

// orgVotes reports whether a list's items are organizations: three items
// or more, of which at least two and more than half have their longest
// name typed organization.
func orgVotes(cs []Chunk, items []listItem) bool {
	if len(items) < 3 {
		return false
	}
	orgs := 0
	for _, it := range items {
		best := Chunk{}
		for _, c := range cs {
			if c.Start >= it.start && c.End <= it.end && c.End-c.Start > best.End-best.Start {
				best = c
			}
		}
		if best.Type == FineOrganization {
			orgs++
		}
	}
	return orgs >= 2 && 2*orgs > len(items)
}

// makeOrgItems replaces the names inside each item (but one without "and"
// that is exactly a party's or country's name) by one organization's
// name spanning the item.
func makeOrgItems(s []string, cs []Chunk, items []listItem) []Chunk {
	for _, it := range items {
		if it.and {
			continue
		}
		keep := false
		var out []Chunk
		for _, c := range cs {
			if c.Start == it.start && c.End == it.end && c.Type != FineMisc {
				keep = true // one name of its own type: the list's votes are too weak to retype it
			}
			if c.Start == it.start && c.End < it.end && c.Type == FinePerson {
				keep = true // "Ada Quillby of Marl Foods": a person and her firm
			}
			if c.Start < it.start || c.End > it.end {
				out = append(out, c)
			}
		}
		if keep {
			continue
		}
		if first := strings.ToLower(strings.TrimSuffix(s[it.start], ".")); allUpper(s[it.start:it.end]) || personTitles[first] || officeNouns[first] {
			continue // a headline's words; a titled person ("Senator X"), an office ("President of X")
		}
		cs = insertChunk(out, Chunk{Type: FineOrganization, Start: it.start, End: it.end})
	}
	return cs
}

// insertChunk returns cs with c added in position order.
func insertChunk(cs []Chunk, c Chunk) []Chunk {
	i := 0
	for i < len(cs) && cs[i].Start < c.Start {
		i++
	}
	cs = append(cs, Chunk{})
	copy(cs[i+1:], cs[i:])
	cs[i] = c
	return cs
}

// allUpper reports whether every word with letters is written in capitals
// and one is longer than a letter.
func allUpper(toks []string) bool {
	long := false
	for _, t := range toks {
		if strings.ToUpper(t) != t {
			return false
		}
		long = long || len(t) > 1
	}
	return long
}

// headline reports whether most words of a sentence are written in
// capitals, as news headlines are: there capitals say nothing about names.
func headline(s []string) bool {
	upper, words := 0, 0
	for _, w := range s {
		if len(w) < 2 || !capitalised(w) {
			if len(w) >= 2 {
				words++
			}
			continue
		}
		words++
		if strings.ToUpper(w) == w {
			upper++
		}
	}
	return words >= 4 && 2*upper > words
}
