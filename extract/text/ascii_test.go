package text

import "testing"

// TestIsASCII compares IsASCII, eight bytes at a time, with a byte walk.
func TestIsASCII(t *testing.T) {
	base := "The Ministry of DEFENCE said, 12 times."
	for i := 0; i <= len(base); i++ {
		for _, c := range []string{"\x80", "\xff", "é", "’", "\x7f", "\x00"} {
			s := base[:i] + c + base[i:]
			want := true
			for k := 0; k < len(s); k++ {
				want = want && s[k] < 0x80
			}
			if got := IsASCII(s); got != want {
				t.Fatalf("IsASCII(%q) = %v, want %v", s, got, want)
			}
			if got := IsASCII(s[:i]); !got {
				t.Fatalf("IsASCII(%q) = false", s[:i])
			}
		}
	}
}

func TestIsASCIIInserted(t *testing.T) {
	for _, s := range []string{"", "a", "abcdefgh", "abcdefghi", "0123456789abcdef"} {
		if !IsASCII(s) {
			t.Errorf("IsASCII(%q) = false", s)
		}
		for k := 0; k <= len(s); k++ {
			if x := s[:k] + "\u00e9" + s[k:]; IsASCII(x) {
				t.Errorf("IsASCII(%q) = true", x)
			}
		}
	}
}
