package article

import (
	"bytes"
	"encoding/json"
	"strings"
	"unicode/utf8"
)

// The fast paths below read what fromJSON reads from most feeds without
// encoding/json's reflection, and give up (ok false) on anything they do
// not handle exactly as encoding/json does; the caller then takes the
// encoding/json path. Both give the same result.

// topFields splits a JSON object, which json.Valid has accepted, into its
// members, as json.Unmarshal into a map[string]json.RawMessage does (the
// last of repeated names wins); values are slices of raw. ok is false for
// a name it cannot unquote itself.
func topFields(raw []byte) (obj map[string]json.RawMessage, ok bool) {
	i := skipSpace(raw, 0)
	if i >= len(raw) || raw[i] != '{' {
		return nil, false
	}
	obj = make(map[string]json.RawMessage, 16)
	i = skipSpace(raw, i+1)
	if i < len(raw) && raw[i] == '}' {
		return obj, true
	}
	for i < len(raw) {
		end := stringEnd(raw, i)
		name, ok := quickString(raw[i:end])
		if !ok {
			return nil, false
		}
		i = skipSpace(raw, end)
		i = skipSpace(raw, i+1) // the colon
		vend := valueEnd(raw, i)
		obj[name] = raw[i:vend:vend]
		i = skipSpace(raw, vend)
		if raw[i] == '}' {
			return obj, true
		}
		i = skipSpace(raw, i+1) // the comma
	}
	return nil, false
}

func skipSpace(b []byte, i int) int {
	for i < len(b) && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r') {
		i++
	}
	return i
}

// stringEnd returns the offset just after the valid JSON string that
// starts at b[i].
func stringEnd(b []byte, i int) int {
	for j := i + 1; j < len(b); j++ {
		switch b[j] {
		case '\\':
			j++
		case '"':
			return j + 1
		}
	}
	return len(b)
}

// valueEnd returns the offset just after the valid JSON value that starts
// at b[i].
func valueEnd(b []byte, i int) int {
	switch b[i] {
	case '"':
		return stringEnd(b, i)
	case '{', '[':
		depth := 0
		for j := i; j < len(b); j++ {
			switch b[j] {
			case '"':
				j = stringEnd(b, j) - 1
			case '{', '[':
				depth++
			case '}', ']':
				if depth--; depth == 0 {
					return j + 1
				}
			}
		}
		return len(b)
	}
	j := i
	for j < len(b) && b[j] != ',' && b[j] != '}' && b[j] != ']' && b[j] != ' ' && b[j] != '\t' && b[j] != '\n' && b[j] != '\r' {
		j++
	}
	return j
}

// quickString unquotes the valid JSON string s when it is valid UTF-8
// and its escapes are the one-letter ones, as json.Unmarshal would.
func quickString(s []byte) (string, bool) {
	if len(s) < 2 || s[0] != '"' || s[len(s)-1] != '"' {
		return "", false
	}
	s = s[1 : len(s)-1]
	esc := bytes.IndexByte(s, '\\')
	if !utf8.Valid(s) {
		return "", false
	}
	if esc < 0 {
		return string(s), true
	}
	var b strings.Builder
	b.Grow(len(s))
	b.Write(s[:esc])
	for i := esc; i < len(s); i++ {
		c := s[i]
		if c != '\\' {
			b.WriteByte(c)
			continue
		}
		if i++; i == len(s) {
			return "", false
		}
		switch s[i] {
		case '"', '\\', '/':
			b.WriteByte(s[i])
		case 'b':
			b.WriteByte('\b')
		case 'f':
			b.WriteByte('\f')
		case 'n':
			b.WriteByte('\n')
		case 'r':
			b.WriteByte('\r')
		case 't':
			b.WriteByte('\t')
		default: // \u: surrogates and their mistakes are encoding/json's
			return "", false
		}
	}
	return b.String(), true
}
