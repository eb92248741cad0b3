package entities

import (
	"slices"

	"github.com/newsgraph/newsgraph/graph"
)

// panelNouns end the lower-case name of a committee or panel that a
// chamber, party or body names before it: "the Commons public accounts
// committee", "the Senate banking committee", "the House ways and means
// subcommittee".
var panelNouns = map[string]bool{"committee": true, "subcommittee": true, "panel": true, "commission": true, "caucus": true}

// maxPanelWords bounds the lower-case words of such a panel's name after
// the named body ("public accounts committee": three).
const maxPanelWords = 5

// qualifiesPanel reports whether the words from token k on are the
// lower-case name of a panel (up to maxPanelWords words ending in a
// panel noun, "and" allowed inside): the name before them then only
// qualifies the panel. The title rules (emitLinkedRoles, headsPanelOf)
// ask it for a head's title only: "X, chairman of the Commons public accounts
// committee" chairs the committee, not the House of Commons, and with
// the panel unnamed no body is better than the wrong one; a member of
// such a panel ("a member of the Commons intelligence committee") is one
// of the chamber too.
func qualifiesPanel(d *Document, k, stop int) bool {
	for n := 0; n < maxPanelWords && k < stop; n, k = n+1, k+1 {
		t := d.Tokens[k]
		if !t.Word() || t.Cap() || isRoleNoun(low(t)) {
			return false // "the CFTC chairman noted the commission": a title, then a clause
		}
		if panelNouns[low(t)] {
			return true
		}
	}
	return false
}

// headsPanelOf reports whether title r heads a panel that body mention t
// only qualifies (qualifiesPanel): the title then is not held in t.
func (rb *relBuilder) headsPanelOf(t placed, r roleSpan, s Sentence) bool {
	return qualifiesPanel(rb.d, t.tokEnd, s.TokEnd) &&
		slices.Contains(rb.roleRelationKinds(r, rb.ex.Entities[t.ent].Type, false), graph.Leads)
}
