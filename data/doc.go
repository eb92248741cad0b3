// Package data embeds the files newsgraph ships with: compact gazetteers
// generated from public datasets (gazetteer/), the sample articles written
// for the demo (samples/), and their attribution and licences (README.md in
// each folder).
package data
