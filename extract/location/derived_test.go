package location

import (
	"bytes"
	"math/rand/v2"
	"os"
	"reflect"
	"strings"
	"testing"

	texttok "github.com/eventwire/eventwire/extract/text"
	"github.com/klauspost/compress/zstd"
)

// TestDerivedData fails when data/gazetteer.bin.zst is not what the
// reference loader makes of the source tables today (a table edited, the
// normalization changed): go generate (or this test with -update) rewrites
// it.
func TestDerivedData(t *testing.T) {
	ref, err := reference()
	if err != nil {
		t.Fatal(err)
	}
	want, wantNum := encodeDerived(ref)
	if *update {
		if err := writeZst("data/gazetteer.bin.zst", want); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile("data/gazetteer.num.bin", wantNum, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	got, err := unzstd(derivedZst)
	if err != nil {
		t.Fatalf("embedded derived data: %v", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("data/gazetteer.bin.zst (%d bytes) is not what the source tables give (%d bytes): run go generate", len(got), len(want))
	}
	if !bytes.Equal(derivedNum, wantNum) {
		t.Errorf("data/gazetteer.num.bin (%d bytes) is not what the source tables give (%d bytes): run go generate", len(derivedNum), len(wantNum))
	}
}

// TestLoadMatchesReference checks that Load, which reads the derived data,
// gives the places and the name index the reference loader gives.
func TestLoadMatchesReference(t *testing.T) {
	ref, err := reference()
	if err != nil {
		t.Fatal(err)
	}
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(g.places, ref.places) {
		t.Errorf("places differ from the reference (%d vs %d)", len(g.places), len(ref.places))
	}
	if g.maxTokens != ref.maxTokens {
		t.Errorf("maxTokens = %d, want %d", g.maxTokens, ref.maxTokens)
	}
	if g.keys.len() != len(ref.index) || len(g.entries) != len(ref.entries) {
		t.Fatalf("%d keys and %d entries, want %d and %d", g.keys.len(), len(g.entries), len(ref.index), len(ref.entries))
	}
	for key, i := range ref.index {
		e, want := g.entry(key), &ref.entries[i]
		if e == nil {
			t.Fatalf("key %q missing", key)
		}
		if e.prefix != want.prefix || !reflect.DeepEqual(e.senses, want.senses) {
			t.Fatalf("key %q: got %+v, want %+v", key, *e, *want)
		}
		if got, want := g.kinds(e), referenceKinds(ref.places, want); got != want {
			t.Fatalf("key %q: kinds %+v, want %+v", key, got, want)
		}
		got, gotOK := g.reading(e)
		r, ok := referenceBest(ref.places, want)
		if got != r || gotOK != ok {
			t.Fatalf("key %q: Best gives %+v %v, want %+v %v", key, got, gotOK, r, ok)
		}
		if j := g.keys.find([]byte(key)); g.keys.key(j) != key {
			t.Fatalf("find(%q) gives key %q", key, g.keys.key(j))
		}
	}
	// Names that are not keys: variations of real ones.
	rng := rand.New(rand.NewPCG(1, 2))
	for n := 0; n < 20000; n++ {
		k := []byte(ref.keys[rng.IntN(len(ref.keys))])
		switch rng.IntN(3) {
		case 0:
			k = append(k, 'q')
		case 1:
			k = k[:rng.IntN(len(k)+1)]
		case 2:
			k[rng.IntN(len(k))] ^= 0x20
		}
		_, inRef := ref.index[string(k)]
		if got := g.keys.find(k) >= 0; got != inRef {
			t.Fatalf("find(%q) = %v, the reference says %v", k, got, inRef)
		}
	}
}

// referenceBest is Best as it was before the derived data carried the top
// reading and the kinds.
func referenceBest(places []Place, e *entry) (Reading, bool) {
	g := &Gazetteer{places: places}
	s, _, ok := g.best(e, nil, "", nil)
	if !ok {
		return Reading{}, false
	}
	p := &g.places[s.place]
	r := Reading{Kind: p.Kind, Country: p.Country, Admin1: p.Admin1, Pop: p.Pop, Demonym: s.demonym, Senses: len(e.senses)}
	for _, o := range e.senses {
		if !o.demonym && g.places[o.place].Kind == KindCountry {
			r.AnyCountry = true
		}
	}
	return r, true
}

func TestKeyTable(t *testing.T) {
	tests := []struct {
		name string
		keys []string
	}{
		{"empty", nil},
		{"one", []string{"paris"}},
		{"empty key", []string{"", "a"}},
		{"many", func() []string {
			var ks []string
			for i := range 5000 {
				ks = append(ks, string(rune('a'+i%26))+string(rune('a'+i/26%26))+string(rune('a'+i/676)))
			}
			return ks
		}()},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var all []byte
			offs := []uint32{0}
			for _, k := range tt.keys {
				all = append(all, k...)
				offs = append(offs, uint32(len(all)))
			}
			kt := newKeyTable(string(all), offs)
			if kt.len() != len(tt.keys) {
				t.Fatalf("len = %d, want %d", kt.len(), len(tt.keys))
			}
			for i, k := range tt.keys {
				if got := kt.find([]byte(k)); got != int32(i) {
					t.Errorf("find(%q) = %d, want %d", k, got, i)
				}
				if got := kt.findString(k); got != int32(i) {
					t.Errorf("findString(%q) = %d, want %d", k, got, i)
				}
				if got := kt.findString(k + "!"); got != -1 {
					t.Errorf("findString(%q) = %d, want -1", k+"!", got)
				}
			}
		})
	}
}

// TestLoadDerivedRejectsCorruptData: a cut or altered blob gives an error,
// not a panic or a half-filled gazetteer.
func TestLoadDerivedRejectsCorruptData(t *testing.T) {
	raw, err := unzstd(derivedZst)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		data []byte
	}{
		{"not zstd", []byte("plain text")},
		{"cut frame", derivedZst[:len(derivedZst)/2]},
		{"no magic", zst(t, []byte("something else"))},
		{"cut", zst(t, raw[:len(raw)/2])},
		{"trailing", zst(t, append(append([]byte(nil), raw...), 0))},
		{"magic only", zst(t, []byte(derivedMagic))},
		{"numbers cut", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data, num := tt.data, derivedNum
			if data == nil {
				data, num = derivedZst, derivedNum[:len(derivedNum)-4]
			}
			if err := new(Gazetteer).loadDerived(data, num); err == nil {
				t.Error("no error")
			}
		})
	}
}

func zst(t *testing.T, b []byte) []byte {
	t.Helper()
	zw, err := zstd.NewWriter(nil, zstd.WithEncoderLevel(zstd.SpeedFastest))
	if err != nil {
		t.Fatal(err)
	}
	return zw.EncodeAll(b, nil)
}

// BenchmarkKeyLookup compares the key table with the map it replaced, on
// the lookups the matcher makes over a text (every capitalised word and
// its extensions, mostly misses).
func BenchmarkKeyLookup(b *testing.B) {
	ref, err := reference()
	if err != nil {
		b.Fatal(err)
	}
	g, err := Load()
	if err != nil {
		b.Fatal(err)
	}
	text, err := os.ReadFile("testdata/cost_sharing.txt")
	if err != nil {
		b.Fatal(err)
	}
	ws := words{text: string(text), low: strings.ToLower(string(text)), toks: texttok.Tokenize(string(text), nil)}
	var keys [][]byte
	for i := range ws.toks {
		var key []byte
		for j := i; j < min(i+4, len(ws.toks)); j++ {
			key = appendKey(key, ws.text, ws.toks[j], j == i)
			keys = append(keys, append([]byte(nil), key...))
		}
	}
	b.Run("map", func(b *testing.B) {
		n := 0
		for range b.N {
			for _, k := range keys {
				if _, ok := ref.index[string(k)]; ok {
					n++
				}
			}
		}
		_ = n
	})
	b.Run("keytable", func(b *testing.B) {
		n := 0
		for range b.N {
			for _, k := range keys {
				if g.keys.find(k) >= 0 {
					n++
				}
			}
		}
		_ = n
	})
}
