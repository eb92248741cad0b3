package entities

// addressedGatherings finds gatherings without "the" that a speaker
// addresses, named by who holds them or where: "X told a Nikkei
// conference", "X told delegates to a North American wildlife
// conference", "X, addressing a Houston meeting". After an address verb
// (and "delegates to" or "at"), "a" or "an", one to three capitalised
// words, at most two lower-case ones and a gathering head make the event
// (without the article); the capitalised words tell one gathering from
// another, so "told a meeting" gives nothing. A news or press conference
// is where a statement is made, not an event taken part in. Without a
// capitalised word, lower-case words that say what the gathering is about
// ("a fixed-income conference") or an occasion head ("a luncheon") name
// it (topicGatheringEnd, events_addressed_topic.go).
func addressedGatherings(d *Document, at []int) []Mention {
	var out []Mention
	for _, v := range at {
		if v+3 >= len(d.Tokens) {
			continue
		}
		if !addressVerbsIx.of(d.Tokens[v]) && low(d.Tokens[v]) != "addressing" {
			continue
		}
		k := v + 1
		if k+1 < len(d.Tokens) && low(d.Tokens[k]) == "delegates" && (low(d.Tokens[k+1]) == "to" || low(d.Tokens[k+1]) == "at") {
			k += 2
		}
		if k >= len(d.Tokens) || low(d.Tokens[k]) != "a" && low(d.Tokens[k]) != "an" {
			continue
		}
		start := k + 1
		if e := addressedGatheringEnd(d, start); e > start {
			out = append(out, eventOver(d, start, e))
		} else if e := topicGatheringEnd(d, start); e > start {
			out = append(out, descEventOver(d, start, e)) // events_addressed_topic.go
		}
	}
	return out
}

// addressedGatheringEnd returns the token after the gathering head of an
// addressed gathering's name starting at token i (see addressedGatherings),
// or -1.
func addressedGatheringEnd(d *Document, i int) int {
	k, caps, lower := i, 0, 0
	for ; k < len(d.Tokens) && caps < 3; k++ {
		t := d.Tokens[k]
		if t.Break && k > i || !t.Cap() || !t.Word() && !isDash(t.Text) {
			break
		}
		if t.Word() {
			caps++
		}
	}
	if caps == 0 {
		return -1
	}
	for ; k < len(d.Tokens) && lower < 2; k++ {
		t := d.Tokens[k]
		l := low(t)
		if gatheringHeads[l] || !t.Word() || t.Cap() || t.Break || groupStopWords[l] {
			break
		}
		lower++
	}
	if k >= len(d.Tokens) || !gatheringHeads[low(d.Tokens[k])] || d.Tokens[k].Cap() || d.Tokens[k].Break {
		return -1
	}
	for j := i; j < k; j++ {
		if l := low(d.Tokens[j]); l == "news" || l == "press" {
			return -1
		}
	}
	return k + 1
}
