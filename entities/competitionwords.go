package entities

// competitionWords name competitions and their tables, never a person:
// a title cue before them ("Major League Baseball", "MAJOR LEAGUE
// STANDINGS") opens no person's name (hasOrgWord).
var competitionWords = map[string]bool{
	"league": true, "standings": true, "division": true, "championship": true, "championships": true, "tournament": true,
}
