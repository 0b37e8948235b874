package fetch

// DecodePage converts an HTML page read from a file to UTF-8 the way a
// fetched page is: a BOM, then a <meta> charset, then detection, valid
// UTF-8 winning over a wrong label. It returns the charset the bytes were
// decoded from and where that came from (the Source constants).
func DecodePage(body []byte) (text []byte, charset, source string) {
	d := toUTF8(body, "", KindPage)
	return d.body, d.charset, d.source
}
