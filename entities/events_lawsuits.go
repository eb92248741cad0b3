package entities

import (
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// suitRoles gives involved_in the one lawsuit of an article (pactEvents,
// signedEvents: "a copyright suit", "the case against Y") to the parties
// the text names by their part in it, wherever they stand:
//
//	lead plaintiff, the University of X        plaintiff X
//	defendants including A, B and C            X, a defendant in the case
//	X, one of the plaintiffs                   X is a co-defendant
//
// With two lawsuits in the article, or none, a plaintiff is left alone:
// which case is theirs the words do not say.
func (rb *relBuilder) suitRoles(si int, in []placed) {
	d := rb.d
	s := d.Sentences[si]
	if !suitRoleNounsIx.in(d, s.TokStart, s.TokEnd) {
		return
	}
	suit := rb.articleSuit()
	if suit < 0 {
		return
	}
	span := sentenceSpan(s)
	for xi, x := range in {
		if x.coref || !rb.participant(x) || x.ent == suit {
			continue
		}
		if rb.suitRoleBefore(in, xi, s.TokStart) || suitRoleAfter(d, x, s.TokEnd) {
			rb.add(x.ent, suit, graph.InvolvedIn, span, confInvolvedWording, nil)
		}
	}
}

// suitRoleNouns name a party by its part in a lawsuit.
var suitRoleNouns = map[string]bool{"plaintiff": true, "plaintiffs": true, "defendant": true, "defendants": true,
	"co-defendant": true, "co-defendants": true, "claimant": true, "claimants": true, "petitioner": true,
	"petitioners": true}

// articleSuit returns the index of the one lawsuit event of the
// extraction, or -1 when there is none or more than one.
func (rb *relBuilder) articleSuit() int {
	found := -1
	for i, e := range rb.ex.Entities {
		if e.Type != graph.Event {
			continue
		}
		f := strings.Fields(strings.ToLower(e.Name))
		if len(f) == 0 || !suitHeads[f[sidedHead(f)]] {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = i
	}
	return found
}

// suitRoleMaxGap bounds the tokens from a role noun to the party it
// names, the other items of its list aside.
const suitRoleMaxGap = 12

// suitRoleBefore reports whether a role noun names in[xi] from before it:
// right before it after a description ("plaintiff X", "lead plaintiff,
// the X", "defendants including the banks A"), or before a list of which
// in[xi] is an item ("defendants including A, B and C").
func (rb *relBuilder) suitRoleBefore(in []placed, xi, start int) bool {
	d := rb.d
	k, gap := in[xi].tokStart-1, 0
	for ; k >= start && gap <= suitRoleMaxGap; gap++ {
		t := d.Tokens[k]
		l := low(t)
		if suitRoleNouns[l] {
			return true
		}
		if o, ok := possessorEndingAt(in, k+1); ok && o.tokStart <= k && rb.participant(o) {
			k, gap = o.tokStart-1, gap-1 // an earlier item of the list
			continue
		}
		if t.Break || !(l == "," || l == "and" || l == "the" || l == "including" || t.Word() && !t.Cap() && !reportingVerbs[l] && !clauseLinks[l] && !negationWords[l]) {
			return false
		}
		k--
	}
	return false
}

// suitRoleAfter reports whether a role noun names x from after it: "X,
// the lead plaintiff", "X, a defendant in the case", "X, one of the
// defendants", "X is a co-defendant".
func suitRoleAfter(d *Document, x placed, end int) bool {
	k := x.tokEnd
	if k < end && (d.Tokens[k].Text == "," || copulas[low(d.Tokens[k])]) {
		k++
	} else {
		return false
	}
	for n := 0; k < end && n < 5; n++ {
		l := low(d.Tokens[k])
		if suitRoleNouns[l] {
			return true
		}
		if !(l == "the" || l == "a" || l == "an" || l == "one" || l == "of" || l == "lead" || l == "leading" || l == "main" || l == "named") {
			return false
		}
		k++
	}
	return false
}
