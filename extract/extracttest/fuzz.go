package extracttest

import "testing"

// FuzzSeeds adds seeds and then the text of every test article in
// testdata to the fuzz corpus, so that the normal test run exercises the
// fuzz target on realistic articles as well as on hand-picked edge cases.
func FuzzSeeds(f *testing.F, seeds ...string) {
	f.Helper()
	for _, s := range seeds {
		f.Add(s)
	}
	for _, a := range Articles(f) {
		f.Add(a.Text)
	}
}
