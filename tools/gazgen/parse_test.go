package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	gz "github.com/newsgraph/newsgraph/entities/gazetteer"
	"github.com/newsgraph/newsgraph/graph"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden")

// The inputs below imitate the formats of the sources; the names are made
// up.

func TestParseLeaders(t *testing.T) {
	noCountry := func(string) bool { return false }
	tests := []struct {
		in   string
		want []string // "role|name"
	}{
		{"Prime Minister Amira Lela TOVANI (since 3 March 2024)", []string{"Prime Minister|Amira Lela Tovani"}},
		{"President Ode J. BRANTLEY (since 20 January 2025)", []string{"President|Ode J. Brantley"}},
		{"King ALDRIC IV (since 8 September 2022); represented by Governor General Mia ROSS (since 1 July 2024)", []string{"King|Aldric IV"}},
		{"President of Freedonia KO Lanwei (since 14 March 2013)", []string{"President of Freedonia|Ko Lanwei"}},
		{"co-chiefs of state Captains Regent Luca ROSSO and Dario NERI (for the period 1 October 2025 - 31 March 2026)",
			[]string{"Captains Regent|Luca Rosso", "Captains Regent|Dario Neri"}},
		{"Crown Prince and Prime Minister HASSAN BIN TARIQ bin Ali Al Zahir (since 2022)", []string{"Crown Prince and Prime Minister|Hassan Bin Tariq bin Ali Al Zahir"}},
		{"Sultan and Prime Minister Sir OMAR Bakri (since 1967)", []string{"Sultan and Prime Minister|Omar Bakri"}},
		{"President Luis Ramon DA COSTA e SILVA (since 2016)", []string{"President|Luis Ramon Da Costa e Silva"}},
		{"Taoiseach (Prime Minister) Sean DOYLE (since 2025)", []string{"Taoiseach|Sean Doyle"}},
		{`President Ramon "Bongo" DELGADO, Jr. (since 2022)`, []string{"President|Ramon Delgado Jr."}},
		{"GNU Interim Prime Minister Abd-al-Karim al-MANSURI (since 2021)", []string{"GNU Interim Prime Minister|Abd-al-Karim al-Mansuri"}},
		{"King VALERAN; also spelled Valerian (since 2016)", []string{"King|Valeran"}},
		{"Petra HOLM (since 10 September 2025)", []string{"|Petra Holm"}},
		{"President (vacant)", nil},
		{"Ahmad al-Sami'; former President Kamal al-ZAHRANI was overthrown in 2024", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, l := range parseLeaders(tt.in, noCountry) {
			got = append(got, l.role+"|"+l.name())
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("parseLeaders(%q)\n got %q\nwant %q", tt.in, got, tt.want)
		}
	}
	// Words of the country's names belong to the title.
	country := func(w string) bool { return gz.Key(w) == "east" || gz.Key(w) == "freedonia" }
	ls := parseLeaders("President of East Freedonia Mara VELD (since 2023)", country)
	if len(ls) != 1 || ls[0].name() != "Mara Veld" || ls[0].role != "President of East Freedonia" {
		t.Errorf("got %+v", ls)
	}
	if ls := parseLeaders("King VALERAN; also spelled Valerian (since 2016)", noCountry); len(ls) != 1 || !slices.Equal(ls[0].also, []string{"Valerian"}) {
		t.Errorf("also spelled: %+v", ls)
	}
}

func TestLeaderBuilder(t *testing.T) {
	l := parseLeaders("Prime Minister Amira J. Lela TOVANI", func(string) bool { return false })[0]
	b := leaderBuilder(l, "FD")
	e, _ := b.finish(nil)
	want := []gz.Alias{
		{Text: "Amira J. Lela Tovani", Kind: gz.KindName},
		{Text: "Amira Lela Tovani", Kind: gz.KindName},
		{Text: "Amira Tovani", Kind: gz.KindDerived},
		{Text: "Lela Tovani", Kind: gz.KindDerived},
		{Text: "Tovani", Kind: gz.KindDerived},
	}
	if e.ID != "person:FD:amira-j-lela-tovani" || e.Role != "Prime Minister" || !reflect.DeepEqual(e.Aliases, want) {
		t.Errorf("got %s %q %v", e.ID, e.Role, e.Aliases)
	}
}

func TestIsCapsNormalCase(t *testing.T) {
	for _, w := range []string{"SHARIF,", "al-BURHAN", "Hoseini-KHAMENEI", "XI", "O'NEILL"} {
		if !isCaps(w) {
			t.Errorf("isCaps(%q) = false", w)
		}
	}
	for _, w := range []string{"J.M.", "Jinping", "al-Sabah", "A", "de"} {
		if isCaps(w) {
			t.Errorf("isCaps(%q) = true", w)
		}
	}
	for in, want := range map[string]string{
		"SHARIF": "Sharif", "al-BURHAN": "al-Burhan", "O'NEILL": "O'Neill",
		"TUIMALE'AFANO": "Tuimale'afano", "SASSOU-Nguesso": "Sassou-Nguesso", "DÉBY": "Déby",
	} {
		if got := normalCase(in); got != want {
			t.Errorf("normalCase(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestFactbookParties(t *testing.T) {
	in := "Freedonia Peoples Party or FPP [Ana SOL]<br>Union of Farmers or UF or UFA (formerly Farmers League)<br>" +
		"Movement for Renewal or El Tajdid (Harakat Tajdid)<br>Green Front or GF (alliance of several parties); note - banned in 2020<br>" +
		"Liberty Party or LP [Max ROE]Justice Party or JP<br>note: parties are listed by size"
	got := factbookParties(in)
	want := []factbookParty{
		{name: "Freedonia Peoples Party", shorts: []string{"FPP"}},
		{name: "Union of Farmers", shorts: []string{"UF", "UFA"}, formers: []string{"Farmers League"}},
		{name: "Movement for Renewal", names: []string{"Harakat Tajdid", "El Tajdid"}},
		{name: "Green Front", shorts: []string{"GF"}},
		{name: "Liberty Party", shorts: []string{"LP"}},
		{name: "Justice Party", shorts: []string{"JP"}},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("factbookParties:\n got %+v\nwant %+v", got, want)
	}
}

func TestPartyVariants(t *testing.T) {
	c := &country{words: map[string]bool{"freedonia": true, "freedonian": true}}
	b := newBuilder(gz.Entry{ID: "party:1", Name: "Communist Party of Freedonia (Marxist)", Type: graph.Party, Country: "FD"})
	b.add("CPF(M)", gz.KindShort)
	addPartyVariants(b, c, []string{b.Name, "Freedonian National Congress"})
	got := make(map[string]gz.AliasKind)
	for _, a := range b.Aliases {
		got[a.Text] = a.Kind
	}
	for text, kind := range map[string]gz.AliasKind{
		"CPF(M)": gz.KindShort, "CPFM": gz.KindDerived, "CPM": gz.KindDerived,
		"Communist Party of Freedonia Marxist": gz.KindDerived, "Congress": gz.KindDerived, "FNC": gz.KindDerived,
	} {
		if got[text] != kind {
			t.Errorf("alias %q: kind %q, want %q (all: %v)", text, got[text], kind, got)
		}
	}
}

func TestWeakenSharedPartyNames(t *testing.T) {
	mk := func(id, cc string, current bool, share float64, aliases ...string) *party {
		p := &party{b: newBuilder(gz.Entry{ID: id, Name: aliases[0], Type: graph.Party, Country: cc}), current: current, share: share}
		for _, a := range aliases[1:] {
			p.b.add(a, gz.KindShort)
		}
		return p
	}
	a := mk("party:1", "AA", true, 30, "Labour Party", "LP", "ALP")
	b := mk("party:2", "BB", true, 40, "Labour Party", "LAB")
	c := mk("party:3", "AA", false, 50, "Old Labour", "ALP")
	weakenSharedPartyNames([]*party{a, b, c})
	kind := func(p *party, text string) gz.AliasKind { return p.b.Aliases[p.b.keys[gz.Key(text)]].Kind }
	for _, tt := range []struct {
		p    *party
		text string
		want gz.AliasKind
	}{
		{a, "Labour Party", gz.KindDerived}, // two countries
		{b, "Labour Party", gz.KindDerived},
		{a, "ALP", gz.KindShort}, // one country: the current party keeps it
		{c, "ALP", gz.KindDerived},
		{a, "LP", gz.KindShort},
	} {
		if got := kind(tt.p, tt.text); got != tt.want {
			t.Errorf("%s %q: %q, want %q", tt.p.b.ID, tt.text, got, tt.want)
		}
	}
}

func TestNationality(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Freedonian(s)", []string{"Freedonian", "Freedonians"}},
		{"Frenchman(men), Frenchwoman(women)", []string{"Frenchman", "Frenchmen", "Frenchwoman", "Frenchwomen"}},
		{"Motswana (singular), Batswana (plural)", []string{"Motswana", "Batswana"}},
		{"Beninese (singular and plural)", []string{"Beninese"}},
		{"Sahrawi(s), Sahraoui(s)", []string{"Sahrawi", "Sahrawis", "Sahraoui", "Sahraouis"}},
		{"Equatorial Guinean(s) or Equatoguinean(s)", []string{"Equatorial Guinean", "Equatorial Guineans", "Equatoguinean", "Equatoguineans"}},
		{"liSwati (singular), emaSwati (plural); note - former term", []string{"liSwati", "emaSwati"}},
		{"Aruban; Dutch", []string{"Aruban"}},
		{"Westmarker(s) (US nationals)", []string{"Westmarker", "Westmarkers"}},
		{"Wallisian(s), Futunan(s), or Wallis and Futuna Islanders", []string{"Wallisian", "Wallisians", "Futunan", "Futunans", "Wallis and Futuna Islanders"}},
		{"Chinese/Hong Konger", []string{"Chinese", "Hong Konger"}},
		{"NA (US citizens)", nil},
	}
	for _, tt := range tests {
		if got := nationality(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("nationality(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	for in, want := range map[string]string{"Pakistani": "Pakistanis", "Chinese": "Chinese", "Swiss": "Swiss", "French": "French",
		"Czech": "Czechs", "Dutchman": "Dutchmen", "German": "Germans", "British": "British", "Thai": "Thais", "South African": "South Africans"} {
		if got := plural(in); got != want {
			t.Errorf("plural(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestNameHelpers(t *testing.T) {
	languages := map[string]bool{"english": true, "freedonian": true}
	for _, tt := range []struct {
		fn       func(string) []string
		in       string
		want     []string
		describe string
	}{
		{func(s string) []string { return []string{invertComma(s)} }, "Korea, South", []string{"South Korea"}, "invertComma"},
		{func(s string) []string { return []string{invertComma(s)} }, "Congo, Democratic Republic of the", []string{"Democratic Republic of the Congo"}, "invertComma"},
		{func(s string) []string { return []string{invertComma(s)} }, "Virgin Islands, U.S.", []string{"U.S. Virgin Islands"}, "invertComma"},
		{func(s string) []string { return []string{invertComma(s)} }, "Saint Helena, Ascension and Tristan da Cunha", []string{"Saint Helena, Ascension and Tristan da Cunha"}, "invertComma"},
		{func(s string) []string { return []string{invertComma(s)} }, "Freedonia", []string{"Freedonia"}, "invertComma"},
		{func(s string) []string { return []string{dropParens(s, false)} }, "Janata Dal (United)", []string{"Janata Dal"}, "dropParens"},
		{func(s string) []string { return []string{dropParens(s, true)} }, "JD(U)", []string{"JDU"}, "dropParens keep"},
		{func(s string) []string { return []string{dropParens(s, true)} }, "Party of Farmers (Reform)", []string{"Party of Farmers Reform"}, "dropParens keep"},
		{func(s string) []string { return nameForms(s, languages) }, "Freedonia (English)/ Fridonija (Freedonian)", []string{"Freedonia", "Fridonija"}, "nameForms"},
		{func(s string) []string { return nameForms(s, languages) }, "Lan Mar (Wade/Giles)", []string{"Lan Mar"}, "nameForms"},
		{func(s string) []string { return nameForms(s, languages) }, "Lanmar (Old Lanmar); note - the old name", []string{"Old Lanmar", "Lanmar"}, "nameForms"},
		{func(s string) []string { return nameForms(s, languages) }, "Lanmar (unofficial)", []string{"Lanmar"}, "nameForms"},
		{func(s string) []string { return nameForms(s, languages) }, "Lanmar (Freedonian and English)", []string{"Lanmar"}, "nameForms"},
		{func(s string) []string { return nameForms(s, languages) }, "Lanmar (Old part)", []string{"Lanmar"}, "nameForms"},
		{func(s string) []string { return nameForms(s, languages) }, "Elmar or Elmaria", []string{"Elmar", "Elmaria"}, "nameForms"},
		{factbookAbbreviations, "FD or FDR", []string{"FD", "FDR"}, "factbookAbbreviations"},
		{factbookAbbreviations, "RFD (or ROFD)", []string{"RFD", "ROFD"}, "factbookAbbreviations"},
		{factbookAbbreviations, "Ste-Lu (French)/ St. Lu or St. Lus (English)", []string{"Ste-Lu", "St. Lu", "St. Lus"}, "factbookAbbreviations"},
		{spellings, "Saint Lucia", []string{"St. Lucia"}, "spellings"},
		{spellings, "The Gambia", []string{"Gambia"}, "spellings"},
		{spellings, "World Trade Organisation", []string{"World Trade Organization"}, "spellings"},
		{wikidataShorts, "ABC/or/AB", []string{"ABC", "AB"}, "wikidataShorts"},
		{wikidataShorts, "I/U/M/L", []string{"IUML"}, "wikidataShorts"},
		{splitNames, "Hindi: भारत; Bharat Party / Party of Bharat", []string{"भारत", "Bharat Party", "Party of Bharat"}, "splitNames"},
	} {
		if got := tt.fn(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("%s(%q) = %q, want %q", tt.describe, tt.in, got, tt.want)
		}
	}
	if looseKey("The Farmers' Union (Reform) & Co") != "farmers union reform and co" {
		t.Errorf("looseKey = %q", looseKey("The Farmers' Union (Reform) & Co"))
	}
	if orgKey("Organization of the Petroleum Exporting Countries") != orgKey("Organisation of Petroleum Exporting Countries") {
		t.Errorf("orgKey differs")
	}
}

func TestBuilder(t *testing.T) {
	b := newBuilder(gz.Entry{ID: "place:1", Name: "Reading", Type: graph.Place})
	b.add("READING", gz.KindShort)    // same key: stays a name
	b.add("X", gz.KindName)           // one letter
	b.add("1234", gz.KindName)        // no letter
	b.add("Ρέντινγκ", gz.KindName)    // not Latin
	b.add(" “Redding” ", gz.KindName) // cleaned
	b.add("Redding", gz.KindDerived)
	e, ok := b.finish(map[string]bool{"reading": true})
	want := []gz.Alias{{Text: "Reading", Kind: gz.KindDerived}, {Text: "Redding", Kind: gz.KindName}}
	if !ok || !reflect.DeepEqual(e.Aliases, want) {
		t.Errorf("got %v, want %v", e.Aliases, want)
	}
	// A country's name stays strong however common the word; its other
	// one-word aliases do not.
	c := newBuilder(gz.Entry{ID: "country:QB", Name: "Quillbia", Type: graph.Country})
	c.add("Quill", gz.KindName)
	e, ok = c.finish(map[string]bool{"quillbia": true, "quill": true})
	want = []gz.Alias{{Text: "Quillbia", Kind: gz.KindName}, {Text: "Quill", Kind: gz.KindDerived}}
	if !ok || !reflect.DeepEqual(e.Aliases, want) {
		t.Errorf("country: got %v, want %v", e.Aliases, want)
	}
	if _, ok := newBuilder(gz.Entry{ID: "x", Name: "Q", Type: graph.Place}).finish(nil); ok {
		t.Errorf("an entry whose name is noise was kept")
	}
}

func TestCountTokens(t *testing.T) {
	counts := make(map[string]int)
	countTokens("Reading is reading; the READING of Reading-based readers' réading", counts)
	want := map[string]int{"is": 1, "reading": 1, "the": 1, "of": 1, "based": 1, "readers": 1, "réading": 1}
	if !reflect.DeepEqual(counts, want) {
		t.Errorf("got %v, want %v", counts, want)
	}
}

func TestReadYAMLRecords(t *testing.T) {
	in := `Union of Examples:
  Wikidata_code: Q1
  Name_en: Union of Examples
  Abbreviation_en: UoE
  Name_fr: 'Union d''exemples'
  LEI_bic:
  - ABCDEFGH
  Website: null
? A very long name of an example organisation
: Wikidata_code: Q2
  Name_en: "A very long name of an example organisation"
  Abbreviation_en: ALNEO
`
	got, err := readYAMLRecords(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	want := []yamlRecord{
		{Key: "Union of Examples", Fields: map[string]string{"Wikidata_code": "Q1", "Name_en": "Union of Examples", "Abbreviation_en": "UoE", "Name_fr": "Union d'exemples"}},
		{Key: "A very long name of an example organisation", Fields: map[string]string{"Wikidata_code": "Q2", "Name_en": "A very long name of an example organisation", "Abbreviation_en": "ALNEO"}},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %+v\nwant %+v", got, want)
	}
	for _, bad := range []string{"  Name_en: x\n", "Key without colon\n", "A:\n  no colon here\n"} {
		if _, err := readYAMLRecords(strings.NewReader(bad)); err == nil {
			t.Errorf("readYAMLRecords(%q): no error", bad)
		}
	}
}

func TestOrgVariants(t *testing.T) {
	b := newBuilder(gz.Entry{ID: "org:1", Name: "Group of 7", Type: graph.Organization})
	b.add("G-7", gz.KindShort)
	b.add("United Nations Example Council", gz.KindName)
	addOrgVariants(b)
	for text, kind := range map[string]gz.AliasKind{"G7": gz.KindShort, "Group of Seven": gz.KindName, "UN Example Council": gz.KindShort} {
		if i, ok := b.keys[gz.Key(text)]; !ok || b.Aliases[i].Kind != kind {
			t.Errorf("alias %q missing or not %s: %v", text, kind, b.Aliases)
		}
	}
}

// TestGolden parses the sample Factbook texts of testdata/*.txt and
// compares the result with testdata/*.golden (go test -update rewrites
// them).
func TestGolden(t *testing.T) {
	parsers := map[string]func(line string) string{
		"leaders": func(line string) string {
			var b strings.Builder
			for _, l := range parseLeaders(line, func(string) bool { return false }) {
				e, _ := leaderBuilder(l, "XX").finish(nil)
				fmt.Fprintf(&b, "\t%s\t%s\t%s\n", e.ID, e.Role, aliasList(e.Aliases))
			}
			return b.String()
		},
		"parties": func(line string) string {
			var b strings.Builder
			for _, p := range factbookParties(line) {
				fmt.Fprintf(&b, "\t%s\tnames=%q shorts=%q formers=%q\n", p.name, p.names, p.shorts, p.formers)
			}
			return b.String()
		},
	}
	for name, parse := range parsers {
		in, err := os.ReadFile(filepath.Join("testdata", name+".txt"))
		if err != nil {
			t.Fatal(err)
		}
		var b strings.Builder
		for _, line := range strings.Split(strings.TrimSpace(string(in)), "\n") {
			if line == "" || strings.HasPrefix(line, "#") {
				continue
			}
			b.WriteString(line + "\n" + parse(line))
		}
		golden := filepath.Join("testdata", name+".golden")
		if *update {
			if err := os.WriteFile(golden, []byte(b.String()), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatal(err)
		}
		if b.String() != string(want) {
			t.Errorf("%s differs from %s (check, then go test -update):\n%s", name, golden, b.String())
		}
	}
}

func aliasList(as []gz.Alias) string {
	var s []string
	for _, a := range as {
		s = append(s, string(a.Kind)+":"+a.Text)
	}
	return strings.Join(s, " ")
}

func FuzzParseLeaders(f *testing.F) {
	in, err := os.ReadFile(filepath.Join("testdata", "leaders.txt"))
	if err != nil {
		f.Fatal(err)
	}
	for _, line := range strings.Split(string(in), "\n") {
		f.Add(line)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, l := range parseLeaders(s, func(string) bool { return false }) {
			name := l.name()
			if len(l.surname) == 0 || name == "" || strings.ContainsAny(name, "();") {
				t.Fatalf("parseLeaders(%q): bad leader %+v", s, l)
			}
			if utf8.ValidString(s) && !utf8.ValidString(name) {
				t.Fatalf("parseLeaders(%q): invalid UTF-8 name %q", s, name)
			}
		}
	})
}

func FuzzFactbookParties(f *testing.F) {
	in, err := os.ReadFile(filepath.Join("testdata", "parties.txt"))
	if err != nil {
		f.Fatal(err)
	}
	for _, line := range strings.Split(string(in), "\n") {
		f.Add(line)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, p := range factbookParties(s) {
			if p.name == "" || strings.Contains(p.name, " or ") {
				t.Fatalf("factbookParties(%q): bad party %+v", s, p)
			}
		}
	})
}

func FuzzReadYAMLRecords(f *testing.F) {
	f.Add("A:\n  Name_en: 'x''y'\n  L:\n  - z\n? B\n: Name_en: \"q\\n\"\n")
	f.Fuzz(func(t *testing.T, s string) {
		recs, err := readYAMLRecords(strings.NewReader(s))
		if err != nil {
			return
		}
		for _, r := range recs {
			if r.Fields == nil {
				t.Fatalf("record %q without fields map", r.Key)
			}
		}
	})
}

// Example_parseLeaders shows how a Factbook leader line becomes a person.
func Example_parseLeaders() {
	for _, l := range parseLeaders("Prime Minister Amira Lela TOVANI (since 3 March 2024)", func(string) bool { return false }) {
		fmt.Printf("%s: %s (surname %s)\n", l.role, l.name(), strings.Join(l.surname, " "))
	}
	// Output:
	// Prime Minister: Amira Lela Tovani (surname Tovani)
}
