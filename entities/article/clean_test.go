package article

import (
	"strings"
	"testing"
)

// prose is a paragraph of article text that every rule must keep.
const (
	prose  = "The council approved the budget on Tuesday after a long debate, and the mayor said the new spending would start in the spring."
	prose2 = "Opposition members voted against the plan, saying that it left too little money for repairs to schools and roads in the poorer districts."
)

func TestClean(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"whitespace", "  One   line\r\nsame paragraph?\r\n\r\n\r\nTwo\t\tparagraphs  ", "One line\n\nsame paragraph?\n\nTwo paragraphs"},
		{"advertisement", "Advertisement\n\n" + prose + "\n\nADVERTISEMENT\n\n" + prose + " Again.", prose + "\n\n" + prose + " Again."},
		{"decoration", "||\n\n***\n\n" + prose + "\n\n---\n\n• • •", prose},
		{"also read inline", prose + "\n\nAlso Read: Budget row deepens as councillors walk out\n\n" + prose + " More.", prose + "\n\n" + prose + " More."},
		{"read bar", prose + "\n\nREAD | Budget row deepens\n\n" + prose + " More.", prose + "\n\n" + prose + " More."},
		{"share bar", prose + "\n\nFacebook Twitter WhatsApp Email Print", prose},
		{"share labels", "Share this article\n\n" + prose + "\n\nShare", prose},
		{"follow us", prose + "\n\nFollow us:\n\nFollow us on Instagram and X", prose},
		{"calls to action", prose + "\n\nTrack Latest News Live on Example.com and get news updates from around the world\n\nDownload the app for breaking news alerts\n\nSign up for our newsletter", prose},
		{"music promo", prose + "\n\nListen to the latest songs, only on Music.example", prose},
		{"comments furniture", prose + "\n\nNo comments:\n\nPost a Comment", prose},
		{"copyright", prose + "\n\n© 2025 Example Media Ltd.\n\nCopyright Example Media. All rights reserved.", prose},
		{"tags", prose + "\n\nTags: budget, council, mayor", prose},
		{"credits", prose + "\n\nPhoto: AFP\n\n(Reporting by Jane Doe; Editing by John Roe)\n\n(With inputs from agencies)", prose},
		{"end marker at bottom", prose + "\n\nAlso Read", prose},
		{"related section", prose + "\n\nRelated Posts\n\nCouncil opens new library in the east\nMayor visits flood defences\nBudget vote delayed again", prose},
		{"comments section", prose + "\n\n" + prose2 + "\n\nComments\n\n" + prose + " I disagree with this.", prose + "\n\n" + prose2},
		{"related block mid-article", prose + "\n\nAlso Read\n\nMayor visits flood defences\n\n" + prose + " More.", prose + "\n\n" + prose + " More."},
		{"trailing list", prose + "\n\nCouncil opens new library in the east\nMayor visits flood defences on the coast\nBudget vote delayed again as talks stall", prose},
		{"list introduced by the article kept", "The plan has three parts:\n\nA new library in the east end\nFlood defences along the coast road\nA delayed vote on the budget again\n\n" + prose, "The plan has three parts:\n\nA new library in the east end\n\nFlood defences along the coast road\n\nA delayed vote on the budget again\n\n" + prose},
		{"list ending the article after a colon kept", prose + "\n\nThe plan has three parts:\n\nA new library in the east end\nFlood defences along the coast road\nA delayed vote on the budget again", prose + "\n\nThe plan has three parts:\n\nA new library in the east end\n\nFlood defences along the coast road\n\nA delayed vote on the budget again"},
		{"section headings kept", "What happens next\n\n" + prose + "\n\nWho pays\n\n" + prose + " Again.", "What happens next\n\n" + prose + "\n\nWho pays\n\n" + prose + " Again."},
		{"caption kept", "Mayor Jane Roe\n\n" + prose, "Mayor Jane Roe\n\n" + prose},
		{"newswire paragraph of two lines", "    Officials said the talks had been at the minister's request, and\nended early.\n    He had earlier met Federal Reserve Board Chairman Paul\nVolcker and Treasury Secretary James Baker.",
			"Officials said the talks had been at the minister's request, and ended early.\n\nHe had earlier met Federal Reserve Board Chairman Paul Volcker and Treasury Secretary James Baker."},
		{"newswire opening two lines after a cut dateline", "Triton Energy Corp said president Thomas\nFinn would retire at the end of the year after a long career.\n    He will be replaced by an executive from within the company, it said.",
			"Triton Energy Corp said president Thomas Finn would retire at the end of the year after a long career.\n\nHe will be replaced by an executive from within the company, it said."},
		{"sign-off on the last line", "Gold rose 4 pct to 14 dlrs an ounce. REUTER", "Gold rose 4 pct to 14 dlrs an ounce."},
		{"final name after an abbreviation kept", "The bill now goes to the U.S. Congress", "The bill now goes to the U.S. Congress"},
		{"sign-off flush after the last line", "Gold rose 4 pct to 14 dlrs an ounce.\nREUTER", "Gold rose 4 pct to 14 dlrs an ounce."},
		{"wrapped after a cut dateline", "U.S. Agriculture Secretary Richard\nLyng said he is \"very disappointed\" by a Canadian government\nfinding that U.S. corn has injured Ontario corn growers.",
			"U.S. Agriculture Secretary Richard Lyng said he is \"very disappointed\" by a Canadian government finding that U.S. corn has injured Ontario corn growers."},
		{"credit sentence kept", prose + "\n\nBased on a report by a news agency", prose + "\n\nBased on a report by a news agency"},
		{"slogan", "Telling Local Stories, Every Single Day.\n\nCouncil approves budget after long debate\n\n" + prose, "Council approves budget after long debate\n\n" + prose},
		{"sentence is not a slogan", "The Federal Reserve entered the U.S.\n\nGovernment securities market to arrange repurchases\n\n" + prose, "The Federal Reserve entered the U.S.\n\nGovernment securities market to arrange repurchases\n\n" + prose},
		{"repeated paragraph", prose + "\n\n" + prose, prose},
		{"wire sign-off", prose + "\n\nReuter", prose},
		{"hard wrap", "    The council approved the budget on Tuesday after a long\ndebate, and the mayor said the new spending would start in\nthe spring.\n    Opposition members voted against.", prose + "\n\nOpposition members voted against."},
		{"flush wrapped paragraphs with no blank line", "Korvanta Mills Ltd said it set a\nnormal course issuer bid to buy back up to five\npct of its shares on the open market, subject\nto approvals.\nIt did not say when the bid would start.\n Reuter",
			"Korvanta Mills Ltd said it set a normal course issuer bid to buy back up to five pct of its shares on the open market, subject to approvals.\n\nIt did not say when the bid would start."},
		{"flush wrapped paragraph before a lower-case sign-off", "Brenmoor Textiles Inc has received a\n30.5 mln dlr contract for cloth, the\nagency said.\nreuter",
			"Brenmoor Textiles Inc has received a 30.5 mln dlr contract for cloth, the agency said."},
		{"headline over standfirst not joined", "Council approves budget after debate\nSpending to start in spring, mayor says.", "Council approves budget after debate\n\nSpending to start in spring, mayor says."},
		{"control characters", "Bad\x00 con\x07trol\u200b chars\u00ad", "Bad control chars"},
		{"only furniture", "Advertisement\n\nShare this\n\n||", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Clean(tt.in)
			if got != tt.want {
				t.Errorf("Clean(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
			if again := Clean(got); again != got {
				t.Errorf("Clean is not idempotent:\nonce  %q\ntwice %q", got, again)
			}
		})
	}
}

func TestIsFurniture(t *testing.T) {
	furniture := []string{
		"Advertisement", "Story continues below this ad", "Read more", "Share this", "Subscribe",
		"Sign up for our newsletter", "Download the app", "Get the latest updates on our WhatsApp channel",
		"Skip to content", "Home > World > Asia", "Topics: politics, elections",
		"Representational image", "Image credit: Example Photo Agency", "Click here to read the full report",
		"(Except for the headline, this story has not been edited by our staff and is published from a syndicated feed.)",
		"Advertisement - Scroll to Continue", "Story continues below advertisement", "Breaking News",
		"Home | World | Business | Sport", "About Us | Contact | Privacy Policy | Terms of Use",
		"Catch all the latest news and updates on the Example News App", "Join our WhatsApp channel",
		"Follow Example Times on Google News",
	}
	for _, p := range furniture {
		if !isFurniture(p) {
			t.Errorf("isFurniture(%q) = false", p)
		}
	}
	text := []string{
		prose,
		"Prime Minister Jane Roe",
		"Related talks will continue next week, officials said.",
		"Follow-up talks are planned for June.",
		"Read the statement in full before deciding, the lawyer told the court.",
		"Photographers waited outside the court for hours.",
		"Share prices fell sharply on Monday.",
		"Comments by the minister drew criticism from the opposition.",
		"Get Out was one of the year's most discussed films.",
		"Staff Reporter | 18 May 2025 | Islamabad",
		"Trade, aid and security top the agenda",
	}
	for _, p := range text {
		if isFurniture(p) {
			t.Errorf("isFurniture(%q) = true", p)
		}
	}
}

// TestCleanLarge checks that Clean stays fast and linear on a large text.
func TestCleanLarge(t *testing.T) {
	var b strings.Builder
	for i := 0; b.Len() < 8<<20; i++ {
		b.WriteString(prose)
		b.WriteString(" Item ")
		b.WriteString(strings.Repeat("x", i%7))
		b.WriteString("\n\nAdvertisement\n\n")
	}
	got := Clean(b.String())
	if strings.Contains(got, "Advertisement") || len(got) < 4<<20 {
		t.Errorf("unexpected result of %d bytes", len(got))
	}
}

// BenchmarkClean measures Clean on a page-sized text with furniture.
func BenchmarkClean(b *testing.B) {
	page := strings.Repeat("Advertisement\n\n"+prose+"\n\nAlso Read: Budget row deepens\n\n"+prose2+"\n\n", 20) +
		"Related Posts\n\nCouncil opens new library in the east\nMayor visits flood defences\nBudget vote delayed again"
	b.SetBytes(int64(len(page)))
	for b.Loop() {
		Clean(page)
	}
}
