package dgraph

import (
	"context"
	"encoding/json"
	"maps"
	"slices"
	"strings"

	"github.com/dgraph-io/dgo/v250"
)

// predSchema is one predicate's declaration, as Dgraph reports it.
type predSchema struct {
	Predicate string   `json:"predicate"`
	Type      string   `json:"type"`
	Tokenizer []string `json:"tokenizer"`
	List      bool     `json:"list"`
	Reverse   bool     `json:"reverse"`
	Upsert    bool     `json:"upsert"`
	Count     bool     `json:"count"`
}

func (p predSchema) equal(q predSchema) bool {
	a, b := slices.Clone(p.Tokenizer), slices.Clone(q.Tokenizer)
	slices.Sort(a)
	slices.Sort(b)
	p.Tokenizer, q.Tokenizer = nil, nil
	return p.Predicate == q.Predicate && p.Type == q.Type && p.List == q.List && p.Reverse == q.Reverse &&
		p.Upsert == q.Upsert && p.Count == q.Count && slices.Equal(a, b)
}

// wantedSchema parses Schema(): its predicates and each type's fields.
func wantedSchema() (map[string]predSchema, map[string][]string) {
	preds := map[string]predSchema{}
	types := map[string][]string{}
	var inType string
	for _, line := range strings.Split(Schema(), "\n") {
		line = strings.TrimSpace(line)
		switch {
		case line == "":
		case inType != "":
			if line == "}" {
				inType = ""
			} else {
				types[inType] = append(types[inType], line)
			}
		case strings.HasPrefix(line, "type "):
			inType = strings.TrimSpace(strings.TrimSuffix(strings.TrimPrefix(line, "type "), "{"))
			types[inType] = []string{}
		default:
			name, rest, _ := strings.Cut(line, ":")
			p := predSchema{Predicate: name}
			fields := strings.Fields(strings.TrimSuffix(strings.TrimSpace(rest), "."))
			p.Type = strings.Trim(fields[0], "[]")
			p.List = strings.HasPrefix(fields[0], "[")
			d := strings.Join(fields[1:], " ")
			if _, idx, ok := strings.Cut(d, "@index("); ok {
				idx, _, _ = strings.Cut(idx, ")")
				for _, t := range strings.Split(idx, ",") {
					p.Tokenizer = append(p.Tokenizer, strings.TrimSpace(t))
				}
			}
			p.Reverse, p.Upsert, p.Count = strings.Contains(d, "@reverse"), strings.Contains(d, "@upsert"), strings.Contains(d, "@count")
			preds[name] = p
		}
	}
	return preds, types
}

// schemaInPlace reports whether the cluster already has the schema a push
// sets, so that the push need not alter it: an alter waits for, and fails
// on, other writers' pending transactions ("Pending transactions found"),
// so concurrent pushes should alter only when something is missing.
func schemaInPlace(ctx context.Context, dg *dgo.Dgraph) (bool, error) {
	resp, err := dg.NewReadOnlyTxn().Query(ctx, "schema {}")
	if err != nil {
		return false, err
	}
	var out struct {
		Schema []predSchema
		Types  []struct {
			Name   string
			Fields []struct{ Name string }
		}
	}
	if err := json.Unmarshal(resp.Json, &out); err != nil {
		return false, err
	}
	wantPreds, wantTypes := wantedSchema()
	have := map[string]predSchema{}
	for _, p := range out.Schema {
		have[p.Predicate] = p
	}
	for name, p := range wantPreds {
		if !p.equal(have[name]) {
			return false, nil
		}
	}
	haveTypes := map[string][]string{}
	for _, t := range out.Types {
		haveTypes[t.Name] = []string{}
		for _, f := range t.Fields {
			haveTypes[t.Name] = append(haveTypes[t.Name], f.Name)
		}
	}
	for name, fields := range wantTypes {
		h, ok := haveTypes[name]
		if !ok || !maps.Equal(set(fields), set(h)) {
			return false, nil
		}
	}
	return true, nil
}

func set(l []string) map[string]bool {
	m := make(map[string]bool, len(l))
	for _, s := range l {
		m[s] = true
	}
	return m
}
