package cbr_test

import (
	"bytes"
	"context"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"log"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/docspec/docspec/generated/cbr"
)

// The bodies of the two functions below are the code of README's sections
// "Calling the service" and "Testing against the docs' examples"
// (TestReadmeCode keeps them equal).

// Calling the service with the keys of the environment (compiled, not run:
// it needs the real service and credentials).
func Example_callingTheService() {
	client, err := cbr.NewClientWithResponses("https://cbr.cn-north-4.myhuaweicloud.com",
		cbr.WithRequestEditorFn(cbr.NewAKSKSigner(os.Getenv("HUAWEICLOUD_SDK_AK"), os.Getenv("HUAWEICLOUD_SDK_SK"))))
	if err != nil {
		log.Fatal(err)
	}
	name := "nightly"
	resp, err := client.UpdateBackupWithResponse(context.Background(), os.Getenv("HUAWEICLOUD_SDK_PROJECT_ID"), "BACKUP_ID",
		cbr.UpdateBackupJSONRequestBody{Backup: &cbr.BackupUpdate{Name: &name}})
	if err != nil {
		log.Fatal(err)
	}
	if resp.JSON200 == nil { // an error status: its body says why
		log.Fatalf("%s: %s", resp.Status(), resp.Body)
	}
	fmt.Println(*resp.JSON200.Backup.Id, *resp.JSON200.Backup.Status)
}

// Testing code that calls the service against the docs' examples.
func Example_testingAgainstTheDocsExamples() {
	srv := httptest.NewServer(cbr.NewExampleHandler())
	defer srv.Close()
	client, err := cbr.NewClientWithResponses(srv.URL, cbr.WithRequestEditorFn(cbr.NewAKSKSigner("AK", "SK")))
	if err != nil {
		log.Fatal(err)
	}
	name := "nightly"
	resp, err := client.UpdateBackupWithResponse(context.Background(), "PROJECT_ID", "BACKUP_ID",
		cbr.UpdateBackupJSONRequestBody{Backup: &cbr.BackupUpdate{Name: &name}})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(resp.StatusCode(), *resp.JSON200.Backup.Status, *resp.JSON200.Backup.ExtendInfo.SupportedRestoreMode)

	invalid, err := client.UpdateBackupWithBodyWithResponse(context.Background(), "PROJECT_ID", "BACKUP_ID",
		"application/json", strings.NewReader(`{"backup":{"name":5}}`))
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(invalid.StatusCode(), string(bytes.TrimSpace(invalid.Body)))
	// Output:
	// 200 available na
	// 400 {"code":"invalid_request","message":"body property \"backup.name\" is invalid: value must be a string","field":"backup.name"}
}

// TestReadmeCode: README shows the code of the examples above, as it is.
func TestReadmeCode(t *testing.T) {
	readme, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	require.NoError(t, err)
	src, err := os.ReadFile("example_test.go")
	require.NoError(t, err)
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "example_test.go", src, 0)
	require.NoError(t, err)
	bodies := map[string]string{}
	for _, d := range f.Decls {
		fn, ok := d.(*ast.FuncDecl)
		if !ok || !strings.HasPrefix(fn.Name.Name, "Example_") {
			continue
		}
		body := string(src[fset.Position(fn.Body.Lbrace).Offset+1 : fset.Position(fn.Body.Rbrace).Offset])
		body = regexp.MustCompile(`(?s)// Output:.*`).ReplaceAllString(body, "")
		body = regexp.MustCompile(`(?m)^\t`).ReplaceAllString(body, "")
		bodies[fn.Name.Name] = strings.TrimSpace(body)
	}
	for heading, fn := range map[string]string{
		"## Calling the service":                "Example_callingTheService",
		"## Testing against the docs' examples": "Example_testingAgainstTheDocsExamples",
	} {
		require.Contains(t, bodies, fn)
		section := string(readme)
		i := strings.Index(section, "\n"+heading+"\n")
		require.GreaterOrEqual(t, i, 0, "README has no section %q", heading)
		section = section[i+1:]
		if j := strings.Index(section[len(heading):], "\n## "); j >= 0 {
			section = section[:len(heading)+j]
		}
		assert.Contains(t, section, "```go\n"+bodies[fn]+"\n```", "README's %q shows the code of %s", heading, fn)
	}
}
