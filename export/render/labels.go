package render

import (
	"bytes"
	"encoding/xml"
	"io"
	"strconv"
	"strings"
)

// Box is the estimated extent of one text label in an SVG drawn by
// Graphviz, in the SVG's user units (points), y growing downwards.
type Box struct {
	Text                 string
	X0, Y0, X1, Y1, Size float64
}

// Overlap is two labels whose boxes intersect.
type Overlap struct{ A, B Box }

// LabelBoxes reads the <text> elements of an SVG written by Graphviz and
// estimates each one's box from its position, anchor and font size, with
// Helvetica's character widths (the metrics Graphviz itself uses to size
// nodes): ascent 0.75 and descent 0.25 of the font size. Every text of
// one Graphviz SVG is under the same transform, so boxes compare as they
// are.
func LabelBoxes(svg []byte) ([]Box, error) {
	dec := xml.NewDecoder(bytes.NewReader(svg))
	dec.Strict = false
	var out []Box
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, err
		}
		se, ok := tok.(xml.StartElement)
		if !ok || se.Name.Local != "text" {
			continue
		}
		var x, y, size float64
		anchor := "start"
		for _, a := range se.Attr {
			switch a.Name.Local {
			case "x":
				x, _ = strconv.ParseFloat(a.Value, 64)
			case "y":
				y, _ = strconv.ParseFloat(a.Value, 64)
			case "font-size":
				size, _ = strconv.ParseFloat(a.Value, 64)
			case "text-anchor":
				anchor = a.Value
			}
		}
		var text strings.Builder
		if err := collectText(dec, &text); err != nil {
			return nil, err
		}
		s := strings.TrimSpace(text.String())
		if s == "" || size <= 0 {
			continue
		}
		w := helveticaWidth(s) * size
		x0 := x
		switch anchor {
		case "middle":
			x0 = x - w/2
		case "end":
			x0 = x - w
		}
		out = append(out, Box{Text: s, X0: x0, X1: x0 + w, Y0: y - 0.75*size, Y1: y + 0.25*size, Size: size})
	}
}

// collectText appends the character data up to the end of the current
// element.
func collectText(dec *xml.Decoder, b *strings.Builder) error {
	for depth := 1; depth > 0; {
		tok, err := dec.Token()
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			depth++
		case xml.EndElement:
			depth--
		case xml.CharData:
			b.Write(t)
		}
	}
	return nil
}

// Overlaps returns the pairs of boxes that intersect by more than slack
// points in both directions (slack absorbs rounding in the estimate).
func Overlaps(boxes []Box, slack float64) []Overlap {
	var out []Overlap
	for i := range boxes {
		a := boxes[i]
		for _, b := range boxes[i+1:] {
			dx := min(a.X1, b.X1) - max(a.X0, b.X0)
			dy := min(a.Y1, b.Y1) - max(a.Y0, b.Y0)
			if dx > slack && dy > slack {
				out = append(out, Overlap{a, b})
			}
		}
	}
	return out
}

// helveticaWidth is the width of s in Helvetica at size 1, from the
// font's standard widths for printable ASCII (in thousandths of an em);
// other characters count as a digit's width.
func helveticaWidth(s string) float64 {
	var w int
	for _, r := range s {
		if r >= ' ' && r <= '~' {
			w += int(helveticaASCII[r-' '])
		} else {
			w += 556
		}
	}
	return float64(w) / 1000
}

var helveticaASCII = [95]uint16{
	278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, // space to /
	556, 556, 556, 556, 556, 556, 556, 556, 556, 556, // 0-9
	278, 278, 584, 584, 584, 556, 1015, // : to @
	667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, // A-M
	722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, // N-Z
	278, 278, 278, 469, 556, 333, // [ to `
	556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, // a-m
	556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, // n-z
	334, 260, 334, 584, // { to ~
}
