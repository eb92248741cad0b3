// Separate module that only exists to build the Dgraph server binary used by
// scripts/dgraph. It is kept apart so the project's own go.mod never depends
// on the Dgraph server and its large dependency tree.
module github.com/newsgraph/newsgraph/tools/dgraph-build

go 1.26.0

require github.com/hypermodeinc/dgraph/v25 v25.0.0
