// Package codec compresses blocks with a codec chosen by name.
package codec

// Codec compresses and decompresses blocks.
//
//registrylint:adapter
type Codec interface {
	Name() string
	Encode(dst, src []byte) []byte
}

// Names of the built-in codecs.
const (
	GzipName   = "gzip"
	SnappyName = "snappy"
	ZstdName   = "zstd"
	LZ4Name    = "lz4"
)

// Gzip is the DEFLATE codec.
type Gzip struct{ level int }

// NewGzip returns Gzip at the default level.
func NewGzip() *Gzip { return &Gzip{level: 6} }

func (*Gzip) Name() string                  { return GzipName }
func (*Gzip) Encode(dst, src []byte) []byte { return append(dst, src...) }

// Snappy favours speed over ratio.
type Snappy struct{}

func (Snappy) Name() string                  { return SnappyName }
func (Snappy) Encode(dst, src []byte) []byte { return append(dst, src...) }

// Zstd has a constructor but is missing from the table.
type Zstd struct{ window int }

// NewZstd returns Zstd with an 8 MiB window.
func NewZstd() *Zstd { return &Zstd{window: 8 << 20} }

func (*Zstd) Name() string                  { return ZstdName }
func (*Zstd) Encode(dst, src []byte) []byte { return append(dst, src...) }

// LZ4 has no constructor and is missing from the table too.
type LZ4 struct{ hc bool }

func (*LZ4) Name() string                  { return LZ4Name }
func (*LZ4) Encode(dst, src []byte) []byte { return append(dst, src...) }
