package entities_test

import (
	"fmt"

	"github.com/newsgraph/newsgraph/entities"
)

// A stage added after selection sees the mentions the stages before it
// kept; the stages after it run as usual.
func ExampleWithStageAfter() {
	show := entities.StageFunc("show", func(d *entities.Doc) {
		for _, m := range d.Mentions {
			fmt.Printf("%s (%s, %s)\n", m.Text(d.Document), m.Type, m.Source)
		}
	})
	x := entities.New(entities.WithStageAfter(entities.StageSelect, show))
	ex := x.Extract("Prime Minister Anna Lindqvist of Sweden met the Nordic Council in Oslo.")
	fmt.Println(len(ex.Entities), "entities")
	// Output:
	// Anna Lindqvist (person, cue)
	// Sweden (country, gazetteer)
	// Nordic Council (organization, gazetteer)
	// Oslo (place, gazetteer)
	// 4 entities
}

// Stages lists the pipeline by name; options remove or replace stages.
func ExampleExtractor_Stages() {
	x := entities.New(entities.WithoutStage(entities.StageDateline))
	fmt.Println(x.Stages())
	// Output:
	// [segment gazetteer party-nicknames cues recognizers select companies fragments company-prefixes controlled-places capitals org-context acronyms repeats teams events resolve handles groups coref relations]
}
