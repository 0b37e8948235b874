package event

import (
	"slices"
	"strings"
)

// Types lists the event types the trigger lexicon can produce, sorted,
// so that a filter naming another type can be refused.
func Types() []string {
	var out []string
	for line := range strings.Lines(triggersData) {
		f := strings.Fields(line)
		if len(f) < 4 || strings.HasPrefix(f[0], "#") || f[0] == "-" {
			continue
		}
		if !slices.Contains(out, f[0]) {
			out = append(out, f[0])
		}
	}
	slices.Sort(out)
	return out
}
