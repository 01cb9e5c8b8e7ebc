// Package goname says which Go identifiers oapi-codegen derives from the
// names in a spec: schema names → type names, property names → field names,
// enum values → constant names.
//
// The names are oapi-codegen's own (its exported naming functions, called
// here), so that the spec can be made to generate valid, collision-free Go
// before oapi-codegen sees it: specbuild uses them to choose x-go-name and
// x-enum-varnames where the docs' names would not do. oapi-codegen keeps its
// naming options in package state, which its Generate sets: every use goes
// through Mu, which gogen also holds while generating.
package goname

import (
	"sync"

	"github.com/oapi-codegen/oapi-codegen/v2/pkg/codegen"
)

// Mu guards oapi-codegen's package state.
var Mu sync.Mutex

// TypeName is the Go type name of a component schema (and the field name of
// a property: oapi-codegen names both the same way).
func TypeName(name string) string {
	Mu.Lock()
	defer Mu.Unlock()
	return codegen.SchemaNameToTypeName(name)
}

// Valid reports whether s is a usable exported Go identifier: not empty,
// a letter first, not a keyword or predeclared name.
func Valid(s string) bool {
	return s != "" && codegen.IsValidGoIdentity(s) && !codegen.IsGoKeyword(s) && !codegen.IsPredeclaredGoIdentifier(s) &&
		s[0] >= 'A' && s[0] <= 'Z'
}
