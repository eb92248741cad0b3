package ingest

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/entities"
	"github.com/newsgraph/newsgraph/graph"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/merge")

// mergeCases are small corpora, one article a string, whose cross-article
// merges the golden files under testdata/merge record: each node with its
// type, name and the articles it is in. The names are made up.
var mergeCases = []struct {
	name     string
	articles []string
	model    bool // extract with the trained recognizer too (DefaultExtractor)
}{
	{"initial-then-full", []string{
		"Senator T. Varga said the vote would pass, and Senator P. Lindqvist agreed.",
		"Senator Tomas Varga said the pitch was slow, and Senator Pia Lindqvist agreed.",
	}, false},
	{"full-then-initial", []string{
		"Senator Tomas Varga said the vote would pass.",
		"Senator T. Varga said the vote would fail.",
	}, false},
	{"initials-of-brothers", []string{
		"Senator S. Brandauer and Senator M. Brandauer said the vote would pass.",
		"Senator Sven Brandauer said the vote would fail.",
	}, false},
	{"initial-two-full-names", []string{
		"Senator Dana Okafor said the vote would pass.",
		"Senator Daniel Okafor said the vote would fail.",
		"Senator D. Okafor said nothing.",
	}, false},
	{"teams-by-sport", []string{
		"Ostrava beat Brno 3-1 in the league on Saturday. The goalkeeper saved a penalty and the striker scored twice in the football match.",
		"Brno beat Ostrava by six wickets in the cricket match. The bowler took four wickets before the batsman hit the winning runs.",
		"Ostrava beat Plzen 2-0 in the league. The midfielder scored in the football match and the goalkeeper kept a clean sheet.",
	}, false},
	// A town's name read as an organization outside sports news (a
	// company's short form, the town's bank) joins no team of that town,
	// nor the other way round, whichever article is read first.
	{"town-team-and-town-company", []string{
		"John Hale, an attorney at the Ostrava law firm of Novak and Dvorak, said the appeal was filed on Monday.",
		"Ostrava beat Brno 3-1 in the league on Saturday. The goalkeeper saved a penalty and the striker scored twice in the football match.",
		"Ostrava beat Plzen 2-0 in the league. The midfielder scored in the football match and the goalkeeper kept a clean sheet.",
		"The regulator approved the transfer of funds to the Ostrava bank on Tuesday, an official said.",
	}, true},
	// A town's club in sports news is one node of its sport, whether the
	// article reads it in a team's role or as an organization that speaks
	// ("Ostrava said"), also where the town has a side in another sport.
	{"town-club-across-sports-news", []string{
		"Ostrava beat Brno 3-1 in the league on Saturday. The goalkeeper saved a penalty and the striker scored twice in the football match.",
		"Brno beat Ostrava by six wickets in the cricket match. The bowler took four wickets before the batsman hit the winning runs.",
		"Ostrava said the striker would miss the match, and the goalkeeper was fit, the coach told the football writers.",
	}, true},
	{"short-form-after-full", []string{
		"The U.S. Coast Guard said the ship sank on Monday.",
		"The Coast Guard said on Tuesday that the search had ended.",
	}, false},
	{"short-form-before-full", []string{
		"The Coast Guard said the ship sank on Monday.",
		"The U.S. Coast Guard said on Tuesday that the search had ended.",
	}, false},
	{"known-short-form", []string{
		"The Fed left rates unchanged, its chairman said on Monday.",
		"The Federal Reserve said on Tuesday that inflation had eased.",
		"The Central Intelligence Agency said the report was false.",
		"The CIA said on Thursday that the report was false.",
	}, true},
	{"city-without-its-river", []string{
		"Bankers met in Frankfurt on Monday to discuss the bond market.",
		"The trade fair in Frankfurt am Main opened on Tuesday.",
	}, true},
	{"short-form-two-full-names", []string{
		"The U.S. Coast Guard said the ship sank on Monday.",
		"The Japanese Coast Guard said the ship was found.",
		"The Coast Guard said on Tuesday that the search had ended.",
	}, false},
	// A lone word that begins an ocean's name is the ocean, not a town
	// of that name, unless the town's region follows it.
	{"ocean-short-form", []string{
		"The convoy crossed the Pacific Ocean in March.",
		"A storm moved over the Pacific on Tuesday.",
		"She grew up in Pacific, Missouri, and moved away.",
	}, true},
	// (A man's given name: "Mr" joins no woman's, gender.go.)
	{"titled-surname", []string{
		"Mr Okonkwo said the vote would pass.",
		"Mr Okonkwo said the vote would fail.",
		"Senator Emeka Okonkwo said nothing.",
	}, false},
	{"surname-of-gazetteer-person", []string{
		"In Wellington, New Zealand, opposition MP Pete Luxon said the vote would pass. Luxon added that New Zealand would wait.",
		"Prime Minister Christopher Luxon of New Zealand said the vote would pass.",
	}, false},
	{"initial-and-full-in-one-article", []string{
		"Senator Carla Bianchi said the vote would pass. Senator C. Bianchi said so twice, and Senator C. Bianchi said it again.",
		"Senator C. Bianchi said the vote would fail.",
	}, false},
	{"misspelt-organization", []string{
		"The Brackenholt Foundation said on Monday that it would give the money.",
		"The Brackenhlot Foundation said on Tuesday that the money had gone.",
		"The Brackenholt Foundation said on Wednesday that more would follow.",
	}, false},
	{"spaced-organization", []string{
		"The Lumen Torrent Foundation said it would appeal.",
		"The LumenTorrent Foundation said it had lost.",
	}, false},
	{"misspelt-surname", []string{
		"Senator Hollis Vandermeer said the vote would pass.",
		"Senator Hollis Vandermer said the vote would fail.",
	}, false},
	{"short-names-one-edit-apart", []string{
		"Senator Ada Kerry said the vote would pass.",
		"Senator Ada Terry said the vote would fail.",
		"Senator Ada Devis said so.",
		"Senator Ada Davis said so too.",
	}, false},
	{"surname-with-role", []string{
		"President Marta Quillon said the budget would pass.",
		"First lady Tomas Quillon visited a school.",
		"President Quillon said the bill would be signed.",
		"Quillon said nothing on Monday.",
	}, false},
	{"company-without-corporate-words", []string{
		"Quorvane Holdings Inc said on Monday that profits rose.",
		"Shares of Quorvane rose 4 pct to 12 dlrs on the New York Stock Exchange.",
	}, true},
	{"company-short-first", []string{
		"Shares of Quorvane rose 4 pct to 12 dlrs on the New York Stock Exchange.",
		"Quorvane Holdings Inc said on Monday that profits rose.",
	}, true},
	{"initials-across-articles", []string{
		"The Northern Grain Marketing Board said on Monday that prices would fall.",
		"Traders said the NGMB would cut prices again on Tuesday.",
	}, true},
	{"initials-of-two-names", []string{
		"The Northern Grain Marketing Board said on Monday that prices would fall.",
		"The National Growers Marketing Bureau said on Monday that prices would rise.",
		"Traders said the NGMB would cut prices again on Tuesday.",
	}, true},
	{"two-long-forms-one-acronym", []string{
		"The Northern Grain Marketing Board (NGMB) said prices would fall.",
		"The National Growers Marketing Bureau (NGMB) said prices would rise.",
	}, false},
	{"surname-over-town", []string{
		"MITCHELL WINS SPRINT . BERLIN 1996-08-30 American sprinter Dennis Mitchell won the 100 metres on Friday . Mitchell said he felt strong .",
		"Shares in Mitchell , South Dakota , rose , Mayor Anna Kovacs said .",
		"GOLF - VARNEBERG TAKES ONE-SHOT LEAD AT LAKESIDE OPEN . Jesper Varneberg of Sweden fired a 63 on Saturday . Varneberg said the greens were fast .",
		"Preston Ulvaeus , a singer , said on Monday that Preston was proud of the album .",
	}, true},
	{"sports-report-teams", []string{
		"CRICKET - KENT AND ESSEX MADE TO SWEAT . LONDON 1996-08-31 Kent and Essex both face tense finishes on Monday . " +
			"Their batsman hit 80 runs and the bowler took four wickets as the match at Canterbury ended 2-1 .",
		"BASEBALL - SCHEDULE . CHICAGO 1996-08-30 Major league baseball games on Friday after a 3-2 win : " +
			"KANSAS CITY AT DETROIT , BOSTON AT OAKLAND",
		"CRICKET - ASHES TOUR . LONDON 1996-08-30 Australia will defend the Ashes in a six-test series against Kent . " +
			"The bowler and the batsman scored 3-1 in the match , Mark Cairns ( Scotland ) said .",
		"The singer from Detroit wrote a song about the halftime show . Fans of the football game cheered . " +
			"Her tour goes to Kent and Australia next .",
		"Automakers plan safety ads . DETROIT 1996-08-31 Automakers , suppliers , insurers and the federal government said on Saturday they would promote air bags .",
	}, true},
	{"party-acronym-after-definition", []string{
		"Leaders of the Northern Farmers Party ( NFP ) met in the capital on Monday , an NFP official said .",
		"Fighting broke out on Tuesday between NFP forces and government troops , officials said .",
	}, true},
	{"party-acronym-before-definition", []string{
		"Fighting broke out on Tuesday between NFP forces and government troops , officials said .",
		"Leaders of the Northern Farmers Party ( NFP ) met in the capital on Monday , an NFP official said .",
	}, true},
	{"party-acronym-two-parties", []string{
		"Leaders of the Northern Farmers Party ( NFP ) met in the capital on Monday .",
		"Leaders of the National Freedom Party ( NFP ) met in the port on Monday .",
		"Fighting broke out on Tuesday between NFP forces and government troops , officials said .",
	}, true},
	{"company-short-over-town", []string{
		"The seat maker agreed to be acquired by Magna International Inc for $ 31 a share . Magna was up 2 dollars at 60 in Toronto trading .",
		"The mayor of Magna , Utah , said the road would reopen .",
	}, true},
	{"organization-holding-a-place", []string{
		"Pilots of Air France met in Paris on Friday , and Air France said most flights would run .",
		"Real Madrid beat Sevilla 2-1 on Saturday , and the Real Madrid coach praised his defence .",
		"Steve Pagani VIENNA 1996-08-31 Austria dominated the match in Vienna on Saturday .",
	}, true},
	{"title-or-abbreviation-beside-a-place", []string{
		"U.S. Treasury Secretary Anna Pell met Italian Finance Minister Marco Ruel in Rome on Monday .",
		"U.S. Officials said the talks would resume in Geneva next week .",
		"Farmers followed the U.S.-Canada trade talks in Ottawa closely .",
	}, true},
	{"variant-of-a-short-word", []string{
		"Voters went to the polls in the UK elections on Monday.",
		"Voters went to the polls in the US elections on Tuesday.",
		"The 1994 Harvest Festival drew crowds, the Harvest Festival Committee said.",
		"The 1995 Harvest Festival drew crowds.",
	}, true},
	// A surname whose bearers are the article's subject and a relative
	// a kin noun introduces is the subject (notRelatives).
	{"surname-of-subject-not-relative", []string{
		"Elan Quarnby was born in Lodz in 1928 . His parents were Sarah Feig and Tomas Quarnby .",
		"Quarnby taught Hebrew and worked as a choirmaster before becoming a journalist .",
		"In 2009 , Quarnby criticized the council for its decision .",
	}, true},
	// A titled surname the article writes beside another bearer as two
	// people stays apart from her, and joins the one bearer of its role.
	{"titled-surname-beside-another-bearer", []string{
		"President Quarnby will visit Rome in June . The announcement said Quarnby and Nadia Quarnby would be in Rome from June 3 .",
		"President Elan Quarnby met the prime minister on Monday , officials said .",
	}, true},
	// A company's word read as a town is no surname of a person.
	{"company-word-no-surname", []string{
		"Gray Webb Corp said it sold its stake . Webb said it had a half interest in the venture .",
		"The Marvel Holdings unit was sold . Marvel shares rose , and Marvel said it would buy back stock .",
		"Senator Ada Webb and Senator Tomas Marvel said the vote would pass .",
	}, true},
}

func TestMergeGolden(t *testing.T) {
	for _, c := range mergeCases {
		t.Run(c.name, func(t *testing.T) {
			x := entities.New()
			if c.model {
				x = DefaultExtractor()
			}
			g := linkWith(t, x, c.articles...)
			got := describeNodes(g)
			path := filepath.Join("testdata", "merge", c.name+".golden")
			if *update {
				if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test ./ingest -run TestMergeGolden -update)", err)
			}
			if got != string(want) {
				t.Errorf("nodes differ from %s:\ngot:\n%s\nwant:\n%s", path, got, want)
			}
		})
	}
}

// describeNodes lists a graph's nodes, one a line: type, name, aliases
// the sport, the gazetteer entry and the numbers of the articles (from 1) that mention it, sorted.
func describeNodes(g *graph.Graph) string {
	arts := map[graph.ID][]string{}
	for _, a := range g.Articles {
		for _, id := range a.Entities {
			arts[id] = append(arts[id], strings.TrimLeft(a.ID, "0"))
		}
	}
	var lines []string
	for _, e := range g.Entities {
		al := slices.Clone(e.Aliases)
		slices.Sort(al)
		a := arts[e.ID]
		slices.Sort(a)
		lines = append(lines, fmt.Sprintf("%s\t%s\taliases=%s\tsport=%s\tgazetteer=%s\tarticles=%s", e.Type, e.Name, strings.Join(al, "|"), e.Attrs["sport"], e.Attrs["gazetteer"], strings.Join(a, ",")))
	}
	slices.Sort(lines)
	return strings.Join(lines, "\n") + "\n"
}
