package entities

// skipCopula skips "is", "was", "has been", "had been", "works as",
// "served as" at token i.
func skipCopula(d *Document, i, stop int) int {
	if i < stop && (low(d.Tokens[i]) == "has" || low(d.Tokens[i]) == "had") {
		i++
	}
	if i < stop && copulas[low(d.Tokens[i])] {
		i++
		// "was named (as) chairman": the participle is no part of the title.
		if i < stop && appointWords[low(d.Tokens[i])] {
			i++
			if i < stop && (low(d.Tokens[i]) == "as" || low(d.Tokens[i]) == "to") {
				i++
			}
		}
		return i
	}
	if i+1 < stop && workVerbs[low(d.Tokens[i])] && low(d.Tokens[i+1]) == "as" {
		return i + 2
	}
	return i
}

// appointWords are the participles of appointment after a copula.
var appointWords = map[string]bool{"named": true, "appointed": true, "elected": true, "made": true, "chosen": true,
	"nominated": true, "promoted": true, "installed": true, "confirmed": true, "reappointed": true, "re-elected": true}

// workVerbs say what someone works as: "X, who worked as a contractor for Y".
var workVerbs = map[string]bool{"works": true, "worked": true, "working": true, "serves": true, "served": true, "acts": true, "acted": true}
