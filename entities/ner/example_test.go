package ner_test

import (
	"fmt"
	"strings"

	"github.com/newsgraph/newsgraph/entities/ner"
	"github.com/newsgraph/newsgraph/entities/text"
)

func ExampleModel_Tag() {
	m := ner.Default()
	doc := [][]string{strings.Fields("Angela Merkel flew to Paris on Monday .")}
	fmt.Println(strings.Join(m.Tag(doc)[0], " "))
	// Output: B-PER I-PER O O B-LOC O O O
}

func ExampleChunks() {
	// CoNLL-2003 gold tags are IOB1: I- unless two names touch.
	tags := strings.Fields("I-ORG I-ORG O I-PER B-PER")
	fmt.Println(ner.Chunks(tags))
	// Output: [{ORG 0 2} {PER 3 4} {PER 4 5}]
}

func ExampleRecognizer() {
	d := text.Segment("The Labour Party chose Keir Starmer in London.")
	for _, m := range ner.DefaultRecognizer().Recognize(d) {
		fmt.Printf("%s: %s\n", m.Text(d), m.Type)
	}
	// Output:
	// Labour Party: party
	// Keir Starmer: person
	// London: place
}
