// Package codec compresses blocks with a codec chosen by name.
package codec

// Codec compresses blocks.
//
//registrylint:adapter
type Codec interface {
	Name() string
	Encode(dst, src []byte) []byte
}

// Gzip is the DEFLATE codec.
type Gzip struct{ level int }

func (*Gzip) Name() string                  { return "gzip" }
func (*Gzip) Encode(dst, src []byte) []byte { return append(dst, src...) }

// Snappy favours speed.
type Snappy struct{}

func (Snappy) Name() string                  { return "snappy" }
func (Snappy) Encode(dst, src []byte) []byte { return append(dst, src...) }

// Zstd favours ratio.
type Zstd struct{}

func (Zstd) Name() string                  { return "zstd" }
func (Zstd) Encode(dst, src []byte) []byte { return append(dst, src...) }

// All lists every codec once, in order of preference; a merge conflict was
// resolved by keeping both sides.
//
//registrylint:init
func All() []Codec {
	return []Codec{
		Zstd{},
		&Gzip{level: 6},
		&Gzip{level: 9}, // want `adapter \*Gzip is already registered in All \(line 37\), under the same constant name; keep one of the two \(no automatic fix: they are built differently\)`
		Snappy{},
	}
}
