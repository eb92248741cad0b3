package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
)

// options are gazgen's command-line settings.
type options struct {
	// Shared is the folder holding gazetteers/ and corpus/ (../shared
	// beside the repository).
	Shared string
	// Out is the folder the files are written to (data/gazetteer).
	Out string
	// Quiet suppresses the summary.
	Quiet bool
	// DeriveAlternates, when set, is GeoNames' cities500 table: gazgen
	// then only writes the rows of alternates.tsv to standard output.
	DeriveAlternates string
}

func main() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) }

// run parses args, generates and returns the exit status: 0 on success, 1
// when generation fails, 2 for bad usage.
func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("gazgen", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var o options
	fs.StringVar(&o.Shared, "shared", "../shared", "folder with the third-party `data` (gazetteers/, corpus/)")
	fs.StringVar(&o.Out, "out", "data/gazetteer", "output `folder`")
	fs.BoolVar(&o.Quiet, "q", false, "do not print the summary")
	fs.StringVar(&o.DeriveAlternates, "derive-alternates", "", "write alternates.tsv from GeoNames' cities500 `table` to standard output, and do nothing else")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: gazgen [-shared dir] [-out dir] [-q] | gazgen -derive-alternates cities500.txt\n\n"+
			"gazgen derives the compact gazetteer files of data/gazetteer from the\n"+
			"public datasets under -shared. Output is deterministic.\n\nflags:\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fs.NArg() > 0 {
		fs.Usage()
		return 2
	}
	if o.DeriveAlternates != "" {
		if err := deriveAlternatesFile(o.DeriveAlternates, stdout); err != nil {
			fmt.Fprintln(stderr, "gazgen:", err)
			return 1
		}
		return 0
	}
	sum, err := generate(o)
	if err != nil {
		fmt.Fprintln(stderr, "gazgen:", err)
		return 1
	}
	if !o.Quiet {
		fmt.Fprint(stdout, sum)
	}
	return 0
}
