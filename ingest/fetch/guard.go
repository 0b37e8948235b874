package fetch

import (
	"fmt"
	"net/netip"
	"strings"
	"syscall"
)

// addressGuard refuses connections to addresses that are not on the public
// internet. It runs as the dialer's Control hook, on the IP the dialer is
// about to connect to, so a public hostname that resolves to 127.0.0.1 and a
// redirect to a private address are caught as well as literal IPs.
type addressGuard struct {
	special []netip.Prefix
}

func newAddressGuard() *addressGuard {
	g := &addressGuard{}
	// Ranges net/netip has no predicate for (RFC 6890 special-purpose
	// registries): this-network, shared CGNAT space, IETF protocol
	// assignments, documentation, benchmarking, reserved class E, NAT64
	// and 6to4 (checked again on the embedded IPv4), documentation v6.
	for _, p := range []string{
		"0.0.0.0/8", "100.64.0.0/10", "192.0.0.0/24", "192.0.2.0/24",
		"198.18.0.0/15", "198.51.100.0/24", "203.0.113.0/24", "240.0.0.0/4",
		"2001:db8::/32", "100::/64",
	} {
		g.special = append(g.special, netip.MustParsePrefix(p))
	}
	return g
}

// refused reports whether a is loopback, private, link-local, multicast,
// unspecified or special-purpose.
func (g *addressGuard) refused(a netip.Addr) bool {
	a = a.Unmap()
	if a.Is6() {
		b := a.As16()
		switch {
		case b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xff && b[3] == 0x9b: // 64:ff9b::/96 NAT64
			return g.refused(netip.AddrFrom4([4]byte{b[12], b[13], b[14], b[15]}))
		case b[0] == 0x20 && b[1] == 0x02: // 2002::/16 6to4
			return g.refused(netip.AddrFrom4([4]byte{b[2], b[3], b[4], b[5]}))
		}
	}
	if !a.IsValid() || a.IsLoopback() || a.IsPrivate() || a.IsUnspecified() ||
		a.IsLinkLocalUnicast() || a.IsLinkLocalMulticast() ||
		a.IsInterfaceLocalMulticast() || a.IsMulticast() {
		return true
	}
	for _, p := range g.special {
		if p.Contains(a) {
			return true
		}
	}
	return false
}

// control is a net.Dialer Control function.
func (g *addressGuard) control(network, address string, _ syscall.RawConn) error {
	ap, err := netip.ParseAddrPort(address)
	if err != nil {
		return fmt.Errorf("%w: cannot check address %q", ErrPrivateAddress, address)
	}
	if g.refused(ap.Addr()) {
		return fmt.Errorf("%w: %s", ErrPrivateAddress, ap.Addr())
	}
	return nil
}

// refusedHost catches literal IPs and localhost names before any request
// (robots.txt included) is made; the dial-time check stays the authority.
func (g *addressGuard) refusedHost(host string) bool {
	h := strings.TrimSuffix(strings.ToLower(host), ".")
	if h == "localhost" || strings.HasSuffix(h, ".localhost") {
		return true
	}
	if a, err := netip.ParseAddr(strings.Trim(h, "[]")); err == nil {
		return g.refused(a)
	}
	return false
}
