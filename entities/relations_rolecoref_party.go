package entities

import "github.com/newsgraph/newsgraph/graph"

// A party office beside the party's head ("Tory co-chairman X", "CDU
// vice-chairman X", "Labour deputy leader X") holds a role in the party
// and, like "leader" (which leads it), says no more: the gold gives such
// titles holds_role alone, as it gives "<Party> leader X" leads alone.
// Other party offices ("shadow chancellor", "election co-ordinator",
// "treasurer") are read as a member's too, as before.

// partyOfficeKinds returns the relations an office in a party that is
// not its head states: holds_role alone for a deputy's, vice- or co-
// head title (class "junior" for "co-chairman", "head" with a junior
// word for "deputy leader"), holds_role and member_of otherwise.
func partyOfficeKinds(class string, junior bool) []graph.Kind {
	if class == "junior" || class == "head" && junior {
		return []graph.Kind{graph.HoldsRole}
	}
	return []graph.Kind{graph.HoldsRole, graph.MemberOf}
}
