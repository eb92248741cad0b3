package article_test

import (
	"fmt"
	"strings"

	"github.com/newsgraph/newsgraph/entities/article"
)

func ExampleRead() {
	page := `Advertisement

Harbour terminal approved after decade-long dispute

By Jane Doe | 18 May 2025 10:30

LISBON, May 18 (Reuters) - The port authority approved plans on Sunday for a container terminal on the south bank of the river.

Also Read: Shipping rates climb for a third week

Residents' groups said they would study the conditions attached to the approval.

Follow us on our app for the latest updates`
	for a, err := range article.Read(strings.NewReader(page), "-", "text") {
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println("Title: ", a.Title)
		fmt.Println("Date:  ", a.Date)
		fmt.Println("Byline:", a.Byline)
		fmt.Println("Place: ", a.Place)
		fmt.Println("Source:", a.Source)
		fmt.Println(a.Text)
	}
	// Output:
	// Title:  Harbour terminal approved after decade-long dispute
	// Date:   2025-05-18T10:30
	// Byline: Jane Doe
	// Place:  Lisbon
	// Source: Reuters
	// The port authority approved plans on Sunday for a container terminal on the south bank of the river.
	//
	// Residents' groups said they would study the conditions attached to the approval.
}

func ExampleClean() {
	fmt.Println(article.Clean("||\n\nThe vote passed.\n\nFacebook Twitter WhatsApp\n\nShare this\n\nIt takes effect in June.\n\n© 2025 Example News"))
	// Output:
	// The vote passed.
	//
	// It takes effect in June.
}

func ExampleID() {
	fmt.Println(article.ID("The vote passed.\r\n\r\nIt takes effect in June."))
	fmt.Println(article.ID("The vote passed.  It takes effect in June."))
	// Output:
	// 7581830173a3329f
	// 7581830173a3329f
}

func ExampleReaderPieces() {
	feed := `{"title": "Port deal", "text": "The port authority in Lisbon approved the terminal on Sunday."}
{"title": "broken
{"title": "Rates", "text": "Shipping rates rose for a third week, brokers in Oslo said."}
`
	for p, err := range article.ReaderPieces(strings.NewReader(feed), "feed.jsonl", "jsonl") {
		if err != nil {
			fmt.Println(err)
			continue
		}
		// Each piece can be read on its own, on any goroutine.
		for a, err := range p.Articles() {
			if err != nil {
				fmt.Println(err)
				continue
			}
			fmt.Printf("line %d: %s\n", a.Line, a.Title)
		}
	}
	// Output:
	// line 1: Port deal
	// feed.jsonl:2: malformed JSON: unexpected end of input
	// line 3: Rates
}
