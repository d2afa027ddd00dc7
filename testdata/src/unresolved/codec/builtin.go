package codec

// Gzip is the DEFLATE codec.
type Gzip struct{ level int }

// NewGzip returns a Gzip codec at the default level.
func NewGzip() *Gzip { return &Gzip{level: 6} }

func (*Gzip) Name() string                           { return "gzip" }
func (*Gzip) Encode(dst, src []byte) []byte          { return append(dst, src...) }
func (*Gzip) Decode(dst, src []byte) ([]byte, error) { return append(dst, src...), nil }

// Snappy favours speed over ratio.
type Snappy struct{}

func (Snappy) Name() string                           { return "snappy" }
func (Snappy) Encode(dst, src []byte) []byte          { return append(dst, src...) }
func (Snappy) Decode(dst, src []byte) ([]byte, error) { return append(dst, src...), nil }

// Zstd was added later; nothing registers it.
type Zstd struct{ window int }

// NewZstd returns a Zstd codec with an 8 MiB window.
func NewZstd() *Zstd { return &Zstd{window: 8 << 20} }

func (*Zstd) Name() string                           { return "zstd" }
func (*Zstd) Encode(dst, src []byte) []byte          { return append(dst, src...) }
func (*Zstd) Decode(dst, src []byte) ([]byte, error) { return append(dst, src...), nil }
