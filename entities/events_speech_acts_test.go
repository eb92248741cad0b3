package entities

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestSpeechActs checks the interviews, reduced relatives and verb-phrase
// acts of events_speech_acts.go and events_speech_frames.go, on
// sentences written for this test.
func TestSpeechActs(t *testing.T) {
	checkRelCases(t, graph.InvolvedIn, []relCase{
		// Interviews: the speaker and the interviewer.
		{"Finance Minister Tom Hale said in an interview with the Financial Times that rates would rise.", "Tom Hale", "interview with the Financial Times", true},
		{"Finance Minister Tom Hale said in an interview with the Financial Times that rates would rise.", "Financial Times", "interview with the Financial Times", true},
		{"Finance Minister Tom Hale told the Financial Times in an interview that rates would rise.", "Financial Times", "interview", true},
		{"Finance Minister Tom Hale told the Financial Times in an interview that rates would rise.", "Tom Hale", "interview", true},
		{"In an interview with the Financial Times, Finance Minister Tom Hale said rates would rise.", "Tom Hale", "interview with the Financial Times", true},
		{"Finance Minister Tom Hale was in Lisbon. During his interview with the Financial Times, Mr Hale said rates would rise.", "Tom Hale", "interview with the Financial Times", true},
		{"Finance Minister Tom Hale was in Lisbon. He said in an exclusive interview that rates would rise.", "Tom Hale", "exclusive interview", true},
		{"Finance Minister Tom Hale gave an interview to the Financial Times on Sunday.", "Financial Times", "interview to the Financial Times", true},
		{"Finance Minister Tom Hale did not give an interview to the Financial Times.", "Tom Hale", "interview to the Financial Times", false},
		{"Finance Minister Tom Hale said an interview with Ana Ruiz was planned.", "Tom Hale", "interview with Ana Ruiz", false},
		{"Finance Minister Tom Hale, speaking in an interview with the Financial Times, said rates would rise.", "Tom Hale", "interview with the Financial Times", true},
		{"Speaking in an interview with the Financial Times, Finance Minister Tom Hale said rates would rise.", "Financial Times", "interview with the Financial Times", true},
		{"Finance Minister Tom Hale made the remarks in an interview with the Financial Times.", "Tom Hale", "interview with the Financial Times", true},
		{"Finance Minister Tom Hale made the remarks in a speech to bankers in Lisbon.", "Tom Hale", "speech", true},
		{"Finance Minister Tom Hale's interview with the Financial Times angered bankers.", "Tom Hale", "interview with the Financial Times", true},
		{"Finance Minister Tom Hale's interview with the Financial Times angered bankers.", "Financial Times", "interview with the Financial Times", true},
		{"Finance Minister Tom Hale said he read the interview with the Financial Times.", "Tom Hale", "interview with the Financial Times", false},
		{"In a speech to about 3,000 mayors, Finance Minister Tom Hale said rates would rise.", "Tom Hale", "speech", true},
		{"Finance Minister Tom Hale said in a BBC interview that rates would rise.", "BBC", "BBC interview", true},
		{"Finance Minister Tom Hale said during a Commons debate that rates would rise.", "Tom Hale", "Commons debate", true},
		{"Finance Minister Tom Hale opened the debate on the budget.", "Tom Hale", "debate", true},
		{"Finance Minister Tom Hale welcomed the debate on the budget.", "Tom Hale", "debate", false},
		{"In an interview with the Financial Times, Acme Corp, AC, President Tom Hale said rates would rise.", "Acme Corp", "interview with the Financial Times", false},
		{"Finance Minister Tom Hale said in an interview published on Sunday by the Financial Times that rates would rise.", "Financial Times", "interview", true},
		{"Finance Minister Tom Hale said in an interview on CNN that rates would rise.", "CNN", "interview", true},
		{"Finance Minister Tom Hale said in an interview in Peru that rates would rise.", "Peru", "interview", false},
		{"Finance Minister Tom Hale said in an interview on Peruvian television that rates would rise.", "Peru", "interview", false},
		// Reduced relatives.
		{"Finance Minister Tom Hale was arrested in Vesta. The arrest followed a speech he made in Lisbon.", "Tom Hale", "speech", true},
		{"Critics attacked the lecture Finance Minister Tom Hale gave in Lisbon.", "Tom Hale", "lecture", true},
		{"Critics attacked the speech about Tom Hale in Lisbon.", "Tom Hale", "speech", false},
		// Verb-phrase acts.
		{"Opposition leader Tom Hale has begun a week-long tour of the north.", "Tom Hale", "week-long tour", true},
		{"Finance Minister Tom Hale has just returned from a tour of Asian nations.", "Tom Hale", "tour", true},
		{"Mayor Tom Hale remains embroiled in a row over comments he made.", "Tom Hale", "row", true},
		{"Mayor Tom Hale, the party's leader, sparked a row with his remarks.", "Tom Hale", "row", true},
		{"Premier Tom Hale launched an anti-corruption drive in December.", "Tom Hale", "anti-corruption drive", true},
		{"Premier Tom Hale did not launch an anti-corruption drive.", "Tom Hale", "anti-corruption drive", false},
		{"The Vesta Senate began a final vote on the bill.", "Vesta Senate", "vote", true},
		{"Finance Minister Tom Hale was defeated in a Commons vote on the budget.", "Tom Hale", "Commons vote", true},
		{"Finance Minister Tom Hale survived an attempt to oust him as leader.", "Tom Hale", "attempt", true},
		{"Finance Minister Tom Hale delivered the 14th Ana Ruiz Lecture in Lisbon.", "Tom Hale", "14th Ana Ruiz Lecture", true},
		{"Finance Minister Tom Hale later opened an exhibition on trade in Lisbon.", "Tom Hale", "exhibition", true},
		{"The law followed a campaign in the Financial Times newspaper.", "Financial Times", "campaign", true},
		{"The law followed a fierce campaign by Acme Corp against smoking.", "Acme Corp", "campaign", true},
		{"The law followed a campaign in Lisbon.", "Lisbon", "campaign", false},
		{"The law is part of a drive by Peruvian President Tom Hale to curb spending.", "Tom Hale", "drive", true},
		{"The law is part of a drive by Peruvian President Tom Hale to curb spending.", "Peru", "drive", false},
		{"The law followed a drive by the Peruvian media against spending.", "Peru", "drive", false},
		{"Finance Minister Tom Hale said in an interview with Peruvian newspapers that rates would rise.", "Peru", "interview", false},
		// Commenting on an act is not taking part in it.
		{"Finance Minister Tom Hale criticised the campaign against smoking.", "Tom Hale", "campaign", false},
		{"Finance Minister Tom Hale said he would survive the row.", "Tom Hale", "row", false},
	})
}
