package gazetteer

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// Header is the first line EncodeEntries writes. Lines starting with "#"
// are comments to DecodeEntries.
const Header = "# newsgraph gazetteer 1: type id name country qid population share flags role capitals kind:alias..."

// fixedFields is the number of columns before the aliases.
const fixedFields = 10

// Errors returned (wrapped in a *ParseError) by DecodeEntries.
var (
	// ErrFieldCount: a line has fewer than the fixed columns.
	ErrFieldCount = errors.New("gazetteer: too few fields")
	// ErrType: the type column is not an entity type.
	ErrType = errors.New("gazetteer: unknown entity type")
	// ErrPopulation: the population column is not a non-negative integer.
	ErrPopulation = errors.New("gazetteer: bad population")
	// ErrShare: the share column is not a number from 0 to 100.
	ErrShare = errors.New("gazetteer: bad share")
	// ErrFlags: the flags column holds an unknown flag.
	ErrFlags = errors.New("gazetteer: unknown flag")
	// ErrAlias: an alias column is not "kind:text" with a known kind.
	ErrAlias = errors.New("gazetteer: malformed alias")
	// ErrEmpty: the ID or the name is empty.
	ErrEmpty = errors.New("gazetteer: empty id or name")
	// ErrControl: a line holds a carriage return other than before its
	// newline.
	ErrControl = errors.New("gazetteer: carriage return inside a line")
)

// ParseError reports the line of a malformed entry.
type ParseError struct {
	Line int // 1-based
	Err  error
}

func (e *ParseError) Error() string { return fmt.Sprintf("line %d: %v", e.Line, e.Err) }
func (e *ParseError) Unwrap() error { return e.Err }

// EncodeEntries writes entries as tab-separated lines after Header, one
// entry a line:
//
//	type id name country qid population share flags role capitals kind:alias...
//
// population and share are empty for 0; flags is "C" for a capital or empty;
// capitals are joined with "|". Each remaining column is one alias, its
// kind, a colon and its text; the text is left out when it is the entry's
// name ("name:"). No field may hold a tab or a newline, and no capital a
// "|".
func EncodeEntries(w io.Writer, entries []Entry) error {
	bw := bufio.NewWriter(w)
	bw.WriteString(Header)
	bw.WriteByte('\n')
	for i := range entries {
		e := &entries[i]
		if err := checkEntry(e); err != nil {
			return fmt.Errorf("gazetteer: entry %q: %w", e.ID, err)
		}
		pop := ""
		if e.Population > 0 {
			pop = strconv.Itoa(e.Population)
		}
		share := ""
		if e.Share > 0 {
			share = strconv.FormatFloat(e.Share, 'f', -1, 64)
		}
		flags := ""
		if e.Capital {
			flags = "C"
		}
		for j, f := range []string{string(e.Type), e.ID, e.Name, e.Country, e.QID, pop, share, flags, e.Role, strings.Join(e.Capitals, "|")} {
			if j > 0 {
				bw.WriteByte('\t')
			}
			bw.WriteString(f)
		}
		for _, a := range e.Aliases {
			bw.WriteByte('\t')
			bw.WriteString(string(a.Kind))
			bw.WriteByte(':')
			if a.Text != e.Name {
				bw.WriteString(a.Text)
			}
		}
		bw.WriteByte('\n')
	}
	return bw.Flush()
}

func checkEntry(e *Entry) error {
	if !graph.ValidType(e.Type) {
		return ErrType
	}
	if e.ID == "" || e.Name == "" {
		return ErrEmpty
	}
	if e.Population < 0 {
		return ErrPopulation
	}
	if !(e.Share >= 0 && e.Share <= 100) {
		return ErrShare
	}
	for _, f := range []string{e.ID, e.Name, e.Country, e.QID, e.Role} {
		if strings.ContainsAny(f, "\t\n\r") {
			return fmt.Errorf("field %q holds a tab or newline", f)
		}
	}
	for _, c := range e.Capitals {
		if c == "" || strings.ContainsAny(c, "\t\n\r|") {
			return fmt.Errorf("capital %q is empty or holds a tab, newline or |", c)
		}
	}
	for _, a := range e.Aliases {
		if !a.Kind.Valid() || a.Text == "" || strings.ContainsAny(a.Text, "\t\n\r") {
			return fmt.Errorf("%w: %q", ErrAlias, a.Kind+":"+AliasKind(a.Text))
		}
	}
	return nil
}

// DecodeEntries parses text written by EncodeEntries. The entries' strings
// share text's memory. Blank lines and lines starting with "#" are skipped;
// a "\r" before a newline is ignored. Empty capitals are dropped.
func DecodeEntries(text string) ([]Entry, error) {
	n := countEntries(text)
	d := decoder{
		entries:  make([]Entry, 0, n.entries),
		aliases:  make([]Alias, 0, n.aliases),
		capitals: make([]string, 0, n.capitals),
	}
	if err := d.decode(text); err != nil {
		return nil, err
	}
	return d.entries, nil
}

// counts bounds what decoding a text makes: entries exactly, aliases and
// capitals from above.
type counts struct{ entries, aliases, capitals int }

func (c *counts) add(o counts) {
	c.entries += o.entries
	c.aliases += o.aliases
	c.capitals += o.capitals
}

// countEntries counts the entry lines of text, the alias columns of those
// lines and the "|" of their capitals plus one per line, the sizes of the
// slices a decoder fills.
func countEntries(text string) counts {
	var c counts
	for text != "" {
		var line string
		line, text, _ = strings.Cut(text, "\n")
		if line == "" || line[0] == '#' || line == "\r" {
			continue
		}
		c.entries++
		c.aliases += max(0, strings.Count(line, "\t")-(fixedFields-1))
		c.capitals += strings.Count(line, "|") + 1
	}
	return c
}

// decoder parses entries into slices whose capacities countEntries gave:
// it never grows them, so that they can be carved out of a block (see
// block.go) and every string and slice it makes points into text or those
// slices.
type decoder struct {
	entries  []Entry
	aliases  []Alias
	capitals []string
}

// decode appends the entries of text (see DecodeEntries).
func (d *decoder) decode(text string) error {
	var fields [fixedFields]string
	for n := 1; text != ""; n++ {
		var line string
		line, text, _ = strings.Cut(text, "\n")
		line = strings.TrimSuffix(line, "\r")
		if line == "" || line[0] == '#' {
			continue
		}
		if strings.IndexByte(line, '\r') >= 0 {
			return &ParseError{n, ErrControl}
		}
		for i := range fields {
			j := strings.IndexByte(line, '\t')
			if j < 0 {
				if i < fixedFields-1 {
					return &ParseError{n, ErrFieldCount}
				}
				fields[i], line = line, ""
				break
			}
			fields[i], line = line[:j], line[j+1:]
			if i == fixedFields-1 {
				break
			}
		}
		if len(d.entries) == cap(d.entries) {
			return errMiscounted
		}
		// Fill the entry in place: copying a finished Entry into the slice
		// costs more, with the garbage collector running, than the parse.
		d.entries = d.entries[:len(d.entries)+1]
		e := &d.entries[len(d.entries)-1]
		e.Type, e.ID, e.Name, e.Country, e.QID, e.Role = parseType(fields[0]), fields[1], fields[2], fields[3], fields[4], fields[8]
		if e.Type == "" {
			return &ParseError{n, ErrType}
		}
		if e.ID == "" || e.Name == "" {
			return &ParseError{n, ErrEmpty}
		}
		if p := fields[5]; p != "" {
			v, err := strconv.Atoi(p)
			if err != nil || v < 0 {
				return &ParseError{n, ErrPopulation}
			}
			e.Population = v
		}
		if p := fields[6]; p != "" {
			v, err := strconv.ParseFloat(p, 64)
			if err != nil || !(v >= 0 && v <= 100) {
				return &ParseError{n, ErrShare}
			}
			e.Share = v
		}
		switch fields[7] {
		case "":
		case "C":
			e.Capital = true
		default:
			return &ParseError{n, ErrFlags}
		}
		if c := fields[9]; c != "" {
			start := len(d.capitals)
			for c != "" {
				var name string
				name, c, _ = strings.Cut(c, "|")
				if name == "" {
					continue
				}
				if len(d.capitals) == cap(d.capitals) {
					return errMiscounted
				}
				d.capitals = append(d.capitals, name)
			}
			if len(d.capitals) > start {
				e.Capitals = d.capitals[start:len(d.capitals):len(d.capitals)]
			}
		}
		start := len(d.aliases)
		for line != "" {
			var f string
			f, line, _ = strings.Cut(line, "\t")
			a, ok := parseAlias(f)
			if !ok {
				return &ParseError{n, ErrAlias}
			}
			if a.Text == "" {
				a.Text = e.Name
			}
			if len(d.aliases) == cap(d.aliases) {
				return errMiscounted
			}
			d.aliases = append(d.aliases, a)
		}
		e.Aliases = d.aliases[start:len(d.aliases):len(d.aliases)]
	}
	return nil
}

// errMiscounted means countEntries and decode disagree: a bug.
var errMiscounted = errors.New("gazetteer: entries miscounted")

func parseType(s string) graph.Type {
	for _, t := range graph.Types {
		if string(t) == s {
			return t
		}
	}
	return ""
}

// parseAlias splits "kind:text"; the kind is returned as its constant so
// that it does not keep the line alive.
func parseAlias(f string) (Alias, bool) {
	i := strings.IndexByte(f, ':')
	if i < 0 {
		return Alias{}, false
	}
	for _, k := range Kinds {
		if string(k) == f[:i] {
			return Alias{Text: f[i+1:], Kind: k}, true
		}
	}
	return Alias{}, false
}
