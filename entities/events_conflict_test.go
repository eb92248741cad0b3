package entities

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestConflictEvents checks conflict, security and disaster events a
// predicate puts a named participant in (events_conflict.go,
// events_conflict_more.go, relations_events_conflict.go), on sentences
// written for this test.
func TestConflictEvents(t *testing.T) {
	checkIngestRelCases(t, graph.InvolvedIn, []relCase{
		// Victims: a person killed, hurt or dead in the event.
		{"Tom Hale was killed in the crash near Lyon.", "Tom Hale", "crash", true},
		{"Mike Hale, 46, was killed in a car crash on Friday.", "Mike Hale", "car crash", true},
		{"Police said Tom Hale, who was injured in the blast, was in hospital.", "Tom Hale", "blast", true},
		{"Ana Ruiz died in the accident on the motorway.", "Ana Ruiz", "accident", true},
		{"Tom Hale was killed in the deadly March 3 Lyon attack.", "Tom Hale", "Lyon attack", true},
		{"Police said Tom Hale was not hurt in the explosion.", "Tom Hale", "explosion", false},
		// Agents: carried out, claimed, launched, staged.
		{"The Red Brigades claimed responsibility for the bombing in Frankfurt.", "Red Brigades", "bombing", true},
		{"Iran launched fresh attacks near Basra last night.", "Iran", "attack", true},
		{"The United States carried out air strikes against Libya in 1986.", "United States", "air strike", true},
		{"The Red Brigades carried out 72 attacks on pipelines between 1984 and 1986.", "Red Brigades", "attack", true},
		{"The rebels said the Red Brigades threatened to carry out attacks on the city.", "Red Brigades", "attack", false},
		{"The attack on the tanker, carried out by the Red Brigades, damaged its hull.", "Red Brigades", "attack", true},
		// Strikes and protests: not a country's.
		{"The strike, called by the Public and Commercial Services Union, closed museums.", "Public and Commercial Services Union", "strike", true},
		{"The National Union of Mineworkers called a strike at the mines.", "National Union of Mineworkers", "strike", true},
		{"The National Union of Mineworkers went on strike on Monday.", "National Union of Mineworkers", "strike", true},
		{"Acme Corp workers went on strike on Monday.", "Acme Corp", "strike", false},
		{"Miners employed by the state firm Acme Corp went on strike on Monday.", "Acme Corp", "strike", false},
		{"Members of the National Union of Mineworkers went on strike on Monday.", "National Union of Mineworkers", "strike", true},
		{"The Writers Guild of America went on strike in March.", "United States", "strike", false},
		// The country a war is fought in; a country's military action.
		{"Critics denounced the war in Iraq.", "Iraq", "war in Iraq", true},
		{"Iran condemned the latest U.S. military action in the Gulf.", "United States", "military action", true},
		{"Iran warned against any U.S. military action in the Gulf.", "United States", "military action", false},
		{"Iraq said it repelled an Iranian assault near Basra last night.", "Iran", "assault", true},
		{"Iraq said it would repel any Iranian assault near Basra.", "Iran", "assault", false},
	})
}
