package entities

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

func TestTitleAtBody(t *testing.T) {
	checkRelCases(t, graph.AffiliatedWith, []relCase{
		{"Prices will fall, said economist Marta Kollin at Brantex Securities.", "Marta Kollin", "Brantex Securities", true},
		{"Prices will fall, said analyst Jon Pereth with Dalvane Securities.", "Jon Pereth", "Dalvane Securities", true},
		// A state office before the name: "at" is where the holder spoke.
		{"President Arno Velt at the Dalvane Institute said prices would fall.", "Arno Velt", "Dalvane Institute", false},
	})
	checkRelCases(t, graph.HoldsRole, []relCase{
		// The title of a part of the body is a role in the body, not its head.
		{"Director Lise Marrow at the Bank of Norland's monetary department said rates would stay.", "Lise Marrow", "Bank of Norland", true},
	})
	checkRelCases(t, graph.Leads, []relCase{
		{"Director Lise Marrow at the Bank of Norland's monetary department said rates would stay.", "Lise Marrow", "Bank of Norland", false},
	})
}

func TestDescribedBody(t *testing.T) {
	checkRelCases(t, graph.HoldsRole, []relCase{
		{"Tomas Greer, vice chairman of banking giant Holvex Group, said rates would rise.", "Tomas Greer", "Holvex Group", true},
		{"Tomas Greer, vice chairman of the German insurance firm Holvex Group, said rates would rise.", "Tomas Greer", "Holvex Group", true},
	})
	checkRelCases(t, graph.Leads, []relCase{
		{"Ina Sorel, chief executive of French carmaker Marvelle Motors, said sales rose.", "Ina Sorel", "Marvelle Motors", true},
		// A description that ends in no company noun names no body.
		{"Ina Sorel, chief executive of the troubled unit, met Marvelle Motors.", "Ina Sorel", "Marvelle Motors", false},
	})
	checkRelCases(t, graph.AffiliatedWith, []relCase{
		// A compound naming a kind of firm may end in a role noun.
		{"\"Bonds are cheap,\" said Ivo Brandt, an analyst at fund manager Corrow Capital Partners.", "Ivo Brandt", "Corrow Capital Partners", true},
		// A role noun alone before the name is a title, not a description.
		{"Ivo Brandt, an analyst at chairman Corrow Capital Partners, said bonds were cheap.", "Ivo Brandt", "Corrow Capital Partners", false},
	})
}

func TestDepartmentWithArticle(t *testing.T) {
	checkRelCases(t, graph.AffiliatedWith, []relCase{
		{"Rolf Adder, chief economist for the region at Brantex Securities, said growth would slow.", "Rolf Adder", "Brantex Securities", true},
	})
}

func TestTitleSuffixAndGloss(t *testing.T) {
	checkRelCases(t, graph.HoldsRole, []relCase{
		{"Reagan said Japanese Prime Minister-designate Noboru Takemura said in a telephone conversation that trade would grow.", "Noboru Takemura", "Japan", true},
		// A dash to a word that is no suffix ends the title.
		{"Reagan said Japanese Prime Minister-watcher Noboru Takemura said in a telephone conversation that trade would grow.", "Noboru Takemura", "Japan", false},
	})
}

func TestGlossStart(t *testing.T) {
	for _, c := range []struct {
		text string
		want int // the token glossStart returns for the token of "X"
	}{
		{"Chancellor of the Exchequer (Finance Minister) X", 4},
		{"Chancellor of the Exchequer (in London) X", 8},
		{"Chancellor of the Exchequer () X", 6},
	} {
		d := Segment(c.text)
		i := len(d.Tokens) - 1
		if got := glossStart(d, i, 0); got != c.want {
			t.Errorf("%q: glossStart = %d, want %d", c.text, got, c.want)
		}
	}
}

func TestTitleWithPartner(t *testing.T) {
	checkRelCases(t, graph.Leads, []relCase{
		{"Brantex has yet to respond to a bid by founder and chairman Eddie Marlow with Dalvane Securities.", "Eddie Marlow", "Dalvane Securities", false},
	})
	checkRelCases(t, graph.AffiliatedWith, []relCase{
		{"Brantex has yet to respond to a bid by founder and chairman Eddie Marlow with Dalvane Securities.", "Eddie Marlow", "Dalvane Securities", false},
	})
}

func TestBareBodyAfterTitle(t *testing.T) {
	checkIngestRelCases(t, graph.HoldsRole, []relCase{
		// The "of" left out: the name after the title is the company.
		{"\"We are pleased,\" said Ravi Anand, senior vice president Torvald Aerospace.", "Ravi Anand", "Torvald Aerospace", true},
		// A name that opens a clause of its own is no body of the title.
		{"Ravi Anand, senior vice president Torvald Aerospace said on Monday, left.", "Ravi Anand", "Torvald Aerospace", false},
	})
	// A list of titled people stays people.
	x := parsingExtractor()
	ex := x.Extract("The talks were attended by Ravi Anand, President Mila Tovar and Chancellor Otto Brenn.")
	for _, e := range ex.Entities {
		if e.Name == "Mila Tovar" && e.Type != graph.Person {
			t.Errorf("Mila Tovar typed %s, want person", e.Type)
		}
	}
}

func TestSpeakerAtFirm(t *testing.T) {
	checkIngestRelCases(t, graph.AffiliatedWith, []relCase{
		// A firm named "<Name> Stockbrokers" is an organization, and the
		// speaker at it works there.
		{"\"The figures were weak,\" said Ansel Whitcombe at Darrow Stockbrokers in Leeds.", "Ansel Whitcombe", "Darrow Stockbrokers", true},
		{"Ansel Whitcombe at Darrow Advisors said the figures were weak.", "Ansel Whitcombe", "Darrow Advisors", true},
		// No quote: "at" says where the person was.
		{"The minister met Ansel Whitcombe at Darrow Stockbrokers on Monday.", "Ansel Whitcombe", "Darrow Stockbrokers", false},
	})
}

func TestCompanyNounTitle(t *testing.T) {
	const story = "Halvex Oil said on Monday it would appeal. Halvex Oil shares fell. Halvex Oil has a deal with the state. "
	const said = "Company spokesman Glen Warde said Halvex Oil still considered the deal valid, despite Norway inviting new offers."
	checkIngestRelCases(t, graph.AffiliatedWith, []relCase{
		{story + said, "Glen Warde", "Halvex Oil", true},
	})
	checkIngestRelCases(t, graph.HoldsRole, []relCase{
		// A company's spokesman holds no office of the sentence's country.
		{story + said, "Glen Warde", "Norway", false},
	})
}

func TestAdviserTo(t *testing.T) {
	checkIngestRelCases(t, graph.AffiliatedWith, []relCase{
		{"Rates will rise, said Hans Marold, senior economic adviser to Corrow Capital Partners.", "Hans Marold", "Corrow Capital Partners", true},
	})
	checkIngestRelCases(t, graph.HoldsRole, []relCase{
		// An ambassador is sent to the country, not its staff.
		{"Velland's newly designated ambassador to Canada, Joost Verhaar, arrived on Monday.", "Joost Verhaar", "Canada", false},
	})
}

func TestDemonymField(t *testing.T) {
	checkIngestRelCases(t, graph.HoldsRole, []relCase{
		// A demonym qualifies the field, the body follows "at".
		{"\"We are cautious,\" said Rolf Meyer, head of European equities at Corrow Capital Partners.", "Rolf Meyer", "Corrow Capital Partners", true},
	})
}
