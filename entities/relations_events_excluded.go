package entities

// Guards of the cue rules of involved_in against wordings that keep a
// participant out of the event its words link it to:
//
//	Y, but not X, is due to attend E      X is named as left out (excludedName)
//	X hopes to have talks with Y          a wished event has no sides yet
//	                                      (wishedEvent: phraseSides)
//	X attended E as part of the Y group   what follows "as" is X's capacity,
//	                                      not a side of E (nextLinkAfter)

// exclusionWords before a name leave it out of what its list or clause
// does: "Y, but not X, attended", "all members except X signed".
var exclusionWords = map[string]bool{"not": true, "except": true, "excluding": true, "without": true}

// excludedName reports whether the word before mention x and its title
// leaves it out (exclusionWords): "but not Finance Minister X".
func excludedName(d *Document, x placed) bool {
	if x.coref {
		return false
	}
	k := x.tokStart - 1
	for n := 0; k >= 0 && n < 4 && (d.Tokens[k].Cap() || titleWord(low(d.Tokens[k]))); n++ {
		k--
	}
	return k >= 0 && exclusionWords[low(d.Tokens[k])]
}

// eventMakers are the verbs after "to" whose wish is a wish for the event
// itself: "hopes to have talks", "wants to hold a meeting". A wish to do
// something to an event that exists ("plans to adjourn its meeting",
// "intended to thwart an offer from Y") leaves its sides as they are.
var eventMakers = map[string]bool{"have": true, "hold": true, "open": true, "start": true, "begin": true,
	"launch": true, "conduct": true, "sign": true, "reach": true, "conclude": true, "strike": true, "seal": true,
	"arrange": true, "organise": true, "organize": true, "stage": true, "attend": true, "join": true}

// wishedEvent reports whether the event starting at token k is wished
// for, not held (modalWished), its verb one of eventMakers: "X hopes to
// have candid and frank talks with Y".
func wishedEvent(d *Document, k int) bool {
	if !modalWished(d, k) {
		return false
	}
	for j := k - 1; j > 0 && j >= k-4; j-- {
		if low(d.Tokens[j-1]) == "to" {
			return eventMakers[low(d.Tokens[j])]
		}
	}
	return false
}
