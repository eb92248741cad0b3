package ingest

// This file joins the short names of sports teams to their full names
// across articles. Results tables and match reports name a club by its
// town ("SAN DIEGO 75 60", "Norwich 2 Luton 1") or by its nickname
// ("the Padres"); another article names it in full ("San Diego Padres",
// "Norwich City"). The teams stage keeps a town's team apart from the
// town (an organization with a "sport" attribute), and the other joins
// leave teams alone, so without this rule the town's team and the club
// of the full name stay two nodes.
//
// A team joins a full name only when that name is the one candidate in
// the store: "Manchester" stays alone beside "Manchester United" and
// "Manchester City", and a club's last word that many clubs share
// ("Rangers", "United", "City") is no nickname of any one of them.

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/entities"
	"github.com/newsgraph/newsgraph/entities/gazetteer"
	"github.com/newsgraph/newsgraph/entities/lexicon"
	"github.com/newsgraph/newsgraph/graph"
)

// sharedClubWords are the last words of many clubs' names ("Bristol
// Rovers", "Queens Park Rangers"): alone they name no one club.
var sharedClubWords = lexicon.Set("club_last_words")

// teamJoin is one join teamJoins makes.
type teamJoin struct {
	from, to graph.ID
}

// maxClubWords is the most words a club's full name adds to its town or
// its nickname ("Chicago White Sox", "West Bromwich Albion").
const maxClubWords = 2

// teamJoins returns, in the order of ents, the joins of each team (an
// organization of no gazetteer entry with a "sport" attribute, not in
// fixed) into the one organization of no gazetteer entry and of the same
// sport or of none (a full name the teams stage did not read as a team,
// outside a sports report) whose name extends the team's fullest name by
// words at its end (the town: "SAN DIEGO", "San Diego Padres") or at its
// start (the nickname: "Padres"). A nickname that is a shared club word
// joins nothing.
func teamJoins(ents []graph.Entity, fixed map[graph.ID]bool, byID map[graph.ID]*graph.Entity, memo *joinMemo) []teamJoin {
	// The teams' names first: the other organizations' names are looked
	// up, not indexed, as most stores hold few teams.
	teams := map[string][]graph.ID{} // a team's fullest name → the teams so named
	for i := range ents {
		e := &ents[i]
		if teamCandidate(e) && e.Attrs["sport"] != "" && !fixed[e.ID] {
			if w := memo.storedWords(memo.canonicalName(e)); len(w) > 0 {
				k := strings.Join(w, " ")
				teams[k] = append(teams[k], e.ID)
			}
		}
	}
	if len(teams) == 0 {
		return nil
	}
	cands := map[graph.ID][]graph.ID{} // a team → the organizations of longer names it starts or ends
	for i := range ents {
		e := &ents[i]
		if !teamCandidate(e) {
			continue
		}
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			w := memo.storedWords(n)
			for k := 1; k < len(w); k++ {
				lead, nick := teams[strings.Join(w[:k], " ")], teams[strings.Join(w[k:], " ")]
				if len(w)-k == 1 && sharedClubWords[w[k]] || len(nick) > 0 && clubPrefixLess(w) == nil && placeName(strings.Join(w[k:], " ")) {
					// A shared club word or a place's name is no club's
					// nickname: "Milan" of "Internazionale Milan" names AC
					// Milan too, "Stirling" of "East Stirling" Stirling
					// Albion. After a club prefix the town is the club's
					// name ("FC Barcelona").
					nick = nil
				}
				if len(w)-k > maxClubWords {
					lead = nil
				}
				if k > maxClubWords {
					nick = nil
				}
				for _, t := range append(slices.Clip(lead), nick...) {
					s := e.Attrs["sport"]
					if t != e.ID && (s == byID[t].Attrs["sport"] || s == "" && sharedClubWords[w[len(w)-1]]) && !slices.Contains(cands[t], e.ID) {
						cands[t] = append(cands[t], e.ID)
					}
				}
			}
		}
	}
	var out []teamJoin
	for i := range ents {
		if c := cands[ents[i].ID]; len(c) == 1 {
			out = append(out, teamJoin{ents[i].ID, c[0]})
		}
	}
	out = append(out, nicknameJoins(ents, fixed, memo)...)
	out = append(out, demonymTeamJoins(ents, fixed, memo)...)
	return append(out, leagueClubJoins(ents, fixed)...)
}

// leagueClubJoins returns the joins of each team (not in fixed) named by
// a league club's full name, current or former, into the first team of
// that club (entities.LeagueClub): a report of one era names the club
// "Cleveland Indians" in full, another's table only "CLEVELAND", which
// the teams stage names by the club's current name.
func leagueClubJoins(ents []graph.Entity, fixed map[graph.ID]bool) []teamJoin {
	first := map[string]graph.ID{} // a club's current name → its first team
	var out []teamJoin
	for i := range ents {
		e := &ents[i]
		sport := e.Attrs["sport"]
		if !teamCandidate(e) || sport == "" {
			continue
		}
		club, ok := entities.LeagueClub(sport, e.Name)
		if !ok {
			continue
		}
		switch to, seen := first[club]; {
		case !seen:
			first[club] = e.ID
		case !fixed[e.ID]:
			out = append(out, teamJoin{e.ID, to})
		}
	}
	return out
}

// demonymTeamJoins returns the joins of each team named by a country's
// or a nation's demonym ("DUTCH DRAW WITH BRAZIL", "the Scottish
// defence") or by the nickname of its side ("the All Blacks") into the
// one team of its sport named by that country's or region's name or
// short name ("the Netherlands drew 2-2").
func demonymTeamJoins(ents []graph.Entity, fixed map[graph.ID]bool, memo *joinMemo) []teamJoin {
	type sportEntry struct{ sport, id string }
	named := map[sportEntry][]graph.ID{} // teams by sport and the gazetteer entry their name names
	var demonyms []int
	for i := range ents {
		e := &ents[i]
		if !teamCandidate(e) || e.Attrs["sport"] == "" {
			continue
		}
		k := memo.key(memo.canonicalName(e))
		for _, id := range nationEntries(k) {
			se := sportEntry{e.Attrs["sport"], id}
			named[se] = append(named[se], e.ID)
		}
		if !fixed[e.ID] && !strings.Contains(k, " ") || !fixed[e.ID] && nationalNickname(e, memo) {
			demonyms = append(demonyms, i)
		}
	}
	var out []teamJoin
	for _, i := range demonyms {
		e := &ents[i]
		var to []graph.ID
		ids := demonymEntries(memo.key(memo.canonicalName(e)))
		if id, ok := entities.NationalTeamEntry(e.Attrs["sport"], memo.canonicalName(e)); ok {
			ids = append(ids, id) // a national side's nickname: "All Blacks"
		}
		for _, id := range ids {
			for _, t := range named[sportEntry{e.Attrs["sport"], id}] {
				if !slices.Contains(to, t) {
					to = append(to, t)
				}
			}
		}
		if len(to) == 1 && to[0] != e.ID {
			out = append(out, teamJoin{e.ID, to[0]})
		}
	}
	return out
}

// nationalNickname reports whether team e is named by the nickname of
// its sport's side of a nation (entities.NationalTeamEntry).
func nationalNickname(e *graph.Entity, memo *joinMemo) bool {
	_, ok := entities.NationalTeamEntry(e.Attrs["sport"], memo.canonicalName(e))
	return ok
}

// nationEntries returns the IDs (lower case) of the countries and
// regions that name key is a name or short name of.
func nationEntries(key string) []string {
	var out []string
	for _, m := range gazetteer.Default().Lookup(key) {
		nation := m.Entry.Type == graph.Country || strings.HasPrefix(m.Entry.ID, "region:")
		if nation && (m.Alias.Kind == gazetteer.KindName || m.Alias.Kind == gazetteer.KindShort) {
			out = append(out, strings.ToLower(m.Entry.ID))
		}
	}
	return out
}

// demonymEntries returns the IDs (lower case) of the countries whose
// demonym name key is, and of the region it is the adjective of (lexicon
// region_demonyms: "scottish").
func demonymEntries(key string) []string {
	var out []string
	for _, m := range gazetteer.Default().Lookup(key) {
		if m.Entry.Type == graph.Country && m.Alias.Kind == gazetteer.KindDemonym {
			out = append(out, strings.ToLower(m.Entry.ID))
		}
	}
	if id, ok := regionDemonyms[key]; ok {
		out = append(out, strings.ToLower(id))
	}
	return out
}

// regionDemonyms maps the adjectives of regions that are not countries to
// their gazetteer entries (lexicon region_demonyms: "scottish").
var regionDemonyms = lexicon.Pairs("region_demonyms")

// nicknameJoins returns the joins of each organization of no gazetteer
// entry and no sport, not in fixed, named by the nickname of the one team
// that has it: the last words of a team's full name after its town ("the
// Ravens split a doubleheader", read in a report the teams stage did not
// take for one, beside "Vestby Ravens" of another). A shared club word
// ("Rangers") is no team's nickname, nor is a place's name: the last word
// of "Internazionale Milan" is its town, which names another club too.
func nicknameJoins(ents []graph.Entity, fixed map[graph.ID]bool, memo *joinMemo) []teamJoin {
	nicks := map[string][]graph.ID{} // a nickname → the teams that have it
	for i := range ents {
		e := &ents[i]
		if !teamCandidate(e) || e.Attrs["sport"] == "" {
			continue
		}
		w := memo.storedWords(memo.canonicalName(e))
		for k := max(1, len(w)-maxClubWords); k < len(w); k++ {
			if n := strings.Join(w[k:], " "); !sharedClubWords[n] && !placeName(n) && !slices.Contains(nicks[n], e.ID) {
				nicks[n] = append(nicks[n], e.ID)
			}
		}
	}
	var out []teamJoin
	for i := range ents {
		e := &ents[i]
		if !teamCandidate(e) || e.Attrs["sport"] != "" || fixed[e.ID] {
			continue
		}
		if ts := nicks[strings.Join(memo.storedWords(memo.canonicalName(e)), " ")]; len(ts) == 1 && ts[0] != e.ID {
			out = append(out, teamJoin{e.ID, ts[0]})
		}
	}
	return out
}

// teamCandidate reports whether e may be a team or a club's full name:
// an organization of no gazetteer entry.
func teamCandidate(e *graph.Entity) bool {
	return e.Type == graph.Organization && e.Attrs["gazetteer"] == ""
}

// placeName reports whether the gazetteer knows name key as a place's or
// a country's name (not a weak alias).
func placeName(key string) bool {
	for _, m := range gazetteer.Default().Lookup(key) {
		if (m.Entry.Type == graph.Place || m.Entry.Type == graph.Country) && !m.Alias.Weak() {
			return true
		}
	}
	return false
}
