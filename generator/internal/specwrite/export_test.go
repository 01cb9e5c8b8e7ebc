package specwrite

import (
	"bytes"

	"go.yaml.in/yaml/v3"
)

// ReadJSON is readJSON for the external tests.
var ReadJSON = readJSON

// WholeYAML is the reference the writer is checked against: the whole
// document encoded by kin-openapi as JSON, read, ordered and written by one
// yaml.v3 encoder, with no pieces, batches or cut lines.
func WholeYAML(doc any) ([]byte, error) {
	n, err := jsonNode(doc)
	if err != nil {
		return nil, err
	}
	order(n, ctxObject)
	buf := bytes.NewBufferString(Header)
	enc := yaml.NewEncoder(buf)
	enc.SetIndent(2)
	if err := enc.Encode(n); err != nil {
		return nil, err
	}
	if err := enc.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// Scalar is the scalar node the writer makes.
var Scalar = scalar
