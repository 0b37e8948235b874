// Command eventwire turns wire-service news feeds into structured events.
// Run "eventwire --help" for the commands.
package main

import "os"

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
