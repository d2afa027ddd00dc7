package server

import (
	"net/http"

	"self/sqlish"
	"self/sqlish/lite"
)

// Handler registers a driver late.
func Handler(w http.ResponseWriter, r *http.Request) {
	sqlish.Register("late", lite.Lite{}) // want `sqlish.Register registers a sqlish.Driver outside func init\(\) \(policy self\); register adapters in an init\(\) of their own package`
	switch r.URL.Query().Get("driver") { // want `switch on adapter names "lite"`
	case "lite":
	}
}
