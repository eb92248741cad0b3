//go:build tools

// Package dgraphbuild pins the Dgraph server so scripts/dgraph can build it
// with "go build" from this module.
package dgraphbuild

import _ "github.com/hypermodeinc/dgraph/v25/dgraph"
