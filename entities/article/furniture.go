package article

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/entities/lexicon"
)

// The furniture rules: what makes a line page furniture rather than
// article text (labels, advertisements, share bars, calls to action,
// cross-references, tags, credits) and the headings that end an article.

// furnitureKey lower-cases p and trims everything but letters and digits
// from both ends: "» Also Read:" and "ALSO READ" both give "also read".
func furnitureKey(p string) string {
	return strings.ToLower(strings.TrimFunc(p, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}))
}

// furnitureLines are whole lines that are never article text.
var furnitureLines = lexicon.Set("furniture_lines")

// endMarkers are headings that start a block of links or comments after
// the article; the value says whether the marker is "hard" (see
// dropMarkedSections).
var endMarkers = endMarkerMap(lexicon.Set("end_markers"), lexicon.Set("end_markers_hard"))

// moreFromRe matches "More from <section or site>", "More in <section>".
var moreFromRe = regexp.MustCompile(`^(?:more|latest|top|also) (?:from|in|on) [\p{L}\p{N} '’&.-]{1,40}$`)

// endMarker reports whether p is an end-of-article heading, and whether it
// is a hard one.
func endMarker(p string) (hard, ok bool) {
	if len(p) > 60 {
		return false, false
	}
	return endMarkerKey(furnitureKey(p))
}

// endMarkerKey is endMarker for a line of at most 60 bytes, given its
// furnitureKey.
func endMarkerKey(k string) (hard, ok bool) {
	if hard, ok := endMarkers[k]; ok {
		return hard, true
	}
	if moreFromOpening(k) && moreFromRe.MatchString(k) && wordCount(k, 7) <= 6 {
		return true, true
	}
	return false, false
}

// moreFromOpening reports whether k starts as moreFromRe needs.
func moreFromOpening(k string) bool {
	return strings.HasPrefix(k, "more ") || strings.HasPrefix(k, "latest ") ||
		strings.HasPrefix(k, "top ") || strings.HasPrefix(k, "also ")
}

var (
	// A cross-reference to another article: "Also Read: <headline>",
	// "READ | <headline>", "Related: <headline>".
	crossRefRe = regexp.MustCompile(`^(?:also read|read also|also see|see also|read more|read next|must read|don'?t miss|don’t miss|also watch|related|related news|related story|related article|recommended|trending|watch|watch video|listen|read|more)\s*[:|›»>–—-]|^(?:also read|read also|read more)\b`)
	// A call to action: a verb inviting the reader to do something ...
	ctaVerbRe = regexp.MustCompile(`^(?:follow|subscribe|sign up|signup|register|join|download|install|get|track|listen|watch|read|visit|click|tap|stay (?:updated|tuned|informed|connected)|check out|like us|catch|never miss|don'?t miss|for (?:the )?(?:latest|more|breaking|live|all the latest)|to (?:get|receive|read|watch|listen|subscribe)|also (?:watch|listen)|available on)\b`)
	// ... with somewhere to do it: a web address, an app, a channel.
	ctaObjectRe = regexp.MustCompile(`\b[a-z0-9-]+\.(?:com|in|net|org|co|uk|pk|news|tv|io|app|info|live|media|me)\b|\bapps?\b|newsletters?|\bchannels?\b|notifications?|\balerts?\b|\bupdates\b|latest news|breaking news|whatsapp|telegram|google news|youtube|facebook|twitter|instagram|linkedin|\bon x\b|podcasts?|e-?paper|subscriptions?|premium|app store|google play|play store|\bsongs?\b|\bmusic\b|\bpodcast\b|\blive tv\b|\blive stream`)
	// A promotion naming a site: "... only on example.com".
	onlyOnRe  = regexp.MustCompile(`\bonly on [a-z0-9-]+\.[a-z]{2,}\b`)
	followRe  = regexp.MustCompile(`^follow (?:us|@)`)
	clickRe   = regexp.MustCompile(`\b(?:click|tap) here\b`)
	tagsRe    = regexp.MustCompile(`^(?:tags?|tagged(?: with| in)?|topics?|keywords?|filed under|categories|category|also tagged)\s*[:|]`)
	creditRe  = regexp.MustCompile(`^\(?(?:(?:photo|photos|image|images|picture|pic|video|graphic|illustration|photograph|file photo|file image)s?\s*(?:credit|credits|source|courtesy)?\s*[:|/]|(?:photo|image|picture|video)s?\s+(?:credit|credits|courtesy|source)\b|(?:representational|representative|file) (?:image|photo|picture|pic)\b)`)
	byCredit  = regexp.MustCompile(`^\(?(?:reporting|writing|editing|additional reporting|compiled|edited|produced|research|graphics|fact-?checked|translated) by\b|^\(?with (?:inputs|input|agency inputs) from\b|^\(?with inputs\b`)
	syndRe    = regexp.MustCompile(`syndicated feed|has not been edited by|auto-?generated from a syndicated|this (?:story|article|report) (?:has|was) (?:been )?(?:auto-?generated|published from)`)
	commentRe = regexp.MustCompile(`^(?:no comments|\d+ comments?|comments? \(?\d+\)?$|post a comment|leave a (?:comment|reply)|add a comment|comments? (?:are |is )?(?:closed|disabled)|view comments|show comments|be the first to comment|load comments)\b`)
	copyRe    = regexp.MustCompile(`^(?:©|\(c\)|copyright\b)|all rights reserved`)
	homeRe    = regexp.MustCompile(`^home\s*[>/»›|]`)
	// A relative time stamp: "Updated 2 hours ago", "5 mins ago".
	agoRe = regexp.MustCompile(`^(?:(?:last )?(?:updated|published|posted)\s*:?\s*)?(?:an?|\d{1,3})\s+(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\s+ago$`)
	// An advertisement marker: "Advertisement - Scroll to continue",
	// "Story continues below advertisement".
	continueRe = regexp.MustCompile(`^(?:advertisement|advertisment|sponsored)\b|^(?:story|article|text|content) continues\b|^continue reading\b|^scroll (?:down )?to continue\b`)
	newsRe     = regexp.MustCompile(`sign up (?:for|to) (?:our|the)\b.*newsletter|subscribe to (?:our|the)\b|newsletter.*\b(?:sign up|subscribe)\b`)
)

// openingWords are the first words of the lines the anchored furniture
// patterns match; other lines skip those patterns.
var openingWords = lexicon.Set("furniture_openings")

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// shareWords are the words of a share bar; at least two network names
// must appear for a line made of these words to be a share bar.
var shareWords = lexicon.Set("share_words")

var shareNetworks = lexicon.Set("share_networks")

// furnitureMemo keeps isFurniture's answers for the paragraphs of one
// article: reading the header asks it of the first paragraphs, and of
// the ones after when it looks ahead (nextContent), and the cleaning asks
// again of every paragraph; on Reuters-21578 more than half the questions
// are repeats. isFurniture depends on the paragraph alone.
type furnitureMemo map[string]bool

// is returns isFurniture(p).
func (m furnitureMemo) is(p string) bool {
	v, ok := m[p]
	if !ok {
		v = isFurniture(p)
		m[p] = v
	}
	return v
}

// isFurniture reports whether the paragraph p is page furniture on its
// own: a decoration line, a label, an advertisement, a share bar, a call
// to action, a cross-reference, a tag list, a credit or copyright line. It
// does not decide end-of-article headings (see endMarker) or lists.
func isFurniture(p string) bool {
	if !strings.ContainsFunc(p, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) {
		return true // separators and decoration: "||", "***", "---", "• • •"
	}
	words := wordCount(p, 61)
	if words > 60 {
		return false
	}
	var k string // furnitureKey(p), computed once
	if len(p) <= 60 {
		k = furnitureKey(p)
		if _, ok := endMarkerKey(k); ok {
			return false // handled with the list that follows it
		}
	}
	if words > 30 {
		// Only a tag list can be this long: lower-case p only when it
		// may be one.
		return mayBeTags(p) && tagsRe.MatchString(strings.ToLower(p))
	}
	if len(p) > 60 {
		k = furnitureKey(p)
	}
	lower := strings.ToLower(p)
	if mayBeTags(p) && tagsRe.MatchString(lower) {
		return true
	}
	if _, ok := furnitureLines[k]; ok {
		return true
	}
	if words <= 8 && (mayBeContinue(k) && continueRe.MatchString(k) || strings.HasSuffix(k, "ago") && agoRe.MatchString(k)) {
		return true
	}
	if words <= 24 && isNavBar(p) {
		return true
	}
	first, _, _ := strings.Cut(k, " ")
	if _, ok := openingWords[strings.TrimRight(first, ":|,.-")]; ok || unicode.IsDigit(firstRune(k)) {
		switch {
		case crossRefRe.MatchString(strings.TrimLeft(lower, "»›>-–—•·*|# ")):
			return true
		case followRe.MatchString(k), commentRe.MatchString(k), homeRe.MatchString(k):
			return true
		case ctaVerbRe.MatchString(k) && ctaObjectRe.MatchString(lower):
			return true
		case !unicode.IsLower(firstRune(p)) && words <= 12 && creditRe.MatchString(lower):
			return true
		case !unicode.IsLower(firstRune(p)) && words <= 40 && byCredit.MatchString(lower):
			return true
		}
	}
	switch {
	case strings.Contains(lower, "only on ") && onlyOnRe.MatchString(lower),
		strings.Contains(lower, " here") && clickRe.MatchString(lower),
		(strings.Contains(lower, "©") || strings.Contains(lower, "copyright") || strings.Contains(lower, "(c)") ||
			strings.Contains(lower, "reserved")) && copyRe.MatchString(lower),
		(strings.Contains(lower, "newsletter") || strings.Contains(lower, "subscribe to")) && newsRe.MatchString(lower),
		(strings.Contains(lower, "syndicated") || strings.Contains(lower, "edited by") || strings.Contains(lower, "generated") ||
			strings.Contains(lower, "published from")) && syndRe.MatchString(lower):
		return true
	}
	return isShareBar(k)
}

// mayBeTags is a quick necessary condition for tagsRe to match the
// lower-cased p: p opens with a letter that lower-cases to the first letter
// of a tag label ("Tags", "Topics", "Keywords", "Filed under",
// "Categories", "Also tagged") and holds ":" or "|".
func mayBeTags(p string) bool {
	switch unicode.ToLower(firstRune(p)) {
	case 't', 'k', 'f', 'c', 'a':
		return strings.ContainsAny(p, ":|")
	}
	return false
}

// mayBeContinue is a quick necessary condition for continueRe to match
// the furniture key k: its first letter opens one of the pattern's words.
func mayBeContinue(k string) bool {
	return k != "" && strings.IndexByte("astc", k[0]) >= 0
}

// navSepRe splits a navigation bar: "Home | World | Business".
var navSepRe = regexp.MustCompile(`\s*[|•·»›]\s*|\s+/\s+`)

// isNavBar reports whether p is a row of navigation links: three or more
// parts split by "|", "•", "·", "»", "›" or " / ", each of one to three
// words, without sentence punctuation or a date.
func isNavBar(p string) bool {
	if !hasNavSep(p) {
		return false
	}
	parts := navSepRe.Split(strings.Trim(p, " |•·»›/"), -1)
	if len(parts) < 3 {
		return false
	}
	for _, part := range parts {
		if n := wordCount(part, 4); n == 0 || n > 3 || strings.ContainsAny(part, ".,;:!?") {
			return false
		}
	}
	_, dated := findDate(p)
	return !dated
}

// hasNavSep reports whether p holds one of "|•·»›/", as
// strings.ContainsAny(p, "|•·»›/") does, with a fast path for ASCII bytes.
func hasNavSep(p string) bool {
	for i := 0; i < len(p); i++ {
		switch c := p[i]; {
		case c == '|' || c == '/':
			return true
		case c >= utf8.RuneSelf:
			switch r, _ := utf8.DecodeRuneInString(p[i:]); r {
			case '•', '·', '»', '›':
				return true
			}
		}
	}
	return false
}

// isShareBar reports whether the lower-cased line k is a row of sharing
// buttons: "Facebook Twitter WhatsApp Email". Its words are the runs of
// letters; the first that is not a share word ends the test.
func isShareBar(k string) bool {
	networks := 0
	for i := 0; i < len(k); {
		r, size := utf8.DecodeRuneInString(k[i:])
		if !unicode.IsLetter(r) {
			i += size
			continue
		}
		j := i + size
		for j < len(k) {
			r, size := utf8.DecodeRuneInString(k[j:])
			if !unicode.IsLetter(r) {
				break
			}
			j += size
		}
		w := k[i:j]
		i = j
		if _, ok := shareWords[w]; !ok {
			return false
		}
		if _, ok := shareNetworks[w]; ok {
			networks++
		}
	}
	return networks >= 2
}

// endMarkerMap joins the soft and the hard end-of-article headings into
// one map from heading to whether it is hard.
func endMarkerMap(soft, hard map[string]bool) map[string]bool {
	m := make(map[string]bool, len(soft)+len(hard))
	for k := range soft {
		m[k] = false
	}
	for k := range hard {
		m[k] = true
	}
	return m
}
