package dgraph

import (
	"encoding/binary"
	"fmt"
	"slices"

	"github.com/dgraph-io/dgo/v250/protos/api"
)

// starAll is Dgraph's "*" in a deletion: every predicate of a node, or
// every value of a predicate.
const starAll = "_STAR_ALL"

// starQuad deletes every value of pred on node uid (every predicate when
// pred is starAll).
func starQuad(uid, pred string) *api.NQuad {
	return &api.NQuad{Subject: uid, Predicate: pred, ObjectValue: &api.Value{Val: &api.Value_DefaultVal{DefaultVal: starAll}}}
}

// quadWriter turns record bodies into N-Quads. node names the node of a
// key reference.
type quadWriter struct {
	node func(varRef) string
	out  []*api.NQuad
}

// body writes the predicates of b on subject. Predicates go in sorted
// order so a request is the same on every run.
func (q *quadWriter) body(subject string, b map[string]any) error {
	preds := make([]string, 0, len(b))
	for p := range b {
		if p != "uid" {
			preds = append(preds, p)
		}
	}
	slices.Sort(preds)
	for _, p := range preds {
		if err := q.value(subject, p, b[p]); err != nil {
			return err
		}
	}
	return nil
}

func (q *quadWriter) edge(subject, pred, object string) {
	q.out = append(q.out, &api.NQuad{Subject: subject, Predicate: pred, ObjectId: object})
}

func (q *quadWriter) literal(subject, pred string, v *api.Value) {
	q.out = append(q.out, &api.NQuad{Subject: subject, Predicate: pred, ObjectValue: v})
}

// value writes the quads of one predicate: a link, a list of links
// (ordered ones carry their place as the facet ng_seq) or values, or one
// value.
func (q *quadWriter) value(subject, pred string, x any) error {
	switch x := x.(type) {
	case varRef:
		q.edge(subject, pred, q.node(x))
	case []varRef:
		for _, v := range x {
			q.edge(subject, pred, q.node(v))
		}
	case []seqVar:
		for _, l := range x {
			var b [8]byte
			binary.LittleEndian.PutUint64(b[:], uint64(l.seq))
			q.out = append(q.out, &api.NQuad{Subject: subject, Predicate: pred, ObjectId: q.node(l.node),
				Facets: []*api.Facet{{Key: "ng_seq", Value: b[:], ValType: api.Facet_INT}}})
		}
	case []string:
		for _, s := range x {
			q.literal(subject, pred, &api.Value{Val: &api.Value_StrVal{StrVal: s}})
		}
	default:
		v, err := scalar(x)
		if err != nil {
			return fmt.Errorf("%s: %w", pred, err)
		}
		q.literal(subject, pred, v)
	}
	return nil
}

// scalar is the typed Dgraph value of x.
func scalar(x any) (*api.Value, error) {
	switch x := x.(type) {
	case string:
		return &api.Value{Val: &api.Value_StrVal{StrVal: x}}, nil
	case int:
		return &api.Value{Val: &api.Value_IntVal{IntVal: int64(x)}}, nil
	case int64:
		return &api.Value{Val: &api.Value_IntVal{IntVal: x}}, nil
	case float64:
		return &api.Value{Val: &api.Value_DoubleVal{DoubleVal: x}}, nil
	case bool:
		return &api.Value{Val: &api.Value_BoolVal{BoolVal: x}}, nil
	}
	return nil, fmt.Errorf("no Dgraph value for %T", x)
}
