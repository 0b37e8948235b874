package location

import (
	"bytes"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"math"

	"github.com/klauspost/compress/zstd"
)

// derivedZst is the loaded gazetteer written out: the places of
// data/gazetteer.tsv.gz and data/places.tsv as columns, and every
// normalized name, alias, demonym and abbreviation of them (aliases.tsv,
// admin1_abbrev.tsv) with its token-boundary prefixes, in the order the
// reference loader (reference_test.go) makes them. Loading it only slices
// bytes: the names are normalized and the prefixes marked when it is
// written (go generate; TestDerivedData fails when it no longer matches the
// source tables).
//
// The layout, after derivedMagic (uvarints unless said otherwise):
//
//	strings:  count, then each as length and bytes (kinds, country codes, regions)
//	places:   count n; n name lengths; the names end to end; n times kind,
//	          country and admin-1 as string numbers and a flag byte
//	          (1 capital, 2 seat, 4 independent)
//	maxTokens
//	entries:  count m; m key lengths; the keys end to end; m times
//	          senses<<1 | prefix; m times top<<6 | kinds (entryKinds); then
//	          every sense as place<<3 | flags (1 alias, 2 demonym, 4
//	          abbreviation)
//
// It is compressed with zstd (github.com/klauspost/compress), which inflates
// it in a quarter of the CPU time compress/gzip takes, at the same size.
//
//go:embed data/gazetteer.bin.zst
var derivedZst []byte

// derivedNum holds the places' numbers: n latitudes, n longitudes, n
// populations and n ids, as 4-byte little-endian words (float32 bits for the
// coordinates). They are stored as they are because they hardly compress
// (3.7 MB, 2.5 gzip'd) and inflating them took a third of the load.
//
//go:embed data/gazetteer.num.bin
var derivedNum []byte

const derivedMagic = "eventwire location gazetteer 2\n"

const (
	placeCapital = 1 << iota
	placeSeat
	placeIndependent
)

const (
	senseAlias = 1 << iota
	senseDemonym
	senseAbbrev
	senseFlagBits = 3
)

var errDerived = errors.New("derived gazetteer data is corrupt (run go generate)")

// unzstd decompresses b, a single zstd frame, into a buffer of the size the
// frame header gives.
func unzstd(b []byte) ([]byte, error) {
	var h zstd.Header
	if err := h.Decode(b); err != nil {
		return nil, err
	}
	d, err := zstd.NewReader(nil, zstd.WithDecoderConcurrency(1))
	if err != nil {
		return nil, err
	}
	defer d.Close()
	var dst []byte
	if h.HasFCS && h.FrameContentSize < 1<<30 {
		dst = make([]byte, 0, h.FrameContentSize)
	}
	return d.DecodeAll(b, dst)
}

// binReader reads the derived layout; the first error sticks.
type binReader struct {
	b   []byte
	err error
}

func (r *binReader) fail() {
	if r.err == nil {
		r.err = errDerived
	}
	r.b = nil
}

func (r *binReader) uvarint() uint64 {
	v, n := binary.Uvarint(r.b)
	if n <= 0 {
		r.fail()
		return 0
	}
	r.b = r.b[n:]
	return v
}

// count reads a count of items that take at least one byte each, so that
// corrupt data cannot ask for a huge allocation.
func (r *binReader) count() int {
	v := r.uvarint()
	if v > uint64(len(r.b)) {
		r.fail()
		return 0
	}
	return int(v)
}

func (r *binReader) bytes(n int) []byte {
	if n < 0 || n > len(r.b) {
		r.fail()
		return nil
	}
	out := r.b[:n:n]
	r.b = r.b[n:]
	return out
}

// lengths reads n lengths and returns their n+1 running offsets.
func (r *binReader) lengths(n int) []uint32 {
	offs := make([]uint32, n+1)
	var sum uint64
	for i := range n {
		sum += r.uvarint()
		if sum > math.MaxUint32 {
			r.fail()
			return offs
		}
		offs[i+1] = uint32(sum)
	}
	return offs
}

// loadDerived fills places, entries, keys and maxTokens from the derived
// data: zst, the compressed layout, and num, the places' numbers.
func (g *Gazetteer) loadDerived(zst, num []byte) error {
	data, err := unzstd(zst)
	if err != nil {
		return err
	}
	if !bytes.HasPrefix(data, []byte(derivedMagic)) {
		return errDerived
	}
	r := &binReader{b: data[len(derivedMagic):]}

	strs := make([]string, r.count())
	for i := range strs {
		strs[i] = string(r.bytes(r.count()))
	}
	str := func() string {
		i := r.uvarint()
		if i >= uint64(len(strs)) {
			r.fail()
			return ""
		}
		return strs[i]
	}

	n := r.count()
	nameOffs := r.lengths(n)
	names := string(r.bytes(int(nameOffs[n])))
	if r.err != nil {
		return r.err
	}
	g.places = make([]Place, n)
	for i := range g.places {
		p := &g.places[i]
		p.Name = names[nameOffs[i]:nameOffs[i+1]]
		p.Kind, p.Country, p.Admin1 = str(), str(), str()
		f := r.bytes(1)
		if r.err != nil {
			return r.err
		}
		p.Capital, p.Seat, p.Independent = f[0]&placeCapital != 0, f[0]&placeSeat != 0, f[0]&placeIndependent != 0
	}
	if len(num) != 16*n {
		return fmt.Errorf("%w: %d bytes of numbers for %d places", errDerived, len(num), n)
	}
	lat, lon, pop, id := num[:4*n], num[4*n:8*n], num[8*n:12*n], num[12*n:]
	le := binary.LittleEndian
	for i := range g.places {
		p := &g.places[i]
		p.Lat = math.Float32frombits(le.Uint32(lat[4*i:]))
		p.Lon = math.Float32frombits(le.Uint32(lon[4*i:]))
		p.Pop = int32(le.Uint32(pop[4*i:]))
		p.ID = int32(le.Uint32(id[4*i:]))
	}

	g.maxTokens = int(r.uvarint())
	m := r.count()
	keyOffs := r.lengths(m)
	keys := string(r.bytes(int(keyOffs[m])))
	g.entries = make([]entry, m)
	counts := make([]uint32, m)
	total := 0
	for i := range g.entries {
		v := r.uvarint()
		g.entries[i].prefix = v&1 != 0
		if v>>1 > uint64(len(r.b)) {
			r.fail()
		}
		counts[i] = uint32(v >> 1)
		total += int(counts[i])
	}
	for i := range g.entries {
		v := r.uvarint()
		g.entries[i].kinds = entryKinds(v & (1<<kindBits - 1))
		top := v >> kindBits
		if top >= max(uint64(counts[i]), 1) {
			r.fail()
			break
		}
		g.entries[i].top = int32(top)
	}
	if total > len(r.b) {
		r.fail()
	}
	if r.err != nil {
		return r.err
	}
	// One array for every entry's senses: a quarter of a million small
	// slices would be as many allocations.
	senses := make([]sense, total)
	for i := range senses {
		v := r.uvarint()
		if v>>senseFlagBits >= uint64(len(g.places)) {
			r.fail()
			break
		}
		senses[i] = sense{place: int32(v >> senseFlagBits), alias: v&senseAlias != 0, demonym: v&senseDemonym != 0, abbrev: v&senseAbbrev != 0}
	}
	if r.err != nil {
		return r.err
	}
	if len(r.b) != 0 {
		return fmt.Errorf("%w: %d bytes left over", errDerived, len(r.b))
	}
	at := 0
	for i, c := range counts {
		if c > 0 {
			g.entries[i].senses = senses[at : at+int(c) : at+int(c)]
			at += int(c)
		}
	}
	g.keys = newKeyTable(keys, keyOffs)
	return nil
}
