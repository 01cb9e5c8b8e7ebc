package specbuild

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/getkin/kin-openapi/openapi3"
	"github.com/stretchr/testify/require"

	"github.com/docspec/docspec/internal/testutil"
)

// TestGeneratedNames checks that generatedNames lists every top-level
// identifier of the committed generated package that no operation or schema
// of its spec gives: a schema of such a name ("Handler", a Kubernetes
// lifecycle handler) would redeclare it.
func TestGeneratedNames(t *testing.T) {
	root := testutil.ModuleRoot()
	doc, err := openapi3.NewLoader().LoadFromFile(filepath.Join(root, "spec", "openapi.yaml"))
	require.NoError(t, err)
	var prefixes []string
	for _, item := range doc.Paths.Map() {
		for _, op := range item.Operations() {
			prefixes = append(prefixes, goName(op.OperationID))
		}
	}
	for name, s := range doc.Components.Schemas {
		prefixes = append(prefixes, goName(name))
		if n, ok := s.Extensions["x-go-name"].(string); ok {
			prefixes = append(prefixes, n)
		}
	}
	derived := func(id string) bool {
		for _, p := range prefixes {
			for _, pre := range []string{"", "New", "Parse"} {
				if strings.HasPrefix(id, pre+p) {
					return true
				}
			}
		}
		return false
	}
	files, err := filepath.Glob(filepath.Join(root, "generated", "cbr", "*.gen.go"))
	require.NoError(t, err)
	require.NotEmpty(t, files)
	var missing []string
	for _, f := range files {
		file, err := parser.ParseFile(token.NewFileSet(), f, nil, parser.SkipObjectResolution)
		require.NoError(t, err)
		for _, d := range file.Decls {
			var ids []string
			switch d := d.(type) {
			case *ast.FuncDecl:
				if d.Recv == nil {
					ids = append(ids, d.Name.Name)
				}
			case *ast.GenDecl:
				for _, s := range d.Specs {
					switch s := s.(type) {
					case *ast.TypeSpec:
						ids = append(ids, s.Name.Name)
					case *ast.ValueSpec:
						if typ, ok := s.Type.(*ast.Ident); ok && derived(typ.Name) {
							continue // an enum's constants, named from its values
						}
						for _, n := range s.Names {
							ids = append(ids, n.Name)
						}
					}
				}
			}
			for _, id := range ids {
				if ast.IsExported(id) && !derived(id) && !slices.Contains(generatedNames, id) && !slices.Contains(missing, id) {
					missing = append(missing, id)
				}
			}
		}
	}
	require.Empty(t, missing, "top-level identifiers of the generated package that generatedNames lacks")
}

// TestEnumVarNames checks the constant names chosen for enum values that
// would make poor identifiers, and that plain ones are left to oapi-codegen.
func TestEnumVarNames(t *testing.T) {
	require.Nil(t, enumVarNames([]string{"ACTIVE", "DOWN"}))
	require.Equal(t, []string{"UP", "DOWN", "Empty"}, enumVarNames([]string{"UP", "DOWN", ""}))
	require.Equal(t, []string{"Value1", "Value2"}, enumVarNames([]string{"1", "2"}))
	require.Equal(t, []string{"Minus1", "Value0", "Value1"}, enumVarNames([]string{"-1", "0", "1"}))
	// a clash is numbered after the name chosen, not after the value
	require.Equal(t, []string{"Empty", "Empty2"}, enumVarNames([]string{"Empty", ""}))
	names := enumVarNames([]string{"1.0", "1_0"})
	require.Len(t, names, 2)
	require.Equal(t, "Value10", names[0])
	require.Equal(t, "Value102", names[1])
}
