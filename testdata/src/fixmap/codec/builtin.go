package codec

// Builtin returns the table of built-in codecs by name.
//
//registrylint:init
func Builtin() map[string]Codec { // want `adapter \*Zstd \(fixmap/codec/codec\.go:36\) implements Codec but is not registered in Builtin; add the entry ZstdName: NewZstd\(\)` `adapter \*LZ4 \(fixmap/codec/codec\.go:45\) implements Codec but is not registered in Builtin; add the entry LZ4Name: &LZ4\{\}`
	return map[string]Codec{
		GzipName:   NewGzip(),
		SnappyName: Snappy{},
	}
}
