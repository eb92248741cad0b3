package text

import (
	"strings"
	"testing"
)

func TestTokenize(t *testing.T) {
	tests := []struct {
		in   string
		want string // tokens joined by |
	}{
		{"Pakistan’s case", "Pakistan|’s|case"},
		{"BJP's Ravi Shankar Prasad", "BJP|'s|Ravi|Shankar|Prasad"},
		{"S. Jaishankar said", "S.|Jaishankar|said"},
		{"the U.S. and U.K.", "the|U.S.|and|U.K."},
		{"Bhutto-Zardari, J&K", "Bhutto|-|Zardari|,|J|&|K"},
		{"JD(U) MP", "JD|(|U|)|MP"},
		{"O'Brien don't", "O'Brien|don't"},
		{"Mr. Jha.", "Mr|.|Jha|."},
		{"3.5 per cent", "3|.|5|per|cent"},
		{"“Quote.” Next", "“|Quote|.|”|Next"},
	}
	for _, tt := range tests {
		var got []string
		for _, tok := range tokenize(tt.in) {
			got = append(got, tok.Text)
			if tt.in[tok.Start:tok.End] != tok.Text {
				t.Errorf("%q: token %q has offsets %d:%d", tt.in, tok.Text, tok.Start, tok.End)
			}
		}
		if g := strings.Join(got, "|"); g != tt.want {
			t.Errorf("tokenize(%q) = %s, want %s", tt.in, g, tt.want)
		}
	}
}

func TestSentences(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Mr. Jha spoke. He left.", []string{"Mr. Jha spoke.", "He left."}},
		{"S. Jaishankar met U.S. officials. Talks ended.", []string{"S. Jaishankar met U.S. officials.", "Talks ended."}},
		{"He said: \"We won.\" Then he left!", []string{"He said: \"We won.\"", "Then he left!"}},
		{"Heading\n\nFirst para\nwraps here. Second.", []string{"Heading", "First para\nwraps here.", "Second."}},
		{"Growth was 3.5 pct. in May, up.", []string{"Growth was 3.5 pct. in May, up."}},
		{"", nil},
	}
	for _, tt := range tests {
		d := Segment(tt.in)
		var got []string
		for _, s := range d.Sentences {
			got = append(got, tt.in[s.Start:s.End])
		}
		if strings.Join(got, "¦") != strings.Join(tt.want, "¦") {
			t.Errorf("Segment(%q) sentences = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// FuzzSegment checks that segmentation never panics, tokens and sentences
// cover valid, ordered, in-bounds spans, and token text matches offsets.
// entities.FuzzExtract runs the whole pipeline on such inputs.
func FuzzSegment(f *testing.F) {
	for _, s := range []string{"Mr. Jha said.", "U.S.A. and J&K", "a\n\nb", "’s", "'", "É. Macron", "\xff\xfe", "S.", "x.y.z."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d := Segment(s)
		prev := 0
		for _, tok := range d.Tokens {
			if tok.Start < prev || tok.End <= tok.Start || tok.End > len(s) || s[tok.Start:tok.End] != tok.Text {
				t.Fatalf("bad token %+v in %q", tok, s)
			}
			prev = tok.End
		}
		prevEnd := 0
		for _, se := range d.Sentences {
			if se.Start < prevEnd || se.End > len(s) || se.TokStart >= se.TokEnd || se.TokEnd > len(d.Tokens) {
				t.Fatalf("bad sentence %+v in %q", se, s)
			}
			prevEnd = se.End
		}
	})
}

func TestAbbreviationDot(t *testing.T) {
	toks := tokenize("St. Louis and Quill. Then")
	var dots []bool
	for i, tk := range toks {
		if tk.Text == "." {
			dots = append(dots, AbbreviationDot(toks, i))
		}
	}
	if len(dots) != 2 || !dots[0] || dots[1] {
		t.Errorf("AbbreviationDot of the dots = %v, want [true false]", dots)
	}
}

// Each token's Lower is its text in lower case, whether the text is
// ASCII (lowered once, tokens slicing it) or not.
func TestTokenLower(t *testing.T) {
	for _, text := range []string{"The U.S. Senate met O'Brien in NEW YORK.", "İstanbul's MAYOR met Ærø officials", "ΑΘΗΝΑ and Paris"} {
		for _, tok := range Segment(text).Tokens {
			if tok.Lower != strings.ToLower(tok.Text) {
				t.Errorf("%q: Lower %q, want %q", tok.Text, tok.Lower, strings.ToLower(tok.Text))
			}
		}
	}
}
