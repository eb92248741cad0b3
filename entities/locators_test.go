package entities

import (
	"slices"
	"testing"
)

func TestTrimLocators(t *testing.T) {
	tests := []struct {
		text string
		want []string // type:name of the entities, in text order
	}{
		{"Ohio-based Quillvane said profits rose.", []string{"place:Ohio", "organization:Quillvane"}},
		{"Shares of Quillvane Corp of Japan fell on Monday.", []string{"organization:Quillvane Corp", "country:Japan"}},
		// No corporate word before "of": the name is whole.
		{"The Quillvane Bank of Japan said rates would hold.", []string{"organization:Quillvane Bank of Japan"}},
		// A name with a dash that is not "-based" is left alone.
		{"Quillvane-Norberg Holdings said profits rose.", []string{"organization:Quillvane-Norberg Holdings"}},
	}
	x := New()
	for _, tc := range tests {
		var got []string
		for _, e := range x.Extract(tc.text).Entities {
			if len(e.Mentions) > 0 {
				got = append(got, string(e.Type)+":"+e.Name)
			}
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: entities %q, want %q", tc.text, got, tc.want)
		}
	}
}
