package main

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/analytics"
)

// measureNames lists the measures for help and error text.
func measureNames() string {
	names := make([]string, len(analytics.Measures))
	for i, m := range analytics.Measures {
		names[i] = string(m)
	}
	return strings.Join(names, ", ")
}

func parseMeasure(s string) (analytics.Measure, error) {
	m := analytics.Measure(strings.ToLower(s))
	if slices.Contains(analytics.Measures, m) {
		return m, nil
	}
	return "", failf(exitStore, "unknown measure %q (want %s)", s, measureNames())
}

// parseType checks a --type value.
func parseType(s string) (graph.Type, error) {
	if s == "" {
		return "", nil
	}
	t := graph.Type(strings.ToLower(s))
	if !graph.ValidType(t) {
		return "", failf(exitStore, "unknown type %q (want one of person, party, country, organization, place, event)", s)
	}
	return t, nil
}

// parseKinds checks a --kind value (comma-separated relation kinds).
func parseKinds(s string) ([]graph.Kind, error) {
	if s == "" {
		return nil, nil
	}
	var out []graph.Kind
	for _, k := range strings.Split(s, ",") {
		k = strings.TrimSpace(strings.ToLower(k))
		if !slices.Contains(graph.Kinds, graph.Kind(k)) {
			names := make([]string, len(graph.Kinds))
			for i, kk := range graph.Kinds {
				names[i] = string(kk)
			}
			return nil, failf(exitStore, "unknown relation kind %q (want one of %s)", k, strings.Join(names, ", "))
		}
		out = append(out, graph.Kind(k))
	}
	return out, nil
}
