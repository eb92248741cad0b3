package dgraph

import (
	"context"
	"slices"
	"strings"
	"testing"
)

func TestWantedSchema(t *testing.T) {
	preds, types := wantedSchema()
	if p := preds["ng_name"]; p.Type != "string" || p.List || !slices.Equal(p.Tokenizer, []string{"exact", "term", "trigram"}) {
		t.Errorf("ng_name: %+v", p)
	}
	if p := preds["ng_key"]; !p.Upsert || p.Reverse {
		t.Errorf("ng_key: %+v", p)
	}
	if p := preds["ng_entity"]; p.Type != "uid" || !p.List || !p.Reverse {
		t.Errorf("ng_entity: %+v", p)
	}
	if len(preds) != strings.Count(Schema(), ": ") || !slices.Contains(types["Evidence"], "ng_sentence") || len(types) != 4 {
		t.Errorf("%d predicates (want %d), types %v", len(preds), strings.Count(Schema(), ": "), types)
	}
}

func TestClusterSchemaInPlace(t *testing.T) {
	dg := cluster(t)
	ctx := context.Background()
	if ok, err := schemaInPlace(ctx, dg); ok || err != nil {
		t.Fatalf("empty cluster: schema in place %v, %v", ok, err)
	}
	if err := dg.SetSchema(ctx, Schema()); err != nil {
		t.Fatal(err)
	}
	if ok, err := schemaInPlace(ctx, dg); !ok || err != nil {
		t.Errorf("after setting it: schema in place %v, %v", ok, err)
	}
	// One index less: not in place.
	if err := dg.SetSchema(ctx, "ng_title: string ."); err != nil {
		t.Fatal(err)
	}
	if ok, err := schemaInPlace(ctx, dg); ok || err != nil {
		t.Errorf("without ng_title's index: schema in place %v, %v", ok, err)
	}
}
