package entities

import "strings"

// Amounts of money before an event's head: "a $40bn (£21bn) deal", "its
// 1.05 billion dlr acquisition of Y", "a £5m contract". Business news
// sizes a deal, an offer or a contract by its amount between the
// determiner (or owner) and the head, where the amount names no
// participant and tells nothing about the event's kind, so the rules
// that read an owner before the head or a verb before its object step
// over it (ownerOpening, lightVerbEvents, lightVerbActor). The words
// before the amount still decide whether the event is only wanted or
// denied, as they did before these rules read amounts (phraseUnreal
// reads from the phrase's opening, not the owner's).

// scaleSuffixes are the scales written onto a number: "40bn", "5m",
// "2.5mln".
var scaleSuffixes = []string{"bn", "m", "mn", "mln", "bln", "k", "tn"}

// scaledNumber reports whether w is a number with a scale written onto
// it: "40bn", "5m" (not "5th", "1980s").
func scaledNumber(w string) bool {
	for _, suf := range scaleSuffixes {
		if n, ok := strings.CutSuffix(strings.ToLower(w), suf); ok && n != "" && isNumber(n) {
			return true
		}
	}
	return false
}

// amountWord reports whether token k may stand inside an amount of
// money: a number, a scaled number, a unit or a currency sign.
func amountWord(d *Document, k int) bool {
	t := d.Tokens[k]
	return isNumber(t.Text) || scaledNumber(t.Text) || moneyUnit(low(t))
}

// convertedAfter returns the token after a bracketed amount that starts
// at token k and converts the amount before it ("(£21bn)", "($1bn;
// £19.1m)"), k when there is none.
func convertedAfter(d *Document, k int) int {
	if k >= len(d.Tokens) || d.Tokens[k].Text != "(" {
		return k
	}
	e := k + 1
	for e < len(d.Tokens) && e-k <= 12 && !d.Tokens[e].Break && d.Tokens[e].Text != ")" {
		if l := d.Tokens[e].Text; !amountWord(d, e) && l != "." && l != ";" && l != "," {
			return k
		}
		e++
	}
	if e >= len(d.Tokens) || d.Tokens[e].Text != ")" || !hasUnit(d, k+1, e) {
		return k
	}
	return e + 1
}

// convertedBefore returns the first token of a bracketed conversion that
// ends right before token k (see convertedAfter), k when there is none.
func convertedBefore(d *Document, k int) int {
	if k < 2 || d.Tokens[k-1].Text != ")" {
		return k
	}
	for b := k - 2; b >= 0 && k-b <= 13 && !d.Tokens[b].Break; b-- {
		if d.Tokens[b].Text == "(" {
			if convertedAfter(d, b) == k {
				return b
			}
			return k
		}
	}
	return k
}

// sizedFrom returns the token after an amount of money and its
// conversion that start at token k ("$40bn (£21bn)", "7.7 billion dlr"),
// k when there is none.
func sizedFrom(d *Document, k int) int {
	e := amountEnd(d, k)
	if e == k {
		return k
	}
	return convertedAfter(d, e)
}

// sizedBefore returns the first token of an amount of money and its
// conversion that end right before token k, k when there is none.
func sizedBefore(d *Document, k int) int {
	return amountStart(d, convertedBefore(d, k))
}

// ownerOpening returns where the owner of an event phrase that opens at
// token b ends: before an amount of money and the grading words or date
// before it ("X's $5.4bn offer", "X's latest 50 mln dlr bid"), b when no
// amount stands there.
func ownerOpening(d *Document, b int) int {
	if a := sizedBefore(d, b); a < b {
		return phraseOpening(d, a)
	}
	return b
}
