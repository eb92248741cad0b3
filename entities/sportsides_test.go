package entities

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/entities/ner"
)

// sportSideCases are reports written for this test: a side named by the
// country a team travels to, by a nation's people, a venue before a
// score, table headings run into a club's name, a venue heading with its
// ground in brackets; and the same words outside sport or naming one
// player, which must stay as they are.
var sportSideCases = []struct{ name, text string }{
	{"travel-host", "SOCCER - NATIONS CUP DRAW . Kenya beat Ghana 2-1 in last year 's final and named their squad on Friday . Kenya travels to Portugal for the first-round match , while the Chile team heads to the Ukraine , the coach said ."},
	{"travel-not-sport", "The trade minister travels to Portugal next week , while the Chile delegation heads to the Ukraine for talks on grain ."},
	{"travel-town", "SOCCER - Kenya beat Chile 2-1 in the cup on Saturday and the squad travels to Porto for the final , the coach said ."},
	{"nation-side", "SOCCER - DUTCH CRUISE PAST MALTA . The Netherlands beat Malta 4-0 in a World Cup qualifier on Saturday . The Dutch , under new coach Tom Hale , led 3-0 at halftime , and the win gave the Dutch their first away victory of the season ."},
	{"nation-not-sport", "The Dutch government cut taxes on Friday , and the Dutch , who pay the highest rates in Europe , welcomed the move ."},
	{"one-player", "TENNIS - Ana Quillby ( Germany ) beat Mia Hale ( Sweden ) 6-4 6-2 in the second round . The German , hampered by a knee injury , lost her serve twice ."},
	{"venue-before-score", "TENNIS - The United States edged Austria in Graz 3-2 in the opening round of the cup , the captain said ."},
	{"table-headings", "SOCCER - Results of English soccer matches on Saturday : Division one Swindon 2 Reading 1 Luton 0 Watford 3 Crewe 1 Division two Bury 1 Wigan 2 Barnet 0 ."},
	{"club-country-bracket", "BASKETBALL - Results of the international tournament on Friday : Blue Eagles ( Czech Republic ) beat Dynamo ( Ukraine ) 88-80 ."},
	{"state-owner", "SOCCER - Kenya beat Ghana 2-0 in a friendly on Saturday . Kenya 's captain scored twice , a boost before Kenya 's hosting of the Nations Cup next year ."},
	{"headline-verb-and-short-form", "SOCCER - ATLETICO SCRAPE 1-1 DRAW . Atletico Ostrava drew 1-1 with Brno on Saturday , and Atletico stayed top of the league after the goalkeeper saved a penalty ."},
	{"national-nickname", "RUGBY UNION - WALLABIES HOLD ON . Australia beat Fiji 24-20 in the test match on Saturday , and the Wallabies led 17-3 at halftime before the Flying Fijians hit back ."},
	{"nickname-punctuation", "RUGBY UNION - Fiji beat Samoa 20-18 in the test match on Saturday , and the captain praised the Flying Fijians - who trailed at halftime ."},
	{"union-of-nations", "RUGBY UNION - The captain said the British and Irish Lions would tour next summer , after the test match and the squad 's halftime talk ."},
	{"transfer", "SOCCER - Striker Tom Hale joined Leeds from Norwich on Friday , a week after the midfielder Ivo Marsh was transferred to Hull , the coach said before the match ."},
	{"route-not-sides", "CYCLING - Results of the 180-km stage between Namur and Liege on Saturday , the fourth of the tour : 1. Tom Hale ( Belgium ) 4:12:01 ."},
	{"league-heading", "BASEBALL - Results of games played on Thursday ( home team in CAPS ) : American League TACOMA 4 Fresno 1 National League Eugene 3 SALEM 2 ."},
	{"transfer-not-a-club", "The singer , a keen football fan who watched every match of the season , signed to Island Records in 1972 ."},
	{"venue-bracket", "CRICKET - County championship scores on Friday : Worcester ( New Road ) : Worcestershire 250 , Kent 98-3 ."},
}

func TestSportSidesGolden(t *testing.T) {
	entitiesGolden(t, "sport_sides.golden", sportSideCases)
}

// TestSideSport checks that the sides the rules above read carry the
// report's sport (which keeps one name's clubs of two sports apart when
// articles are linked), and that the places they leave alone carry none.
func TestSideSport(t *testing.T) {
	tests := []struct{ text, name, sport string }{
		{sportSideCases[0].text, "Ukraine", "football"},
		{sportSideCases[3].text, "Dutch", "football"},
		{"BASKETBALL - Results of the international tournament on Friday : Blue Eagles ( Czech Republic ) beat Dynamo ( Ukraine ) 88-80 .", "Blue Eagles", "basketball"},
		{sportSideCases[6].text, "Graz", ""},
		{"The singer , a keen football fan who watched every match of the season , signed to Island Records in 1972 .", "Island Records", ""},
		{"RUGBY UNION - WALLABIES HOLD ON . Australia beat Fiji 24-20 in the test match on Saturday , and the Wallabies led 17-3 at halftime .", "Wallabies", "rugby"},
		{"BASKETBALL - Results of the international tournament on Saturday : Third place : Blue Eagles ( Czech Republic ) 75 Dynamo ( Ukraine ) 70 .", "Blue Eagles", "basketball"},
	}
	x := New(WithRecognizer(ner.DefaultRecognizer()))
	for _, tt := range tests {
		found := false
		for _, e := range x.ExtractArticle(tt.text, ArticleInfo{}).Entities {
			if strings.EqualFold(e.Name, tt.name) {
				found = true
				if got := e.Attrs["sport"]; got != tt.sport {
					t.Errorf("%q in %q: sport %q, want %q", tt.name, tt.text, got, tt.sport)
				}
			}
		}
		if !found {
			t.Errorf("%q: no entity %q", tt.text, tt.name)
		}
	}
}
