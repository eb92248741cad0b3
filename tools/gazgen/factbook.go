package main

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// factbookCountry holds the fields read from one World Factbook profile
// (factbook/<region>/<gec>.json). Texts are as in the source, HTML and all.
type factbookCountry struct {
	ISO string // ISO 3166 alpha-2, from the GEC code

	ShortForm, LongForm   string // conventional short and long forms
	LocalShort, LocalLong string
	Former, Abbreviation  string
	Capital               string
	ChiefOfState, HeadGov string
	Parties               string
	Noun, Adjective       string // nationality
}

// readFactbook reads the Factbook profiles under dir whose GEC code maps to
// an ISO code in gecToISO, in path order.
func readFactbook(dir string, gecToISO map[string]string) ([]*factbookCountry, error) {
	var out []*factbookCountry
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || filepath.Ext(path) != ".json" || filepath.Base(filepath.Dir(path)) == "meta" {
			return err
		}
		gec := strings.ToUpper(strings.TrimSuffix(filepath.Base(path), ".json"))
		iso, ok := gecToISO[gec]
		if !ok {
			return nil // oceans, the world, places without an ISO code
		}
		raw, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		var doc map[string]any
		if err := json.Unmarshal(raw, &doc); err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		t := func(keys ...string) string { return factbookText(doc, keys...) }
		out = append(out, &factbookCountry{
			ISO:          iso,
			ShortForm:    t("Government", "Country name", "conventional short form"),
			LongForm:     t("Government", "Country name", "conventional long form"),
			LocalShort:   t("Government", "Country name", "local short form"),
			LocalLong:    t("Government", "Country name", "local long form"),
			Former:       t("Government", "Country name", "former"),
			Abbreviation: t("Government", "Country name", "abbreviation"),
			Capital:      t("Government", "Capital", "name"),
			ChiefOfState: t("Government", "Executive branch", "chief of state"),
			HeadGov:      t("Government", "Executive branch", "head of government"),
			Parties:      t("Government", "Political parties"),
			Noun:         t("People and Society", "Nationality", "noun"),
			Adjective:    t("People and Society", "Nationality", "adjective"),
		})
		return nil
	})
	return out, err
}

// factbookText follows keys through nested objects and returns the "text"
// field found there, or "".
func factbookText(v any, keys ...string) string {
	for _, k := range keys {
		m, ok := v.(map[string]any)
		if !ok {
			return ""
		}
		v = m[k]
	}
	m, ok := v.(map[string]any)
	if !ok {
		return ""
	}
	s, _ := m["text"].(string)
	if s == "none" || s == "NA" {
		return ""
	}
	return s
}

// splitBR splits a Factbook text at its <br> line breaks.
func splitBR(s string) []string {
	s = strings.NewReplacer("<br />", "\n", "<br/>", "\n", "<br>", "\n", "<p>", "\n", "</p>", "\n").Replace(s)
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if l = clean(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}
