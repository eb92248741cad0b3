package entities

import (
	"testing"

	"github.com/newsgraph/newsgraph/entities/text"
	"github.com/newsgraph/newsgraph/graph"
)

func TestDropCountryPrefix(t *testing.T) {
	tests := []struct {
		text, name, country, want string
	}{
		{"Analysts feared a U.S.-Northern Grain Board trade war.", "U.S.-Northern Grain Board", "U.S.", "Northern Grain Board"},
		{"Analysts feared a Freedonia-Zarnow Trading Union dispute.", "Freedonia-Zarnow Trading Union", "Freedonia", "Zarnow Trading Union"},
		// A country or demonym before an acronym qualifies it.
		{"Spain's Zarnow talks on Freedonian ZTU membership ended.", "Freedonian ZTU", "Freedonian", "ZTU"},
		{"The Freedonian Grain Board said exports rose.", "Freedonian Grain Board", "Freedonian", "Freedonian Grain Board"},
		// No country at its start: kept whole.
		{"The Anglo-Zarnow Bank said profits rose.", "Anglo-Zarnow Bank", "", "Anglo-Zarnow Bank"},
		// Spaces around the dash: not one compound.
		{"Analysts feared a Freedonia - Zarnow Trading Union dispute.", "Freedonia - Zarnow Trading Union", "Freedonia", "Freedonia - Zarnow Trading Union"},
	}
	for _, tt := range tests {
		d := text.Segment(tt.text)
		m := spanMention(t, d, tt.name, graph.Organization)
		var known []Mention
		if tt.country != "" {
			known = append(known, spanMention(t, d, tt.country, graph.Country))
		}
		if got := dropCountryPrefix(d, m, known).Text(d); got != tt.want {
			t.Errorf("dropCountryPrefix(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
}
