package main

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// yamlRecord is one top-level entry of a flat YAML mapping: its key and its
// scalar fields. Sequence fields are skipped.
type yamlRecord struct {
	Key    string
	Fields map[string]string
}

// readYAMLRecords reads the subset of YAML that supraverden's
// general_list.yaml uses: a mapping of names to mappings of scalars (plain,
// 'single' or "double" quoted, null) and sequences, two-space indented. A
// long name may be written as an explicit key ("? name" then ": field:
// value"). Anything else is an error.
func readYAMLRecords(r io.Reader) ([]yamlRecord, error) {
	var out []yamlRecord
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 1<<16), 1<<20)
	var cur *yamlRecord
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimRight(sc.Text(), " \r")
		switch {
		case line == "" || strings.HasPrefix(strings.TrimSpace(line), "#") || line == "---":
			continue
		case strings.HasPrefix(line, "? "):
			out = append(out, yamlRecord{Key: unquoteYAML(line[2:]), Fields: make(map[string]string)})
			cur = &out[len(out)-1]
			continue
		case strings.HasPrefix(line, ": "):
			line = "  " + line[2:]
		case line[0] != ' ':
			key, ok := strings.CutSuffix(line, ":")
			if !ok {
				return nil, fmt.Errorf("yaml line %d: want a record key", n)
			}
			out = append(out, yamlRecord{Key: unquoteYAML(key), Fields: make(map[string]string)})
			cur = &out[len(out)-1]
			continue
		}
		if cur == nil {
			return nil, fmt.Errorf("yaml line %d: field before any record", n)
		}
		if strings.HasPrefix(line, "  - ") || strings.HasPrefix(line, "    ") {
			continue // a sequence item
		}
		field, value, ok := strings.Cut(strings.TrimPrefix(line, "  "), ":")
		if !ok {
			return nil, fmt.Errorf("yaml line %d: want field: value", n)
		}
		if v := unquoteYAML(strings.TrimSpace(value)); v != "" && v != "null" && v != "~" {
			cur.Fields[field] = v
		}
	}
	return out, sc.Err()
}

// unquoteYAML removes YAML quotes: ” is a quote inside single quotes;
// double quotes take Go-like escapes.
func unquoteYAML(s string) string {
	s = strings.TrimSpace(s)
	if len(s) >= 2 && s[0] == '\'' && s[len(s)-1] == '\'' {
		return strings.ReplaceAll(s[1:len(s)-1], "''", "'")
	}
	if len(s) >= 2 && s[0] == '"' && s[len(s)-1] == '"' {
		if u, err := strconv.Unquote(s); err == nil {
			return u
		}
		return s[1 : len(s)-1]
	}
	return s
}
