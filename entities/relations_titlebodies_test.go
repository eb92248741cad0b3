package entities

import (
	"testing"

	"github.com/newsgraph/newsgraph/entities/ner"
)

// TestTitleBodies checks the bodies and countries of titles read by
// relations_ofcountry.go, relations_chamber.go, relations_officeabsent.go
// and the description and preposition rules beside them, on sentences
// written for this test.
func TestTitleBodies(t *testing.T) {
	x := New(WithRecognizer(ner.DefaultRecognizer()))
	tests := []wantCase{
		{
			// A central bank's name split by its title: the bank's head,
			// no office of the country.
			text: "The Bank of Finland raised rates. Bank of Finland Governor Harald Vesk told a news conference the bank would act.",
			want: []string{"leads Harald Vesk -> Bank of Finland"},
			not:  []string{"holds_role Harald Vesk -> Finland"},
		},
		{
			// A department's secretary with the country before it.
			text: "U.S. Treasury Secretary Tomas Berg met West German Finance Minister Karl Emsler today in West Germany and agreed to support the pact.",
			want: []string{"holds_role Tomas Berg -> United States {role=Treasury Secretary}", "visits Tomas Berg -> Germany"},
			not:  []string{"holds_role Tomas Berg -> Germany"},
		},
		{
			// The chamber's speaker leads it; its majority leader holds a role.
			text: "House Speaker Tomas Berg and Senate Majority Leader Anna Pell told a news conference the bill would pass.",
			want: []string{"leads Tomas Berg -> House", "holds_role Anna Pell -> Senate"},
			not:  []string{"leads Anna Pell -> Senate"},
		},
		{
			// No prime minister of the United States: the other country's.
			text: "Prime Minister Tomas Berg urged Americans to press Congress in what observers called a shift in Canada's strategy with the United States.",
			want: []string{"holds_role Tomas Berg -> Canada"},
			not:  []string{"holds_role Tomas Berg -> United States"},
		},
		{
			// No president of Japan.
			text: "In the latest trade row, President Tomas Berg threatened tariffs on Japanese goods, alleging that Japan broke a pact.",
			not:  []string{"holds_role Tomas Berg -> Japan"},
		},
		{
			// "the carmaker's chief executive" is the article's company.
			text: "Velland Motors is to recall its cars. Velland Motors said it was too early to say how many were hit. Velland Motors will close a plant. Asked if Velland Motors would seek money from Brindle Parts, the carmaker's chief executive Tomas Berg said no.",
			want: []string{"leads Tomas Berg -> Velland Motors"},
			not:  []string{"leads Tomas Berg -> Brindle Parts"},
		},
		{
			// No company the article is about: nothing.
			text: "Velland Motors and Brindle Parts both cut jobs. Velland Motors and Brindle Parts said so. Asked about it, the carmaker's chief executive Tomas Berg said no.",
			not:  []string{"leads Tomas Berg -> Velland Motors", "leads Tomas Berg -> Brindle Parts"},
		},
		{
			// A teacher of the school named after "teaches at".
			text: "Mrs Anna Pell, who teaches at Quarry Hill Infants School in Velport, said the card was stolen.",
			want: []string{"affiliated_with Anna Pell -> Quarry Hill Infants School"},
		},
		{
			// A city compounded with "-based" qualifies the body: no
			// office of the city's country.
			text: "Despite the rejection of the bid, Tomas Berg, chief executive of the Frankfurt-based exchange, may come back with a better offer.",
			not:  []string{"holds_role Tomas Berg -> Germany"},
		},
		{
			// A coordinated portfolio after the name: the article's country.
			text: "India will open its property market. Tomas Berg, Commerce and Industry Minister, announced the decision in Delhi. India hopes for more investment, and Indian builders agree.",
			want: []string{"holds_role Tomas Berg -> India"},
		},
		{
			// A central bank's head: the one central bank the article names.
			text: "The Banco de Mexico kept rates on hold. A bank spokesman said Mexican central bank head Tomas Berg held talks with creditors.",
			want: []string{"leads Tomas Berg -> Banco de Mexico"},
			not:  []string{"holds_role Tomas Berg -> Mexico"},
		},
		{
			// No central bank named: no office of the country either.
			text: "Dutch central bank president Tomas Berg said the bank would follow any cut in German rates.",
			not:  []string{"holds_role Tomas Berg -> Netherlands"},
		},
		{
			// Another country's central bank: not the one named.
			text: "The Deutsche Bundesbank cut rates. Italy's central bank governor Tomas Berg criticised the Deutsche Bundesbank.",
			not:  []string{"leads Tomas Berg -> Deutsche Bundesbank", "holds_role Tomas Berg -> Italy"},
		},
		{
			// A deputy holds a role in the bank.
			text: "Japan's exports rose. Japan will act, and the Bank of Japan agrees. Deputy central bank governor Tomas Berg said rates would stay.",
			want: []string{"holds_role Tomas Berg -> Bank of Japan"},
			not:  []string{"leads Tomas Berg -> Bank of Japan"},
		},
	}
	checkWantCases(t, x, tests)
}
