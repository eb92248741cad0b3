package ingest

import (
	"fmt"

	"github.com/newsgraph/newsgraph/entities"
)

// extractSafely runs extract; a panic in it (a bug in a stage) fails that
// article alone, reported like bad input, instead of stopping the ingest
// with the other articles unwritten.
func extractSafely(extract func() *entities.Extraction) (ex *entities.Extraction, err error) {
	defer func() {
		if r := recover(); r != nil {
			ex, err = nil, fmt.Errorf("extraction failed, a newsgraph bug (please report it): %v", r)
		}
	}()
	return extract(), nil
}
