package ingest

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/entities"
)

// TestExtractSafely: a panic while extracting one article becomes that
// article's error; an extraction that returns is passed on.
func TestExtractSafely(t *testing.T) {
	ex, err := extractSafely(func() *entities.Extraction { panic("index out of range [-1]") })
	if ex != nil || err == nil || !strings.Contains(err.Error(), "index out of range [-1]") {
		t.Errorf("panicking extraction: ex = %v, err = %v; want nil and an error naming the panic", ex, err)
	}
	want := &entities.Extraction{}
	if ex, err := extractSafely(func() *entities.Extraction { return want }); ex != want || err != nil {
		t.Errorf("extraction = %v, %v; want it passed on", ex, err)
	}
}
