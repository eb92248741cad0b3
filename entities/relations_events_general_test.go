package entities

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestTopicGatherings checks gatherings a speaker addresses named by what
// they are about (events_addressed_topic.go), their sponsors, and that a
// body the speaker works for is not the speaker, on sentences written for
// this test.
func TestTopicGatherings(t *testing.T) {
	checkRelCases(t, graph.InvolvedIn, []relCase{
		{"Deputy minister Ola Brand told a fixed-income conference that rates would rise.", "Ola Brand", "fixed-income conference", true},
		{"Deputy minister Ola Brand told an energy industry seminar that prices would rise.", "Ola Brand", "energy industry seminar", true},
		{"Deputy minister Ola Brand told a luncheon that prices would rise.", "Ola Brand", "luncheon", true},
		{"Ola Brand told a symposium sponsored by the Vesta Institute that prices would rise.", "Vesta Institute", "symposium", true},
		{"Ola Brand, chief economist of Vesta Bank, told an investment conference that prices would rise.", "Vesta Bank", "investment conference", false},
		// How or when it is held tells no gathering from another.
		{"Deputy minister Ola Brand told a closed meeting that prices would rise.", "Ola Brand", "closed meeting", false},
		{"Deputy minister Ola Brand told a parliamentary session that prices would rise.", "Ola Brand", "parliamentary session", false},
		{"Deputy minister Ola Brand told a press conference that prices would rise.", "Ola Brand", "press conference", false},
	})
}

// TestReelections checks a re-election a contest verb puts its subject in
// (events_reelection.go), on sentences written for this test.
func TestReelections(t *testing.T) {
	checkRelCases(t, graph.InvolvedIn, []relCase{
		{"Governor Ana Ruiz is seeking re-election for a third term.", "Ana Ruiz", "re-election", true},
		{"Senator Tom Hale won re-election in November.", "Tom Hale", "re-election", true},
		{"Senator Tom Hale will stand for re-election next year.", "Tom Hale", "re-election", true},
		{"Senator Tom Hale will not seek re-election next year.", "Tom Hale", "re-election", false},
		{"Senator Tom Hale said re-election was a matter for voters.", "Tom Hale", "re-election", false},
	})
}

// TestJointDeclarations checks declarations and communiques issued or
// signed together (events_declarations.go), every maker of a list, on
// sentences written for this test, with the parse that links them.
func TestJointDeclarations(t *testing.T) {
	checkParsedRelCases(t, graph.InvolvedIn, []relCase{
		{"Ruritanian President Ana Ruiz and Premier Tom Hale of Freedonia issued a joint declaration on Friday calling for lower tariffs.", "Ana Ruiz", "joint declaration", true},
		{"Ruritanian President Ana Ruiz and Premier Tom Hale of Freedonia issued a joint declaration on Friday calling for lower tariffs.", "Tom Hale", "joint declaration", true},
		{"Premier Tom Hale signed a communique on trade with the visiting delegation.", "Tom Hale", "communique", true},
		{"Premier Tom Hale said a joint declaration would be issued later.", "Tom Hale", "joint declaration", false},
		{"Premier Tom Hale did not sign the joint communique.", "Tom Hale", "joint communique", false},
	})
}

// TestTrials checks trials whose defendant the words name
// (events_trials.go), and trials of products or services that name none,
// on sentences written for this test.
func TestTrials(t *testing.T) {
	checkRelCases(t, graph.InvolvedIn, []relCase{
		{"The trial of former chief executive Ana Ruiz began in Lisbon on Monday.", "Ana Ruiz", "trial", true},
		{"Senator Tom Hale's fraud trial opened in Lisbon on Monday.", "Tom Hale", "fraud trial", true},
		{"Senator Tom Hale went on trial in Lisbon on Monday.", "Tom Hale", "trial", true},
		{"Senator Tom Hale has stood trial twice.", "Tom Hale", "trial", true},
		{"Senator Tom Hale will not stand trial.", "Tom Hale", "trial", false},
		{"The clinical trial of Vesta Corp's new drug failed.", "Vesta Corp", "trial", false},
		{"Vesta Corp ran a trial of its new player last year.", "Vesta Corp", "trial", false},
	})
}

// TestJoinedStrikes checks strikes and protests joined (events_joined.go),
// on sentences written for this test.
func TestJoinedStrikes(t *testing.T) {
	checkRelCases(t, graph.InvolvedIn, []relCase{
		{"Union leader Tom Hale joined a hunger strike by miners on Monday.", "Tom Hale", "hunger strike", true},
		{"Union leader Tom Hale joined the protest on Monday.", "Tom Hale", "protest", false},
	})
}

// TestHostedOccasions checks occasions given by a host for a guest
// (hostedOccasions, occasionGuests), on sentences written for this test.
func TestHostedOccasions(t *testing.T) {
	checkRelCases(t, graph.InvolvedIn, []relCase{
		{"Premier Ana Ruiz is hosting a dinner tonight for President Tom Hale.", "Ana Ruiz", "dinner", true},
		{"Premier Ana Ruiz is hosting a dinner tonight for President Tom Hale.", "Tom Hale", "dinner", true},
		{"Premier Ana Ruiz gave a luncheon in honour of President Tom Hale.", "Tom Hale", "luncheon", true},
		{"Premier Ana Ruiz is hosting a meeting tonight for President Tom Hale.", "Tom Hale", "meeting", false},
	})
}
