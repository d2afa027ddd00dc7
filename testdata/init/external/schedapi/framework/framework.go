// Package framework is the scheduler's plugin API, a module of its own
// (as k8s.io/kube-scheduler is): the interface is declared outside the
// module that registers the plugins.
package framework

// Plugin is a scheduling plugin.
type Plugin interface {
	Name() string
}

// Handle gives plugins access to the scheduler.
type Handle interface {
	NodeCount() int
}
