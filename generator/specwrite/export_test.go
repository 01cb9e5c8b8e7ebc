package specwrite

// EmitBlock is emitBlock for the external tests.
var EmitBlock = emitBlock
