package analyze

import (
	"regexp"
	"slices"
	"strings"

	"github.com/docspec/docspec/generator/diag"
	"github.com/docspec/docspec/generator/model"
)

// A page of common request headers ("公共请求消息头", "Common Request
// Headers") documents headers that every request may send. Those the HTTP
// client or the request signer sets (Authorization, X-Auth-Token,
// Content-Type…) are not the API's; the others (X-Language) become an
// optional header parameter of every operation that does not document it
// itself, as its table gives it.

// commonHeaderTitle: the title of a page of common request headers.
var commonHeaderTitle = regexp.MustCompile(`(?i)公共请求(?:消息)?头|公共请求参数|公共消息头|common request (?:header|parameter)s?\b`)

// clientHeaders are set by the HTTP client or the request signer, not by a
// caller of the API.
var clientHeaders = map[string]bool{
	"authorization": true, "x-auth-token": true, "x-sdk-date": true, "host": true, "content-type": true,
	"content-length": true, "accept": true, "date": true, "x-amz-date": true, "x-amz-security-token": true,
	"x-obs-date": true, "x-security-token": true, "x-project-id": true, "x-domain-id": true, "user-agent": true,
}

// commonHeaders reads a page of common request headers: its rows that
// name a header a caller sends.
func (c *pageCtx) commonHeaders() []*model.Param {
	if c.title == nil || !commonHeaderTitle.MatchString(c.title.Text) {
		return nil
	}
	var out []*model.Param
	for _, t := range c.idx.tables {
		cols := mapColumns(t.Header)
		if !cols.has(colName) {
			continue
		}
		for i := range t.Rows {
			r := &t.Rows[i]
			name, _ := cellAt(r, cols, colName)
			n := strings.TrimSpace(name.Line())
			if !headerName.MatchString(n) || clientHeaders[strings.ToLower(n)] ||
				slices.ContainsFunc(out, func(p *model.Param) bool { return strings.EqualFold(p.Name, n) }) {
				continue
			}
			desc, _ := cellAt(r, cols, colDesc)
			req, _ := cellAt(r, cols, colRequired)
			out = append(out, &model.Param{Name: n, In: "header", Required: isRequired(req.Line()),
				Description: desc.Line(), Schema: &model.Schema{Type: "string"}, Pos: name.Pos})
		}
	}
	return out
}

// addCommonHeaders gives every operation the common request headers it does
// not document itself, the first page's when several pages give one.
func addCommonHeaders(rs []*PageResult, ops []*model.Operation, diags *diag.List) {
	var common []*model.Param
	for _, r := range rs {
		var names []string
		for _, p := range r.CommonHeaders {
			if !slices.ContainsFunc(common, func(q *model.Param) bool { return strings.EqualFold(p.Name, q.Name) }) {
				common = append(common, p)
				names = append(names, p.Name)
			}
		}
		if len(names) > 0 && len(ops) > 0 {
			diags.Report(r.CommonHeaders[0].Pos, diag.CommonHeaders, "common request headers %s: a header parameter of every operation that does not document it (%d operations)",
				strings.Join(names, ", "), len(ops))
		}
	}
	for _, op := range ops {
		for _, p := range common {
			if slices.ContainsFunc(op.Params, func(q *model.Param) bool { return q.In == "header" && strings.EqualFold(q.Name, p.Name) }) {
				continue
			}
			cp := *p
			s := *p.Schema
			cp.Schema = &s
			op.Params = append(op.Params, &cp)
		}
	}
}
