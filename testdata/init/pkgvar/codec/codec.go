// Package codec declares what a codec does.
package codec

// Codec encodes values in one format.
type Codec interface {
	Name() string
	Encode(v any) ([]byte, error)
}
