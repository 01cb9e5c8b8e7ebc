package specoverlay

import (
	"bytes"
	"context"
	"encoding/json"
	"regexp"
	"strconv"
	"strings"

	"github.com/getkin/kin-openapi/openapi3"
	"github.com/speakeasy-api/openapi/overlay"
	"gopkg.in/yaml.v3"

	"github.com/docspec/docspec/generator/diag"
)

// Apply applies the overlay in data (named name in diagnostics) to doc and
// returns the new, validated document. doc is not modified. On any error the
// returned document is nil.
func Apply(doc *openapi3.T, data []byte, name string) (*openapi3.T, diag.List) {
	var diags diag.List
	at := func(line int) diag.Pos { return diag.Pos{File: name, Line: line} }

	ov, lines, err := parse(data)
	if err != nil {
		diags.Report(at(yamlErrLine(err)), diag.Overlay, "%s", trimYAMLErr(err))
		return nil, diags
	}
	if err := ov.Validate(); err != nil {
		for _, e := range strings.Split(err.Error(), "\n") {
			diags.Report(at(1), diag.Overlay, "%s", e)
		}
		return nil, diags
	}

	js, err := json.Marshal(doc)
	if err != nil {
		diags.Report(at(0), diag.Overlay, "encoding the spec: %v", err)
		return nil, diags
	}
	var root yaml.Node
	if err := yaml.Unmarshal(js, &root); err != nil {
		diags.Report(at(0), diag.Overlay, "reading the spec: %v", err)
		return nil, diags
	}

	// One action at a time, so that each problem names its action's line.
	for i, a := range ov.Actions {
		one := *ov
		one.Actions = []overlay.Action{a}
		line := 1
		if i < len(lines) {
			line = lines[i]
		}
		warnings, err := one.ApplyToStrict(&root)
		if err != nil {
			diags.Report(at(line), diag.Overlay, "action %d (target %s): %s", i+1, a.Target,
				strings.TrimPrefix(err.Error(), "error applying overlay (strict): "))
			continue
		}
		for _, w := range warnings {
			diags.Report(at(line), diag.OverlayWarning, "action %d: %s", i+1, w)
		}
	}
	if diags.HasErrors() {
		return nil, diags
	}

	out, err := yaml.Marshal(&root)
	if err != nil {
		diags.Report(at(0), diag.Overlay, "writing the overlaid spec: %v", err)
		return nil, diags
	}
	loader := openapi3.NewLoader()
	loader.IsExternalRefsAllowed = false
	result, err := loader.LoadFromData(out)
	if err == nil {
		err = result.Validate(context.Background(), openapi3.DisableExamplesValidation())
	}
	if err != nil {
		diags.Report(at(0), diag.Overlay, "the spec is not valid after the overlay: %v", err)
		return nil, diags
	}
	return result, diags
}

// parse reads the overlay and the line of each action.
func parse(data []byte) (*overlay.Overlay, []int, error) {
	ov, err := overlay.ParseReader(bytes.NewReader(data))
	if err != nil {
		return nil, nil, err
	}
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		return nil, nil, err
	}
	var lines []int
	if len(root.Content) == 1 && root.Content[0].Kind == yaml.MappingNode {
		m := root.Content[0]
		for i := 0; i+1 < len(m.Content); i += 2 {
			if m.Content[i].Value == "actions" && m.Content[i+1].Kind == yaml.SequenceNode {
				for _, a := range m.Content[i+1].Content {
					lines = append(lines, a.Line)
				}
			}
		}
	}
	return ov, lines, nil
}

var lineRE = regexp.MustCompile(`line (\d+):`)

func yamlErrLine(err error) int {
	if m := lineRE.FindStringSubmatch(err.Error()); m != nil {
		n, _ := strconv.Atoi(m[1])
		return n
	}
	return 0
}

func trimYAMLErr(err error) string {
	s := strings.TrimPrefix(err.Error(), "yaml: ")
	s = lineRE.ReplaceAllString(s, "")
	return strings.TrimSpace(strings.ReplaceAll(s, "\n", "; "))
}
