package data

import "embed"

// Gazetteer holds the generated gazetteer files under gazetteer/.
//
//go:embed gazetteer
var Gazetteer embed.FS

// Samples holds the sample articles under samples/ used by "newsgraph demo".
//
//go:embed samples
var Samples embed.FS
