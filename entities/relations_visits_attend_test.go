package entities

import "testing"

// TestAttendVisits checks the visits of events attended in a place, on
// sentences written for this test.
func TestAttendVisits(t *testing.T) {
	x := parsingExtractor() // as ingest builds it: the parse finds the subject
	checkWantCases(t, x, []wantCase{
		{
			text: "Tom Rell, president of the Acme Coffee Board, left home early today to attend a weekend meeting of coffee producers in Managua.",
			want: []string{"visits Tom Rell -> Managua"},
		},
		{
			text: "Tom Rell, who is attending a ministerial conference held in Vienna, said prices would rise.",
			want: []string{"visits Tom Rell -> Vienna"},
		},
		{
			text: "Finance Minister Tom Rell would take part in the meeting in West Berlin.",
			want: []string{"visits Tom Rell -> West Berlin"},
		},
		{
			// The place's own name before the event noun.
			text: "Tom Rell will attend the Venice summit in June.",
			want: []string{"visits Tom Rell -> Venice"},
		},
		{
			text: "Tom Rell flew to the OPEC meeting in Vienna on Monday.",
			want: []string{"visits Tom Rell -> Vienna"},
		},
		{
			text: "Tom Rell had called him from New Zealand, where he is attending a ministerial meeting.",
			want: []string{"visits Tom Rell -> New Zealand"},
		},
		{
			// The verb's own subject, after a speech verb.
			text: "A ministry spokesman said Finance Minister Tom Rell would take part in the meeting in West Berlin.",
			want: []string{"visits Tom Rell -> West Berlin"},
			not:  []string{"visits Tom Rell -> Bonn"},
		},
		{
			// Invited, not said to go.
			text: "Tom Rell was invited to attend the summit in Paris.",
			not:  []string{"visits Tom Rell -> Paris"},
		},
		{
			text: "Tom Rell did not attend the meeting in Paris.",
			not:  []string{"visits Tom Rell -> Paris"},
		},
		{
			// Others are sent.
			text: "Tom Rell has invited 42 players to attend a three-day session in Leeds.",
			not:  []string{"visits Tom Rell -> Leeds"},
		},
		{
			// Study is no event.
			text: "Tom Rell attended school in London.",
			not:  []string{"visits Tom Rell -> London"},
		},
		{
			text: "Tom Rell lives in Paris, where he will not attend the summit.",
			not:  []string{"visits Tom Rell -> Paris"},
		},
	})
}

// TestReturnFromVisits checks "on (his) return from W", on sentences
// written for this test.
func TestReturnFromVisits(t *testing.T) {
	x := parsingExtractor() // as ingest builds it: the parse finds the subject
	checkWantCases(t, x, []wantCase{
		{
			text: "Foreign Minister Tom Rell said today on return from Belgrade that the talks had gone well.",
			want: []string{"visits Tom Rell -> Belgrade"},
		},
		{
			text: "Tom Rell told reporters on his return from Ethiopia and Djibouti that the meeting had been agreed.",
			want: []string{"visits Tom Rell -> Ethiopia", "visits Tom Rell -> Djibouti"},
		},
		{
			text: "Upon his return from Tokyo, Tom Rell said prices would rise.",
			want: []string{"visits Tom Rell -> Tokyo"},
		},
		{
			// The return of something else.
			text: "Tom Rell commented on the return from Japan of the stolen paintings.",
			not:  []string{"visits Tom Rell -> Japan"},
		},
	})
}

// TestVisitWordings checks the progressive of a visit verb, "visiting"
// before a title and a speech verb before "on a visit", on sentences
// written for this test.
func TestVisitWordings(t *testing.T) {
	x := parsingExtractor() // as ingest builds it: the parse finds the subject
	checkWantCases(t, x, []wantCase{
		{
			text: "Tom Rell, who is beginning a four-day private visit to Peru, said the debt was a burden.",
			want: []string{"visits Tom Rell -> Peru"},
		},
		{
			text: "Tom Rell is paying a two-day visit to Japan.",
			want: []string{"visits Tom Rell -> Japan"},
		},
		{
			text: "Tom Rell said on a visit to Sydney there was a desire to make it.",
			want: []string{"visits Tom Rell -> Sydney"},
		},
		{
			text: "Tom Rell told reporters on a visit to Sydney that prices would rise.",
			want: []string{"visits Tom Rell -> Sydney"},
		},
		{
			// The -ing form of a purpose verb (relations_visits_purpose.go).
			text: "Tom Rell has been in Japan exchanging views on the world economy.",
			want: []string{"visits Tom Rell -> Japan"},
		},
		{
			text: "Tom Rell lives in Paris visiting friends.",
			not:  []string{"visits Tom Rell -> Paris"},
		},
		{
			// "on" is the verb's.
			text: "Tom Rell commented on a visit to Sydney by the queen.",
			not:  []string{"visits Tom Rell -> Sydney"},
		},
		{
			text: "Chinese leader Li Wen told visiting U.S. Secretary of State Tom Rell that China's troubles were over.",
			info: ArticleInfo{Place: "PEKING"},
			want: []string{"visits Tom Rell -> China"},
			not:  []string{"visits Li Wen -> China"},
		},
		{
			// The host's own minister meets visitors.
			text: "Japanese Trade Minister Tom Rell met visiting businessmen.",
			info: ArticleInfo{Place: "TOKYO"},
			not:  []string{"visits Tom Rell -> Japan"},
		},
	})
}

// TestHereVisits checks "here" read as the dateline's place after a
// travel wording, on sentences written for this test.
func TestHereVisits(t *testing.T) {
	x := parsingExtractor()
	oslo := ArticleInfo{Place: "OSLO"}
	checkWantCases(t, x, []wantCase{
		{
			text: "Finnish Trade Minister Tom Rell will arrive here on Saturday to sign the accord.",
			info: oslo,
			want: []string{"visits Tom Rell -> Oslo"},
			not:  []string{"visits Tom Rell -> Norway"},
		},
		{
			text: "Finnish Trade Minister Tom Rell, here on a two-day official visit, met bankers.",
			info: oslo,
			want: []string{"visits Tom Rell -> Oslo"},
		},
		{
			text: "Tom Rell, here for talks with government officials, said the krone was weak.",
			info: oslo,
			want: []string{"visits Tom Rell -> Oslo"},
		},
		{
			text: "The deal follows a visit here this week by Finnish Trade Minister Tom Rell.",
			info: oslo,
			want: []string{"visits Tom Rell -> Oslo"},
		},
		{
			// No dateline: no place for "here".
			text: "Tom Rell will arrive here on Saturday.",
			not:  []string{"visits Tom Rell -> Oslo"},
		},
		{
			text: "Tom Rell did not come here for talks.",
			info: oslo,
			not:  []string{"visits Tom Rell -> Oslo"},
		},
		{
			// A facility, not a visit.
			text: "Acme Corp said it will build a major plant here for the production of film.",
			info: oslo,
			not:  []string{"visits Acme Corp -> Oslo"},
		},
		{
			// "who" stands for a name the recognizer missed, not for the subject.
			text: "Tom Rell spoke on the results of talks with the deputy minister kari lund, who arrived here last night.",
			info: oslo,
			not:  []string{"visits Tom Rell -> Oslo"},
		},
	})
}

// TestJourneyVisits checks journey nouns and time spent in a place, on
// sentences written for this test.
func TestJourneyVisits(t *testing.T) {
	x := parsingExtractor()
	checkWantCases(t, x, []wantCase{
		{
			text: "Finance Minister Tom Rell is now on his way to Tokyo.",
			want: []string{"visits Tom Rell -> Tokyo"},
		},
		{
			text: "Tom Rell held brief talks with officials during a stopover in Brasilia.",
			want: []string{"visits Tom Rell -> Brasília"},
		},
		{
			text: "Tom Rell spent two weeks in Baghdad negotiating the sale.",
			want: []string{"visits Tom Rell -> Baghdad"},
		},
		{
			text: "Tom Rell said the reform was on its way to Congress.",
			not:  []string{"visits Tom Rell -> Congress"},
		},
		{
			// The subject is no one named.
			text: "Tom Rell said passengers can spend up to four days in England.",
			not:  []string{"visits Tom Rell -> England"},
		},
		{
			text: "Acme Airways said its new fare permits passengers to book a holiday and spend four days in England.",
			not:  []string{"visits Acme Airways -> England"},
		},
		{
			// A verb joined by "and" shares its subject.
			text: "Tom Rell will leave on Monday and spend two weeks in Tokyo.",
			want: []string{"visits Tom Rell -> Tokyo"},
		},
	})
}
