package specwrite

import (
	"cmp"
	"reflect"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/getkin/kin-openapi/openapi3"
	"go.yaml.in/yaml/v3"
)

var (
	schemaType    = reflect.TypeFor[openapi3.Schema]()
	schemaRefType = reflect.TypeFor[openapi3.SchemaRef]()
)

// field is one key of a schema's mapping and its value.
type field struct {
	key   string
	value any
}

// schemaNode is valueNode for a schema that is not a $ref: the keys and
// values kin-openapi's Schema.MarshalYAML gives, each read by valueNode,
// without the map of every possible key that it builds (schemas are most of
// a spec). ok is false for a schema that sets a field schemaFields leaves
// out (the JSON Schema 2020-12 ones, which docspec never sets): the caller
// then goes through MarshalYAML.
func schemaNode(s *openapi3.Schema, depth int) (n *yaml.Node, ok bool, err error) {
	fields, ok := schemaFields(s)
	if !ok {
		return nil, false, nil
	}
	slices.SortFunc(fields, func(a, b field) int { return cmp.Compare(a.key, b.key) })
	n = &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map", Content: make([]*yaml.Node, 0, 2*len(fields))}
	for _, f := range fields {
		c, err := valueNode(reflect.ValueOf(f.value), depth+1)
		if err != nil {
			return nil, true, err
		}
		n.Content = append(n.Content, scalar("!!str", f.key), c)
	}
	return n, true, nil
}

// schemaFields lists what Schema.MarshalYAML writes of s, under the same
// conditions and with values of the same types.
func schemaFields(s *openapi3.Schema) ([]field, bool) {
	if s.Always != nil || s.Const != nil || len(s.Examples) != 0 || len(s.PrefixItems) != 0 || s.Contains != nil ||
		s.MinContains != nil || s.MaxContains != nil || len(s.PatternProperties) != 0 || len(s.DependentSchemas) != 0 ||
		s.PropertyNames != nil || s.UnevaluatedItems.Has != nil || s.UnevaluatedItems.Schema != nil ||
		s.UnevaluatedProperties.Has != nil || s.UnevaluatedProperties.Schema != nil || s.If != nil || s.Then != nil ||
		s.Else != nil || len(s.DependentRequired) != 0 || len(s.Defs) != 0 || s.SchemaDialect != "" || s.Comment != "" ||
		s.SchemaID != "" || s.Anchor != "" || s.DynamicRef != "" || s.DynamicAnchor != "" || s.ContentMediaType != "" ||
		s.ContentEncoding != "" || s.ContentSchema != nil {
		return nil, false
	}
	fs := make([]field, 0, 8+len(s.Extensions))
	for k, v := range s.Extensions {
		if !strings.HasPrefix(k, "x-") || !utf8.ValidString(k) {
			return nil, false // a key a field may overwrite, or one the map path writes as JSON
		}
		fs = append(fs, field{k, v})
	}
	add := func(set bool, key string, value any) {
		if set {
			fs = append(fs, field{key, value})
		}
	}
	add(len(s.OneOf) != 0, "oneOf", s.OneOf)
	add(len(s.AnyOf) != 0, "anyOf", s.AnyOf)
	add(len(s.AllOf) != 0, "allOf", s.AllOf)
	add(s.Not != nil, "not", s.Not)
	add(!s.Type.IsEmpty(), "type", s.Type)
	add(s.Title != "", "title", s.Title)
	add(s.Format != "", "format", s.Format)
	add(s.Description != "", "description", s.Description)
	add(len(s.Enum) != 0, "enum", s.Enum)
	add(s.Default != nil, "default", s.Default)
	add(s.Example != nil, "example", s.Example)
	add(s.ExternalDocs != nil, "externalDocs", s.ExternalDocs)
	add(s.UniqueItems, "uniqueItems", s.UniqueItems)
	add(s.ExclusiveMin.IsSet(), "exclusiveMinimum", s.ExclusiveMin)
	add(s.ExclusiveMax.IsSet(), "exclusiveMaximum", s.ExclusiveMax)
	add(s.Nullable, "nullable", s.Nullable)
	add(s.ReadOnly, "readOnly", s.ReadOnly)
	add(s.WriteOnly, "writeOnly", s.WriteOnly)
	add(s.AllowEmptyValue, "allowEmptyValue", s.AllowEmptyValue)
	add(s.Deprecated, "deprecated", s.Deprecated)
	add(s.XML != nil, "xml", s.XML)
	add(s.Min != nil, "minimum", s.Min)
	add(s.Max != nil, "maximum", s.Max)
	add(s.MultipleOf != nil, "multipleOf", s.MultipleOf)
	add(s.MinLength != 0, "minLength", s.MinLength)
	add(s.MaxLength != nil, "maxLength", s.MaxLength)
	add(s.Pattern != "", "pattern", s.Pattern)
	add(s.MinItems != 0, "minItems", s.MinItems)
	add(s.MaxItems != nil, "maxItems", s.MaxItems)
	add(s.Items != nil, "items", s.Items)
	add(len(s.Required) != 0, "required", s.Required)
	add(len(s.Properties) != 0, "properties", s.Properties)
	add(s.MinProps != 0, "minProperties", s.MinProps)
	add(s.MaxProps != nil, "maxProperties", s.MaxProps)
	if x := s.AdditionalProperties; x.Has != nil || x.Schema != nil {
		fs = append(fs, field{"additionalProperties", &x})
	}
	add(s.Discriminator != nil, "discriminator", s.Discriminator)
	return fs, true
}
