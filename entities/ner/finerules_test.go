package ner

import (
	"reflect"
	"strings"
	"testing"
)

func TestFixNames(t *testing.T) {
	for _, tc := range []struct {
		text     string
		in, want []Chunk
	}{{
		// "The" before a name ending in a head is the noun phrase's;
		// a name without such a head keeps it.
		"The Velland Labour Party met The Ostria Times and the Marl Trust Bank",
		[]Chunk{{FineParty, 0, 4}, {FineOrganization, 5, 8}, {FineOrganization, 9, 13}},
		[]Chunk{{FineParty, 1, 4}, {FineOrganization, 5, 8}, {FineOrganization, 10, 13}},
	}, {
		// A capitalised "The" inside a sentence is the name's own,
		// taken in when the model left it out; after a colon it opens
		// a heading and is not.
		"funds from The Velland Relief Fund and The Marl Fund : The Ostria Labour Party",
		[]Chunk{{FineOrganization, 2, 6}, {FineOrganization, 8, 10}, {FineParty, 11, 15}},
		[]Chunk{{FineOrganization, 2, 6}, {FineOrganization, 7, 10}, {FineParty, 12, 15}},
	}, {
		// Foreign links inside a name go with it, after the name and
		// before it; English lower-case words end it. ("Parti" is a
		// party's word.)
		"the Parti des Vellandais et des Marlois de Ostria and the Bund für Marl Freiheit and the Velland Union in Ostria",
		[]Chunk{{FineOrganization, 1, 2}, {FinePerson, 6, 7}, {FinePlace, 8, 9}, {FineOrganization, 13, 15}, {FineOrganization, 17, 19}, {FinePlace, 20, 21}},
		[]Chunk{{FineParty, 1, 9}, {FineOrganization, 11, 15}, {FineOrganization, 17, 19}, {FinePlace, 20, 21}},
	}, {
		// A head and its complement, both tagged, are one name.
		"the Northern Relief Fund for the Protection of Rivers said",
		[]Chunk{{FineOrganization, 1, 4}, {FineOrganization, 6, 9}},
		[]Chunk{{FineOrganization, 1, 9}},
	}, {
		// An untagged complement of capitalised words, up to a day name.
		"the Velland Fund for Open Courts on Monday",
		[]Chunk{{FineOrganization, 1, 3}},
		[]Chunk{{FineOrganization, 1, 6}},
	}, {
		"the Velland Commission on Monday said",
		[]Chunk{{FineOrganization, 1, 3}},
		[]Chunk{{FineOrganization, 1, 3}},
	}, {
		// An untagged head before a place: the place names the body.
		"The Parliament of Velland voted",
		[]Chunk{{FineCountry, 3, 4}},
		[]Chunk{{FineOrganization, 1, 4}},
	}, {
		// A title is not a head; a party is its own name after a
		// parliament; a party head makes the joined name a party.
		"President of Velland met the Assembly for the Velland Green Party and the Popular Front for Ostria",
		[]Chunk{{FineCountry, 2, 3}, {FineOrganization, 5, 6}, {FineParty, 8, 11}, {FineParty, 13, 15}, {FineCountry, 16, 17}},
		[]Chunk{{FineCountry, 2, 3}, {FineOrganization, 5, 6}, {FineParty, 8, 11}, {FineParty, 13, 17}},
	}, {
		// Head words type a name; an election takes its month and year.
		"the Ostria Film Festival and the Duchy of Velland and Marl County and June 2015 Velland general election",
		[]Chunk{{FineOrganization, 1, 4}, {FineOrganization, 6, 9}, {FineOrganization, 10, 12}, {FineEvent, 15, 18}},
		[]Chunk{{FineEvent, 1, 4}, {FineCountry, 6, 9}, {FinePlace, 10, 12}, {FineEvent, 13, 18}},
	}, {
		// A list holding more parties than organizations is a list of
		// parties, except for a name with an organization head.
		"the Velland Greens , the VPF , Ostrian Unity and the Marl Trade Union",
		[]Chunk{{FineParty, 1, 3}, {FineOrganization, 5, 6}, {FineParty, 7, 9}, {FineOrganization, 11, 14}},
		[]Chunk{{FineParty, 1, 3}, {FineParty, 5, 6}, {FineParty, 7, 9}, {FineOrganization, 11, 14}},
	}, {
		// A list of organizations stays one.
		"the Velland Red Cross , the VPF and the Ostria Greens",
		[]Chunk{{FineOrganization, 1, 4}, {FineOrganization, 6, 7}, {FineParty, 9, 11}},
		[]Chunk{{FineOrganization, 1, 4}, {FineOrganization, 6, 7}, {FineParty, 9, 11}},
	}, {
		// A list run together is split; a short part stays whole.
		"the Velland Relief Fund , Ostria Care International or Marl Aid Network and Smith , Jones",
		[]Chunk{{FineOrganization, 1, 12}, {FineOrganization, 13, 16}},
		[]Chunk{{FineOrganization, 1, 4}, {FineOrganization, 5, 8}, {FineOrganization, 9, 12}, {FineOrganization, 13, 16}},
	}, {
		// A demonym before a head names the organization; not before
		// other words.
		"the Ostrian Foreign Ministry and the Ostrian Ballet",
		[]Chunk{{FineMisc, 1, 2}, {FineMisc, 6, 7}},
		[]Chunk{{FineOrganization, 1, 4}, {FineMisc, 6, 7}},
	}, {
		// An ideology word makes an organization a party, unless a head
		// says it is another kind of body.
		"Solidary Democracy and the Velland Democratic Committee and Liberal International",
		[]Chunk{{FineOrganization, 0, 2}, {FineOrganization, 4, 7}, {FineOrganization, 8, 10}},
		[]Chunk{{FineParty, 0, 2}, {FineOrganization, 4, 7}, {FineOrganization, 8, 10}},
	}, {
		// A title and a name are the person; a title before an
		// organization's head is not.
		"Governor Dana Voss met Senator Ostria League officials",
		[]Chunk{{FineOrganization, 0, 3}, {FineOrganization, 4, 7}},
		[]Chunk{{FinePerson, 1, 3}, {FineOrganization, 4, 7}},
	}, {
		// A legislature takes only an "of" complement; a county that
		// ends a bank's name leaves it a bank; a company's name with a
		// comma stays whole; a company is no party.
		"they asked Parliament for Velland funds at the Marl Bank of Ostria County and Parke , Davis and Co and Progressive Velland Corp",
		[]Chunk{{FineOrganization, 2, 3}, {FineOrganization, 8, 13}, {FineOrganization, 14, 19}, {FineOrganization, 20, 23}},
		[]Chunk{{FineOrganization, 2, 3}, {FineOrganization, 8, 13}, {FineOrganization, 14, 19}, {FineOrganization, 20, 23}},
	}, {
		// A war or summit is an event, by its last word or the word
		// before "of"; a campaign for something is a body.
		"the Velland War of Independence , the Ostria Summit and the Campaign for Marl Disarmament",
		[]Chunk{{FineOrganization, 1, 5}, {FineOrganization, 7, 9}, {FineOrganization, 11, 15}},
		[]Chunk{{FineEvent, 1, 5}, {FineEvent, 7, 9}, {FineOrganization, 11, 15}},
	}, {
		// A conference is an event when its name ends there or goes on
		// with "on"; a conference of or for someone is a body.
		"the Velland Conference , the World Conference on Rivers and the Conference of Ostria Mayors",
		[]Chunk{{FineOrganization, 1, 3}, {FineOrganization, 5, 9}, {FineOrganization, 11, 15}},
		[]Chunk{{FineEvent, 1, 3}, {FineEvent, 5, 9}, {FineOrganization, 11, 15}},
	}, {
		// A Roman numeral ends an event's name; the pronoun does not.
		"after World War I . after the Velland War I went",
		[]Chunk{{FineEvent, 1, 3}, {FineEvent, 7, 9}},
		[]Chunk{{FineEvent, 1, 4}, {FineEvent, 7, 9}},
	}, {
		// A complement goes on over "and" and a second part of its
		// kind: a place after a place, capitalised words after
		// capitalised words; a title after "and" starts another name,
		// and so does a place after words.
		"the Marl Commission for Velland and Ostria said ; the Velland Department of Rivers and Lakes met ; the Ostria Ministry of Rivers and Minister Jon Marl ; the Marl Office of Rivers and Ostria",
		[]Chunk{{FineOrganization, 1, 3}, {FinePlace, 4, 5}, {FinePlace, 6, 7}, {FineOrganization, 10, 12}, {FineOrganization, 19, 21}, {FinePerson, 25, 27}, {FineOrganization, 29, 31}, {FinePlace, 34, 35}},
		[]Chunk{{FineOrganization, 1, 7}, {FineOrganization, 10, 16}, {FineOrganization, 19, 23}, {FinePerson, 25, 27}, {FineOrganization, 29, 33}, {FinePlace, 34, 35}},
	}} {
		s := strings.Fields(tc.text)
		got := [][]Chunk{tc.in}
		fixNames([][]string{s}, got)
		if !reflect.DeepEqual(got[0], tc.want) {
			t.Errorf("%q: got %v, want %v", tc.text, got[0], tc.want)
		}
	}
}
