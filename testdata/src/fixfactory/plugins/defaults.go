package plugins

import "fixfactory/plugins/defaultbinder"

// DefaultBindPlugin binds pods in the default profile.
const DefaultBindPlugin = defaultbinder.Name
