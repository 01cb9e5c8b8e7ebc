package specwrite

// EmitBlock is emitBlock for the external tests.
var EmitBlock = emitBlock

// Fallbacks counts the pieces the direct writer left to the general one.
var Fallbacks = &fallbacks

// BoolOrNullWord is boolOrNullWord for the external tests.
var BoolOrNullWord = boolOrNullWord
