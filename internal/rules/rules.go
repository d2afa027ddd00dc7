// Package rules names registrylint's rules: the IDs that diagnostics carry
// as their category and that the configuration's disable: list and the
// //registrylint:ignore directive accept.
package rules

// Rule IDs.
const (
	Unregistered           = "unregistered"
	OutsideInit            = "outside-init"
	NameSwitch             = "name-switch"
	HardcodedList          = "hardcoded-list"
	DuplicateName          = "duplicate-name"
	DynamicName            = "dynamic-name"
	DuplicateRegistration  = "duplicate-registration"
	UnresolvedRegistration = "unresolved-registration"
	MissingInit            = "missing-init"
	MultipleInit           = "multiple-init"
	BadDirective           = "bad-directive"
)

// IDs returns every rule ID in documentation order.
func IDs() []string {
	return []string{
		Unregistered, OutsideInit, NameSwitch, HardcodedList,
		DuplicateName, DynamicName, DuplicateRegistration,
		UnresolvedRegistration, MissingInit, MultipleInit, BadDirective,
	}
}

// Known reports whether id is a rule ID.
func Known(id string) bool {
	for _, r := range IDs() {
		if r == id {
			return true
		}
	}
	return false
}
