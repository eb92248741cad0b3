// Package acronym tells a word written as an acronym from other words and
// spells a name's initials, one rule for the two places that match an
// acronym to the name it stands for: an article's definitions ("Line of
// Control (LoC)") and the names it spells without one (package
// entities), and an entity's alias that spells another of its names,
// over all that a store knows (package ingest).
//
// An acronym spells a name when its letters ([Letters]) equal, or begin,
// the name's initials: [WriteInitials] of its words, each caller choosing
// which words and which parts of them count.
package acronym
