// Package names holds the names of the in-tree plugins.
package names

// The names of the in-tree plugins.
const (
	DefaultBinder   = "DefaultBinder"
	ImageLocality   = "ImageLocality"
	TaintToleration = "TaintToleration"
	VolumeBinding   = "VolumeBinding"
)
