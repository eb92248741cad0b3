package render

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"image/color"
	"image/png"
	"io"
	"math"
	"strconv"
	"strings"
	"sync"

	"github.com/fogleman/gg"
	"golang.org/x/image/font"
	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/font/opentype"
)

// maxPixels caps the size of a rasterised image (about 400 MB of RGBA); a
// larger drawing is drawn at a lower resolution.
const maxPixels = 100 << 20

// errSVG reports SVG the rasteriser cannot read.
var errSVG = errors.New("render: cannot rasterise SVG")

// rasterise draws SVG written by Graphviz as a PNG image at dpi pixels per
// inch (the SVG's unit is the point, 1/72 inch).
//
// It reads the subset of SVG Graphviz writes: <svg> with width and height
// in points, one transformed top-level <g> (scale and translate), and
// <polygon>, <polyline>, <ellipse>, <path> (M, L, C and Z commands) and
// <text> with the presentation attributes fill, stroke, stroke-width,
// stroke-dasharray, fill-opacity, stroke-opacity, font-size and
// text-anchor. Titles, links and other elements are skipped. Graphviz's
// SVG is used rather than its xdot or JSON output because it is the one
// format whose text Graphviz escapes correctly: its DOT writer leaves a
// double quote unescaped after some non-ASCII characters, and its JSON
// writer adds backslashes.
func rasterise(svg []byte, dpi float64) ([]byte, error) {
	dec := xml.NewDecoder(bytes.NewReader(svg))
	var r *rasteriser
	var text *svgText
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("%w: %v", errSVG, err)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			attrs := make(map[string]string, len(tok.Attr))
			for _, a := range tok.Attr {
				attrs[a.Name.Local] = a.Value
			}
			if tok.Name.Local == "svg" {
				if r, err = newRasteriser(attrs, dpi); err != nil {
					return nil, err
				}
				continue
			}
			if r == nil {
				return nil, fmt.Errorf("%w: no <svg> element", errSVG)
			}
			switch tok.Name.Local {
			case "g":
				if t, ok := attrs["transform"]; ok {
					r.transform(t)
				}
			case "polygon", "polyline":
				r.poly(attrs, tok.Name.Local == "polygon")
			case "ellipse":
				r.ellipse(attrs)
			case "path":
				r.path(attrs)
			case "text":
				text = &svgText{attrs: attrs}
			}
		case xml.CharData:
			if text != nil {
				text.s.Write(tok)
			}
		case xml.EndElement:
			if tok.Name.Local == "text" && text != nil {
				r.text(text.attrs, text.s.String())
				text = nil
			}
		}
	}
	if r == nil {
		return nil, fmt.Errorf("%w: no <svg> element", errSVG)
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, r.dc.Image()); err != nil {
		return nil, fmt.Errorf("render: %w", err)
	}
	return buf.Bytes(), nil
}

type svgText struct {
	attrs map[string]string
	s     strings.Builder
}

// rasteriser draws SVG shapes on a gg context.
type rasteriser struct {
	dc     *gg.Context
	px     float64 // pixels per point
	scale  float64 // the drawing's scale(…) transform
	tx, ty float64 // and its translate(…)
}

func newRasteriser(attrs map[string]string, dpi float64) (*rasteriser, error) {
	w, errW := strconv.ParseFloat(strings.TrimSuffix(attrs["width"], "pt"), 64)
	h, errH := strconv.ParseFloat(strings.TrimSuffix(attrs["height"], "pt"), 64)
	if errW != nil || errH != nil || !(w > 0) || !(h > 0) || math.IsInf(w*h, 0) {
		return nil, fmt.Errorf("%w: want width and height in points, got %q, %q", errSVG, attrs["width"], attrs["height"])
	}
	px := dpi / 72
	if pw, ph := w*px, h*px; pw*ph > maxPixels {
		px *= math.Sqrt(maxPixels / (pw * ph))
	}
	r := &rasteriser{
		dc:    gg.NewContext(max(1, int(math.Ceil(w*px))), max(1, int(math.Ceil(h*px)))),
		px:    px,
		scale: 1,
	}
	r.dc.SetColor(color.White)
	r.dc.Clear()
	return r, nil
}

// transform reads Graphviz's "scale(s s) rotate(0) translate(x y)".
func (r *rasteriser) transform(t string) {
	for _, part := range strings.SplitAfter(t, ")") {
		name, args, ok := strings.Cut(strings.TrimSpace(part), "(")
		if !ok {
			continue
		}
		v := numbers(strings.TrimSuffix(args, ")"))
		switch {
		case name == "scale" && len(v) >= 1:
			r.scale = v[0]
		case name == "translate" && len(v) >= 2:
			r.tx, r.ty = v[0], v[1]
		}
	}
}

// pt maps drawing coordinates to pixels.
func (r *rasteriser) pt(x, y float64) (float64, float64) {
	return (x + r.tx) * r.scale * r.px, (y + r.ty) * r.scale * r.px
}

func (r *rasteriser) poly(attrs map[string]string, closed bool) {
	v := numbers(attrs["points"])
	if len(v) < 4 {
		return
	}
	r.dc.MoveTo(r.pt(v[0], v[1]))
	for i := 2; i+1 < len(v); i += 2 {
		r.dc.LineTo(r.pt(v[i], v[i+1]))
	}
	if closed {
		r.dc.ClosePath()
	}
	r.paint(attrs)
}

func (r *rasteriser) ellipse(attrs map[string]string) {
	v := numbers(attrs["cx"] + " " + attrs["cy"] + " " + attrs["rx"] + " " + attrs["ry"])
	if len(v) != 4 {
		return
	}
	x, y := r.pt(v[0], v[1])
	k := r.scale * r.px
	r.dc.DrawEllipse(x, y, v[2]*k, v[3]*k)
	r.paint(attrs)
}

// path draws a path made of absolute M, L, C and Z commands, the ones
// Graphviz writes.
func (r *rasteriser) path(attrs map[string]string) {
	d := attrs["d"]
	var cmd byte
	for len(d) > 0 {
		d = strings.TrimLeft(d, " ,\t\r\n")
		if d == "" {
			break
		}
		if c := d[0]; c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' {
			cmd, d = c, d[1:]
			if cmd == 'Z' || cmd == 'z' {
				r.dc.ClosePath()
			}
			continue
		}
		var n int
		switch cmd {
		case 'M', 'L':
			n = 2
		case 'C':
			n = 6
		default:
			r.dc.ClearPath() // relative or other commands: not Graphviz's
			return
		}
		v := make([]float64, n)
		for i := range v {
			var ok bool
			if v[i], d, ok = number(d); !ok {
				r.dc.ClearPath()
				return
			}
		}
		switch cmd {
		case 'M':
			r.dc.MoveTo(r.pt(v[0], v[1]))
			cmd = 'L' // further pairs are line-tos
		case 'L':
			r.dc.LineTo(r.pt(v[0], v[1]))
		case 'C':
			x1, y1 := r.pt(v[0], v[1])
			x2, y2 := r.pt(v[2], v[3])
			x3, y3 := r.pt(v[4], v[5])
			r.dc.CubicTo(x1, y1, x2, y2, x3, y3)
		}
	}
	r.paint(attrs)
}

// paint fills and strokes the current path as the attributes say.
func (r *rasteriser) paint(attrs map[string]string) {
	if fill, ok := paint(attrs["fill"], attrs["fill-opacity"], color.Black); ok {
		r.dc.SetColor(fill)
		r.dc.FillPreserve()
	}
	stroke, ok := paint(attrs["stroke"], attrs["stroke-opacity"], nil)
	if !ok {
		r.dc.ClearPath()
		return
	}
	width := 1.0
	if w, err := strconv.ParseFloat(attrs["stroke-width"], 64); err == nil && w >= 0 {
		width = w
	}
	k := r.scale * r.px
	var dash []float64
	for _, x := range numbers(attrs["stroke-dasharray"]) {
		dash = append(dash, x*k)
	}
	r.dc.SetColor(stroke)
	r.dc.SetLineWidth(max(width*k, 0.5))
	r.dc.SetDash(dash...)
	r.dc.Stroke()
}

// text draws a string whose baseline starts, is centred on or ends at x,
// y, in Go Regular at the given size.
func (r *rasteriser) text(attrs map[string]string, s string) {
	v := numbers(attrs["x"] + " " + attrs["y"])
	if len(v) != 2 || strings.TrimSpace(s) == "" {
		return
	}
	size := 14.0
	if f, err := strconv.ParseFloat(attrs["font-size"], 64); err == nil && f > 0 {
		size = f
	}
	c, ok := paint(attrs["fill"], attrs["fill-opacity"], color.Black)
	if !ok {
		return
	}
	anchor := 0.0
	switch attrs["text-anchor"] {
	case "middle":
		anchor = 0.5
	case "end":
		anchor = 1
	}
	x, y := r.pt(v[0], v[1])
	r.dc.SetFontFace(goFace(size * r.scale * r.px))
	r.dc.SetColor(c)
	r.dc.DrawStringAnchored(s, x, y, anchor, 0)
}

var (
	goFont     *opentype.Font
	goFontErr  error
	goFontOnce sync.Once
	faceMu     sync.Mutex
	faces      = make(map[int]font.Face) // by size in tenths of a pixel
)

// goFace returns Go Regular at size pixels.
func goFace(size float64) font.Face {
	goFontOnce.Do(func() { goFont, goFontErr = opentype.Parse(goregular.TTF) })
	key := max(1, int(math.Round(size*10)))
	faceMu.Lock()
	defer faceMu.Unlock()
	if f, ok := faces[key]; ok {
		return f
	}
	if goFontErr != nil {
		panic("render: embedded Go font: " + goFontErr.Error())
	}
	// Graphviz lays text out with Helvetica's widths; Go Regular is about
	// 8% wider, so it is drawn that much smaller to stay inside nodes.
	f, err := opentype.NewFace(goFont, &opentype.FaceOptions{Size: float64(key) / 10 * goFontScale, DPI: 72, Hinting: font.HintingNone})
	if err != nil {
		panic("render: embedded Go font: " + err.Error())
	}
	faces[key] = f
	return f
}

// goFontScale shrinks Go Regular to about Helvetica's width.
const goFontScale = 0.92

// paint reads an SVG paint and opacity. It reports false for none and
// transparent; when the paint is absent it returns def (false if nil).
func paint(p, opacity string, def color.Color) (color.Color, bool) {
	var c color.NRGBA
	switch p = strings.ToLower(strings.TrimSpace(p)); p {
	case "":
		if def == nil {
			return nil, false
		}
		c = color.NRGBAModel.Convert(def).(color.NRGBA)
	case "none", "transparent":
		return nil, false
	default:
		var ok bool
		if c, ok = parseColor(p); !ok {
			c = color.NRGBA{0x80, 0x80, 0x80, 0xff}
		}
	}
	if o, err := strconv.ParseFloat(opacity, 64); err == nil && o >= 0 && o < 1 {
		c.A = uint8(math.Round(float64(c.A) * o))
	}
	if c.A == 0 {
		return nil, false
	}
	return c, true
}

// namedColors are the colour names Graphviz may write into SVG for the
// colours newsgraph's maps and Graphviz's defaults use.
var namedColors = map[string]uint32{
	"black": 0x000000, "white": 0xffffff, "gray": 0x808080, "grey": 0x808080,
	"lightgray": 0xd3d3d3, "lightgrey": 0xd3d3d3, "darkgray": 0xa9a9a9, "darkgrey": 0xa9a9a9,
	"red": 0xff0000, "green": 0x008000, "blue": 0x0000ff, "yellow": 0xffff00,
	"orange": 0xffa500, "purple": 0x800080, "navy": 0x000080, "teal": 0x008080,
}

// parseColor reads #rrggbb, #rgb or a name from namedColors.
func parseColor(s string) (color.NRGBA, bool) {
	if v, ok := namedColors[s]; ok {
		return color.NRGBA{uint8(v >> 16), uint8(v >> 8), uint8(v), 0xff}, true
	}
	if len(s) == 4 && s[0] == '#' {
		s = "#" + strings.Repeat(s[1:2], 2) + strings.Repeat(s[2:3], 2) + strings.Repeat(s[3:4], 2)
	}
	if len(s) != 7 || s[0] != '#' {
		return color.NRGBA{}, false
	}
	v, err := strconv.ParseUint(s[1:], 16, 32)
	if err != nil {
		return color.NRGBA{}, false
	}
	return color.NRGBA{uint8(v >> 16), uint8(v >> 8), uint8(v), 0xff}, true
}

// numbers reads the numbers in a list separated by spaces or commas.
func numbers(s string) []float64 {
	var out []float64
	for {
		x, rest, ok := number(s)
		if !ok {
			return out
		}
		out = append(out, x)
		s = rest
	}
}

// number reads one number after optional separators.
func number(s string) (float64, string, bool) {
	s = strings.TrimLeft(s, " ,\t\r\n")
	i := 0
	for i < len(s) && (s[i] >= '0' && s[i] <= '9' || s[i] == '.' || s[i] == 'e' || s[i] == 'E' ||
		s[i] == '-' && (i == 0 || s[i-1] == 'e' || s[i-1] == 'E') || s[i] == '+') {
		i++
	}
	x, err := strconv.ParseFloat(s[:i], 64)
	if err != nil || math.IsNaN(x) || math.IsInf(x, 0) {
		return 0, s, false
	}
	return x, s[i:], true
}
