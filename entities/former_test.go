package entities

import (
	"testing"
)

// TestFormerCountries checks that states that no longer exist are
// countries, by name and by demonym, not organizations or nothing.
func TestFormerCountries(t *testing.T) {
	tests := []struct {
		text string
		want string // a type:name the extraction must hold
		not  string // a type:name it must not hold
	}{
		{"The factory was built when Latvia was part of the Soviet Union.", "country:Soviet Union", "organization:Soviet Union"},
		{"Many Soviet engineers stayed in the port after 1991.", "country:Soviet Union", ""},
		{"The old USSR passports are no longer valid, the ministry said.", "country:Soviet Union", ""},
		{"Slovenia left Yugoslavia in 1991 after a short war.", "country:Yugoslavia", "organization:Yugoslavia"},
		{"The former East German border guards went on trial in Berlin.", "country:East Germany", ""},
		{"Czechoslovakia split peacefully into two states.", "country:Czechoslovakia", ""},
	}
	x := New()
	for _, tt := range tests {
		checkTypedName(t, x, tt.text, tt.want, tt.not)
	}
}
