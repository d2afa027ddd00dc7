// Package errs has plain implementers of error.
package errs

type notFound struct{}

func (notFound) Error() string { return "not found" }

type denied struct{}

func (denied) Error() string { return "denied" }

// All lists the errors.
func All() []error { return []error{notFound{}, denied{}} }
