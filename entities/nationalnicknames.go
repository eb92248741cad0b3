package entities

import (
	"strings"

	"github.com/newsgraph/newsgraph/entities/gazetteer"
	"github.com/newsgraph/newsgraph/entities/lexicon"
	"github.com/newsgraph/newsgraph/graph"
)

// National sides have nicknames that reports use as the nation's name:
// "the All Blacks salvaged some pride", "Springbok scrum-half X". Read
// as written, such a name is an organization of its own or a person, and
// the side is two nodes: the nation's team and its nickname.

// nationalNicknames maps a sport and a nickname's key (gazetteer.Key) to
// the gazetteer entry of the nation whose side it names (lexicon
// national_team_nicknames); nicknameSports maps a nickname's key to the
// sports it names a side in.
var nationalNicknames, nicknameSports = readNationalNicknames(lexicon.Words("national_team_nicknames"))

// readNationalNicknames parses the lines "sport | entry | nickname ;
// nickname ...".
func readNationalNicknames(lines []string) (map[sportKey]string, map[string][]string) {
	nicks, sports := map[sportKey]string{}, map[string][]string{}
	for _, line := range lines {
		parts := strings.Split(line, "|")
		if len(parts) != 3 {
			continue
		}
		sport, entry := strings.TrimSpace(parts[0]), strings.TrimSpace(parts[1])
		for _, n := range strings.Split(parts[2], ";") {
			k := gazetteer.Key(n)
			nicks[sportKey{sport, k}] = entry
			sports[k] = append(sports[k], sport)
		}
	}
	return nicks, sports
}

// NationalTeamEntry returns the gazetteer entry (lower case) of the
// nation whose side of sport name is the nickname of ("All Blacks",
// rugby: "country:nz").
func NationalTeamEntry(sport, name string) (string, bool) {
	id, ok := nationalNicknames[sportKey{sport, gazetteer.Key(name)}]
	return id, ok
}

// maxNicknameWords is the most words a nickname of national_team_nicknames has.
const maxNicknameWords = 3

// nationalNicknameTeams reads as a team, in a sports report, the words
// written as the nickname of a national side of the report's sport, or
// of the one sport it names a side in when the report names none. The
// nickname starts with a capital; its mention replaces those the
// recognizers found inside it ("Fijians" of "the Flying Fijians") or
// joins the mentions when there was none ("the Wallabies led").
func nationalNicknameTeams(d *Document, mentions []Mention) []Mention {
	sport, read := "", false
	for k := 0; k < len(d.Tokens); k++ {
		if !d.Tokens[k].Word() || !d.Tokens[k].Cap() {
			continue
		}
		for n := min(maxNicknameWords, len(d.Tokens)-k); n >= 1; n-- {
			if !d.Tokens[k+n-1].Word() {
				continue // the key leaves punctuation out: "All Blacks -" is no name
			}
			key := gazetteer.Key(d.Text[d.Tokens[k].Start:d.Tokens[k+n-1].End])
			sports := nicknameSports[key]
			if len(sports) == 0 {
				continue
			}
			if !read {
				sport, read = articleSport(d), true
			}
			if _, ok := nationalNicknames[sportKey{sport, key}]; !ok && !(sport == "" && len(sports) == 1) {
				break
			}
			mentions = nicknameMention(d, mentions, k, k+n)
			k += n - 1
			break
		}
	}
	return mentions
}

// nicknameMention puts a team's mention on tokens [start, end) in
// place of the mentions within them, before the first mention after
// them, and returns the mentions; a mention that reaches outside them
// ("All Blacks Supporters Club") stays, and no team is added.
func nicknameMention(d *Document, mentions []Mention, start, end int) []Mention {
	for _, m := range mentions {
		if m.TokEnd > start && m.TokStart < end && (m.TokStart < start || m.TokEnd > end) {
			return mentions
		}
	}
	team := Mention{Start: d.Tokens[start].Start, End: d.Tokens[end-1].End, TokStart: start, TokEnd: end, Type: graph.Organization, Source: teamSource, Score: ScoreStrong}
	out := make([]Mention, 0, len(mentions)+1)
	added := false
	for _, m := range mentions {
		if m.TokStart >= start && m.TokEnd <= end {
			continue
		}
		if !added && m.TokStart >= end {
			out, added = append(out, team), true
		}
		out = append(out, m)
	}
	if !added {
		out = append(out, team)
	}
	return out
}
