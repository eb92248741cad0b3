package entities

// gatherSides reports whether in[xi] takes part in gathering m by one of
// the events_gather_*.go wordings.
func (rb *relBuilder) gatherSides(in []placed, xi int, m placed) bool {
	return rb.saidInSpeaker(in, xi, m) // events_gather_speech.go
}
