package event

import (
	"crypto/sha256"
	"io/fs"
	"testing"
)

// TestFingerprint: the fingerprint covers every list the rules read, so it
// is stable from call to call and every data file is in it.
func TestFingerprint(t *testing.T) {
	sum := func() [32]byte {
		h := sha256.New()
		if err := Fingerprint(h); err != nil {
			t.Fatal(err)
		}
		return [32]byte(h.Sum(nil))
	}
	if a, b := sum(), sum(); a != b {
		t.Error("Fingerprint wrote different data twice")
	}
	want := map[string]bool{"data/triggers.txt": false, "data/classes.txt": false, "data/governors.txt": false, "data/actors.txt": false}
	fs.WalkDir(dataFS, ".", func(p string, d fs.DirEntry, err error) error {
		if _, ok := want[p]; ok {
			want[p] = true
		}
		return err
	})
	for p, ok := range want {
		if !ok {
			t.Errorf("%s is not in the fingerprinted data", p)
		}
	}
}
