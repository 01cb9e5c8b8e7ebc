package gogen

import (
	"testing"

	"github.com/getkin/kin-openapi/openapi3"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const answerSpec = `openapi: 3.0.3
info: {title: t, version: v}
paths:
  /things:
    get:
      operationId: ListThings
      responses:
        "200":
          $ref: '#/components/responses/Things'
    post:
      operationId: CreateThing
      responses:
        "2XX":
          description: created
          content:
            application/json;charset=UTF-8:
              schema: {type: object}
              examples:
                example10: {value: {n: 10}}
                example2: {value: {n: 2, quote: "a ` + "`" + `b"}}
        default:
          description: error
  /things/{id}:
    get:
      operationId: ShowThing
      parameters:
        - {name: id, in: path, required: true, schema: {type: string}}
      responses:
        "200":
          description: ok
          content:
            application/octet-stream:
              schema: {type: string}
components:
  responses:
    Things:
      description: ok
      content:
        application/json:
          schema: {type: object}
          examples:
            example:
              value: {count: 0x1F, id: 12345678901234567890}
            example2:
              $ref: '#/components/examples/Big'
  examples:
    Big:
      value: {id: 12345678901234567890}
`

// Answers read from a spec: a response by $ref (0x1F is not JSON: that
// example is encoded from the loaded value), 2XX served as 200, the
// lowest-numbered example, a backquote quoted, a body that is not JSON.
func TestAnswers(t *testing.T) {
	spec, err := load([]byte(answerSpec))
	require.NoError(t, err)
	texts, err := readExampleTexts([]byte(answerSpec))
	require.NoError(t, err)
	got := map[string]mockAnswer{}
	require.NoError(t, eachOperation(spec, func(path, method string, op *openapi3.Operation) error {
		a, err := answer(texts, path, method, op)
		got[op.OperationID] = a
		return err
	}))
	assert.Equal(t, 200, got["ListThings"].Status)
	assert.Equal(t, "`{\n  \"count\": 31,\n  \"id\": 12345678901234567000\n}`", got["ListThings"].Body)
	big := exampleKey{"/things", "GET", "200", "application/json", "example2"}
	assert.Equal(t, `{"id":12345678901234567890}`, texts[big], "followed through $refs")
	assert.Equal(t, 200, got["CreateThing"].Status)
	assert.Equal(t, "\"{\\n  \\\"n\\\": 2,\\n  \\\"quote\\\": \\\"a `b\\\"\\n}\"", got["CreateThing"].Body)
	assert.Equal(t, `answers 200 with the docs' example "example2".`, got["CreateThing"].Comment)
	assert.Equal(t, 501, got["ShowThing"].Status)
	assert.Equal(t, "`{\"code\":\"not_implemented\",\"message\":\"the docs give no example response for ShowThing, status 200\"}`", got["ShowThing"].Body)
}

func TestNodeJSONKeepsNumbers(t *testing.T) {
	texts, err := readExampleTexts([]byte(`paths:
  /a:
    get:
      responses:
        "200":
          content:
            application/json:
              examples:
                e:
                  value: {big: 12345678901234567890, f: 1.50, t: 2020-01-01, "n": null, b: yes, s: "<&>", l: [1, -2e3]}
                hex:
                  value: {n: 0x1F}
`))
	require.NoError(t, err)
	assert.Equal(t, exampleTexts{
		{"/a", "GET", "200", "application/json", "e"}: `{"big":12345678901234567890,"f":1.50,"t":"2020-01-01","n":null,"b":"yes","s":"<&>","l":[1,-2e3]}`,
	}, texts, "YAML 1.2: yes is a string; 0x1F is not JSON, left to the loaded value")
}
