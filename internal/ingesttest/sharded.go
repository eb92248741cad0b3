package ingesttest

// ShardedNews is a corpus, in JSON lines, where linking across articles
// decides what the graph holds: each odd article names an organization or
// a person in full, and the even one after it only by a short form, an
// acronym or a surname. Two stores each ingesting every other article hold "Coast
// Guard", "FOMC", "Okafor" and "Macklem" on their own, where one store of
// the whole corpus joins them to their full names.
var ShardedNews = []string{
	`{"id": "c1", "date": "2024-01-02T09:00:00Z", "title": "Search for fishermen in the Gulf", "body": "Crews of the U.S. Coast Guard searched the Gulf of Mexico on Tuesday for two missing fishermen, officials said. Rear Admiral Sara Lindqvist said the search would go on through the night."}`,
	`{"id": "c2", "date": "2024-01-03T09:00:00Z", "title": "Fishermen found alive", "body": "The Coast Guard said on Wednesday that both fishermen had been found alive off Texas. Lindqvist thanked the crews from Houston."}`,
	`{"id": "c3", "date": "2024-01-04T09:00:00Z", "title": "Rates left unchanged", "body": "The Federal Open Market Committee (FOMC) left interest rates unchanged on Thursday. Daniel Okafor, an economist at Harbor Bank in Chicago, said the decision was expected."}`,
	`{"id": "c4", "date": "2024-01-05T09:00:00Z", "title": "Economists expect a cut", "body": "Economists expect the FOMC to cut rates in March. Mr. Okafor, the economist, said inflation had eased in Chicago and in Denver."}`,
	`{"id": "c5", "date": "2024-01-06T09:00:00Z", "title": "Prices in Canada", "body": "Prices rose in Canada in December, Statistics Canada said. Governor Tiff Macklem of the Bank of Canada said rates would stay high."}`,
	`{"id": "c6", "date": "2024-01-07T09:00:00Z", "title": "Macklem speaks", "body": "Mr. Macklem told reporters in Ottawa that the Bank of Canada would wait for more data."}`,
}

// ShardedTwoFullNames is a corpus, in JSON lines, where a short form
// shortens two full names that no store of every other article holds
// both of: the second store of the two ("Coast Guard" and "U.S. Coast
// Guard") joins the short form to the one full name it knows, where one
// store of the whole corpus, which also knows "Canadian Coast Guard",
// leaves it alone.
var ShardedTwoFullNames = []string{
	`{"id": "d1", "date": "2024-02-01T09:00:00Z", "title": "Tanker aground", "body": "Crews of the U.S. Coast Guard freed a tanker that ran aground near Galveston on Thursday, officials said."}`,
	`{"id": "d2", "date": "2024-02-02T09:00:00Z", "title": "Ice on the lakes", "body": "The Coast Guard said on Friday that ice had closed two harbours on Lake Erie. Captain Orla Brandvik said the ships would wait."}`,
	`{"id": "d3", "date": "2024-02-03T09:00:00Z", "title": "Icebreaker sails", "body": "The Canadian Coast Guard said its icebreaker had left Halifax for Baffin Bay."}`,
	`{"id": "d4", "date": "2024-02-04T09:00:00Z", "title": "Port reopens", "body": "The U.S. Coast Guard reopened the port of Houston on Sunday after the fog lifted."}`,
}
