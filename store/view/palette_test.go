package view

import (
	"math"
	"strconv"
	"strings"
	"testing"

	"github.com/eventwire/eventwire/extract"
)

// luminance is WCAG 2's relative luminance of #rrggbb.
func luminance(t *testing.T, hex string) float64 {
	t.Helper()
	v, err := strconv.ParseUint(strings.TrimPrefix(hex, "#"), 16, 32)
	if err != nil {
		t.Fatalf("colour %q: %v", hex, err)
	}
	ch := func(c uint64) float64 {
		s := float64(c) / 255
		if s <= 0.03928 {
			return s / 12.92
		}
		return math.Pow((s+0.055)/1.055, 2.4)
	}
	return 0.2126*ch(v>>16&0xff) + 0.7152*ch(v>>8&0xff) + 0.0722*ch(v&0xff)
}

func contrast(t *testing.T, a, b string) float64 {
	la, lb := luminance(t, a), luminance(t, b)
	return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
}

// TestTypeColoursContrast: highlighted text (#111, set in style.css) on
// every type's background meets WCAG AA for normal text (4.5:1), with the
// role and selection outlines (#111) and the trigger (white on #111) too;
// every border stands 3:1 against the white page (WCAG 1.4.11).
func TestTypeColoursContrast(t *testing.T) {
	p, err := loadPalette(typesTSV)
	if err != nil {
		t.Fatal(err)
	}
	if contrast(t, "#ffffff", "#111111") < 4.5 {
		t.Errorf("trigger white on #111 below 4.5:1")
	}
	for _, s := range append(p.order, p.other) {
		if c := contrast(t, "#111111", s.Background); c < 4.5 {
			t.Errorf("%s: text on %s has contrast %.2f, want 4.5 or more", s.Type, s.Background, c)
		}
		if c := contrast(t, "#ffffff", s.Border); c < 3 {
			t.Errorf("%s: border %s on white has contrast %.2f, want 3 or more", s.Type, s.Border, c)
		}
	}
	css, _ := staticFS.ReadFile("static/style.css")
	if !strings.Contains(string(css), "--fg: #111;") || !strings.Contains(string(css), "mark { color: var(--fg)") {
		t.Errorf("style.css no longer sets highlighted text to #111, which the contrast check assumes")
	}
}

// TestPaletteKnowsEveryType: the extractors' mention types and
// "organization" have their own colour, distinct from one another.
func TestPaletteKnowsEveryType(t *testing.T) {
	p, err := loadPalette(typesTSV)
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]string{}
	for _, typ := range []string{extract.TypeDate, extract.TypeAmount, extract.TypeLocation, extract.TypeOfficial, extract.TypePerson, "organization"} {
		s := p.style(typ)
		if s == p.other {
			t.Errorf("type %q has no row in types.tsv", typ)
			continue
		}
		if other, dup := seen[s.Background]; dup {
			t.Errorf("%s and %s share background %s", typ, other, s.Background)
		}
		seen[s.Background] = typ
	}
	if s := p.style("weapon"); s != p.other || s.Class != "t-other" {
		t.Errorf("an unknown type gets %+v, want the neutral style", s)
	}
}

func TestLoadPaletteRejects(t *testing.T) {
	const other = "*\tOther\t#e6e6e6\t#5f5f5f\tname\n"
	tests := []struct{ name, src, want string }{
		{"no neutral row", "date\tDate\t#d6eaff\t#0a58a8\tvalue\n", `no "*" row`},
		{"bad colour", "date\tDate\tblue\t#0a58a8\tvalue\n" + other, "colours"},
		{"upper-case colour", "date\tDate\t#D6EAFF\t#0a58a8\tvalue\n" + other, "colours"},
		{"bad type name", "Date Type\tDate\t#d6eaff\t#0a58a8\tvalue\n" + other, "type"},
		{"type twice", "date\tDate\t#d6eaff\t#0a58a8\tvalue\ndate\tD\t#d6eaff\t#0a58a8\tvalue\n" + other, "twice"},
		{"missing field", "date\tDate\t#d6eaff\n" + other, "fields"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := loadPalette(tc.src); err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("loadPalette: %v, want an error about %q", err, tc.want)
			}
		})
	}
}
