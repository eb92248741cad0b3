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
	lines := strings.Count(text, "\n") + 1
	// Every tab beyond the fixed ones starts an alias.
	aliases := make([]Alias, 0, max(0, strings.Count(text, "\t")-(fixedFields-1)*lines)+lines)
	entries := make([]Entry, 0, lines)
	var fields [fixedFields]string
	for n := 1; text != ""; n++ {
		line := text
		if i := strings.IndexByte(text, '\n'); i >= 0 {
			line, text = text[:i], text[i+1:]
		} else {
			text = ""
		}
		line = strings.TrimSuffix(line, "\r")
		if line == "" || line[0] == '#' {
			continue
		}
		if strings.IndexByte(line, '\r') >= 0 {
			return nil, &ParseError{n, ErrControl}
		}
		for i := range fields {
			j := strings.IndexByte(line, '\t')
			if j < 0 {
				if i < fixedFields-1 {
					return nil, &ParseError{n, ErrFieldCount}
				}
				fields[i], line = line, ""
				break
			}
			fields[i], line = line[:j], line[j+1:]
			if i == fixedFields-1 {
				break
			}
		}
		// Fill the entry in place: copying a finished Entry into the slice
		// costs more, with the garbage collector running, than the parse.
		entries = entries[:len(entries)+1]
		e := &entries[len(entries)-1]
		e.Type, e.ID, e.Name, e.Country, e.QID, e.Role = parseType(fields[0]), fields[1], fields[2], fields[3], fields[4], fields[8]
		if e.Type == "" {
			return nil, &ParseError{n, ErrType}
		}
		if e.ID == "" || e.Name == "" {
			return nil, &ParseError{n, ErrEmpty}
		}
		if p := fields[5]; p != "" {
			v, err := strconv.Atoi(p)
			if err != nil || v < 0 {
				return nil, &ParseError{n, ErrPopulation}
			}
			e.Population = v
		}
		if p := fields[6]; p != "" {
			v, err := strconv.ParseFloat(p, 64)
			if err != nil || !(v >= 0 && v <= 100) {
				return nil, &ParseError{n, ErrShare}
			}
			e.Share = v
		}
		switch fields[7] {
		case "":
		case "C":
			e.Capital = true
		default:
			return nil, &ParseError{n, ErrFlags}
		}
		if c := fields[9]; c != "" {
			for _, name := range strings.Split(c, "|") {
				if name != "" {
					e.Capitals = append(e.Capitals, name)
				}
			}
		}
		start := len(aliases)
		for line != "" {
			f := line
			if j := strings.IndexByte(line, '\t'); j >= 0 {
				f, line = line[:j], line[j+1:]
			} else {
				line = ""
			}
			a, ok := parseAlias(f)
			if !ok {
				return nil, &ParseError{n, ErrAlias}
			}
			if a.Text == "" {
				a.Text = e.Name
			}
			aliases = append(aliases, a)
		}
		e.Aliases = aliases[start:len(aliases):len(aliases)]
	}
	return entries, nil
}

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
