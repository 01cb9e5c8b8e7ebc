package gogen

// SetFormatApart switches between formatting outside codegen.Generate (the
// default) and letting it format each file itself.
func SetFormatApart(on bool) { formatApart = on }
