package ner

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/entities"
)

func TestKeepParticles(t *testing.T) {
	for _, tc := range []struct {
		sent string
		in   []Chunk
		want []Chunk
	}{
		{"Abu Bakr al-Hindawi said", []Chunk{{FinePerson, 0, 2}}, []Chunk{{FinePerson, 0, 3}}},
		{"Pieter van Dalen said", []Chunk{{FinePerson, 0, 1}, {FinePerson, 2, 3}}, []Chunk{{FinePerson, 0, 3}}},
		{"Maria de Souto said", []Chunk{{"PER", 0, 1}}, []Chunk{{"PER", 0, 3}}},
		// Not a person, a lower-case word after the particle, another
		// type after it: unchanged.
		{"Banco de Lisboa said", []Chunk{{"organization", 0, 1}}, []Chunk{{"organization", 0, 1}}},
		{"Maria de facto ruled", []Chunk{{FinePerson, 0, 1}}, []Chunk{{FinePerson, 0, 1}}},
		{"Pieter van Rotterdam", []Chunk{{FinePerson, 0, 1}, {"place", 2, 3}}, []Chunk{{FinePerson, 0, 1}, {"place", 2, 3}}},
		{"Karim al-qaida", []Chunk{{FinePerson, 0, 1}}, []Chunk{{FinePerson, 0, 1}}},
	} {
		got := keepParticles(strings.Fields(tc.sent), slices.Clone(tc.in))
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("keepParticles(%q, %v) = %v, want %v", tc.sent, tc.in, got, tc.want)
		}
	}
}

func TestModelTokens(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Tariq al-Mansuri met Jamaat-e-Nusrat and Harkat-ul-Mazin.", "Tariq|al-Mansuri|met|Jamaat-e-Nusrat|and|Harkat-ul-Mazin|."},
		{"A pro-Velland rally, a Saudi-led force, an F-16 and Rolls-Royce.", "A|pro|-|Velland|rally|,|a|Saudi|-|led|force|,|an|F|-|16|and|Rolls-Royce|."},
		{"Vell - Dorn and Vell -Dorn.", "Vell|-|Dorn|and|Vell|-|Dorn|."},
	} {
		d := entities.Segment(tc.text)
		toks, starts := modelTokens(d, 0, len(d.Tokens))
		if got := strings.Join(toks, "|"); got != tc.want {
			t.Errorf("modelTokens(%q) = %q, want %q", tc.text, got, tc.want)
		}
		joined := len(toks) < len(d.Tokens)
		if joined && (len(starts) != len(toks)+1 || starts[len(toks)] != len(d.Tokens)) || !joined && starts != nil {
			t.Errorf("%q: starts %v", tc.text, starts)
		}
	}
}

// TestRecognizeParticleNames checks that made-up names with particles and
// hyphens come out whole from the default recognizer.
func TestRecognizeParticleNames(t *testing.T) {
	text := "Officials said Tariq al-Mansuri, the interior minister, met Karim bin Taleb on Monday. " +
		"The envoy Pieter van Dalen and the diplomat Maria de Souto joined Luis da Pinta. " +
		"Abu Bakr al-Hindawi, a cleric, criticised the group Jamaat-e-Nusrat. " +
		"Lawyers for Jean-Pierre de la Fontaine said their clients would testify. " +
		"Witnesses included Dost Mohammad-e-Karimi and the activist Ana da Costa-Ribeiro."
	d := entities.Segment(text)
	var got []string
	for _, m := range DefaultRecognizer().Recognize(d) {
		got = append(got, d.Text[m.Start:m.End])
	}
	for _, want := range []string{"Tariq al-Mansuri", "Karim bin Taleb", "Pieter van Dalen", "Maria de Souto", "Luis da Pinta", "Abu Bakr al-Hindawi", "Jamaat-e-Nusrat",
		"Jean-Pierre de la Fontaine", "Dost Mohammad-e-Karimi", "Ana da Costa-Ribeiro"} {
		if !slices.Contains(got, want) {
			t.Errorf("%q not found whole; names %q", want, got)
		}
	}
}
