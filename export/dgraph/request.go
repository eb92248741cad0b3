package dgraph

import (
	"encoding/json"
	"strconv"
	"strings"

	"github.com/dgraph-io/dgo/v250/protos/api"
)

// upsert builds one upsert request: a query that binds a variable per key
// (the records' own keys, the keys they link to and the keys to delete),
// then a mutation that deletes what must go and sets the records' values.
type upsert struct {
	vars  map[string]string // key → variable name
	query strings.Builder
	qvars map[string]string
	set   []map[string]any
	del   []map[string]any
}

func newUpsert() *upsert {
	return &upsert{vars: map[string]string{}, qvars: map[string]string{}}
}

// bind returns the variable holding the node with key k; with evidence it
// also binds e<var> to the node's evidence nodes.
func (u *upsert) bind(k string, evidence bool) string {
	if v, ok := u.vars[k]; ok {
		return v
	}
	n := strconv.Itoa(len(u.vars))
	v := "v" + n
	u.vars[k] = v
	u.qvars["$k"+n] = k
	u.query.WriteString("\t" + v + " as var(func: eq(ng_key, $k" + n + "))")
	if evidence {
		u.query.WriteString(" { e" + v + " as ng_evidence }")
	}
	u.query.WriteString("\n")
	return v
}

func uidOf(v string) map[string]any { return map[string]any{"uid": "uid(" + v + ")"} }

// add writes rec: clears its list predicates and old evidence, then sets
// its body with links resolved to variables.
func (u *upsert) add(rec *record) {
	v := u.bind(rec.key, rec.evidence)
	if rec.evidence {
		u.del = append(u.del, uidOf("e"+v), map[string]any{"uid": "uid(" + v + ")", "ng_evidence": nil})
	}
	for _, p := range rec.clear {
		u.del = append(u.del, map[string]any{"uid": "uid(" + v + ")", p: nil})
	}
	body := make(map[string]any, len(rec.body)+1)
	for p, val := range rec.body {
		switch x := val.(type) {
		case ref:
			body[p] = uidOf(u.bind(string(x), false))
		case []ref:
			l := make([]map[string]any, len(x))
			for i, k := range x {
				l[i] = uidOf(u.bind(string(k), false))
			}
			if len(l) > 0 {
				body[p] = l
			}
		default:
			body[p] = val
		}
	}
	body["uid"] = "uid(" + v + ")"
	u.set = append(u.set, body)
	if rec.edge != nil {
		e := uidOf(u.bind(rec.edge[1], false))
		e[rec.edge[0]] = []map[string]any{uidOf(u.bind(rec.edge[2], false))}
		u.set = append(u.set, e)
	}
}

// remove deletes the node with key k; a relation key also loses its
// evidence nodes and its direct edge.
func (u *upsert) remove(k string) {
	kind, src, dst, isRel := splitRelationKey(k)
	v := u.bind(k, isRel)
	u.del = append(u.del, uidOf(v))
	if isRel {
		u.del = append(u.del, uidOf("e"+v))
		e := uidOf(u.bind(src, false))
		e[relPredicate(kind)] = []map[string]any{uidOf(u.bind(dst, false))}
		u.del = append(u.del, e)
	}
}

// request returns the upsert request, committed on success.
func (u *upsert) request() (*api.Request, error) {
	var q strings.Builder
	q.WriteString("query q(")
	for i := range len(u.vars) {
		if i > 0 {
			q.WriteString(", ")
		}
		q.WriteString("$k" + strconv.Itoa(i) + ": string")
	}
	q.WriteString(") {\n")
	q.WriteString(u.query.String())
	q.WriteString("}")
	mu := &api.Mutation{}
	var err error
	if len(u.set) > 0 {
		if mu.SetJson, err = json.Marshal(u.set); err != nil {
			return nil, err
		}
	}
	if len(u.del) > 0 {
		if mu.DeleteJson, err = json.Marshal(u.del); err != nil {
			return nil, err
		}
	}
	return &api.Request{Query: q.String(), Vars: u.qvars, Mutations: []*api.Mutation{mu}, CommitNow: true}, nil
}
