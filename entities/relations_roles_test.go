package entities

import (
	"testing"
)

// TestRoleRelations checks the person → body relations read from general
// news wording: the kind follows the role noun and the body, lists and
// prepositional heads do not spread a role, and a state office takes its
// country from its own modifier, the person or the article, never from a
// country the sentence only mentions.
func TestRoleRelations(t *testing.T) {
	x := New()
	tests := []struct {
		text string
		want []string // relations that must be found (exact spelling)
		not  []string // substrings no typed relation may hold
	}{
		{
			text: "Acme Corporation chief executive Lee Dunn said sales rose.",
			want: []string{"leads Lee Dunn -> Acme Corporation {role=Chief Executive}"},
			not:  []string{"holds_role Lee Dunn"},
		},
		{
			text: "Acme Corporation executive vice-president Lee Dunn said sales rose.",
			want: []string{"holds_role Lee Dunn -> Acme Corporation {role=Executive Vice-President}"},
			not:  []string{"leads Lee Dunn"},
		},
		{
			text: "Sales fell, said former Acme Corporation chief executive Lee Dunn.",
			want: []string{"leads Lee Dunn -> Acme Corporation {former=true role=Chief Executive}"},
		},
		{
			// A department's secretary holds an office of the article's
			// country.
			text: "Brazil asked for loans. Brazil is the bank's biggest client. Bankers met Finance Ministry secretary Lee Dunn.",
			want: []string{"holds_role Lee Dunn -> Brazil {role=Secretary}"},
		},
		{
			// "ex-" is a past office, glued to the body or opening the
			// sentence; a department's chief holds a role in the body.
			text: "The ex-Acme Corporation boss Lee Dunn said sales fell.",
			want: []string{"leads Lee Dunn -> Acme Corporation {former=true role=Boss}"},
		},
		{
			text: "Acme Corporation finance chief Lee Dunn said sales fell.",
			want: []string{"holds_role Lee Dunn -> Acme Corporation {role=Finance Chief}"},
			not:  []string{"leads Lee Dunn"},
		},
		{
			text: "Ex-Acme Corporation media chief Lee Dunn said sales fell.",
			want: []string{"holds_role Lee Dunn -> Acme Corporation {former=true role=Media Chief}"},
		},
		{
			// A country qualifying a name the recognizer missed is not the
			// sentence's country.
			text: "Prime Minister Lee Dunn said the downgrading of Denmark's rating by the U.S. Vardel Ratings agency was regrettable.",
			want: []string{"holds_role Lee Dunn -> Denmark {role=Prime Minister}"},
		},
		{
			// A country named only as a destination is not what the
			// article's government is.
			text: "Arms were sold to Iran. More arms went to Iran in May. President Lee Dunn spoke on Monday.",
			not:  []string{"holds_role Lee Dunn -> Iran"},
		},
		{
			// A country inside the speaker's quotation is not the speaker's.
			text: "\"This action by the Japanese government serves us well,\" Prime Minister Lee Dunn said.",
			not:  []string{"holds_role Lee Dunn -> Japan"},
		},
		{
			// A possessor is no actor of the sentence.
			text: "The Canadian government welcomed President Lee Dunn's announcement.",
			not:  []string{"holds_role Lee Dunn -> Canada"},
		},
		{
			// A role in one part of a body: a role in the body, not its head.
			text: "Mr Lee Dunn, head of research at Acme Corporation, said sales rose.",
			want: []string{"holds_role Lee Dunn -> Acme Corporation {role=Head of Research}"},
			not:  []string{"leads Lee Dunn"},
		},
		{
			text: "Mr Lee Dunn, head of oil planning in Acme Corporation, will take over.",
			want: []string{"holds_role Lee Dunn -> Acme Corporation {role=Head of Oil Planning}"},
		},
		{
			// A city after an organization is its office there.
			text: "The BBC Oslo correspondent Lee Dunn said sales rose.",
			want: []string{"affiliated_with Lee Dunn -> BBC"},
		},
		{
			// An organization's possessive before a name: works for it.
			text: "Acme Corporation's Mr Lee Dunn said sales rose.",
			want: []string{"affiliated_with Lee Dunn -> Acme Corporation"},
		},
		{
			// A country's possessive gives a nationality, not an employer.
			text: "The result pleased Slovakia's Mr Lee Dunn.",
			not:  []string{"affiliated_with Lee Dunn"},
		},
		{
			// A unit after a company's possessive is no employee.
			text: "Acme Corporation's Mr Lee Dunn division makes blenders.",
			not:  []string{"affiliated_with Lee Dunn"},
		},
		{
			// Appointments: the appointing body, active or passive.
			text: "Acme Corporation said it named Mr Lee Dunn as its new chairman.",
			want: []string{"leads Lee Dunn -> Acme Corporation {role=Chairman}"},
		},
		{
			text: "Acme Corporation appointed Mr Lee Dunn finance director.",
			want: []string{"holds_role Lee Dunn -> Acme Corporation {role=Finance Director}"},
		},
		{
			text: "Mr Lee Dunn was named chairman of Acme Corporation.",
			want: []string{"leads Lee Dunn -> Acme Corporation {role=Chairman}"},
		},
		{
			text: "Senator Ann Roe named Lee Dunn chairman.",
			not:  []string{"leads Lee Dunn"},
		},
		{
			// A plural name's bare apostrophe is its possessive.
			text: "Acme Motors' finance director Lee Dunn said sales rose.",
			want: []string{"holds_role Lee Dunn -> Acme Motors {role=Finance Director}"},
		},
		{
			// A bare head title: the company the article is about.
			text: "Korvanta Motors cut 500 jobs. Korvanta Motors said sales fell. \"We must save,\" said chief executive Lee Dunn. Korvanta Motors shares rose, an analyst at Hansa Bank said.",
			want: []string{"leads Lee Dunn -> Korvanta Motors {role=Chief Executive}"},
		},
		{
			// No company dominates: nobody is given one.
			text: "Korvanta Motors cut jobs. Hansa Bank said sales fell. \"We must save,\" said chief executive Lee Dunn.",
			not:  []string{"leads Lee Dunn"},
		},
		{
			// Another company in the sentence may own the bare title.
			text: "Korvanta Motors cut 500 jobs. Korvanta Motors said sales fell. Hansa Bank will keep its stake, Chairman Lee Dunn said. Korvanta Motors shares rose.",
			not:  []string{"leads Lee Dunn -> Korvanta"},
		},
		{
			// A bare director sits on the board.
			text: "Korvanta Motors cut 500 jobs. Korvanta Motors said sales fell. It said director Lee Dunn resigned. Korvanta Motors shares rose.",
			not:  []string{"leads Lee Dunn"},
		},
		{
			// The title names its body elsewhere: that body, not the home one.
			text: "Korvanta Motors cut 500 jobs. Korvanta Motors said sales fell. Chairman Lee Dunn said the Hansa Bank board met. Korvanta Motors shares rose. Hansa Bank chairman Lee Dunn agreed.",
			want: []string{"leads Lee Dunn -> Hansa Bank {role=Chairman}"},
			not:  []string{"leads Lee Dunn -> Korvanta"},
		},
		{
			text: "Ann Berg, an analyst at Hansa Bank, said rates would rise.",
			want: []string{"affiliated_with Ann Berg -> Hansa Bank"},
			not:  []string{"holds_role Ann Berg"},
		},
		{
			text: "A cut is likely, said Mr John Miller, a bond strategist at Hansa Bank.",
			want: []string{"affiliated_with John Miller -> Hansa Bank"},
		},
		{
			text: "A cut is likely, said Mr John Miller, formerly of Hansa Bank.",
			want: []string{"affiliated_with John Miller -> Hansa Bank {former=true}"},
		},
		{
			text: "Police questioned Mrs Sarah Jones, who worked as a contractor for Hansa Bank.",
			want: []string{"affiliated_with Sarah Jones -> Hansa Bank"},
		},
		{
			text: "Mrs Sarah Jones is the chairman of the Nordic Trade Council.",
			want: []string{"leads Sarah Jones -> Nordic Trade Council {role=Chairman}"},
		},
		{
			text: "A spokesman for the Nordic Trade Council, Mr John Miller, declined to comment.",
			want: []string{"affiliated_with John Miller -> Nordic Trade Council"},
		},
		{
			text: "Mr John Miller headed the Nordic Trade Council for a decade.",
			want: []string{"leads John Miller -> Nordic Trade Council"},
		},
		{
			text: "Labour Party leader Jo Bell said the vote was lost.",
			want: []string{"leads Jo Bell -> Labour Party {role=Leader}"},
			not:  []string{"member_of Jo Bell", "holds_role Jo Bell"},
		},
		{
			// A deputy holds a role and, like the leader, is not read as a
			// member too (relations_rolecoref_party.go).
			text: "Labour Party deputy leader Jo Bell said the vote was lost.",
			want: []string{"holds_role Jo Bell -> Labour Party {role=Deputy Leader}"},
			not:  []string{"leads Jo Bell", "member_of Jo Bell -> Labour Party"},
		},
		{
			text: "Labour Party spokesman Jo Bell said the vote was lost.",
			want: []string{"member_of Jo Bell -> Labour Party"},
			not:  []string{"holds_role Jo Bell", "leads Jo Bell"},
		},
		{
			// A party word that is no mention names the party of that name
			// in the country the article points to.
			text: "Britain voted. Growth in Britain was slow, said Conservative MP Jo Bell.",
			want: []string{"member_of Jo Bell -> Conservative Party"},
		},
		{
			// No country named: the nickname's first reading (partynickprior.go).
			text: "Growth was slow, said Conservative MP Jo Bell.",
			want: []string{"member_of Jo Bell -> Conservative Party"},
		},
		{
			text: "Growth was slow, said Socialist MP Jo Bell.",
			not:  []string{"member_of Jo Bell"},
		},
		{
			text: "Labour Party chairman and former foreign minister Jo Bell spoke.",
			want: []string{"leads Jo Bell -> Labour Party {role=Chairman}"},
			not:  []string{"Foreign Minister} -> Labour", "role=Chairman And"},
		},
		{
			text: "Special Assistant to the Prime Minister Ali Noor said Norway agreed.",
			not:  []string{"role=Prime Minister", "role=Special Assistant to"},
		},
		{
			text: "Norway raised taxes. Norway's budget grew. Prime Minister Kari Vik defended the plan.",
			want: []string{"holds_role Kari Vik -> Norway {role=Prime Minister}"},
		},
		{
			text: "Norway's foreign minister Kari Vik flew home. Later, Foreign Minister Kari Vik said Sweden had agreed.",
			want: []string{"holds_role Kari Vik -> Norway {role=Foreign Minister}"},
			not:  []string{"Kari Vik -> Sweden"},
		},
		{
			text: "Mr John Smith and Mrs Sarah Jones, ministers of Norway, arrived on Monday.",
			want: []string{"holds_role John Smith -> Norway {role=Minister}", "holds_role Sarah Jones -> Norway {role=Minister}"},
		},
		{
			text: "The delegation includes Acme Corporation chief John Smith and director-general Sarah Jones.",
			want: []string{"leads John Smith -> Acme Corporation {role=Chief}", "leads Sarah Jones -> Acme Corporation {role=Director-General}"},
		},
		{
			text: "The Labour Party lost the vote. Economy and Labour Minister Kari Vik said Norway would still grow.",
			want: []string{"holds_role Kari Vik -> Norway {role=Economy and Labour Minister}"},
			not:  []string{"member_of Kari Vik", "Kari Vik -> Labour"},
		},
		{
			text: "President Jon Lund, fighting the Iran-contra affair, spoke.",
			not:  []string{"Jon Lund -> Iran"},
		},
	}
	for _, tt := range tests {
		checkTypedRels(t, x, tt.text, tt.want, tt.not)
	}
}

func TestSingularRole(t *testing.T) {
	for in, want := range map[string]string{"ministers": "minister", "secretaries": "secretary", "mps": "mp", "minister": "minister", "news": "news"} {
		if got := singularRole(in); got != want {
			t.Errorf("singularRole(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestPartyLike checks that organization names read as parties by their
// head word, singular or plural, or as a well-known nickname, and that
// other bodies do not.
func TestPartyLike(t *testing.T) {
	for name, want := range map[string]bool{
		"Liberal Democrats": true, "Liberal Democrat": true, "Lib Dem": true, "lib  dems": true,
		"Tory": true, "Labour Party": true, "Hansa Bank": false, "Democrat": false,
		"Nordic Trade Council": false, "Party": false,
	} {
		if got := partyLike(name); got != want {
			t.Errorf("partyLike(%q) = %v, want %v", name, got, want)
		}
	}
}
