package entities

import "github.com/newsgraph/newsgraph/graph"

// Destinations reached through groups: a group travels with its leader,
// and its leader and members travel with it, when one sentence says both
// who belongs to the group and where the group or its leader goes:
//
//	X will lead a delegation to P                      X visits P
//	X, a member of the delegation that will visit P    X visits P
//	X arrived in P at the head of a large delegation   the delegation visits P
//	X flew to P leading a trade mission                the mission visits P
//
// The leader's link may stand across a relative clause or an apposition
// ("X, who has been trade minister since the election of 1985, will lead
// a delegation to P"), which groupLinkAcross reads for groups().
//
// A group's trip is only shared with its leader's when the leading is an
// adverbial of the trip ("at the head of", "leading", "heading") and the
// group is a travelling one (a delegation, team or mission): "X, who
// chairs the Senate committee, flew to P" does not send the committee.

// travellingGroupNouns are the group nouns of bodies that travel as one.
var travellingGroupNouns = map[string]bool{"delegation": true, "delegations": true, "team": true,
	"mission": true}

// groupLinkMax bounds the tokens between a person (or the end of the
// relative clause or apposition after the person) and a group the person
// leads or belongs to.
const groupLinkMax = 8

// groupLinkAcross says how a person ending at token i relates to a group
// starting at token j (groupLinkBefore), reading the link after a
// relative clause or an apposition that follows the person ("X, who ...,
// will lead the"). A comma inside the remaining words, or one that opens
// a new clause ("Y, will lead" of a name inside another's clause), gives
// nothing.
func groupLinkAcross(d *Document, i, j int) string {
	a := clauseEnd(d, i, j)
	if j-a > groupLinkMax || a >= j {
		return ""
	}
	if d.Tokens[a].Text == "," && a+1 < j {
		if l := low(d.Tokens[a+1]); clauseLinks[l] && l != "who" && l != "which" && l != "whose" {
			return ""
		}
	}
	for k := a + 1; k < j; k++ {
		if d.Tokens[k].Text == "," {
			return ""
		}
	}
	return groupLinkBefore(d, a, j)
}

// statedIn reports whether relation a -k-> b has sentence span s among
// its evidence.
func (rb *relBuilder) statedIn(a, b int, k graph.Kind, s graph.Span) bool {
	r := rb.rels[relKey{a, b, k}]
	if r == nil {
		return false
	}
	for _, sp := range r.spans {
		if sp == s {
			return true
		}
	}
	return false
}

// groupTrips adds the visits that one sentence's groups share with their
// leaders and members (see above). It runs after visits and groups have
// read the sentence.
func (rb *relBuilder) groupTrips(si int, in []placed) {
	d := rb.d
	span := sentenceSpan(d.Sentences[si])
	for _, g := range in {
		ge := rb.ex.Entities[g.ent]
		if !ge.IsGroup() {
			continue
		}
		adverbial := travellingGroupNouns[low(d.Tokens[g.tokEnd-1])] && leadingAdverbialBefore(d, g.tokStart)
		for _, q := range in {
			if rb.ex.Entities[q.ent].Type != graph.Person {
				continue
			}
			leads := rb.statedIn(q.ent, g.ent, graph.Leads, span)
			if !leads && !rb.statedIn(q.ent, g.ent, affiliatedWith, span) {
				continue
			}
			for _, p := range in {
				if !rb.isDestination(p) {
					continue
				}
				if rb.statedIn(g.ent, p.ent, graph.Visits, span) {
					rb.add(q.ent, p.ent, graph.Visits, span, confVisit, nil)
				} else if leads && adverbial && rb.statedIn(q.ent, p.ent, graph.Visits, span) {
					rb.add(g.ent, p.ent, graph.Visits, span, confVisit, nil)
				}
			}
		}
	}
}

// leadingAdverbialBefore reports whether the words before a group phrase
// starting at token i say that someone travels at its head: "at the head
// of (a|the)", "leading (a|the|his)", "heading (a|the|his)".
func leadingAdverbialBefore(d *Document, i int) bool {
	k := i - 1
	if k >= 0 && meetingDeterminers[low(d.Tokens[k])] {
		k--
	}
	if k < 0 {
		return false
	}
	switch low(d.Tokens[k]) {
	case "leading", "heading":
		return true
	case "of":
		return k >= 3 && low(d.Tokens[k-1]) == "head" && low(d.Tokens[k-2]) == "the" && low(d.Tokens[k-3]) == "at"
	}
	return false
}

// groupThat reports whether a group's mention src is followed by the
// relative "that" ("the delegation that will visit P"): the group is the
// clause's subject, not a modifier of a noun.
func (rb *relBuilder) groupThat(src placed) bool {
	return src.tokEnd < len(rb.d.Tokens) && low(rb.d.Tokens[src.tokEnd]) == "that" && rb.ex.Entities[src.ent].IsGroup()
}

// personalMission reports whether token i is "mission" owned by a person
// ("his diplomatic mission to W", "her mission"): a trip, not a group
// that travels. At most groupMaxModifiers lower-case words stand between
// the pronoun and the noun.
func personalMission(d *Document, i int) bool {
	if l := low(d.Tokens[i]); l != "mission" && l != "missions" {
		return false
	}
	for k := i - 1; k >= 0 && i-k <= groupMaxModifiers+1; k-- {
		switch t := d.Tokens[k]; low(t) {
		case "his", "her":
			return true
		default:
			if !t.Word() || t.Cap() {
				return false
			}
		}
	}
	return false
}
