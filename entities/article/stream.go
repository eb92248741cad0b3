package article

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"

	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// gzipMagic starts every gzip stream.
var gzipMagic = []byte{0x1f, 0x8b}

// decodeStream returns the text r holds: gzip data is decompressed, and
// UTF-16 with a byte-order mark is converted to UTF-8, so that every format
// reads compressed and UTF-16 input alike. Both are told by their first
// bytes, whatever the file is called. Other input is returned unchanged.
func decodeStream(r io.Reader) (io.Reader, error) {
	br := bufio.NewReader(r)
	if head, _ := br.Peek(2); bytes.Equal(head, gzipMagic) {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return nil, fmt.Errorf("%w: %v", ErrGzip, err)
		}
		br = bufio.NewReader(gzipErrors{zr})
	}
	if head, _ := br.Peek(2); bytes.Equal(head, []byte{0xFF, 0xFE}) || bytes.Equal(head, []byte{0xFE, 0xFF}) {
		// ExpectBOM takes the byte order from the mark and drops it.
		dec := unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM).NewDecoder()
		return transform.NewReader(br, dec), nil
	}
	return br, nil
}

// gzipErrors names damaged gzip data as such.
type gzipErrors struct{ r io.Reader }

func (g gzipErrors) Read(p []byte) (int, error) {
	n, err := g.r.Read(p)
	if err != nil && err != io.EOF && !errors.Is(err, ErrGzip) {
		err = fmt.Errorf("%w: %v", ErrGzip, err)
	}
	return n, err
}
