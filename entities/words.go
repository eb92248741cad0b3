package entities

import (
	"slices"
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph/entities/gazetteer"
	"github.com/newsgraph/newsgraph/graph"
)

// The word lists below are general English news vocabulary: words that
// introduce or classify names. They hold no names themselves. All are
// lower case and matched against lower-cased tokens.

// roleNouns introduce a person's name when they stand right before it
// ("Prime Minister X", "federal minister X", "MP X", "ministers X and Y").
var roleNouns = setOf(
	"minister", "ministers", "president", "presidents", "premier", "chancellor", "senator", "senators",
	"mp", "mps", "mla", "mlas", "lawmaker", "lawmakers", "legislator", "congressman", "congresswoman",
	"representative", "rep", "sen", "governor", "mayor", "ambassador", "ambassadors", "envoy", "envoys",
	"secretary", "secretaries", "chairman", "chairperson", "chairwoman", "chair", "leader", "leaders",
	"chief", "spokesman", "spokeswoman", "spokesperson", "commissioner", "director", "directors",
	"adviser", "advisor", "assistant", "speaker", "king", "queen", "prince", "princess", "emperor",
	"judge", "justice", "general", "gen", "colonel", "col", "major", "captain", "capt", "admiral",
	"lieutenant", "lt", "commander", "marshal", "sheikh", "pope", "cardinal", "bishop", "imam",
	"ceo", "cfo", "founder", "chief executive", "executive", "diplomat", "diplomats", "officer",
	"analyst", "economist", "professor", "prof", "coach", "striker", "defender", "midfielder", "goalkeeper",
	"actor", "actress", "singer", "star", "player", "president-elect", "vice-president", "deputy",
	"inspector", "superintendent", "attorney", "prosecutor", "counsel", "governor-general", "mufti",
)

// ambiguousCues are role nouns that, capitalised, also open names of
// names of teams, programmes and offices ("Major League", "Chief
// Executive"); after them a lone word is not taken as a person. Company
// names after "General" are caught by their organization words instead.
var ambiguousCues = setOf("major", "star", "executive", "officer", "director", "directors", "counsel",
	"assistant", "player", "founder", "chief")

// orgWords name organizations and never people; a person name holding one
// is rejected ("Eastman Kodak Co", "General Dynamics").
var orgWords = setOf("co", "cos", "agreement", "dynamics", "foods", "partners", "accounting", "tire",
	"electric", "mills", "petroleum", "steel", "oil", "chemical", "chemicals", "airlines", "motor",
	"insurance", "mortgage", "securities", "savings", "financial", "bancorp", "trust", "capital",
	"systems", "communications", "technologies", "technology", "pharmaceuticals", "resources",
	"energy", "mining", "minerals", "brands", "stores", "products", "laboratories", "labs",
	"entertainment", "media", "telecom", "telephone", "railroad", "railway", "shipping", "lines",
	"international", "enterprises", "ventures", "investors", "investments", "associates", "llc",
	"lp", "gmbh", "ag", "sa", "nv", "bv", "spa", "limited", "incorporated", "treaty", "accord",
	"act", "protocol", "convention", "tariffs", "assembly", "council", "commission", "department",
	"ministry", "office", "committee", "inc", "corp", "corporation", "ltd", "plc", "group", "bank")

// honorifics precede a name but are not part of it for matching.
var honorifics = setOf(
	"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "syed", "sayed", "shri", "smt",
	"sri", "shrimati", "mx", "mister", "madam", "hon", "mme", "herr",
)

// roleModifiers may stand between a party or country name and a role noun
// ("Congress MP", "former foreign minister", "External Affairs Minister").
var roleModifiers = setOf(
	"former", "ex", "deputy", "vice", "acting", "prime", "foreign", "federal", "state", "chief", "junior",
	"senior", "external", "affairs", "home", "defence", "defense", "finance", "interior", "trade", "union",
	"cabinet", "special", "general", "principal", "party", "national", "then", "current", "opposition",
	"parliamentary", "provincial", "regional", "top", "veteran", "and", "of", "the", "to", "a", "an",
	"education", "health", "information", "law", "railways", "petroleum", "energy", "water", "commerce",
	"economic", "political", "military", "army", "navy", "air", "force", "security", "council", "house",
	"lok", "rajya", "sabha", "upper", "lower", "senate", "assembly", "elected", "newly", "sitting", "retired",
)

// reportingVerbs follow a person's name ("X said").
var reportingVerbs = setOf(
	"said", "says", "told", "added", "stated", "noted", "argued", "warned", "claimed", "replied",
	"asked", "announced", "insisted", "explained", "wrote", "tweeted", "posted", "declared", "stressed",
	"emphasised", "emphasized", "urged", "acknowledged", "admitted", "denied", "confirmed", "recalled",
)

// headNouns type an unknown capitalised name by its last word
// ("Taliban Sanctions Committee" is an organization).
var headNouns = map[string]graph.Type{
	"office": graph.Organization, "ministry": graph.Organization, "department": graph.Organization,
	"committee": graph.Organization, "council": graph.Organization, "commission": graph.Organization,
	"agency": graph.Organization, "bank": graph.Organization, "corporation": graph.Organization,
	"corp": graph.Organization, "inc": graph.Organization, "ltd": graph.Organization, "plc": graph.Organization,
	"company": graph.Organization, "association": graph.Organization, "union": graph.Organization,
	"organisation": graph.Organization, "organization": graph.Organization, "federation": graph.Organization,
	"board": graph.Organization, "bureau": graph.Organization, "authority": graph.Organization,
	"court": graph.Organization, "parliament": graph.Organization, "assembly": graph.Organization,
	"senate": graph.Organization, "congress": graph.Organization, "army": graph.Organization,
	"navy": graph.Organization, "forces": graph.Organization, "police": graph.Organization,
	"university": graph.Organization, "college": graph.Organization, "institute": graph.Organization,
	"foundation": graph.Organization, "fund": graph.Organization, "trust": graph.Organization,
	"society": graph.Organization, "network": graph.Organization, "airlines": graph.Organization,
	"airways": graph.Organization, "motors": graph.Organization, "industries": graph.Organization,
	"holdings": graph.Organization, "group": graph.Organization, "exchange": graph.Organization,
	"secretariat": graph.Organization, "tribunal": graph.Organization, "cabinet": graph.Organization,
	"times": graph.Organization, "post": graph.Organization, "journal": graph.Organization,
	"club": graph.Organization, "brigade": graph.Organization, "command": graph.Organization,
	"guard": graph.Organization, "directorate": graph.Organization, "service": graph.Organization,
	"party":  graph.Party,
	"street": graph.Place, "road": graph.Place, "avenue": graph.Place, "square": graph.Place,
	"river": graph.Place, "lake": graph.Place, "sea": graph.Place, "ocean": graph.Place, "gulf": graph.Place,
	"bay": graph.Place, "strait": graph.Place, "island": graph.Place, "islands": graph.Place,
	"mountains": graph.Place, "valley": graph.Place, "desert": graph.Place, "province": graph.Place,
	"district": graph.Place, "county": graph.Place, "region": graph.Place, "airport": graph.Place,
	"airbase": graph.Place, "port": graph.Place, "harbour": graph.Place, "harbor": graph.Place,
	"canal": graph.Place, "peninsula": graph.Place, "coast": graph.Place, "hills": graph.Place,
	"border": graph.Place, "line": graph.Place, "corridor": graph.Place, "plateau": graph.Place,
	"war": graph.Event, "summit": graph.Event, "conference": graph.Event, "olympics": graph.Event,
	"games": graph.Event, "cup": graph.Event, "election": graph.Event, "elections": graph.Event,
	"crisis": graph.Event, "massacre": graph.Event, "revolution": graph.Event, "festival": graph.Event,
	"championship": graph.Event, "championships": graph.Event, "expo": graph.Event, "uprising": graph.Event,
}

// classNouns, written in lower case right before a capitalised name, type
// it ("the terrorist group X", "the city of X").
var classNouns = map[string]graph.Type{
	"group": graph.Organization, "outfit": graph.Organization, "organisation": graph.Organization,
	"organization": graph.Organization, "company": graph.Organization, "firm": graph.Organization,
	"agency": graph.Organization, "militia": graph.Organization, "network": graph.Organization,
	"newspaper": graph.Organization, "broadcaster": graph.Organization, "bank": graph.Organization,
	"party": graph.Party,
	"city":  graph.Place, "town": graph.Place, "village": graph.Place, "province": graph.Place,
	"district": graph.Place, "region": graph.Place, "state": graph.Place, "port": graph.Place,
	"capital": graph.Place,
}

// eventHeads end an event phrase built on a place or organization
// ("the Pahalgam attack", "the G7 summit").
var eventHeads = setOf(
	"attack", "attacks", "bombing", "bombings", "blast", "blasts", "massacre", "shooting", "siege",
	"summit", "riots", "earthquake", "floods", "war", "talks", "crisis", "election", "elections",
)

// eventModifiers may stand between the name and the event head and are
// dropped from the event's name ("terror", "deadly").
var eventModifiers = setOf(
	"terror", "terrorist", "militant", "suicide", "deadly", "bomb", "gun", "fatal", "recent", "brutal",
	"horrific", "twin", "serial", "cross-border", "annual", "leaders", "leaders'", "peace",
)

// functionWords are lower-case words allowed inside names
// ("Line of Control", "Bosnia and Herzegovina").
var functionWords = setOf("of", "and", "the", "for", "de", "del", "da", "di", "du", "la", "le", "van", "von", "bin", "al", "el", "ul", "e", "&")

// nonNames are capitalised words that never start or end a name by
// themselves: sentence-initial function words, pronouns, months and days.
var nonNames = setOf(
	"the", "a", "an", "this", "that", "these", "those", "it", "its", "he", "she", "they", "we", "i", "you",
	"his", "her", "their", "our", "my", "your", "in", "on", "at", "by", "for", "with", "from", "to", "of",
	"and", "but", "or", "as", "if", "when", "while", "after", "before", "since", "during", "despite",
	"though", "although", "because", "however", "meanwhile", "also", "there", "here", "what", "who",
	"which", "where", "why", "how", "all", "both", "some", "many", "most", "no", "not", "every", "each",
	"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "first", "second",
	"third", "last", "next", "new", "said", "says", "mr", "mrs", "ms", "dr", "secondly", "thirdly",
	"firstly", "fourthly", "finally", "according", "speaking", "based", "following", "over", "under",
	"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
	"november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "today",
	"yesterday", "tomorrow", "prime", "minister", "president", "former", "federal", "foreign", "our",
	"senator", "chairman", "chief", "leader", "special", "general", "external", "affairs", "secretary",
	"read", "also", "follow", "share", "advertisement", "related", "latest", "news", "live", "track",
	"post", "comment", "comments", "watch", "listen", "click", "subscribe", "sign", "story", "stories",
	"moreover", "additionally", "furthermore", "nevertheless", "nonetheless", "thus", "hence",
	"therefore", "instead", "overall", "separately", "elsewhere", "otherwise", "indeed", "earlier",
	"later", "currently", "previously", "consequently", "accordingly", "likewise", "similarly",
	"alternatively", "subsequently", "still", "yet", "besides", "regardless", "notably",
)

// months maps month names and abbreviations to their numbers.
var months = map[string]int{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
	"september": 9, "october": 10, "november": 11, "december": 12, "jan": 1, "feb": 2, "mar": 3, "apr": 4,
	"jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

func isNumber(s string) bool {
	for _, r := range s {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return s != ""
}

func low(t Token) string { return strings.ToLower(t.Text) }

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

func isDash(s string) bool { return s == "-" || s == "–" || s == "—" || s == "‐" }

// startsName reports whether a token can begin a name: a capitalised word
// or one starting with a digit that holds a capital ("G7").
func startsName(t Token) bool {
	if !t.Word() {
		return false
	}
	if t.Cap() {
		return true
	}
	r := []rune(t.Text)
	if unicode.IsDigit(r[0]) {
		for _, c := range r {
			if unicode.IsUpper(c) {
				return true
			}
		}
	}
	return false
}

// allCaps reports whether the letters of s are all upper case.
func allCaps(s string) bool {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			n++
		}
	}
	return n > 0
}

// isPossessive reports whether t is a possessive "'s".
func isPossessive(t Token) bool {
	l := strings.ToLower(t.Text)
	return l == "'s" || l == "’s"
}

// sentenceOf returns the index of the sentence holding byte offset off,
// or -1.
func sentenceOf(d *Document, off int) int {
	i, found := slices.BinarySearchFunc(d.Sentences, off, func(s Sentence, off int) int {
		switch {
		case s.End <= off:
			return -1
		case s.Start > off:
			return 1
		}
		return 0
	})
	if !found {
		return -1
	}
	return i
}

// surface returns the form of a mention used for naming: the text, with a
// leading "the" and a trailing possessive dropped.
func surface(d *Document, m Mention) string {
	s := m.Text(d)
	if strings.ContainsAny(s, "\n\r\t") || strings.Contains(s, "  ") {
		s = strings.Join(strings.Fields(s), " ") // a name wrapped across lines
	}
	for _, p := range []string{"The ", "the "} {
		s = strings.TrimPrefix(s, p)
	}
	s = strings.TrimSuffix(strings.TrimSuffix(s, "’s"), "'s")
	return s
}

// corporateWords end company names and may be left out ("Merrill Lynch"
// for "Merrill Lynch and Co Inc").
var corporateWords = setOf("and", "&", "co", "cos", "company", "inc", "corp", "corporation", "ltd",
	"limited", "plc", "group", "holdings", "llc", "ag", "sa", "nv", "gmbh", "spa", "bv", "the")

// roleExtra are words that may stand inside a role title besides the role
// nouns and modifiers of the lexicon ("Treasury Secretary").
var roleExtra = setOf("treasury", "agriculture", "labor", "labour", "transport", "justice", "culture",
	"industry", "planning", "communications", "environment", "housing", "tourism", "science",
	"technology", "human", "rights", "women", "youth", "sports", "minority", "religious", "overseas",
	"pakistanis", "indians", "monetary", "fiscal", "central", "reserve", "general", "secretary-general",
	"head", "convener", "convenor", "ministry", "department", "exchequer", "commerce", "budget")

func isRoleWord(l string) bool { return roleNouns[l] || roleModifiers[l] || roleExtra[l] }

// tokenKeys returns gazetteer.Key of every token; a hyphen or dash token
// gets "" (it joins words as a space).
func tokenKeys(d *Document) []string {
	keys := make([]string, len(d.Tokens))
	for i, t := range d.Tokens {
		if isDash(t.Text) {
			continue
		}
		keys[i] = gazetteer.Key(t.Text)
	}
	return keys
}
