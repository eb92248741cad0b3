package export_test

import (
	"os"

	"github.com/newsgraph/newsgraph/export"
	"github.com/newsgraph/newsgraph/graph"
)

func ExampleWriteJSON() {
	sentence := "Olaf Scholz of the SPD spoke."
	g := &graph.Graph{
		Entities: []graph.Entity{
			{ID: 1, Name: "Olaf Scholz", Type: graph.Person, Mentions: 1, Articles: 1},
			{ID: 2, Name: "SPD", Type: graph.Party, Mentions: 1, Articles: 1},
		},
		Relations: []graph.Relation{{
			Source: 1, Target: 2, Kind: graph.MemberOf, Weight: 1, Confidence: 0.9,
			Evidence: []graph.Evidence{{Article: "a1", Title: "Scholz speaks", Sentence: sentence, End: len(sentence)}},
		}},
		Articles: []graph.Article{{ID: "a1", Title: "Scholz speaks", Date: "2024-05-01", Entities: []graph.ID{1, 2}}},
	}
	o := export.Options{
		Title:     "Example",
		Scores:    map[graph.ID]float64{1: 0.6, 2: 0.4},
		ScoreName: "pagerank",
	}
	if err := export.WriteJSON(os.Stdout, g, o); err != nil {
		panic(err)
	}
	// Output:
	// {
	//   "title": "Example",
	//   "score_name": "pagerank",
	//   "nodes": [
	//     {
	//       "id": 1,
	//       "name": "Olaf Scholz",
	//       "type": "person",
	//       "aliases": [],
	//       "mentions": 1,
	//       "articles": 1,
	//       "attrs": {},
	//       "score": 0.6
	//     },
	//     {
	//       "id": 2,
	//       "name": "SPD",
	//       "type": "party",
	//       "aliases": [],
	//       "mentions": 1,
	//       "articles": 1,
	//       "attrs": {},
	//       "score": 0.4
	//     }
	//   ],
	//   "edges": [
	//     {
	//       "source": 1,
	//       "target": 2,
	//       "kind": "member_of",
	//       "directed": true,
	//       "weight": 1,
	//       "confidence": 0.9,
	//       "attrs": {},
	//       "evidence": [
	//         {
	//           "article": "a1",
	//           "title": "Scholz speaks",
	//           "sentence": "Olaf Scholz of the SPD spoke.",
	//           "start": 0,
	//           "end": 29
	//         }
	//       ]
	//     }
	//   ],
	//   "articles": [
	//     {
	//       "id": "a1",
	//       "ref": "",
	//       "title": "Scholz speaks",
	//       "source": "",
	//       "date": "2024-05-01",
	//       "url": "",
	//       "entities": [
	//         1,
	//         2
	//       ]
	//     }
	//   ]
	// }
}

// ExampleTop draws only the most central entities.
func ExampleTop() {
	g := &graph.Graph{Entities: []graph.Entity{
		{ID: 1, Name: "A", Type: graph.Person},
		{ID: 2, Name: "B", Type: graph.Person},
		{ID: 3, Name: "C", Type: graph.Person},
	}}
	scores := map[graph.ID]float64{1: 0.2, 2: 0.5, 3: 0.3}
	for _, e := range export.Top(g, scores, 2).Entities {
		os.Stdout.WriteString(e.Name + "\n")
	}
	// Output:
	// B
	// C
}
