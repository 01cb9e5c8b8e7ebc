//go:build tools

// Package tools pins the oapi-codegen command at the version of the library
// docspec generates code with, so `go run github.com/oapi-codegen/oapi-codegen/v2/cmd/oapi-codegen`
// in this module uses the same code generator.
package tools

import (
	_ "github.com/oapi-codegen/oapi-codegen/v2/cmd/oapi-codegen"
)
