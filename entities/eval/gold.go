package eval

import (
	"bufio"
	"bytes"
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// TypedKinds are the relation kinds the gold annotates, in report order.
var TypedKinds = []graph.Kind{graph.MemberOf, graph.HoldsRole, graph.Leads, graph.AffiliatedWith, graph.Visits, graph.InvolvedIn}

// Affiliation is the name of the loose class that member_of, holds_role,
// leads and affiliated_with are counted as.
const Affiliation graph.Kind = "affiliation"

// LooseKind maps a kind to its loose class: the four person-to-body kinds
// become Affiliation, the others stay as they are.
func LooseKind(k graph.Kind) graph.Kind {
	switch k {
	case graph.MemberOf, graph.HoldsRole, graph.Leads, graph.AffiliatedWith:
		return Affiliation
	}
	return k
}

// Splits of the gold. Stages may be tuned on Dev; Check is only measured.
const (
	Dev   = "dev"
	Check = "check"
)

// Format is the value of a gold file's "format" field.
const Format = "newsgraph-relations-gold/1"

// Gold is a relation gold file (see the package documentation for the
// format).
type Gold struct {
	Format   string    `json:"format"`
	Note     string    `json:"note,omitempty"`
	Articles []Article `json:"articles"`
}

// Article is one annotated article: its text (inline, or a reference to a
// corpus record or to a file, resolved by LoadGold) and its gold entities
// and relations. Exactly one of Text, Corpus with CorpusID, and File is
// given in the gold file.
type Article struct {
	ID    string `json:"id"`
	Split string `json:"split,omitempty"`
	// Corpus and CorpusID name a record of a JSON-lines corpus file whose
	// "id" field equals CorpusID (compared as text, so 17 and "17" agree).
	Corpus   string `json:"corpus,omitempty"`
	CorpusID string `json:"corpus_id,omitempty"`
	// File names a plain text, Markdown or HTML file in the corpus
	// directory by a clean slash-separated path relative to it
	// ("seeds/a.txt"), read as "newsgraph ingest" reads that file.
	File string `json:"file,omitempty"`
	// Text, Title, Source and Date are given inline, or filled from the
	// corpus record.
	Text   string `json:"text,omitempty"`
	Title  string `json:"title,omitempty"`
	Source string `json:"source,omitempty"`
	Date   string `json:"date,omitempty"`
	// Record is the corpus record as read, for feeding the real ingest path
	// exactly what it would read from the corpus. Not serialised.
	Record map[string]any `json:"-"`
	// Content is the bytes of the file File names, as read, and FilePath
	// the name it was read under, for feeding the ingest path exactly that
	// file (see IngestFile). Not serialised.
	Content   []byte     `json:"-"`
	FilePath  string     `json:"-"`
	Entities  []Entity   `json:"entities"`
	Relations []Relation `json:"relations"`
}

// Entity is one gold entity of an article.
type Entity struct {
	ID   string     `json:"id"`
	Name string     `json:"name"`
	Type graph.Type `json:"type"`
	// Aliases are the other surface forms the article uses for it.
	Aliases []string `json:"aliases,omitempty"`
	// Group marks a delegation, team, panel or committee the text treats as
	// a unit (Type is then organization).
	Group bool `json:"group,omitempty"`
}

// Relation is one gold relation of an article.
type Relation struct {
	Kind   graph.Kind `json:"kind"`
	Source string     `json:"source"`
	Target string     `json:"target"`
	// Role is the office for holds_role and leads, singular and lower-case.
	Role string `json:"role,omitempty"`
	// Former marks a role or membership the text says is past.
	Former bool `json:"former,omitempty"`
	// Evidence is the sentence (or its shortest sufficient part) stating it.
	Evidence string `json:"evidence"`
	// Uncertain relations are neither required for recall nor counted
	// against precision; neither is a prediction of another kind of the
	// same loose class between the same ends (the doubt is about the pair).
	Uncertain bool   `json:"uncertain,omitempty"`
	Note      string `json:"note,omitempty"`
}

// DefaultCorpus is where corpus references are resolved when no directory
// is given: ../shared/corpus relative to the working directory.
var DefaultCorpus = filepath.Join("..", "shared", "corpus")

// LoadGold reads and checks a gold file, resolving corpus and file
// references against corpusDir ("" for DefaultCorpus). Every problem found
// is reported, one per line, each naming the file and the article.
func LoadGold(path, corpusDir string) (*Gold, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var g Gold
	if err := json.Unmarshal(data, &g); err != nil {
		return nil, fmt.Errorf("%s: not a relation gold file: %w", path, err)
	}
	if g.Format != Format {
		return nil, fmt.Errorf("%s: format is %q, want %q", path, g.Format, Format)
	}
	if corpusDir == "" {
		corpusDir = DefaultCorpus
	}
	if errs := checkSources(&g); len(errs) > 0 {
		return nil, prefixed(path, errs)
	}
	if err := resolveCorpus(&g, corpusDir); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if err := resolveFiles(&g, corpusDir); err != nil {
		return nil, prefixed(path, unjoin(err))
	}
	return &g, prefixed(path, g.Check())
}

// prefixed joins errors, each prefixed with the gold file's path, or
// returns nil when there are none.
func prefixed(path string, errs []error) error {
	var out []error
	for _, e := range errs {
		out = append(out, fmt.Errorf("%s: %w", path, e))
	}
	return errors.Join(out...)
}

// unjoin returns the errors an errors.Join joined, or err alone.
func unjoin(err error) []error {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		return j.Unwrap()
	}
	return []error{err}
}

// Check returns every inconsistency of the gold: duplicate or missing IDs,
// repeated texts, unknown types, kinds or entities, bad splits, evidence
// missing from the article text (once texts are resolved).
func (g *Gold) Check() []error {
	var errs []error
	bad := func(a *Article, f string, args ...any) {
		errs = append(errs, fmt.Errorf("article %q: %s", a.ID, fmt.Sprintf(f, args...)))
	}
	seen := map[string]bool{}
	texts := map[string]string{}
	for i := range g.Articles {
		a := &g.Articles[i]
		// Ingest stores a text once, so a second article with the same
		// text could never be found in the graph.
		if t := squash(a.Text); t != "" {
			if other, dup := texts[t]; dup {
				bad(a, "same text as article %q (ingest would keep one)", other)
			}
			texts[t] = a.ID
		}
		if a.ID == "" {
			errs = append(errs, fmt.Errorf("article %d has no id", i+1))
		} else if seen[a.ID] {
			bad(a, "id used twice")
		}
		seen[a.ID] = true
		if a.Split != "" && a.Split != Dev && a.Split != Check {
			bad(a, "split %q is neither %q nor %q", a.Split, Dev, Check)
		}
		if strings.TrimSpace(a.Text) == "" {
			bad(a, "no text")
		}
		ents := map[string]*Entity{}
		for j := range a.Entities {
			e := &a.Entities[j]
			if e.ID == "" || ents[e.ID] != nil {
				bad(a, "entity %q: missing or repeated id", e.ID)
			}
			ents[e.ID] = e
			if !graph.ValidType(e.Type) {
				bad(a, "entity %q: unknown type %q", e.ID, e.Type)
			}
			if e.Group && e.Type != graph.Organization {
				bad(a, "entity %q: a group must have type organization", e.ID)
			}
			if keyOf(e.Name) == "" {
				bad(a, "entity %q: no name", e.ID)
			}
		}
		for j, r := range a.Relations {
			if !slices.Contains(TypedKinds, r.Kind) {
				bad(a, "relation %d: kind %q is not annotated (want one of %v)", j+1, r.Kind, TypedKinds)
			}
			if ents[r.Source] == nil || ents[r.Target] == nil {
				bad(a, "relation %d: unknown entity %q or %q", j+1, r.Source, r.Target)
			}
			if r.Evidence != "" && a.Text != "" && !strings.Contains(squash(a.Text), squash(r.Evidence)) {
				bad(a, "relation %d: evidence not in the text: %q", j+1, r.Evidence)
			}
		}
	}
	return errs
}

// squash collapses white space so evidence quoted on one line matches text
// wrapped over several (as Reuters bodies are).
func squash(s string) string { return strings.Join(strings.Fields(s), " ") }

// corpusRecord is the part of a corpus line LoadGold uses.
type corpusRecord struct {
	ID       json.RawMessage `json:"id"`
	Title    string          `json:"title"`
	Text     string          `json:"text"`
	Body     string          `json:"body"`
	Date     string          `json:"date"`
	Source   string          `json:"source"`
	Category string          `json:"category"`
	People   []string        `json:"people"`
}

// ref returns the record's id as text.
func (r *corpusRecord) ref() string {
	var s string
	if json.Unmarshal(r.ID, &s) == nil {
		return s
	}
	return string(r.ID)
}

// resolveCorpus fills the text of every article that references a corpus
// record, reading each corpus file once.
func resolveCorpus(g *Gold, dir string) error {
	want := map[string]map[string][]*Article{}
	for i := range g.Articles {
		a := &g.Articles[i]
		if a.Corpus == "" {
			continue
		}
		if a.Corpus != filepath.Base(a.Corpus) {
			return fmt.Errorf("article %q: corpus %q must be a file name in the corpus directory", a.ID, a.Corpus)
		}
		if want[a.Corpus] == nil {
			want[a.Corpus] = map[string][]*Article{}
		}
		want[a.Corpus][a.CorpusID] = append(want[a.Corpus][a.CorpusID], a)
	}
	for file, ids := range want {
		if err := readCorpus(filepath.Join(dir, file), ids); err != nil {
			return err
		}
		for id, as := range ids {
			if as[0].Record == nil {
				return fmt.Errorf("article %q: no record with id %s in %s", as[0].ID, strconv.Quote(id), filepath.Join(dir, file))
			}
		}
	}
	return nil
}

func readCorpus(path string, ids map[string][]*Article) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("corpus: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 64<<20)
	for n := 1; sc.Scan(); n++ {
		if id, ok := leadingID(sc.Bytes()); ok && ids[id] == nil {
			continue // not wanted: skip without decoding the whole line
		}
		var r corpusRecord
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			return fmt.Errorf("%s:%d: %w", path, n, err)
		}
		as := ids[r.ref()]
		if as == nil {
			continue
		}
		var rec map[string]any
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			return fmt.Errorf("%s:%d: %w", path, n, err)
		}
		for _, a := range as {
			a.Record = rec
			a.Text = r.Text + r.Body
			a.Title = cmp.Or(a.Title, r.Title)
			a.Date = cmp.Or(a.Date, r.Date)
			a.Source = cmp.Or(a.Source, r.Source)
		}
	}
	return sc.Err()
}

// leadingID reads the id of a JSON-lines record whose first key is "id"
// (as in the project's corpora) by decoding that one value, not the line;
// ok is false for any other line, which is then decoded whole.
func leadingID(line []byte) (id string, ok bool) {
	const prefix = `{"id": `
	if !bytes.HasPrefix(line, []byte(prefix)) {
		return "", false
	}
	var raw json.RawMessage
	if json.NewDecoder(bytes.NewReader(line[len(prefix):])).Decode(&raw) != nil {
		return "", false
	}
	r := corpusRecord{ID: raw}
	return r.ref(), true
}

// IngestRecord returns the JSON object to feed the ingest path for the
// article: the corpus record as read, or the inline fields; in both cases
// with "id" set to the gold article's ID so the ingested article's Ref
// names it. An article that references a file is fed as that file
// instead (see IngestFile).
func (a *Article) IngestRecord() map[string]any {
	rec := map[string]any{}
	if a.Record != nil {
		for k, v := range a.Record {
			rec[k] = v
		}
	} else {
		rec["text"] = a.Text
		for k, v := range map[string]string{"title": a.Title, "source": a.Source, "date": a.Date} {
			if v != "" {
				rec[k] = v
			}
		}
	}
	rec["id"] = a.ID
	return rec
}
