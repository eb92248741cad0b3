package entities

import (
	"fmt"
	"strconv"
	"time"

	"github.com/newsgraph/newsgraph/entities/lexicon"
	"github.com/newsgraph/newsgraph/graph"
)

// Visits: a person or organization visits a place or country when a
// travel word stands between the two names, close to both:
// "X visited Y", "X will travel to Y", "X arrived in Y", "X's visit to Y".

// travelWords are the verbs and nouns of travel.
var travelWords = lexicon.Set("travel_words")

// travelMaxGap bounds the tokens between the traveller and the travel word
// and between the travel word and the destination.
const travelMaxGap = 6

// confVisit is the confidence of a visit read from the wording.
const confVisit = 0.7

// visits adds visits relations for one sentence.
func (rb *relBuilder) visits(si int, in []placed) {
	d := rb.d
	span := graph.Span{Start: d.Sentences[si].Start, End: d.Sentences[si].End}
	for k := range in {
		dst := in[k]
		dt := rb.ex.Entities[dst.ent].Type
		if dt != graph.Place && dt != graph.Country {
			continue
		}
		// The travel word: the closest one before the destination, with
		// only lower-case words, "to", "in", "the" between.
		v := -1
		for i := dst.tokStart - 1; i >= 0 && dst.tokStart-i <= travelMaxGap; i-- {
			t := d.Tokens[i]
			if !t.Word() && !isPossessive(t) {
				break
			}
			if travelWords[low(t)] {
				v = i
				break
			}
			if t.Cap() && i != dst.tokStart-1 {
				break
			}
		}
		if v < 0 {
			continue
		}
		// The traveller: the closest person or organization before it.
		for j := k - 1; j >= 0; j-- {
			src := in[j]
			if src.tokEnd > v {
				continue
			}
			if v-src.tokEnd > travelMaxGap {
				break
			}
			st := rb.ex.Entities[src.ent].Type
			if st == graph.Person || st == graph.Organization {
				if gapIsClause(d, src.tokEnd, v) {
					rb.add(src.ent, dst.ent, graph.Visits, span, confVisit, nil)
				}
				break
			}
		}
	}
}

// gapIsClause reports whether tokens [i, j) may stand between a subject
// and its verb: words, possessives and commas only (an apposition).
func gapIsClause(d *Document, i, j int) bool {
	for k := i; k < j; k++ {
		t := d.Tokens[k]
		if !t.Word() && !isPossessive(t) && t.Text != "," {
			return false
		}
	}
	return true
}

// Events: a person, organization or country is involved_in an event named
// in the same sentence; the wording raises the confidence when the name
// stands right before the event ("India's Operation Sindoor") or an
// action word links them ("X launched Operation Y"). A date in the
// sentence ("on May 7", "May 7–10, 2025") becomes the relation's and the
// event's "date".

// actionWords link an actor to an event.
var actionWords = lexicon.Set("action_words")

// Confidences of involved_in.
const (
	confInvolvedWording  = 0.8
	confInvolvedSentence = 0.4
)

// events adds involved_in relations and dates for one sentence.
func (rb *relBuilder) events(si int, in []placed, info ArticleInfo) {
	d := rb.d
	span := graph.Span{Start: d.Sentences[si].Start, End: d.Sentences[si].End}
	date := ""
	for _, m := range in {
		e := rb.ex.Entities[m.ent]
		if e.Type != graph.Event {
			continue
		}
		if date == "" {
			date = findDate(d, d.Sentences[si], info.Date)
		}
		if date != "" {
			if e.Attrs == nil {
				e.Attrs = map[string]string{}
			}
			if _, ok := e.Attrs["date"]; !ok {
				e.Attrs["date"] = date
			}
		}
		for _, x := range in {
			xt := rb.ex.Entities[x.ent].Type
			if xt != graph.Person && xt != graph.Organization && xt != graph.Country && xt != graph.Party {
				continue
			}
			conf := confInvolvedSentence
			switch {
			case x.tokEnd == m.tokStart,
				x.tokEnd+1 == m.tokStart && isPossessive(d.Tokens[x.tokEnd]):
				conf = confInvolvedWording
			case x.tokEnd < m.tokStart && m.tokStart-x.tokEnd <= travelMaxGap:
				for k := x.tokEnd; k < m.tokStart; k++ {
					if actionWords[low(d.Tokens[k])] {
						conf = confInvolvedWording
					}
				}
			}
			var attrs map[string]string
			if date != "" {
				attrs = map[string]string{"date": date}
			}
			rb.add(x.ent, m.ent, graph.InvolvedIn, span, conf, attrs)
		}
	}
}

// findDate returns the first calendar date written in sentence s as ISO
// 8601: "2025-05-07", or an interval "2025-05-07/2025-05-10" for "May
// 7–10". A date without a year takes it from the article's date (ref,
// ISO 8601), moved back a year when the date would fall more than a month
// after the article; without a year and an article date it returns "".
func findDate(d *Document, s Sentence, ref string) string {
	var refT time.Time
	if len(ref) >= 10 {
		refT, _ = time.Parse("2006-01-02", ref[:10])
	}
	toks := d.Tokens[s.TokStart:s.TokEnd]
	num := func(i, lo, hi int) (int, bool) {
		if i < 0 || i >= len(toks) {
			return 0, false
		}
		n, err := strconv.Atoi(toks[i].Text)
		if err != nil || n < lo || n > hi || len(toks[i].Text) > 4 {
			return 0, false
		}
		return n, true
	}
	dash := func(i int) bool {
		if i < 0 || i >= len(toks) {
			return false
		}
		switch low(toks[i]) {
		case "-", "–", "—", "to":
			return true
		}
		return false
	}
	for i, t := range toks {
		mon, ok := months[low(t)]
		if !ok || low(t) == "may" && !t.Cap() {
			continue
		}
		var day, day2, year int
		// Month day(–day)(, year): "May 7", "May 7–10, 2025".
		if n, ok := num(i+1, 1, 31); ok {
			day = n
			k := i + 2
			if dash(k) {
				if n2, ok := num(k+1, 1, 31); ok && n2 > day {
					day2 = n2
					k += 2
				}
			}
			if k < len(toks) && toks[k].Text == "," {
				k++
			}
			year, _ = num(k, 1800, 2200)
		} else if n, ok := num(i-1, 1, 31); ok {
			// day(–day) Month (year): "7 May 2025", "7-10 May".
			day = n
			if dash(i - 2) {
				if n0, ok := num(i-3, 1, 31); ok && n0 < day {
					day, day2 = n0, n
				}
			}
			year, _ = num(i+1, 1800, 2200)
		} else {
			continue
		}
		if year == 0 {
			if refT.IsZero() {
				return ""
			}
			year = refT.Year()
			if time.Date(year, time.Month(mon), day, 0, 0, 0, 0, time.UTC).After(refT.AddDate(0, 1, 0)) {
				year--
			}
		}
		start := time.Date(year, time.Month(mon), day, 0, 0, 0, 0, time.UTC)
		if start.Day() != day {
			continue // no such day ("February 30")
		}
		out := start.Format("2006-01-02")
		if day2 > 0 {
			end := time.Date(year, time.Month(mon), day2, 0, 0, 0, 0, time.UTC)
			if end.Day() == day2 {
				out = fmt.Sprintf("%s/%s", out, end.Format("2006-01-02"))
			}
		}
		return out
	}
	return ""
}
