package text

import (
	"fmt"
	"iter"
	"strings"
)

// Lexicons are data files embedded by the packages that use them, in three
// shapes: word lists (one entry a line), tables (tab-separated columns,
// empty trailing columns kept) and sectioned lists ("[title]" opens a
// section). In all three a line starting with '#' is a comment, blank lines
// are skipped and trailing spaces and carriage returns are dropped.

// Lines yields the entries of a lexicon file with their 1-based line
// numbers.
func Lines(data string) iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {
		n := 0
		for line := range strings.Lines(data) {
			n++
			line = strings.TrimRight(line, " \r\n")
			if line == "" || line[0] == '#' {
				continue
			}
			if !yield(n, line) {
				return
			}
		}
	}
}

// Table calls fn with the tab-separated fields of every entry of a table
// named name (for errors). cols > 0 requires that many fields.
func Table(name, data string, cols int, fn func(f []string) error) error {
	for n, line := range Lines(data) {
		f := strings.Split(line, "\t")
		if cols > 0 && len(f) != cols {
			return fmt.Errorf("lexicon %s line %d: %d fields, want %d", name, n, len(f), cols)
		}
		if err := fn(f); err != nil {
			return fmt.Errorf("lexicon %s line %d: %w", name, n, err)
		}
	}
	return nil
}

// WordSet returns the entries of a word list as a set, lower-cased when
// lower is true.
func WordSet(data string, lower bool) map[string]bool {
	m := map[string]bool{}
	for _, w := range Lines(data) {
		if lower {
			w = strings.ToLower(w)
		}
		m[w] = true
	}
	return m
}

// Sections returns the entries of a sectioned list by section; each line
// of a section may hold several entries separated by white space when
// fields is true. An entry before the first section is an error.
func Sections(name, data string, fields bool) (map[string][]string, error) {
	out := map[string][]string{}
	section := ""
	for n, line := range Lines(data) {
		if line[0] == '[' && line[len(line)-1] == ']' {
			section = line[1 : len(line)-1]
			if _, ok := out[section]; !ok {
				out[section] = nil
			}
			continue
		}
		if section == "" {
			return nil, fmt.Errorf("lexicon %s line %d: entry before any section", name, n)
		}
		if fields {
			out[section] = append(out[section], strings.Fields(line)...)
		} else {
			out[section] = append(out[section], line)
		}
	}
	return out, nil
}
