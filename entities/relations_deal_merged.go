package entities

import (
	"slices"

	"github.com/newsgraph/newsgraph/graph"
)

// mergedSides links the parties of a merger that a merging verb states
// (mergedCompanies, events_deal_merged.go): each name of the subject list
// before the verb ("X and Y agreed to merge", "X said it merged") and the
// organization after "with" ("X merged with Y").
func (rb *relBuilder) mergedSides(si int, in []placed) {
	d := rb.d
	span := sentenceSpan(d.Sentences[si])
	for _, e := range in {
		if e.coref || rb.ex.Entities[e.ent].Type != graph.Event || e.tokEnd-e.tokStart != 1 {
			continue
		}
		subj := mergeSubjectAt(d, e.tokStart)
		if subj < 1 {
			continue
		}
		starts := subjectList(d, subj, rb.participantEnding(in))
		with := -1
		if e.tokEnd+1 < len(d.Tokens) && low(d.Tokens[e.tokEnd]) == "with" {
			with = objectNameStart(d, e.tokEnd+1)
		}
		for _, x := range in {
			if x.coref || x.ent == e.ent || !rb.participant(x) {
				continue
			}
			if x.tokStart == with || slices.Contains(starts, x.tokStart) {
				rb.add(x.ent, e.ent, graph.InvolvedIn, span, confInvolvedWording, rb.eventAttrs(e.ent))
			}
		}
	}
}
