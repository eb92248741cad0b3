package entities

import (
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// traceRules is set by the environment variable NEWSGRAPH_TRACE_RULES
// (any value) and is for audits only: every involved_in relation then
// carries a "rule" attribute naming the rules that added it, so that its
// firings on a corpus can be grouped by rule family and judged. Normal
// runs never set it; they pay one test of a constant per added relation.
var traceRules = os.Getenv("NEWSGRAPH_TRACE_RULES") != ""

// traceRule records, when traceRules is set, which rule added relation r
// of kind k on evidence s: rb.traceCase when the caller named the case of a
// shared switch (events), else the function and line that called rb.add.
// The attribute is "rule@" and the evidence's start, so that the rules of
// each sentence stay apart when the store merges the relation's evidence
// across articles.
func (rb *relBuilder) traceRule(r *relAcc, k graph.Kind, s graph.Span) {
	if k != graph.InvolvedIn {
		return
	}
	label := rb.traceCase
	if label == "" {
		label = "?"
		if pc, file, line, ok := runtime.Caller(2); ok {
			label = strings.TrimSuffix(filepath.Base(file), ".go") + ":" + funcName(pc) + ":" + strconv.Itoa(line)
		}
		// The caller's caller, for helpers that several rules share.
		if pc, _, _, ok := runtime.Caller(3); ok {
			label += "<" + funcName(pc)
		}
	}
	if r.attrs == nil {
		r.attrs = map[string]string{}
	}
	key := "rule@" + strconv.Itoa(s.Start)
	old := r.attrs[key]
	for _, l := range strings.Split(old, ";") {
		if l == label {
			return
		}
	}
	if old != "" {
		label = old + ";" + label
	}
	r.attrs[key] = label
}

// funcName is the short name of the function at pc: "events" of
// "github.com/.../entities.(*relBuilder).events".
func funcName(pc uintptr) string {
	f := runtime.FuncForPC(pc)
	if f == nil {
		return "?"
	}
	name := f.Name()
	return name[strings.LastIndexByte(name, '.')+1:]
}
