package article

import (
	"strings"
	"sync"
)

// fieldDateline is what a JSON "dateline" field gives an article.
type fieldDateline struct {
	dateline              bool // a dateline: place, region and agency
	named                 bool // no dateline, but a place name: place
	place, region, agency string
}

// datelineMemo remembers the readings of dateline fields: a wire's
// datelines repeat ("NEW YORK, April 7 -" heads a hundred Reuters-21578
// stories; 7,865 different ones head 19,043), and reading one runs
// regexps. It holds at most maxDatelineMemo readings, and starts over
// when full.
var datelineMemo struct {
	sync.Mutex
	m map[string]fieldDateline
}

const maxDatelineMemo = 1 << 13

// readDatelineField reads a dateline field (collapsed, not empty).
func readDatelineField(dl string) fieldDateline {
	datelineMemo.Lock()
	f, ok := datelineMemo.m[dl]
	datelineMemo.Unlock()
	if ok {
		return f
	}
	dl = strings.Clone(dl) // the memo keeps it and what is cut from it
	if place, agency, _, ok := splitDateline(dl); ok {
		f = fieldDateline{dateline: true, place: place, region: datelineRegion(dl), agency: agency}
	} else if nameShaped(strings.Trim(dl, " ,-–—:")) {
		f = fieldDateline{named: true, place: placeName(strings.Trim(dl, " ,-–—:"))}
	}
	datelineMemo.Lock()
	if len(datelineMemo.m) >= maxDatelineMemo || datelineMemo.m == nil {
		datelineMemo.m = make(map[string]fieldDateline)
	}
	datelineMemo.m[dl] = f
	datelineMemo.Unlock()
	return f
}
