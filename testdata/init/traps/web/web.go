// Package web routes requests: a routing table, not a registry.
package web

import (
	"fmt"
	"net/http"
	"sort"
)

type health struct{}

func (health) ServeHTTP(w http.ResponseWriter, r *http.Request) {}

type metrics struct{}

func (metrics) ServeHTTP(w http.ResponseWriter, r *http.Request) {}

type debug struct{}

func (*debug) ServeHTTP(w http.ResponseWriter, r *http.Request) {}

// Routes builds the routing table.
func Routes() *http.ServeMux {
	mux := http.NewServeMux()
	mux.Handle("/health", health{})
	mux.Handle("/metrics", metrics{})
	mux.Handle("/debug", &debug{})
	return mux
}

type celsius float64

func (c celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type meters float64

func (m meters) String() string { return fmt.Sprintf("%.1fm", float64(m)) }

type byLen []string

func (b byLen) Len() int           { return len(b) }
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b byLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

type byName []string

func (b byName) Len() int           { return len(b) }
func (b byName) Less(i, j int) bool { return b[i] < b[j] }
func (b byName) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

// Show lists plain implementers of fmt.Stringer and sort.Interface.
func Show() ([]fmt.Stringer, []sort.Interface) {
	return []fmt.Stringer{celsius(20), meters(3)}, []sort.Interface{byLen{}, byName{}}
}
