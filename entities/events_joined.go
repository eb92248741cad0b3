package entities

// joinedHeads are the events one joins that actedEvents reads after
// "joined": "X joined a hunger strike", "X joined the general strike", "X
// joined an anti-war protest". Joining a strike, boycott or protest is
// taking part in it, and a modifier that says what it is about tells one
// from another, as with the strikes launched or staged (strikeHeads); a
// head alone ("joined the protest") gives nothing, and neither does a
// body one joins ("joined the union": no event head).
var joinedHeads = map[string]bool{"strike": true, "walkout": true, "stoppage": true, "boycott": true,
	"protest": true, "demonstration": true, "blockade": true, "sit-in": true, "offensive": true, "attack": true}
