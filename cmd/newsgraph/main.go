// Command newsgraph turns news articles into a knowledge graph of the
// people, parties, countries, organizations, places and events they
// mention, stores it in an embedded Badger database, and answers questions
// about it. Run "newsgraph --help" for the commands.
package main

import "os"

func main() { os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) }
