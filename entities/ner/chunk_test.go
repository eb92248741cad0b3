package ner

import (
	"reflect"
	"strings"
	"testing"
)

func TestChunks(t *testing.T) {
	tests := []struct {
		name string
		tags string
		want []Chunk
	}{
		{"empty", "", nil},
		{"outside", "O O", nil},
		{"iob1 run", "I-PER I-PER O", []Chunk{{"PER", 0, 2}}},
		{"iob1 split by B", "I-PER B-PER", []Chunk{{"PER", 0, 1}, {"PER", 1, 2}}},
		{"iob1 type change", "I-ORG I-LOC", []Chunk{{"ORG", 0, 1}, {"LOC", 1, 2}}},
		{"iob2", "B-PER I-PER B-PER O", []Chunk{{"PER", 0, 2}, {"PER", 2, 3}}},
		{"iob2 B B", "B-LOC B-LOC", []Chunk{{"LOC", 0, 1}, {"LOC", 1, 2}}},
		{"I after O starts", "O I-MISC I-MISC", []Chunk{{"MISC", 1, 3}}},
		{"I of other type after B", "B-ORG I-PER", []Chunk{{"ORG", 0, 1}, {"PER", 1, 2}}},
		{"chunk at end", "O B-ORG I-ORG", []Chunk{{"ORG", 1, 3}}},
		{"bilou", "B-PER L-PER U-LOC O B-ORG I-ORG L-ORG", []Chunk{{"PER", 0, 2}, {"LOC", 2, 3}, {"ORG", 4, 7}}},
		{"bioes", "S-PER B-LOC E-LOC", []Chunk{{"PER", 0, 1}, {"LOC", 1, 3}}},
		{"bare type", "PER PER O", []Chunk{{"PER", 0, 2}}},
		{"fine types", "B-party I-party B-country", []Chunk{{"party", 0, 2}, {"country", 2, 3}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Chunks(strings.Fields(tt.tags)); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Chunks(%q) = %v, want %v", tt.tags, got, tt.want)
			}
		})
	}
}

func TestIOB2AndBILOURoundTrip(t *testing.T) {
	for _, tags := range []string{"I-PER I-PER B-PER O I-LOC", "B-ORG O B-MISC I-MISC I-MISC", "O O"} {
		tg := strings.Fields(tags)
		c := Chunks(tg)
		if got := Chunks(IOB2(c, len(tg))); !reflect.DeepEqual(got, c) {
			t.Errorf("IOB2 of %q: chunks %v, want %v", tags, got, c)
		}
		if got := Chunks(bilou(c, len(tg))); !reflect.DeepEqual(got, c) {
			t.Errorf("BILOU of %q: chunks %v, want %v", tags, got, c)
		}
	}
	if got := strings.Join(IOB2(Chunks(strings.Fields("I-PER I-PER B-PER")), 3), " "); got != "B-PER I-PER B-PER" {
		t.Errorf("IOB1 → IOB2 = %q", got)
	}
}

func TestEvaluation(t *testing.T) {
	tests := []struct {
		name          string
		gold, pred    string
		correct, g, p int
	}{
		{"exact", "B-PER I-PER O", "B-PER I-PER O", 1, 1, 1},
		{"iob1 gold, iob2 prediction", "I-PER I-PER O I-LOC", "B-PER I-PER O B-LOC", 2, 2, 2},
		{"left boundary wrong", "O B-ORG I-ORG", "B-ORG I-ORG I-ORG", 0, 1, 1},
		{"right boundary wrong", "B-ORG I-ORG O", "B-ORG O O", 0, 1, 1},
		{"type wrong", "B-ORG", "B-LOC", 0, 1, 1},
		{"split", "B-PER I-PER", "B-PER B-PER", 0, 1, 2},
		{"missed", "B-MISC O", "O O", 0, 1, 0},
		{"spurious", "O O", "O B-LOC", 0, 0, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var e Evaluation
			e.Add(strings.Fields(tt.gold), strings.Fields(tt.pred))
			o := e.Overall()
			if o.Correct != tt.correct || o.Gold != tt.g || o.Predicted != tt.p {
				t.Errorf("correct/gold/predicted = %d/%d/%d, want %d/%d/%d", o.Correct, o.Gold, o.Predicted, tt.correct, tt.g, tt.p)
			}
		})
	}
}

func TestScores(t *testing.T) {
	var e Evaluation
	e.Add(strings.Fields("B-PER I-PER O B-LOC O B-ORG"), strings.Fields("B-PER I-PER O B-LOC B-LOC O"))
	e.Add(strings.Fields("B-misc O"), strings.Fields("B-misc O"))
	types := e.ByType()
	var names []string
	for _, s := range types {
		names = append(names, s.Type)
	}
	if got := strings.Join(names, " "); got != "LOC ORG PER misc" {
		t.Fatalf("types %q", got)
	}
	loc := types[0]
	if loc.Precision != 50 || loc.Recall != 100 || loc.F1 < 66.66 || loc.F1 > 66.67 {
		t.Errorf("LOC = %+v", loc)
	}
	o := e.Overall("misc")
	// Gold PER, LOC, ORG; predicted PER, LOC, LOC; correct 2.
	if o.Gold != 3 || o.Predicted != 3 || o.Correct != 2 {
		t.Errorf("overall without misc = %+v", o)
	}
	if all := e.Overall(); all.Gold != 4 || all.Correct != 3 {
		t.Errorf("overall = %+v", all)
	}
	if e.Tokens != 8 || e.TokensCorrect != 6 {
		t.Errorf("tokens %d correct %d, want 8 and 6", e.Tokens, e.TokensCorrect)
	}
}

func TestMapTypes(t *testing.T) {
	got := MapTypes(strings.Fields("B-politician I-politician O B-election B-politicalparty B-location B-other"), CrossNERTypes)
	want := "B-person I-person O B-event B-party B-place B-other"
	if strings.Join(got, " ") != want {
		t.Errorf("MapTypes = %q, want %q", strings.Join(got, " "), want)
	}
}
