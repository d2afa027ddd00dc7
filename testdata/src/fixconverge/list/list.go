// Package list registers its adapters in a slice literal whose last
// element was pasted twice, and one adapter was never registered: one
// -fix run deletes the duplicate line and adds the missing element.
package list

// Codec compresses blocks.
//
//registrylint:adapter
type Codec interface {
	Name() string
	Encode(dst, src []byte) []byte
}

// Gzip is the DEFLATE codec.
type Gzip struct{}

func (Gzip) Name() string                  { return "gzip" }
func (Gzip) Encode(dst, src []byte) []byte { return append(dst, src...) }

// Zstd favours ratio.
type Zstd struct{}

func (Zstd) Name() string                  { return "zstd" }
func (Zstd) Encode(dst, src []byte) []byte { return append(dst, src...) }

// Lz4 favours speed.
type Lz4 struct{}

func (Lz4) Name() string                  { return "lz4" }
func (Lz4) Encode(dst, src []byte) []byte { return append(dst, src...) }

// All lists every codec.
//
//registrylint:init
func All() []Codec { // want `adapter Lz4 \(fixconverge/list/list.go:\d+\) implements Codec but is not registered in All; add the element Lz4\{\}`
	return []Codec{
		Gzip{},
		Zstd{},
		Zstd{}, // want `adapter Zstd is already registered in All \(line \d+\); delete this registration`
	}
}
