package entities

import (
	"strings"

	"github.com/newsgraph/newsgraph/entities/syntax"
)

// Doing something at a gathering is taking part in it: the subject of any
// active verb with a gathering (spokenGathering) in its "at" phrase was
// there, whatever the act ("X took a hard line at E", "X would seek
// action at E", "Acme will unveil its new car at E", "OPEC cut output at
// its meeting"), not only a speaker (speakAtVerbs). parseSpeakers reads
// these verbs like its verbs of speaking, through the same subjects
// (speakersOf: a relative pronoun's antecedent, a raising verb's subject,
// a participle's noun) and guards (no negation, doubt or wish). A passive
// ("X was criticised at E", "X was named at E") says what others did
// there, and the verbs of notAtVerbs take "at" for their object, not for
// where they happen ("X hinted at E", "X looked at E").

// notAtVerbs take their object with "at": the gathering after "at" is
// what they are about, not where their subject is.
var notAtVerbs = map[string]bool{"look": true, "hint": true, "aim": true, "point": true, "laugh": true,
	"glance": true, "stare": true, "balk": true, "scoff": true, "marvel": true, "sneer": true, "jeer": true,
	"shoot": true, "fire": true, "lash": true, "snap": true, "rail": true, "guess": true, "wink": true, "smile": true, "frown": true, "grab": true, "nod": true, "poke": true,
	"peer": true, "gaze": true, "gawk": true, "rage": true, "bristle": true, "chafe": true}

// atGatheringVerb reports whether verb v, with a gathering in its "at"
// phrase, puts its subject there: an active verb not of notAtVerbs.
func atGatheringVerb(tr *syntax.Tree, v int) bool {
	if passiveVerb(tr, v) || notAtVerbs[lemmaOf(tr, v)] || notAtVerbs[strings.ToLower(tr.Tokens[v].Form)] {
		return false
	}
	return tr.Tokens[v].XPOS != "VBN" || hasChild(tr, v, "aux", nil) // "E attended by X" is no act of X's at E
}

// gatheringLeadWords may stand between "at" and a gathering's name beside
// a determiner, a possessor and capitalised words: "at the next meeting",
// "at its annual meeting", "at this weekend meeting".
var gatheringLeadWords = map[string]bool{"next": true, "last": true, "annual": true, "weekend": true,
	"special": true, "emergency": true, "informal": true, "this": true, "its": true, "their": true,
	"his": true, "her": true, "our": true, "recent": true, "upcoming": true, "forthcoming": true,
	"extraordinary": true, "regular": true, "first": true, "opening": true, "closing": true, "same": true}

// raisedObject reports whether infinitive w qualifies noun h, the object
// of a raising verb that is not negated or doubted: the parser's reading
// of "Y expects X to cut output at E", where X does the act.
func raisedObject(tr *syntax.Tree, w, h int) bool {
	v := tr.Tokens[h].Head
	if !hasChild(tr, w, "mark", map[string]bool{"to": true}) || rel(tr, h) != "obj" || v < 0 || doubted(tr, v) {
		return false
	}
	return speakerRaisers[lemmaOf(tr, v)] || raisingVerbs[lemmaOf(tr, v)]
}
