package lang

import "testing"

func TestDetect(t *testing.T) {
	tests := []struct {
		name, text, want string
		reliable         bool
	}{
		{"English wire copy", "GENEVA, March 11 (Wire) -- Negotiators met on Tuesday for a third round of talks on the fisheries accord, officials said.", "en", true},
		{"German", "BERLIN, 11. März (Draht) -- Der Entwickler hat am Montag einen neuen Patch für den Kernel veröffentlicht, der die Speicherverwaltung verbessert.", "de", true},
		{"Korean", "서울시는 3일 내년 예산안을 발표했다. 시는 교통과 복지에 중점을 두었다고 밝혔다. 예산은 작년보다 늘었다.", "ko", true},
		{"Portuguese", "O governo brasileiro anunciou nesta terça-feira um novo pacote de medidas econômicas para conter a inflação.", "pt", true},
		{"too short to tell", "Story 2.", "", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := Detect(tc.text)
			if ok != tc.reliable || tc.reliable && got != tc.want {
				t.Errorf("Detect(%q) = %q, %v; want %q, %v", tc.text, got, ok, tc.want, tc.reliable)
			}
		})
	}
}

func TestNormalize(t *testing.T) {
	for in, want := range map[string]string{"en-US": "en", "pt_BR": "pt", " DE ": "de", "english": "", "": "", "x1": ""} {
		if got := Normalize(in); got != want {
			t.Errorf("Normalize(%q) = %q, want %q", in, got, want)
		}
	}
}

// FuzzDetect: any input gives a code of two letters or none, the same
// twice.
func FuzzDetect(f *testing.F) {
	for _, s := range []string{"", "Story 2.", "서울시는 3일", "\xff\xfe", "Der Entwickler hat am Montag"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		a, okA := Detect(s)
		b, okB := Detect(s)
		if a != b || okA != okB || len(a) != 0 && len(a) != 2 {
			t.Fatalf("Detect(%q) = %q %v, then %q %v", s, a, okA, b, okB)
		}
	})
}

// TestPlainEnglishAgreesWithDetector: the fast path says English only
// where the trigram detector does too.
func TestPlainEnglishAgreesWithDetector(t *testing.T) {
	texts := map[string]bool{
		"SEOUL, March 12 (Korea Wire) -- South Korea and the United States began their third round of talks on Wednesday on sharing the cost of the American troops stationed on the peninsula, the foreign ministry said in a statement after the meeting.": true,
		"Der Entwickler hat am Montag in Berlin einen neuen Patch für den Linux-Kernel veröffentlicht, der die Speicherverwaltung verbessert, sagte er der Zeitung am Dienstag nach der Sitzung mit den anderen Entwicklern des Projekts.":                   false,
		"Het kabinet heeft dinsdag in Den Haag een nieuw pakket maatregelen gepresenteerd om de stijgende energieprijzen te dempen, zei de minister na afloop van de ministerraad tegen verslaggevers in de hal.":                                            false,
	}
	for text, english := range texts {
		if got := plainEnglish(text); got != english {
			t.Errorf("plainEnglish(%.40q...) = %v, want %v", text, got, english)
		}
		if english {
			if code, ok := Detect(text); code != "en" || !ok {
				t.Errorf("Detect(%.40q...) = %q %v, want en", text, code, ok)
			}
		}
	}
}
