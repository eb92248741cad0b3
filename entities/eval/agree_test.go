package eval

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

// Three invented articles, annotated twice. A is the careful reading; B
// names the event of the first by a shorter description ("the talks"),
// misses a visit and doubts a former affiliation in the second, and reads
// a deputy governor as the bank's head in the third. Each annotation has
// an uncertain relation: A doubts that the chief executive takes part in
// the talks he only comments on (B states it), B that the former adviser
// is affiliated (A states it).
const (
	textTalks = "Marlow Energy and Petra Oil opened talks on a merger of the two firms in Geneva on Tuesday. Marlow chief executive Jonas Hale said the talks would last a week."
	textTrip  = "Labour MP Rosa Tide visited Lisbon and Porto last month. Tide, a former adviser to the Wexford Trust, said the trip was useful."
	textBank  = "Kell Bank deputy governor Omar Finn said rates would stay. Finn spoke to reporters at the bank's offices."

	annotationA = `{"format": "newsgraph-relations-gold/1", "articles": [
 {"id": "talks", "text": "` + textTalks + `",
  "entities": [
   {"id": "marlow", "name": "Marlow Energy", "type": "organization", "aliases": ["Marlow"]},
   {"id": "petra", "name": "Petra Oil", "type": "organization"},
   {"id": "talks", "name": "talks on a merger of the two firms", "type": "event"},
   {"id": "hale", "name": "Jonas Hale", "type": "person"}],
  "relations": [
   {"kind": "involved_in", "source": "marlow", "target": "talks", "evidence": "Marlow Energy and Petra Oil opened talks"},
   {"kind": "involved_in", "source": "petra", "target": "talks", "evidence": "Marlow Energy and Petra Oil opened talks"},
   {"kind": "leads", "source": "hale", "target": "marlow", "role": "chief executive", "evidence": "Marlow chief executive Jonas Hale"},
   {"kind": "involved_in", "source": "hale", "target": "talks", "uncertain": true, "evidence": "Jonas Hale said the talks would last a week"}]},
 {"id": "trip", "text": "` + textTrip + `",
  "entities": [
   {"id": "tide", "name": "Rosa Tide", "type": "person", "aliases": ["Tide"]},
   {"id": "lab", "name": "Labour", "type": "party"},
   {"id": "lis", "name": "Lisbon", "type": "place"},
   {"id": "por", "name": "Porto", "type": "place"},
   {"id": "wt", "name": "Wexford Trust", "type": "organization"}],
  "relations": [
   {"kind": "member_of", "source": "tide", "target": "lab", "evidence": "Labour MP Rosa Tide"},
   {"kind": "visits", "source": "tide", "target": "lis", "evidence": "Rosa Tide visited Lisbon and Porto"},
   {"kind": "visits", "source": "tide", "target": "por", "evidence": "Rosa Tide visited Lisbon and Porto"},
   {"kind": "affiliated_with", "source": "tide", "target": "wt", "former": true, "evidence": "Tide, a former adviser to the Wexford Trust"}]},
 {"id": "bank", "split": "check", "text": "` + textBank + `",
  "entities": [
   {"id": "finn", "name": "Omar Finn", "type": "person", "aliases": ["Finn"]},
   {"id": "kell", "name": "Kell Bank", "type": "organization"}],
  "relations": [
   {"kind": "holds_role", "source": "finn", "target": "kell", "role": "deputy governor", "evidence": "Kell Bank deputy governor Omar Finn"}]}]}`

	annotationB = `{"format": "newsgraph-relations-gold/1", "articles": [
 {"id": "bank", "split": "check", "text": "` + textBank + `",
  "entities": [
   {"id": "f", "name": "Omar Finn", "type": "person"},
   {"id": "k", "name": "Kell Bank", "type": "organization", "aliases": ["the bank"]}],
  "relations": [
   {"kind": "leads", "source": "f", "target": "k", "role": "deputy governor", "evidence": "Kell Bank deputy governor Omar Finn"}]},
 {"id": "talks", "text": "` + textTalks + `",
  "entities": [
   {"id": "m", "name": "Marlow Energy", "type": "organization", "aliases": ["Marlow"]},
   {"id": "p", "name": "Petra Oil", "type": "organization"},
   {"id": "t", "name": "the talks", "type": "event"},
   {"id": "h", "name": "Jonas Hale", "type": "person", "aliases": ["Hale"]}],
  "relations": [
   {"kind": "involved_in", "source": "m", "target": "t", "evidence": "Marlow Energy and Petra Oil opened talks"},
   {"kind": "involved_in", "source": "p", "target": "t", "evidence": "Marlow Energy and Petra Oil opened talks"},
   {"kind": "leads", "source": "h", "target": "m", "role": "chief executive", "evidence": "Marlow chief executive Jonas Hale"},
   {"kind": "involved_in", "source": "h", "target": "t", "evidence": "Jonas Hale said the talks would last a week"}]},
 {"id": "trip", "text": "` + textTrip + `",
  "entities": [
   {"id": "r", "name": "Rosa Tide", "type": "person", "aliases": ["Tide"]},
   {"id": "l", "name": "Labour", "type": "party"},
   {"id": "li", "name": "Lisbon", "type": "place"},
   {"id": "w", "name": "Wexford Trust", "type": "organization"}],
  "relations": [
   {"kind": "member_of", "source": "r", "target": "l", "evidence": "Labour MP Rosa Tide"},
   {"kind": "visits", "source": "r", "target": "li", "evidence": "Rosa Tide visited Lisbon"},
   {"kind": "affiliated_with", "source": "r", "target": "w", "uncertain": true, "former": true, "evidence": "a former adviser to the Wexford Trust"}]}]}`
)

// parseGold reads an inline gold and checks it as LoadGold would.
func parseGold(t *testing.T, doc string) *Gold {
	t.Helper()
	var g Gold
	if err := json.Unmarshal([]byte(doc), &g); err != nil {
		t.Fatal(err)
	}
	if errs := g.Check(); len(errs) > 0 {
		t.Fatal(errs)
	}
	return &g
}

// counts is gold, predicted, correct.
type counts [3]int

func TestAgreement(t *testing.T) {
	a, b := parseGold(t, annotationA), parseGold(t, annotationB)
	for _, tc := range []struct {
		name             string
		gold, ann        *Gold
		mode, split      string
		kinds            map[string]counts
		total            counts
		ignored          int
		roleOK, roleSeen int
	}{
		// B against A. "the talks" is A's talks by its head: both parties'
		// involvement agrees; Hale's, doubted by A, is not counted. The
		// visit to Porto and the affiliation B doubted are missed.
		{name: "B against A, dev", gold: a, ann: b, mode: "strict", split: Dev,
			kinds: map[string]counts{"member_of": {1, 1, 1}, "leads": {1, 1, 1}, "affiliated_with": {1, 0, 0},
				"visits": {2, 1, 1}, "involved_in": {2, 2, 2}},
			total: counts{7, 5, 5}, ignored: 1, roleOK: 1, roleSeen: 1},
		// The deputy governor: B's leads is wrong strict, right loose.
		{name: "B against A, check", gold: a, ann: b, mode: "strict", split: Check,
			kinds: map[string]counts{"holds_role": {1, 0, 0}, "leads": {0, 1, 0}}, total: counts{1, 1, 0}},
		{name: "B against A, loose, all", gold: a, ann: b, mode: "loose", split: "all",
			kinds: map[string]counts{"affiliation": {4, 3, 3}, "visits": {2, 1, 1}, "involved_in": {2, 2, 2}},
			total: counts{8, 6, 6}, ignored: 1},
		// A against B: A's full event name has words ("merger") B's
		// "the talks" lacks, so the names do not align in this direction:
		// agreement is not symmetric, hence --symmetric.
		{name: "A against B, dev", gold: b, ann: a, mode: "strict", split: Dev,
			kinds: map[string]counts{"member_of": {1, 1, 1}, "leads": {1, 1, 1}, "affiliated_with": {0, 0, 0},
				"visits": {1, 2, 1}, "involved_in": {3, 2, 0}},
			total: counts{6, 6, 3}, ignored: 1, roleOK: 1, roleSeen: 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rep, err := Agreement(tc.gold, tc.ann, "gold.json", "second.json")
			if err != nil {
				t.Fatal(err)
			}
			tab := rep.Table(tc.mode, tc.split)
			for _, c := range tab.Kinds {
				if got, want := (counts{c.Gold, c.Predicted, c.Correct}), tc.kinds[string(c.Kind)]; got != want {
					t.Errorf("%s: gold, predicted, correct %v, want %v", c.Kind, got, want)
				}
			}
			if got := (counts{tab.Total.Gold, tab.Total.Predicted, tab.Total.Correct}); got != tc.total {
				t.Errorf("total %v, want %v", got, tc.total)
			}
			if tab.Ignored != tc.ignored || tab.RoleAgree != tc.roleOK || tab.RoleChecked != tc.roleSeen {
				t.Errorf("ignored %d, roles %d of %d; want %d, %d of %d", tab.Ignored, tab.RoleAgree, tab.RoleChecked, tc.ignored, tc.roleOK, tc.roleSeen)
			}
			if rep.Found != 3 || len(rep.Missing) != 0 || rep.Annotation != "second.json" {
				t.Errorf("found %d, missing %v, annotation %q", rep.Found, rep.Missing, rep.Annotation)
			}
		})
	}
}

// TestAgreementText checks the wording of an agreement report: the header
// names both files, a miss whose end the annotation relates nowhere says so
// in the annotation's terms, and a relation typed differently names the
// gold's kind.
func TestAgreementText(t *testing.T) {
	rep, err := Agreement(parseGold(t, annotationA), parseGold(t, annotationB), "a.json", "b.json")
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := WriteText(&buf, rep, true, true); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, want := range []string{
		"annotation b.json scored against a.json: 3 articles\n",
		"misses (relations of the gold the annotation lacks): 3",
		"Rosa Tide -visits-> Porto [target in no certain relation of the annotation]",
		"false positives (relations of the annotation the gold lacks): 1",
		"Omar Finn -leads (deputy governor)-> Kell Bank [gold kind is holds_role]",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("no %q in\n%s", want, out)
		}
	}
}

func TestAgreementArticles(t *testing.T) {
	a := parseGold(t, annotationA)
	for _, tc := range []struct {
		name string
		edit func(b *Gold)
		want string // "" for no error
	}{
		{"same", func(*Gold) {}, ""},
		{"one missing", func(b *Gold) { b.Articles = b.Articles[1:] },
			"a.json and b.json do not annotate the same articles (not in b.json: bank)"},
		{"one extra, one missing", func(b *Gold) { b.Articles[0].ID = "bank2" },
			"(not in b.json: bank; not in a.json: bank2)"},
		{"text changed", func(b *Gold) { b.Articles[2].Text += " More." },
			"(texts differ: trip)"},
		{"white space only", func(b *Gold) { b.Articles[2].Text = strings.ReplaceAll(b.Articles[2].Text, " ", "\n ") }, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b := parseGold(t, annotationB)
			tc.edit(b)
			_, err := Agreement(a, b, "a.json", "b.json")
			switch {
			case tc.want == "" && err != nil:
				t.Errorf("error %v", err)
			case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want) || strings.Contains(err.Error(), "\n")):
				t.Errorf("error %v, want one line with %q", err, tc.want)
			}
		})
	}
}
