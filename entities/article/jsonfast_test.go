package article

import (
	"encoding/json"
	"maps"
	"testing"
)

var jsonFastCases = []string{
	`{}`,
	` { "a" : "b" , "c":[1, "x", {"d": "]}"}], "e": null, "f": -1.5e3 } `,
	`{"text": "line one\nline \"two\"\t\\ \/ end", "title": "Caf\u00e9 \ud83d\ude00 \ud800 x"}`,
	`{"a": "1", "a": "2", "A": {"name": "n"}}`,
	`{"k\u0041": true, "b": false, "c": [], "d": {}}`,
	`{"text": "ünïcödé – “quoted” \b\f\r"}`,
	`{"nested": [[["\\"]], {"x": "}"}], "t": "\"{"}`,
}

// TestTopFields checks the fast object split against encoding/json.
func TestTopFields(t *testing.T) {
	for _, c := range jsonFastCases {
		var want map[string]json.RawMessage
		if err := json.Unmarshal([]byte(c), &want); err != nil {
			t.Fatalf("%s: %v", c, err)
		}
		got, ok := topFields([]byte(c))
		if !ok {
			if c == jsonFastCases[4] {
				continue // an escaped name: left to encoding/json
			}
			t.Errorf("%s: not split", c)
			continue
		}
		if !maps.EqualFunc(got, want, func(a, b json.RawMessage) bool { return string(a) == string(b) }) {
			t.Errorf("%s: got %q, want %q", c, got, want)
		}
		for k, v := range want {
			if v[0] != '"' {
				continue
			}
			var ws string
			if err := json.Unmarshal(v, &ws); err != nil {
				t.Fatal(err)
			}
			if s, ok := quickString(v); ok && s != ws {
				t.Errorf("%s: field %s read %q, want %q", c, k, s, ws)
			}
		}
	}
}

// FuzzQuickString checks quickString against encoding/json on valid JSON
// strings.
func FuzzQuickString(f *testing.F) {
	for _, s := range []string{"a", "a\nb", `q"q`, "\\", "é", "\u2028", "\x01", "\xff"} {
		b, _ := json.Marshal(s)
		f.Add(string(b))
	}
	f.Add(`"\u00e9\/\b"`)
	f.Fuzz(func(t *testing.T, raw string) {
		var want string
		if json.Unmarshal([]byte(raw), &want) != nil || raw == "" || raw[0] != '"' {
			return
		}
		if got, ok := quickString([]byte(raw)); ok && got != want {
			t.Errorf("%q: got %q, want %q", raw, got, want)
		}
	})
}

// FuzzTopFields checks the fast object split against encoding/json on
// valid JSON objects.
func FuzzTopFields(f *testing.F) {
	for _, c := range jsonFastCases {
		f.Add(c)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		var want map[string]json.RawMessage
		if !json.Valid([]byte(raw)) || json.Unmarshal([]byte(raw), &want) != nil {
			return
		}
		got, ok := topFields([]byte(raw))
		if ok && !maps.EqualFunc(got, want, func(a, b json.RawMessage) bool { return string(a) == string(b) }) {
			t.Errorf("%q: got %q, want %q", raw, got, want)
		}
	})
}
