package store

import "fmt"

// CheckReport is what Check found.
type CheckReport struct {
	Buckets map[string]int // keys per bucket
	// Problems are the first MaxProblems findings; Found counts them all.
	Problems []string
	Found    int
}

// MaxProblems caps the findings a CheckReport lists.
const MaxProblems = 50

// Add records a finding.
func (r *CheckReport) Add(format string, a ...any) {
	r.Found++
	if len(r.Problems) < MaxProblems {
		r.Problems = append(r.Problems, fmt.Sprintf(format, a...))
	}
}
