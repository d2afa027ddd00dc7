// Package store keeps values in backends.
package store

// Backend holds values.
type Backend interface {
	Get(key string) string
}

// Store reads from its backends in order.
type Store struct{ backends []Backend }

// Register adds a backend.
func (s *Store) Register(b Backend) { s.backends = append(s.backends, b) }

// Value returns the first value of key.
func (s *Store) Value(key string) string {
	for _, b := range s.backends {
		if b != nil {
			if v := b.Get(key); v != "" {
				return v
			}
		}
	}
	return ""
}
