// Package redis keeps values in redis; its registration was forgotten.
package redis

// Redis is the redis backend.
type Redis struct{ addr string }

// Addr is the default address.
const Addr = "localhost:6379"

func (b *Redis) Get(key string) string { return "" }
