package entities

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestMembershipPatterns checks the membership wordings of
// relations_membership.go on sentences written for this test.
func TestMembershipPatterns(t *testing.T) {
	cases := []struct {
		text, person, party string // party "" = no member_of
	}{
		{"Sen. Ann Roe (R-Ohio) said the United States must act.", "Ann Roe", "Republican Party"},
		{"Rep. John Doe, D-Calif., said the United States must act.", "John Doe", "Democratic Party"},
		{"Senator Ann Roe, an Ohio Republican, said the United States must act.", "Ann Roe", "Republican Party"},
		{"Mr Ann Roe, a Republican, said the United States must act.", "Ann Roe", "Republican Party"},
		{"Mr Ann Roe, Labour MP for Leeds, said Britain must act.", "Ann Roe", "Labour Party"},
		{"Mr Ann Roe, Labour leader, said Britain must act.", "Ann Roe", ""},
		{"Mr Ann Roe, a member of the ruling Social Democratic Party of Germany, spoke.", "Ann Roe", "Social Democratic Party of Germany"},
		{"Mr Ann Roe met Republican leaders in the United States.", "Ann Roe", ""},
		{"Mr Ann Roe, a senior Labour MP, said Britain must act.", "Ann Roe", "Labour Party"},
		{"Mr Ann Roe spoke in Britain. He is a strong Labour Party member.", "Ann Roe", "Labour Party"},
		{"Britain's Conservative Party is behind. Tory peer Lord Ivo Marsh said he agreed.", "Ivo Marsh", "Conservative Party"},
		{"Britain's Conservative Party is behind. Senior Conservative MP Sir Ivo Marsh warned of trouble.", "Ivo Marsh", "Conservative Party"},
		{"Britain's Conservative Party is behind. Opponents, including Tory Lord Ivo Marsh, objected.", "Ivo Marsh", "Conservative Party"},
		{"\"We are losing,\" subcommittee chairman Ivo Marsh, a New Jersey Democrat said in the United States.", "Ivo Marsh", "Democratic Party"},
		{"Britain's Conservative Party is behind. Tory Sir Ivo Marsh objected.", "Ivo Marsh", ""},
		{"Britain's Labour Party is ahead. Labour MPs Ivo Marsh and Ann Roe voted against.", "Ann Roe", "Labour Party"},
		{"Britain's Labour Party is ahead. Labour MP Ivo Marsh and Ann Roe voted against.", "Ann Roe", ""},
		{"On the suspension of Mr Ivo Marsh, the Republicans said the United States must act.", "Ivo Marsh", ""},
	}
	x := New()
	for _, c := range cases {
		ex := x.Extract(c.text)
		got := ""
		for _, r := range ex.Relations {
			if r.Kind == graph.MemberOf && ex.Entities[r.From].Name == c.person {
				got = ex.Entities[r.To].Name
			}
		}
		if got != c.party {
			t.Errorf("%q: %s member_of %q, want %q", c.text, c.person, got, c.party)
		}
	}
}
