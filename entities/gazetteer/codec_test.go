package gazetteer

import (
	"bytes"
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

var sampleEntries = []Entry{
	{
		ID: "country:PK", Name: "Pakistan", Type: graph.Country, Country: "PK", Population: 184404791,
		Capitals: []string{"Islamabad"},
		Aliases: []Alias{
			{"Pakistan", KindName}, {"Islamic Republic of Pakistan", KindName},
			{"Pakistani", KindDemonym}, {"Pakistanis", KindDemonym}, {"PK", KindCode},
		},
	},
	{
		ID: "place:1176615", Name: "Islamabad", Type: graph.Place, Country: "PK", Population: 601600, Capital: true,
		Aliases: []Alias{{"Islamabad", KindName}},
	},
	{
		ID: "person:PK:muhammad-shehbaz-sharif", Name: "Muhammad Shehbaz Sharif", Type: graph.Person, Country: "PK",
		Role:    "Prime Minister",
		Aliases: []Alias{{"Muhammad Shehbaz Sharif", KindName}, {"Shehbaz Sharif", KindDerived}},
	},
	{
		ID: "party:422", Name: "Bharatiya Janata Party", Type: graph.Party, Country: "IN", QID: "Q10230", Share: 25.6,
		Aliases: []Alias{{"Bharatiya Janata Party", KindName}, {"BJP", KindShort}},
	},
	{
		ID: "org:Q1065", Name: "United Nations", Type: graph.Organization, QID: "Q1065",
		Aliases: []Alias{{"United Nations", KindName}, {"UN", KindShort}},
	},
}

func TestEncodeDecodeRoundTrip(t *testing.T) {
	var buf bytes.Buffer
	if err := EncodeEntries(&buf, sampleEntries); err != nil {
		t.Fatal(err)
	}
	got, err := DecodeEntries(buf.String())
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, sampleEntries) {
		t.Errorf("round trip:\n got %+v\nwant %+v", got, sampleEntries)
	}
	if !strings.HasPrefix(buf.String(), Header+"\n") {
		t.Errorf("output does not start with the header")
	}
	if !strings.Contains(buf.String(), "\tname:\tname:Islamic Republic of Pakistan\t") {
		t.Errorf("the name is not written as an empty alias text:\n%s", buf.String())
	}
}

func TestEncodeRejects(t *testing.T) {
	ok := Entry{ID: "x:1", Name: "X", Type: graph.Place}
	tests := []struct {
		name string
		edit func(*Entry)
	}{
		{"type", func(e *Entry) { e.Type = "thing" }},
		{"empty id", func(e *Entry) { e.ID = "" }},
		{"tab in name", func(e *Entry) { e.Name = "a\tb" }},
		{"newline in role", func(e *Entry) { e.Role = "a\nb" }},
		{"bar in capital", func(e *Entry) { e.Capitals = []string{"a|b"} }},
		{"alias kind", func(e *Entry) { e.Aliases = []Alias{{"X", "nick"}} }},
		{"empty alias", func(e *Entry) { e.Aliases = []Alias{{"", KindName}} }},
		{"negative population", func(e *Entry) { e.Population = -1 }},
		{"share", func(e *Entry) { e.Share = 101 }},
	}
	for _, tt := range tests {
		e := ok
		tt.edit(&e)
		if err := EncodeEntries(&bytes.Buffer{}, []Entry{e}); err == nil {
			t.Errorf("%s: no error", tt.name)
		}
	}
}

func TestDecodeErrors(t *testing.T) {
	tests := []struct {
		in   string
		want error
		line int
	}{
		{"place\tp:1\tX", ErrFieldCount, 1},
		{"# c\nthing\tp:1\tX\t\t\t\t\t\t\t", ErrType, 2},
		{"place\t\tX\t\t\t\t\t\t\t", ErrEmpty, 1},
		{"place\tp:1\tX\t\t\tmany\t\t\t\t", ErrPopulation, 1},
		{"place\tp:1\tX\t\t\t-3\t\t\t\t", ErrPopulation, 1},
		{"party\tp:1\tX\t\t\t\tNaN\t\t\t", ErrShare, 1},
		{"party\tp:1\tX\t\t\t\t120\t\t\t", ErrShare, 1},
		{"place\tp:1\tX\t\t\t\t\tZ\t\t", ErrFlags, 1},
		{"place\tp:1\tX\t\t\t\t\t\t\t\tname", ErrAlias, 1},
		{"place\tp:1\tX\t\t\t\t\t\t\t\tnick:X", ErrAlias, 1},
		{"place\tp:1\tX\t\t\t\t\t\t\t\t:X", ErrAlias, 1},
		{"\n\nplace\tp:1\tX\r\t\t\t\t\t\t\t", ErrControl, 3},
	}
	for _, tt := range tests {
		_, err := DecodeEntries(tt.in)
		var pe *ParseError
		if !errors.Is(err, tt.want) || !errors.As(err, &pe) || pe.Line != tt.line {
			t.Errorf("DecodeEntries(%q) = %v, want %v on line %d", tt.in, err, tt.want, tt.line)
		}
	}
}

func TestDecodeLenient(t *testing.T) {
	in := "# comment\r\n\r\nplace\tp:1\tX\t\t\t+7\t\t\t\ta||b\tderived:\tshort:Y\r\n"
	es, err := DecodeEntries(in)
	if err != nil {
		t.Fatal(err)
	}
	want := []Entry{{ID: "p:1", Name: "X", Type: graph.Place, Population: 7, Capitals: []string{"a", "b"},
		Aliases: []Alias{{"X", KindDerived}, {"Y", KindShort}}}}
	if !reflect.DeepEqual(es, want) {
		t.Errorf("got %+v, want %+v", es, want)
	}
}

// FuzzDecodeEntries checks that whatever DecodeEntries accepts, EncodeEntries
// writes back to text that decodes to the same entries.
func FuzzDecodeEntries(f *testing.F) {
	var buf bytes.Buffer
	if err := EncodeEntries(&buf, sampleEntries); err != nil {
		f.Fatal(err)
	}
	f.Add(buf.String())
	f.Add("place\tp:1\tX\t\t\t+7\t\t\t\ta||b\r\n")
	f.Add("party\tparty:1\tA\tIN\tQ1\t\t12.5\t\t\t\tshort:B\tderived:C(D)")
	f.Fuzz(func(t *testing.T, text string) {
		es, err := DecodeEntries(text)
		if err != nil {
			return
		}
		var out bytes.Buffer
		if err := EncodeEntries(&out, es); err != nil {
			t.Fatalf("cannot encode decoded entries: %v", err)
		}
		again, err := DecodeEntries(out.String())
		if err != nil {
			t.Fatalf("cannot decode encoded entries: %v", err)
		}
		if len(again) != len(es) {
			t.Fatalf("%d entries, then %d", len(es), len(again))
		}
		for i := range es {
			a, b := es[i], again[i]
			if len(a.Aliases) == 0 && len(b.Aliases) == 0 {
				a.Aliases, b.Aliases = nil, nil
			}
			if !reflect.DeepEqual(a, b) {
				t.Fatalf("entry %d changed:\n%+v\n%+v", i, a, b)
			}
		}
	})
}
