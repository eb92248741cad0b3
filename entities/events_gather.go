package entities

// gatherEvents finds the gatherings of the events_gather_*.go rules:
// meetings, talks, conferences, speeches and testimony in the general
// wordings news uses for them; named and before are the events found
// before them.
func gatherEvents(d *Document, selected, named, before []Mention, at *eventStarts) []Mention {
	out := saidInUtterances(d, selected, at.of(startSaidIn))                                                    // events_gather_speech.go
	out = append(out, ownedUtterances(d, at.of(startOwned))...)                                                 // events_gather_owned.go
	out = append(out, speechActEvents(d, selected)...)                                                          // relations_speech_acts.go
	out = append(out, ledGatherings(d, [][]Mention{selected, named, before, out}, at.of(startLedGathering))...) // events_gather_led.go
	return append(out, gatherObjects(d, selected, at.of(startGatherObject))...)                                 // events_gather_verbs.go
}
