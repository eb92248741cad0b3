package entities

import (
	"slices"
	"testing"

	"github.com/newsgraph/newsgraph/entities/ner"
	"github.com/newsgraph/newsgraph/graph"
)

// TestDegrees checks that the credentials after a person's name are
// neither a place nor an organization, and that the node keeps the
// credentialed form as an alias beside the plain name.
func TestDegrees(t *testing.T) {
	tests := []struct {
		text, name, alias string
		notNode           string // a node that must not be read from the credential
	}{
		{"\"It works,\" said Jane Q. Holloway, M.D., medical director of the clinic.", "Jane Q. Holloway", "Jane Q. Holloway, M.D.", "Maryland"},
		{"Dentist Omar Pellegrini, DDS, was honoured by the board.", "Omar Pellegrini", "Omar Pellegrini, DDS", "DDS"},
		{"The study was led by Ruth Okonkwo, PhD, MBA, of the institute.", "Ruth Okonkwo", "Ruth Okonkwo, PhD, MBA", "MBA"},
	}
	x := New(WithRecognizer(ner.DefaultRecognizer())) // the model finds the names
	for _, tt := range tests {
		var found bool
		for _, e := range x.Extract(tt.text).Entities {
			if e.Name == tt.notNode {
				t.Errorf("%q: the credential is read as %s %q", tt.text, e.Type, e.Name)
			}
			if e.Name == tt.name && e.Type == graph.Person {
				found = true
				if !slices.Contains(e.Aliases, tt.alias) {
					t.Errorf("%q: %s has aliases %q, want %q", tt.text, e.Name, e.Aliases, tt.alias)
				}
			}
		}
		if !found {
			t.Errorf("%q: no person %q", tt.text, tt.name)
		}
	}
}

// TestWithoutDegrees checks the name linking compares: the credentials a
// comma sets off go, a surname that spells one without the comma stays.
func TestWithoutDegrees(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Jane Doe, M.D.", "Jane Doe"},
		{"Jane Doe, PhD, MBA", "Jane Doe"},
		{"Anh Do", "Anh Do"},                                 // a surname, not a credential
		{"Smith, Jones", "Smith, Jones"},                     // no credential after the comma
		{"Jane Doe, M.D., Boston", "Jane Doe, M.D., Boston"}, // not all credentials
	}
	for _, tt := range tests {
		if got := WithoutDegrees(tt.in); got != tt.want {
			t.Errorf("WithoutDegrees(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestNameCased checks which words the lists of well-known organizations
// take as written like a name.
func TestNameCased(t *testing.T) {
	tests := []struct {
		w    string
		want bool
	}{
		{"Hulu", true}, {"iTunes", true}, {"eBay", true}, {"iQiyi", true},
		{"itunes", false}, {"iOS", false}, {"x", false}, {"hulu", false},
	}
	for _, tt := range tests {
		if got := nameCased(tt.w); got != tt.want {
			t.Errorf("nameCased(%q) = %v, want %v", tt.w, got, tt.want)
		}
	}
}

// TestOnlineServices checks that well-known online services are
// organizations, a lower-case-first brand after "the" too.
func TestOnlineServices(t *testing.T) {
	tests := []struct{ text, name string }{
		{"The series is streaming on Hulu from Friday.", "Hulu"},
		{"The album topped the chart in the iTunes store on Monday.", "iTunes"},
		{"Sellers on eBay reported a slow quarter.", "eBay"},
		{"The photographer posted the pictures to Tumblr.", "Tumblr"},
	}
	x := New()
	for _, tt := range tests {
		var found bool
		for _, e := range x.Extract(tt.text).Entities {
			found = found || e.Name == tt.name && e.Type == graph.Organization
		}
		if !found {
			t.Errorf("%q: no organization %q", tt.text, tt.name)
		}
	}
}
