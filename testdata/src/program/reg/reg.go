package reg

// Plugin is a plugin.
//
//registrylint:adapter
type Plugin interface{ Name() string }

// Register adds a plugin.
func Register(p Plugin) {}
