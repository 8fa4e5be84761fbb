// Loaded as CommonJS: see BUILTINS_THROUGH_REQUIRE in ../function-bundling.ts.
module.exports = process.getBuiltinModule('node:process');
