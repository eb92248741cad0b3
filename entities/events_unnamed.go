package entities

// Events named only by a description ("trial", "re-election", "luncheon",
// "joint declaration", "investment conference") stand for one occurrence
// of their article: two articles' "trial" are two trials. Their mentions
// carry descEventSource; the resolver names them as events and marks
// the entity UnnamedAttr, and ingest links such an entity to no stored
// entity and joins nothing into it (without this every article's "trial"
// became one node of all defendants). Within the article they resolve as
// any event ("the trial" later is the same trial).
const descEventSource = "event-desc"

// UnnamedAttr is the attribute of an event entity that the text denotes
// by a description, not a name: it is one article's occurrence.
const UnnamedAttr = "unnamed"

// descEventOver returns the described event over tokens [i, e).
func descEventOver(d *Document, i, e int) Mention {
	m := eventOver(d, i, e)
	m.Source = descEventSource
	return m
}

// markUnnamed marks e as an event of one article (UnnamedAttr).
func markUnnamed(e *Entity) {
	if e.Attrs == nil {
		e.Attrs = map[string]string{}
	}
	e.Attrs[UnnamedAttr] = "true"
}
