package location

import (
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"fmt"
	"io"
	"math"
	"os"
	"strconv"
	"strings"
	"sync"

	"github.com/klauspost/compress/zstd"
)

// This file keeps the loader that parses the source tables (the place
// table from gen.go and the hand-written places.tsv, aliases.tsv and
// admin1_abbrev.tsv) and normalizes every name, as Load did before the
// derived data existed. It is the reference: derived_test.go checks that
// data/gazetteer.bin.zst is exactly this loader's result written out, and
// rewrites it with -update (go generate runs that).

// refGazetteer is the reference loader's result.
type refGazetteer struct {
	places    []Place
	index     map[string]int32
	keys      []string // key of each entry
	entries   []entry
	maxTokens int
	// keyBuf and cuts are scratch space for add.
	keyBuf []byte
	cuts   []int
}

const sourceTable = "data/gazetteer.tsv.gz"

// reference is the reference loader's result, made once for the tests
// that compare with it (it takes a few seconds). Tests must not change it.
var reference = sync.OnceValues(deriveReference)

// deriveReference loads the source tables the slow way.
func deriveReference() (*refGazetteer, error) {
	tsvGz, err := os.ReadFile(sourceTable)
	if err != nil {
		return nil, err
	}
	g := &refGazetteer{index: make(map[string]int32, 300000), entries: make([]entry, 0, 300000)}
	if err := g.loadTable(tsvGz); err != nil {
		return nil, err
	}
	if err := g.loadHandPlaces(); err != nil {
		return nil, err
	}
	if err := g.loadAliases(); err != nil {
		return nil, err
	}
	if err := g.loadAbbrevs(); err != nil {
		return nil, err
	}
	return g, nil
}

func (g *refGazetteer) add(name string, s sense) {
	var kb []byte
	kb, g.cuts = appendNormalized(g.keyBuf[:0], g.cuts[:0], name)
	g.keyBuf = kb
	if len(kb) == 0 {
		return
	}
	cuts := g.cuts
	if i, ok := g.index[string(kb)]; ok {
		// A known key: its prefixes are marked already (a prefix entry's
		// prefixes are the longer name's).
		e := &g.entries[i]
		for _, old := range e.senses {
			if old.place == s.place {
				return
			}
		}
		e.senses = append(e.senses, s)
		return
	}
	key := string(kb)
	g.index[key] = int32(len(g.entries))
	g.keys = append(g.keys, key)
	g.entries = append(g.entries, entry{senses: []sense{s}})
	// Mark every token-boundary prefix so that the matcher extends a span
	// only while some name still fits.
	for _, c := range cuts[:len(cuts)-1] {
		p := key[:c]
		i, ok := g.index[p]
		if !ok {
			i = int32(len(g.entries))
			g.index[p] = i
			g.keys = append(g.keys, p)
			g.entries = append(g.entries, entry{})
		}
		g.entries[i].prefix = true
	}
	if len(cuts) > g.maxTokens {
		g.maxTokens = len(cuts)
	}
}

func (g *refGazetteer) loadTable(tsvGz []byte) error {
	zr, err := gzip.NewReader(bytes.NewReader(tsvGz))
	if err != nil {
		return fmt.Errorf("load gazetteer: %w", err)
	}
	// One read and slices of it, rather than a string and a slice of
	// fields per line: the table has a quarter of a million lines. The
	// text is dropped after the load (names are copied, repeated fields
	// interned).
	all, err := io.ReadAll(zr)
	if err != nil {
		return fmt.Errorf("load gazetteer: %w", err)
	}
	data := all
	g.places = make([]Place, 0, bytes.Count(data, []byte{'\n'})+600)
	in := interner{}
	var f [11][]byte
	for ln := 1; len(data) > 0; ln++ {
		var line []byte
		line, data, _ = bytes.Cut(data, []byte{'\n'})
		n := 0
		for ; n < len(f)-1; n++ {
			var ok bool
			if f[n], line, ok = bytes.Cut(line, []byte{'\t'}); !ok {
				break
			}
		}
		f[n] = line
		if n != len(f)-1 || bytes.IndexByte(line, '\t') >= 0 {
			return fmt.Errorf("load gazetteer: line %d: %d fields", ln, n+1)
		}
		lat, err1 := strconv.ParseFloat(string(f[4]), 32)
		lon, err2 := strconv.ParseFloat(string(f[5]), 32)
		pop, err3 := strconv.Atoi(string(f[6]))
		id, err4 := strconv.Atoi(string(f[7]))
		if err1 != nil || err2 != nil || err3 != nil || err4 != nil {
			return fmt.Errorf("load gazetteer: line %d: bad number", ln)
		}
		p := Place{Name: string(f[1]), Kind: in.get(f[0]), Country: in.get(f[2]), Admin1: in.get(f[3]), Lat: float32(lat), Lon: float32(lon),
			Pop: int32(min(pop, math.MaxInt32)), ID: int32(id),
			Capital: bytes.IndexByte(f[8], 'C') >= 0, Seat: bytes.IndexByte(f[8], 'A') >= 0, Independent: bytes.IndexByte(f[8], 'I') >= 0}
		i := int32(len(g.places))
		g.places = append(g.places, p)
		g.add(p.Name, sense{place: i})
		for rest := f[9]; len(rest) > 0; {
			var a []byte
			a, rest, _ = bytes.Cut(rest, []byte{'|'})
			g.add(string(a), sense{place: i, alias: true})
		}
		for rest := f[10]; len(rest) > 0; {
			var a []byte
			a, rest, _ = bytes.Cut(rest, []byte{'|'})
			g.add(string(a), sense{place: i, demonym: true})
		}
	}
	return nil
}

func (g *refGazetteer) loadHandPlaces() error {
	return eachTSV("data/places.tsv", 6, func(f []string) error {
		lat, err1 := strconv.ParseFloat(f[3], 32)
		lon, err2 := strconv.ParseFloat(f[4], 32)
		if err1 != nil || err2 != nil {
			return fmt.Errorf("bad coordinates for %q", f[1])
		}
		p := Place{Name: f[1], Kind: f[0], Country: f[5], Lat: float32(lat), Lon: float32(lon)}
		i := int32(len(g.places))
		g.places = append(g.places, p)
		g.add(p.Name, sense{place: i})
		if f[2] != "" {
			for _, a := range strings.Split(f[2], "|") {
				g.add(a, sense{place: i, alias: true})
			}
		}
		return nil
	})
}

func (g *refGazetteer) loadAliases() error {
	country := map[string]int32{}
	for i, p := range g.places {
		if p.Kind == KindCountry {
			country[p.Country] = int32(i)
		}
	}
	return eachTSV("data/aliases.tsv", 3, func(f []string) error {
		i, ok := country[f[0]]
		if !ok {
			return fmt.Errorf("unknown country %q", f[0])
		}
		dem := f[1] == "demonym"
		if !dem && f[1] != "name" {
			return fmt.Errorf("bad kind %q", f[1])
		}
		for _, a := range strings.Split(f[2], "|") {
			g.add(a, sense{place: i, alias: !dem, demonym: dem})
		}
		return nil
	})
}

func (g *refGazetteer) loadAbbrevs() error {
	region := map[string]int32{}
	for i, p := range g.places {
		if p.Kind == KindAdmin1 {
			region[p.Country+"/"+p.Name] = int32(i)
		}
	}
	return eachTSV("data/admin1_abbrev.tsv", 3, func(f []string) error {
		i, ok := region[f[0]+"/"+f[1]]
		if !ok {
			return fmt.Errorf("unknown region %s/%s", f[0], f[1])
		}
		for _, a := range strings.Split(f[2], "|") {
			g.add(a, sense{place: i, alias: true, abbrev: true})
		}
		return nil
	})
}

// interner shares one copy of each repeated field (kinds, country codes,
// region names).
type interner map[string]string

func (in interner) get(b []byte) string {
	if v, ok := in[string(b)]; ok {
		return v
	}
	s := string(b)
	in[s] = s
	return s
}

// encodeDerived writes g in the layout loadDerived reads (see derived.go):
// the data to gzip and the numbers.
func encodeDerived(g *refGazetteer) (b, num []byte) {
	uv := func(v uint64) { b = binary.AppendUvarint(b, v) }
	u32 := func(v uint32) { num = binary.LittleEndian.AppendUint32(num, v) }
	for _, p := range g.places {
		u32(math.Float32bits(p.Lat))
	}
	for _, p := range g.places {
		u32(math.Float32bits(p.Lon))
	}
	for _, p := range g.places {
		u32(uint32(p.Pop))
	}
	for _, p := range g.places {
		u32(uint32(p.ID))
	}
	b = append(b, derivedMagic...)

	var strs []string
	strNum := map[string]uint64{}
	for _, p := range g.places {
		for _, s := range []string{p.Kind, p.Country, p.Admin1} {
			if _, ok := strNum[s]; !ok {
				strNum[s] = uint64(len(strs))
				strs = append(strs, s)
			}
		}
	}
	uv(uint64(len(strs)))
	for _, s := range strs {
		uv(uint64(len(s)))
		b = append(b, s...)
	}

	uv(uint64(len(g.places)))
	for _, p := range g.places {
		uv(uint64(len(p.Name)))
	}
	for _, p := range g.places {
		b = append(b, p.Name...)
	}
	for _, p := range g.places {
		uv(strNum[p.Kind])
		uv(strNum[p.Country])
		uv(strNum[p.Admin1])
		var f byte
		if p.Capital {
			f |= placeCapital
		}
		if p.Seat {
			f |= placeSeat
		}
		if p.Independent {
			f |= placeIndependent
		}
		b = append(b, f)
	}
	uv(uint64(g.maxTokens))
	uv(uint64(len(g.entries)))
	for _, k := range g.keys {
		uv(uint64(len(k)))
	}
	for _, k := range g.keys {
		b = append(b, k...)
	}
	for _, e := range g.entries {
		v := uint64(len(e.senses)) << 1
		if e.prefix {
			v |= 1
		}
		uv(v)
	}
	for _, e := range g.entries {
		top, kinds := entryKindsOf(g.places, e)
		uv(uint64(top)<<kindBits | uint64(kinds))
	}
	for _, e := range g.entries {
		for _, s := range e.senses {
			v := uint64(s.place) << senseFlagBits
			if s.alias {
				v |= senseAlias
			}
			if s.demonym {
				v |= senseDemonym
			}
			if s.abbrev {
				v |= senseAbbrev
			}
			uv(v)
		}
	}
	return b, num
}

// writeZst writes b zstd-compressed to path.
func writeZst(path string, b []byte) error {
	zw, err := zstd.NewWriter(nil, zstd.WithEncoderLevel(zstd.SpeedBestCompression))
	if err != nil {
		return err
	}
	return os.WriteFile(path, zw.EncodeAll(b, nil), 0o644)
}

// referenceKinds is kinds as it was before the derived data carried its
// result: it reads every sense of e for every match.
func referenceKinds(places []Place, e *entry) senseKinds {
	g := &Gazetteer{places: places}
	var k senseKinds
	k.demonymOnly = true
	for _, s := range e.senses {
		if !s.demonym {
			k.demonymOnly = false
		}
		if s.abbrev {
			k.abbrev = true
		}
		switch g.places[s.place].Kind {
		case KindCountry:
			if !s.demonym {
				k.country = true
			}
		case KindAdmin1:
			k.admin1 = true
		case KindCity, KindAdmin2:
			// A second-level region is local like a town: the same
			// filters judge it.
			k.city = true
		default:
			k.hand = true
		}
	}
	if s, _, ok := g.best(e, nil, "", nil); ok {
		k.top, k.hasTop = s, true
		k.topCity = isLocal(g.places[s.place].Kind)
		k.topPop = g.places[s.place].Pop
	}
	return k
}

// entryKindsOf returns what the derived data stores of referenceKinds: the
// index in e.senses of the top reading and the flags.
func entryKindsOf(places []Place, e entry) (int32, entryKinds) {
	k := referenceKinds(places, &e)
	var f entryKinds
	for _, b := range []struct {
		set  bool
		flag entryKinds
	}{{k.country, kindCountry}, {k.admin1, kindAdmin1}, {k.hand, kindHand}, {k.city, kindCity}, {k.demonymOnly, kindDemonymOnly}, {k.abbrev, kindAbbrev}} {
		if b.set {
			f |= b.flag
		}
	}
	top := int32(0)
	for i, s := range e.senses {
		if k.hasTop && s == k.top {
			top = int32(i) // the senses of an entry are of distinct places
		}
	}
	return top, f
}
