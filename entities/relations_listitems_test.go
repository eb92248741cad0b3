package entities

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestListItemTitles checks that a title, party or role standing before
// a name of its own in a list ("A, Conservative MP B, and SNP leader C")
// is that name's, not an apposition of the name before it, while a true
// apposition ("A, Labour MP for Leeds,", "A, a Labour MP", "A, Acme chief
// executive, said") still gives the title to A.
func TestListItemTitles(t *testing.T) {
	x := New()
	tests := []struct {
		text string
		want []string // relations that must be found (exact spelling)
		not  []string // substrings no typed relation may hold
	}{
		{
			text: "The panel includes Labour MP Lee Dunn, Conservative MP Peter Hale, and SNP leader Mary Cole.",
			want: []string{
				"member_of Lee Dunn -> Labour Party",
				"member_of Peter Hale -> Conservative Party",
				"leads Mary Cole -> Scottish National Party {role=Leader}",
			},
			not: []string{"Lee Dunn -> Conservative", "Peter Hale -> Scottish National", "Peter Hale -> Labour"},
		},
		{
			// "and" opens the next item: its title is not the name's before.
			text: "The speakers in Scotland were Mr Lee Dunn, and SNP leader Mary Cole.",
			want: []string{"leads Mary Cole -> Scottish National Party {role=Leader}"},
			not:  []string{"Lee Dunn -> Scottish National"},
		},
		{
			text: "The board heard Lee Dunn, Acme Corporation chief executive Peter Hale, and two bankers.",
			want: []string{"leads Peter Hale -> Acme Corporation {role=Chief Executive}"},
			not:  []string{"Lee Dunn -> Acme"},
		},
		{
			text: "The guests were Lee Dunn, or Acme Corporation chairman Peter Hale.",
			want: []string{"leads Peter Hale -> Acme Corporation {role=Chairman}"},
			not:  []string{"Lee Dunn -> Acme"},
		},
		{
			// An honorific opens the next item's name too.
			text: "The list names Lee Dunn, Conservative MP Sir Peter Hale, and others.",
			not:  []string{"Lee Dunn -> Conservative"},
		},
		{
			// A copula's title before another name is that name's.
			text: "Lee Dunn said she was disappointed Acme Corporation chairman Peter Hale had resigned.",
			not:  []string{"Lee Dunn -> Acme"},
		},
		// True appositions keep their title.
		{
			text: "Mr Lee Dunn, Democratic member of the Acme Corporation board, said the Republican plan would fail.",
			want: []string{"member_of Lee Dunn -> Democratic Party"},
		},
		{
			text: "Lee Dunn, Labour MP for Leeds North, said the plan would fail.",
			want: []string{"member_of Lee Dunn -> Labour Party"},
		},
		{
			text: "Mr Lee Dunn, Conservative MP, said the Labour plan would fail.",
			want: []string{"member_of Lee Dunn -> Conservative Party"},
		},
		{
			text: "Mr Lee Dunn, Acme Corporation chief executive, said sales rose.",
			want: []string{"leads Lee Dunn -> Acme Corporation {role=Chief Executive}"},
		},
		{
			text: "Lee Dunn, SNP leader, and Peter Hale, a Labour MP, spoke on Monday.",
			want: []string{
				"leads Lee Dunn -> Scottish National Party {role=Leader}",
				"member_of Peter Hale -> Labour Party",
			},
			not: []string{"Lee Dunn -> Labour", "Peter Hale -> Scottish National"},
		},
	}
	for _, tt := range tests {
		checkTypedRels(t, x, tt.text, tt.want, tt.not)
	}
}

// TestTitleOwnsName checks the token test behind list items: a
// capitalised word that is no role word follows the title.
func TestTitleOwnsName(t *testing.T) {
	tests := []struct {
		text   string
		after  string // the title word after which the test runs
		member bool   // memberTitleOwnsName from the token after `after`
		want   bool
	}{
		{"A, Labour MP Jane Roe.", "Labour", true, true},
		{"A, Labour MP for Leeds.", "Labour", true, false},
		{"A, Labour MP, said.", "Labour", true, false},
		{"A, Labour MP Sir Tom.", "Labour", true, true},
		{"A, Labour MP.", "Labour", true, false},
		{"A, Democratic member of the Acme board.", "Democratic", true, false},
		{"the aide President Reagan fired", "aide", false, false},
		{"chief executive Jane Roe said", "executive", false, true},
		{"chief executive Sir Tom said", "executive", false, true},
		{"chief executive Monday said", "executive", false, false},
	}
	for _, tt := range tests {
		d := Segment(tt.text)
		k := -1
		for i, tok := range d.Tokens {
			if tok.Text == tt.after {
				k = i + 1
				break
			}
		}
		if k < 0 {
			t.Fatalf("%q: no %q", tt.text, tt.after)
		}
		got := titleOwnsName(d, k, len(d.Tokens))
		if tt.member {
			got = memberTitleOwnsName(d, k, len(d.Tokens))
		}
		if got != tt.want {
			t.Errorf("%q after %q: got %v, want %v", tt.text, tt.after, got, tt.want)
		}
	}
}

// TestNameBetween checks the guard of parse-linked titles: a title the
// parse hangs on a name across another person's name is that person's.
func TestNameBetween(t *testing.T) {
	// Tree heads: A at 1, B at 5, Acme at 7, the title at 9 ("A, B, Acme,
	// director"), and a reference "he" at 3.
	rb := &relBuilder{ex: &Extraction{Entities: []*Entity{
		{Name: "A", Type: graph.Person}, {Name: "B", Type: graph.Person}, {Name: "Acme", Type: graph.Organization},
	}}}
	ps := &parsedSentence{
		in:   []placed{{ent: 0}, {ent: 0, coref: true}, {ent: 1}, {ent: 2}},
		head: []int{1, 3, 5, 7},
	}
	tests := []struct {
		mi, h, r int
		want     bool
	}{
		{0, 1, 9, true},  // B stands between A and the title
		{2, 5, 9, false}, // only an organization between B and the title
		{0, 1, 4, false}, // A's own reference is no other person
		{2, 5, 0, true},  // a title before A, read for B across A
	}
	for _, tt := range tests {
		if got := rb.nameBetween(ps, tt.mi, tt.h, tt.r); got != tt.want {
			t.Errorf("nameBetween(%d, %d, %d) = %v, want %v", tt.mi, tt.h, tt.r, got, tt.want)
		}
	}
}
