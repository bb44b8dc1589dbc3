// `node tools/optimize.mjs FILE.wasm…`: Binaryen's `wasm-opt -Oz` on each
// module, in place, in one process (loading Binaryen once for the app's
// many chunks). Called by `cargo xtask dist` for release builds.
//
// The features are exactly those rustc enables for wasm32-unknown-unknown,
// so the optimiser neither trips on them nor uses any the browsers lack.

import { readFileSync, writeFileSync } from "node:fs";
import binaryen from "binaryen";

const F = binaryen.Features;
const FEATURES = F.MutableGlobals | F.NontrappingFPToInt | F.BulkMemory | F.SignExt
  | F.ReferenceTypes | F.Multivalue;

binaryen.setOptimizeLevel(2);
binaryen.setShrinkLevel(2);
binaryen.setDebugInfo(false);

for (const file of process.argv.slice(2)) {
  const module = binaryen.readBinary(readFileSync(file), FEATURES);
  module.optimize();
  // What the compiler notes about itself is of no use to a browser, and
  // every chunk carried it (about 200 bytes each, her first visit 19 times).
  module.runPasses(["strip-producers", "strip-target-features"]);
  if (!module.validate()) {
    console.error(`${file}: not valid after optimising`);
    process.exit(1);
  }
  writeFileSync(file, module.emitBinary());
  module.dispose();
}
