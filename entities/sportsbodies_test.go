package entities

import (
	"testing"

	"github.com/newsgraph/newsgraph/entities/ner"
)

// TestSportsBodies checks that a sports body's short name is the body in
// a sports report and nothing new outside one, that a long name is the
// body anywhere, and that no name is read as the start of a longer one.
func TestSportsBodies(t *testing.T) {
	tests := []struct {
		text string
		want string // a type:name the extraction must hold
		not  string // a type:name it must not hold
	}{
		{"The Yankees beat the Orioles 5-3 in baseball on Sunday to stay top of the American League East. In the National League, the Braves lost 4-2 to the Mets.", "organization:National League", "party:National League"},
		{"The Yankees beat the Orioles 5-3 in baseball on Sunday to stay top of the American League East.", "organization:American League", "country:United States"},
		{"Officials of Major League Baseball said the pitcher was hurt as the Yankees won 6-1.", "organization:Major League Baseball", ""},
		{"The NFL fined the quarterback after the Cowboys beat the Giants 24-17 on Sunday.", "organization:NFL", "party:NFL"},
		{"The golfer, on rounds of 68-70, leads the PGA Tour event by two strokes after the second round on Friday.", "organization:PGA Tour", ""},
		// A results table with no hyphenated score; a long name is not
		// cut at its "League" as a table heading is.
		{"Results of Major League Baseball games on Friday : American League BOSTON 7 Seattle 2 National League Atlanta 5 HOUSTON 3", "organization:American League", "party:American League Boston"},
		{"Results of Major League Baseball games on Friday : American League BOSTON 7 Seattle 2 National League Atlanta 5 HOUSTON 3", "organization:Major League Baseball", "organization:Baseball"},
		// A body's name inside a competition's or another league's name.
		{"Boro reached the last 16 of the Uefa Cup with a 2-1 win in the football match.", "", "organization:Uefa"},
		{"The striker scored twice as Yeading, leaders of the Ryman Premier League, won the football match 2-0.", "", "organization:Premier League"},
		// Three words or more: the body wherever it stands.
		{"The National Football League said the Super Bowl would be played in Miami.", "organization:National Football League", "party:National Football League"},
		// No sports report: the short name is not read as the body.
		{"The National League won the election in Japan on Sunday.", "", "organization:National League"},
		// A longer name that starts with a body's name stays itself.
		{"Fans of the goalkeeper cheered as the National League for Democracy won 2-1 in the football final.", "party:National League for Democracy", "organization:National League"},
	}
	x := New(WithRecognizer(ner.DefaultRecognizer()))
	for _, tt := range tests {
		checkTypedName(t, x, tt.text, tt.want, tt.not)
	}
}
