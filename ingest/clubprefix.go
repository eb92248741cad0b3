package ingest

// clubPrefixes are the abbreviations that open the formal names of
// sports clubs ("FC Vestby", "AC Vestby"), and clubPrefixPairs the
// two-word openings ("Sport-Club Vestby"): news names the club by the
// rest ("Vestby"), a short form (shortForms) of the formal name.
var (
	clubPrefixes = map[string]bool{
		"fc": true, "ac": true, "afc": true, "sc": true, "sk": true, "fk": true, "cf": true, "cd": true,
		"sv": true, "vfb": true, "vfl": true, "tsv": true, "ssc": true, "kv": true,
	}
	clubPrefixPairs = map[[2]string]bool{{"sport", "club"}: true, {"sporting", "club"}: true, {"athletic", "club"}: true, {"sports", "club"}: true}
)

// clubPrefixLess returns name words w without the club words that open
// them ("sport club vestby" → "vestby", "fc vestby" → "vestby"), or nil
// when none does or nothing else is left.
func clubPrefixLess(w []string) []string {
	n := 0
	switch {
	case len(w) > 2 && clubPrefixPairs[[2]string{w[0], w[1]}]:
		n = 2
	case len(w) > 1 && clubPrefixes[w[0]]:
		n = 1
	}
	if n == 0 {
		return nil
	}
	return w[n:]
}
